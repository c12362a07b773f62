//! Scoring the real self-evaluations against their official scores: the 49 scored rows of
//! `data/real-values.tsv`, and the tables 01, 03, 04 and 07 of `data/tables/` transcribed in
//! `data/self_eval/` (read with `jixiao::import::table::parse`).
//!
//! Every score that the central profile does not reproduce exactly is listed, with the reason, in
//! `tests/data/score_discrepancies.tsv`; the tests check that list is exactly the set of
//! mismatches: `rounding` where the whole-point variant of the profile gives the official score,
//! `mismatch` where no documented rule does, `error` where the value cannot be scored, `flagged`
//! where the scorecard gives no total and says why.

use std::collections::BTreeSet;

use jixiao::import::table;
use jixiao::score::{Actuals, FlagCode, ItemStatus, Profile, Rounding, Rule};
use jixiao::{Actual, Band, Decimal, Grade, MoneyUnit, Project, Threshold};

const REAL_VALUES: &str = include_str!(concat!(env!("CARGO_MANIFEST_DIR"), "/data/real-values.tsv"));
const DISCREPANCIES: &str = include_str!(concat!(env!("CARGO_MANIFEST_DIR"), "/tests/data/score_discrepancies.tsv"));
const TABLES: [(&str, &str); 4] = [
    ("self_eval/01-yongde.tsv", include_str!(concat!(env!("CARGO_MANIFEST_DIR"), "/data/self_eval/01-yongde.tsv"))),
    ("self_eval/03-zhongjiang.tsv", include_str!(concat!(env!("CARGO_MANIFEST_DIR"), "/data/self_eval/03-zhongjiang.tsv"))),
    ("self_eval/04-jishan.tsv", include_str!(concat!(env!("CARGO_MANIFEST_DIR"), "/data/self_eval/04-jishan.tsv"))),
    ("self_eval/07-tianchang.tsv", include_str!(concat!(env!("CARGO_MANIFEST_DIR"), "/data/self_eval/07-tianchang.tsv"))),
];

fn d(s: &str) -> Decimal {
    s.parse().unwrap()
}

fn whole() -> Profile {
    Profile::central().to_builder().name("central, whole points").rounding(Rounding::Whole).build().unwrap()
}

/// One non-exact score: (source, key, class, our central score or `—` for an error).
type Entry = (String, String, String, String);

/// Classifies our central and whole-point results against the official score.
fn classify(central: &Result<Decimal, String>, whole: &Result<Decimal, String>, official: Decimal) -> Option<(&'static str, String)> {
    match (central, whole) {
        (Ok(c), _) if *c == official => None,
        (Ok(c), Ok(w)) if *w == official => Some(("rounding", c.to_string())),
        (Ok(c), _) => Some(("mismatch", c.to_string())),
        (Err(_), _) => Some(("error", "—".to_string())),
    }
}

/// The discrepancy file's entries whose source starts with `prefix`.
fn listed(prefix: &str) -> BTreeSet<Entry> {
    DISCREPANCIES
        .lines()
        .filter(|l| !l.starts_with('#') && !l.trim().is_empty())
        .skip(1)
        .map(|l| {
            let c: Vec<&str> = l.split('\t').collect();
            assert_eq!(c.len(), 9, "discrepancy row needs 9 cells: {l}");
            assert!(!c[8].trim().is_empty(), "a reason is required: {l}");
            (c[0].to_string(), c[1].to_string(), c[7].to_string(), c[6].to_string())
        })
        .filter(|e| e.0.starts_with(prefix))
        .collect()
}

// ---- real-values.tsv ----------------------------------------------------------------------

struct Row {
    line: usize,
    level3: String,
    target: String,
    actual: String,
    weight: Decimal,
    official: Decimal,
}

fn scored_rows() -> Vec<Row> {
    REAL_VALUES
        .lines()
        .enumerate()
        .skip(1)
        .filter_map(|(i, l)| {
            let c: Vec<&str> = l.split('\t').collect();
            let score = c.get(7)?.trim();
            (!score.is_empty()).then(|| Row {
                line: i + 1,
                level3: c[3].to_string(),
                target: c[4].to_string(),
                actual: c[5].to_string(),
                weight: d(c[6].trim()),
                official: d(score),
            })
        })
        .collect()
}

fn score_row(profile: &Profile, r: &Row) -> Result<Decimal, String> {
    let t = Threshold::parse(&r.target).map_err(|e| format!("target: {e}"))?;
    let a = Actual::parse(&r.actual).map_err(|e| format!("actual: {e}"))?;
    profile.score_indicator(&t, &a, r.weight).map(|s| s.score).map_err(|e| e.to_string())
}

