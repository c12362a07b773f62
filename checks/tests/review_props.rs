//! The review on arbitrary tables: never a panic, and findings consistent with their codes.

use jixiao::review::{Code, Review, Reviewer};
use jixiao::{Budget, Decimal, Indicator, Level1, Level2, MoneyUnit, Project};

use proptest::prelude::*;

const LEVEL1: &[&str] = &["产出指标", "效益指标", "满意度指标", "成本指标", "过程指标", ""];
const LEVEL2: &[&str] = &["数量指标", "质量指标", "时效指标", "成本指标", "社会效益指标", "服务对象满意度指标", "经济成本指标", "其他", ""];

fn amount() -> impl Strategy<Value = Option<Decimal>> {
    proptest::option::of((any::<i64>(), 0u32..6).prop_map(|(m, s)| Decimal::new(m, s)))
}

prop_compose! {
    fn any_row()(l1 in 0..LEVEL1.len(), l2 in 0..LEVEL2.len(),
                 name in "[率数量满意度人次天服务金额 ()（）]{0,6}",
                 value in "[0-9万亿元%‰率≥≤<>=.\\-～|年月底前日天小时个人次/按时完成 ]{0,12}") -> Indicator {
        let level = |s: &str| if s.is_empty() { None } else { Some(s.to_string()) };
        Indicator::new(level(LEVEL1[l1]).as_deref().map(|s| Level1::parse(s).unwrap()), level(LEVEL2[l2]).as_deref().map(|s| Level2::parse(s).unwrap()), &name, &value)
    }
}

proptest! {
    #[test]
    fn review_never_panics_and_findings_are_consistent(
        rows in proptest::collection::vec(any_row(), 0..8),
        total in amount(), fiscal in amount(), other in amount(),
        yuan in any::<bool>(), min in 0usize..6,
    ) {
        let mut p = Project::new("property");
        p.budget = Budget { total, fiscal, other, executed: None, money_unit: if yuan { MoneyUnit::Yuan } else { MoneyUnit::WanYuan } };
        p.indicators = rows;
        let r = Reviewer::new().min_indicators(min).review(&p);
        let findings = r.findings();
        prop_assert_eq!(r.grade(), Review::grade_of(findings));
        for f in findings {
            prop_assert_eq!(f.severity(), f.code().severity());
            prop_assert!(f.subject().index().is_none_or(|i| i < p.indicators.len()));
            prop_assert!(!f.zh().is_empty() && !f.en().is_empty());
        }
        let keys: Vec<(Option<usize>, Code)> = findings.iter().map(|f| (f.subject().index(), f.code())).collect();
        let mut sorted = keys.clone();
        sorted.sort();
        prop_assert_eq!(keys, sorted);
        prop_assert!(r.to_string().lines().count() >= 2);
    }
}

prop_compose! {
    /// A row whose level names are anything built from the pieces real names are made of: key
    /// words, slips, brackets (closed or not), weights and notes.
    fn odd_levels_row()(l1 in "[产出效益满意度成本项目顼指标值()（）【】50分必填选 ]{0,8}",
                        l2 in "[数量质时效成本社会经济生态可持续性满意度指标()（）必填等 ]{0,8}",
                        value in "[0-9%≥≤个元万按时完成]{0,5}") -> Indicator {
        Indicator::new(Level1::parse(&l1).ok(), Level2::parse(&l2).ok(), "指标", &value)
    }
}

proptest! {
    #[test]
    fn odd_level_names_never_panic_and_are_reported_once(rows in proptest::collection::vec(odd_levels_row(), 0..8)) {
        let mut p = Project::new("levels");
        p.indicators = rows;
        let findings = Reviewer::new().check_budget(false).review(&p).into_findings();
        // one finding per odd name and level
        let mut seen = std::collections::BTreeSet::new();
        for f in findings.iter().filter(|f| matches!(f.code(), Code::UnknownLevel1 | Code::UnknownLevel2 | Code::LevelNameSlip)) {
            let i = f.subject().index().expect("on a row");
            let name = match f.code() {
                Code::UnknownLevel1 => p.indicators[i].level1.as_ref().map(|l| l.name().to_string()),
                Code::UnknownLevel2 => p.indicators[i].level2.as_ref().map(|l| l.name().to_string()),
                _ => None,
            };
            prop_assert!(seen.insert((f.code(), name.clone().unwrap_or_else(|| f.zh().to_string()))), "{:?} twice", name);
        }
    }
}