#[test]
fn forty_nine_scored_rows() {
    assert_eq!(scored_rows().len(), 49);
}

#[test]
fn real_rows_mismatches_are_exactly_the_listed_ones() {
    let (central, whole) = (Profile::central(), whole());
    let mut found = BTreeSet::new();
    let (mut exact, mut rounding, mut none) = (0, 0, 0);
    for r in scored_rows() {
        let c = score_row(&central, &r);
        match classify(&c, &score_row(&whole, &r), r.official) {
            None => exact += 1,
            Some((class, ours)) => {
                if class == "rounding" {
                    rounding += 1;
                } else {
                    none += 1;
                }
                found.insert((format!("real-values.tsv:{}", r.line), r.level3.clone(), class.to_string(), ours));
            }
        }
    }
    assert_eq!(found, listed("real-values.tsv"));
    // how the recorded scores compare: exactly, within rounding, or not recorded
    assert_eq!((exact, rounding, none), (39, 1, 9));
}

#[test]
fn documented_rules_on_real_rows() {
    let p = Profile::central();
    let score = |t: &str, a: &str, w: i64| p.score_indicator(&t.parse().unwrap(), &a.parse().unwrap(), Decimal::from(w)).unwrap();
    // ≥ met exactly, full marks
    let s = score("≥10", "10", 10);
    assert!(s.met && s.score == d("10") && s.rule == Rule::Full);
    // over-achievement capped: 3061 against ≥2000
    assert_eq!(score("≥2000", "3061", 10).score, d("10"));
    // ≤ met at the bound
    assert!(score("≤4", "4", 10).met);
    // a bare value (=) scored like ≥: 100% done against 95%
    let s = score("95%", "100%", 5);
    assert!(s.met && s.rule_zh().starts_with("=（按≥计分）"));
    // the split-column form with the box-drawing ═ as equals
    assert_eq!(score("═|100|%", "98%", 10).score, d("9.80"));
    // 万 on both sides, 10萬元 target with 0 spent
    assert_eq!(score("10萬元", "0萬元", 10).score, Decimal::ZERO);
    // deadlines: done in 7月 for 9月前
    let s = score("9月前", "7月", 5);
    assert!(s.met && s.rule_zh().contains("不晚于"));
    let s = score("9月前", "10月", 5);
    assert_eq!((s.score, s.rule), (Decimal::ZERO, Rule::Overdue));
    // a qualitative target met by its own text; 基本达到 is the 部分达成 band
    assert_eq!(score("显著提升", "显著提升", 10).score, d("10"));
    let s = score("是", "基本达到", 8);
    assert_eq!((s.score, s.met, s.rule), (d("4.80"), false, Rule::Band));
}

// ---- the whole tables ---------------------------------------------------------------------

/// A transcribed table: the project from the importer, with the budget rows above the header.
fn load(text: &str) -> (Project, Option<Decimal>, Option<Decimal>, Option<Decimal>) {
    let doc = table::parse(text).unwrap();
    assert_eq!(doc.projects.len(), 1);
    let mut p = doc.projects.into_iter().next().unwrap();
    let meta = |k: &str| text.lines().find_map(|l| l.strip_prefix(k)?.strip_prefix('\t')?.split('\t').next().map(str::to_string));
    p.budget.total = meta("全年预算数").map(|v| d(&v));
    p.budget.executed = meta("全年执行数").map(|v| d(&v));
    p.budget.money_unit = if meta("资金单位").as_deref() == Some("元") { MoneyUnit::Yuan } else { MoneyUnit::WanYuan };
    let recorded = |k: &str| meta(k).map(|v| d(&v));
    (p, recorded("预算执行率分值"), recorded("预算执行率得分"), recorded("总分"))
}

/// The actuals of a table: its own 实际完成值, and for 07 the rows whose target is written in
/// the name with empty value cells: the assessor gave them full marks, i.e. stated 达成.
fn actuals_of(source: &str, p: &Project) -> Actuals {
    let mut a = Actuals::from_project(p);
    if source.contains("07") {
        for i in p.indicators.iter().filter(|i| i.actual.is_none()) {
            a = a.named(&i.name, Actual::Band { band: Band::Achieved, score: None });
        }
    }
    a
}

#[test]
fn tables_mismatches_are_exactly_the_listed_ones() {
    let (central, whole) = (Profile::central(), whole());
    for (source, text) in TABLES {
        let (p, budget_points, budget_score, total) = load(text);
        let a = actuals_of(source, &p);
        let c = central.score(&p, &a).unwrap_or_else(|e| panic!("{source}: {e}"));
        let w = whole.score(&p, &a).unwrap();
        assert_eq!(Some(c.budget.weight), budget_points, "{source}");
        let mut found = BTreeSet::new();
        let mut check = |key: &str, ours: Decimal, ours_whole: Decimal, official: Option<Decimal>| {
            if let Some((class, ours)) = official.and_then(|o| classify(&Ok(ours), &Ok(ours_whole), o)) {
                found.insert((source.to_string(), key.to_string(), class.to_string(), ours));
            }
        };
        let budget_item = |card: &jixiao::score::Scorecard| card.budget.score.as_ref().map(|s| s.score).expect("the budget is scored");
        check("预算执行率", budget_item(&c), budget_item(&w), budget_score);
        for (i, j) in c.items.iter().zip(&w.items) {
            if let (Some(s), Some(t)) = (&i.score, &j.score) {
                check(&i.name, s.score, t.score, i.recorded);
            }
        }
        match (c.total, w.total) {
            (Some(ct), Some(wt)) => check("总分", ct, wt, total),
            // no total, and a flag that says why: weights that do not add up, or an item that
            // could not be scored
            _ => {
                let why = [FlagCode::WeightsNot100, FlagCode::TextForNumber, FlagCode::Unscored];
                assert!(c.flags.iter().any(|f| why.contains(&f.code())), "{source}");
                found.insert((source.to_string(), "总分".to_string(), "flagged".to_string(), "—".to_string()));
            }
        }
        assert_eq!(found, listed(source), "{source}");
        // the scorecard marks the same items as differing from the table
        let marked: BTreeSet<&str> = c.differences.iter().map(|x| x.name.as_str()).collect();
        let wrong: BTreeSet<&str> =
            c.items.iter().filter(|i| i.score.as_ref().is_some_and(|s| Some(s.score) != i.recorded)).map(|i| i.name.as_str()).collect();
        assert_eq!(marked, wrong, "{source}");
    }
}

#[test]
fn table_01_yongde_scorecard() {
    let (p, ..) = load(TABLES[0].1);
    let c = Profile::central().score(&p, &actuals_of(TABLES[0].0, &p)).unwrap();
    assert_eq!(p.budget.money_unit, MoneyUnit::Yuan);
    assert_eq!(c.budget.rate, Some(Decimal::ONE));
    assert_eq!(c.items.len(), 9);
    let sub: Vec<(String, String, String)> = c
        .subtotals
        .iter()
        .map(|s| (s.level1.as_ref().map(|l| l.name().to_string()).unwrap_or_default(), s.weight.to_string(), s.score.to_string()))
        .collect();
    let sub: Vec<(&str, &str, &str)> = sub.iter().map(|(a, b, c)| (a.as_str(), b.as_str(), c.as_str())).collect();
    assert_eq!(sub, [("产出指标", "40", "40.00"), ("效益指标", "30", "29.80"), ("满意度指标", "20", "20.00")]);
    assert_eq!(c.total, Some(d("99.80")));
    assert_eq!(c.grade, Some(Grade::Excellent));
    assert!(c.flags.is_empty(), "{:?}", c.flags);
    let diffs: Vec<(&str, String, String)> =
        c.differences.iter().map(|x| (x.name.as_str(), x.ours.to_string(), x.recorded.to_string())).collect();
    assert_eq!(diffs, [("资金到位及时率", "10.00".to_string(), "7".to_string()), ("政策知晓率", "9.80".to_string(), "9".to_string())]);
    let shown = c.to_string();
    assert!(shown.contains("| 一级指标 | 二级指标 | 三级指标 | 指标值 | 完成值 | 分值 | 得分 | 说明 |"), "{shown}");
    assert!(shown.contains("| 效益指标 | 社会效益指标 | 政策知晓率 | =100% | 98% | 10 | 9.80 | =（按≥计分）: 完成值 98% < 目标 100%, 得分 = 10 × 98 ÷ 100 = 9.80（表中得分 9） |"), "{shown}");
    assert!(!shown.contains("待核查事项"), "{shown}");
    assert!(shown.contains("（表中得分 7）"), "{shown}");
    assert!(shown.contains("| 总分 |  |  |  |  | 100 | 99.80 | 等级: 优 |"), "{shown}");
}

#[test]
fn table_04_jishan_budget_and_grade() {
    let (p, ..) = load(TABLES[2].1);
    let c = Profile::central().score(&p, &actuals_of(TABLES[2].0, &p)).unwrap();
    // 65.07 ÷ 65.66 = 99.10%: 9.91 in hundredths; the table's 9 is the whole-point variant
    // (a budget not fully executed never gets full marks)
    let budget = c.budget.score.as_ref().unwrap();
    assert_eq!(budget.score, d("9.91"));
    assert!(!budget.met);
    assert_eq!(whole().score(&p, &actuals_of(TABLES[2].0, &p)).unwrap().budget.score.unwrap().score, d("9"));
    // 15 × 8676 ÷ 8755
    assert_eq!(c.items[0].score.as_ref().unwrap().score, d("14.86"));
    assert_eq!(c.total, Some(d("99.77")));
}

#[test]
fn table_07_tianchang_drops_the_not_applicable_row() {
    let (p, ..) = load(TABLES[3].1);
    let c = Profile::central().score(&p, &actuals_of(TABLES[3].0, &p)).unwrap();
    let na: Vec<&str> = c.items.iter().filter(|i| i.status == ItemStatus::NotApplicable).map(|i| i.name.as_str()).collect();
    assert_eq!(na, ["指标1:"]);
    // the targets written in words in the names take the band stated; the one written with a
    // number (`年度资金支付完成率100%`) cannot be checked against a band: 10 points undecided
    // (the table gave 10), the other 90 as the table
    let unscored: Vec<&str> = c.items.iter().filter(|i| i.status == ItemStatus::Unscored).map(|i| i.name.as_str()).collect();
    assert_eq!(unscored, ["指标1:年度资金支付完成率100%"]);
    assert_eq!(c.flags.iter().map(|f| (f.code(), f.index())).collect::<Vec<_>>(), [(FlagCode::TextForNumber, Some(3))]);
    assert_eq!((c.scored, c.undecided, c.total), (d("90.00"), d("10"), None));
    assert_eq!(c.total_weight, d("100"));
    assert!(c.differences.is_empty());
    // 90 to 100: 优 either way
    assert_eq!(c.grade, Some(Grade::Excellent));
}

#[test]
fn table_03_zhongjiang_weights_exceed_100() {
    // the table's weights add to 100 besides the 10 budget points, yet it records 总分 100: no
    // total and no grade, and a flag that says why; every item is still scored
    let (p, ..) = load(TABLES[1].1);
    let c = Profile::central().score(&p, &actuals_of(TABLES[1].0, &p)).unwrap();
    assert_eq!((c.total_weight, c.scored, c.total, c.grade), (d("110"), d("110"), None, None));
    assert_eq!(c.flags[0].code(), FlagCode::WeightsNot100);
    assert_eq!(c.flags[0].zh(), "分值合计110（预算执行率10分加各指标分值），不是100：不计总分，不评等级");
    assert!(c.items.iter().all(|i| i.status == ItemStatus::Scored));
    assert!(c.differences.is_empty());
    let shown = c.to_string();
    assert!(shown.contains("| 总分 |  |  |  |  | 110 | — | 分值合计110，不是100，不计总分; 等级: 未定 |"), "{shown}");
}

#[test]
fn hubei_profile_on_a_real_table() {
    // 20 budget points, and the table's own weights: 20 + 90
    let (p, ..) = load(TABLES[0].1);
    let c = Profile::hubei().score(&p, &actuals_of(TABLES[0].0, &p)).unwrap();
    assert_eq!(c.budget.score.as_ref().unwrap().score, d("20"));
    assert_eq!((c.scored, c.total, c.grade), (d("109.80"), None, None));
}

#[test]
fn public_types_are_send_and_sync() {
    fn check<T: Send + Sync>() {}
    check::<Profile>();
    check::<jixiao::score::ProfileBuilder>();
    check::<jixiao::score::Scorecard>();
    check::<jixiao::score::ItemScore>();
    check::<Actuals>();
    check::<jixiao::score::ScoreError>();
    check::<Grade>();
}

#[cfg(feature = "serde")]
#[test]
fn scorecard_and_profile_json_round_trip() {
    let (p, ..) = load(TABLES[2].1);
    let card = Profile::central().score(&p, &actuals_of(TABLES[2].0, &p)).unwrap();
    let json = serde_json::to_value(&card).unwrap();
    assert_eq!(json["total"], "99.77");
    assert_eq!(json["grade"], "excellent");
    assert_eq!(json["budget"]["score"]["score"], "9.91");
    assert_eq!(json["items"][0]["score"]["rule"], "proportional");
    assert_eq!(json["differences"][0]["recorded"], "13");
    let back: jixiao::score::Scorecard = serde_json::from_value(json).unwrap();
    assert_eq!(back, card);
    let hubei = Profile::hubei();
    let back: Profile = serde_json::from_str(&serde_json::to_string(&hubei).unwrap()).unwrap();
    assert_eq!(back, hubei);
}
