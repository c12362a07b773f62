//! A bare value of a reverse indicator (反向指标: a count or rate of something bad, where less is
//! better) is the most allowed, as its table means it: `预算调整率` `3%` is `≤3%` for
//! [`Indicator::target`], and so for scoring and monitoring. The value as written keeps its
//! reading, and the review still asks for the `≤` (J025).

use jixiao::score::{Actuals, Profile};
use jixiao::{Comparator, Indicator};

const REAL: &str = include_str!("../data/real-values-judged-2.tsv");

fn target_op(name: &str, value: &str) -> Comparator {
    match Indicator::new(None, None, name, value).target() {
        Ok(jixiao::Threshold::Compare(c)) => c.comparator(),
        other => panic!("{name} {value}: {other:?}"),
    }
}

#[test]
fn a_bare_value_of_a_reverse_indicator_is_a_ceiling() {
    let names = [
        "安全事故发生率",
        "有效投诉次数",
        "贷款逾期率",
        "预算调整率",
        "人才流失率",
        "设备故障率",
        "差错率",
        "指标1:安全事故发生率",
        "安全事故发生率（%）",
        "项目超支率",
        "违规件数",
        "事故",
    ];
    let mut checked = 0;
    for name in names {
        for value in ["3%", "5", "2次", "1起", "0.5%"] {
            assert_eq!(target_op(name, value), Comparator::Le, "{name} {value}");
            // the value as written is read as it was
            assert_eq!(Indicator::new(None, None, name, value).threshold().map(|t| t.to_string()), Some(format!("={value}")));
            checked += 1;
        }
        // a comparator written is kept, whichever way it points
        assert_eq!(target_op(name, "≥3%"), Comparator::Ge, "{name}");
        assert_eq!(target_op(name, "<3%"), Comparator::Lt, "{name}");
    }
    assert_eq!(checked, names.len() * 5);
}

#[test]
fn indicators_of_handling_or_avoiding_stay_as_written() {
    // handling what went wrong, satisfying or lessening it, or its absence: more is better
    // (and the names a review of this change found read as ceilings at first: a word between
    // the reverse word and its rate says what is measured of it)
    for name in [
        "投诉处理率",
        "故障修复率",
        "违规整改率",
        "无安全事故",
        "减少投诉",
        "减少投诉次数",
        "满意度",
        "预算执行率",
        "投诉满意率",
        "投诉受理率",
        "投诉办理率",
        "投诉答复率",
        "投诉回访率",
        "投诉结案率",
        "投诉下降率",
        "安全事故减少率",
        "故障降低率",
        "水土流失治理率",
        "水土流失控制率",
        "预算调整完成率",
        "预算调整及时率",
        "预算调整后执行率",
        "超支预警率",
        "逾期还款率",
        "故障维修率",
        "故障检修率",
        "事故救援率",
        "差错更正率",
    ] {
        assert_eq!(target_op(name, "95%"), Comparator::Eq, "{name}");
    }
}

#[test]
fn an_equals_sign_written_stays_and_a_mark_after_the_name_does_not_matter() {
    assert_eq!(target_op("预算调整率", "=3%"), Comparator::Eq);
    assert_eq!(target_op("预算调整率", "＝3%"), Comparator::Eq);
    for name in ["安全事故发生率。", "安全事故发生率（%）。", "预算调整率；", "预算调整率 "] {
        assert_eq!(target_op(name, "3%"), Comparator::Le, "{name}");
    }
}

#[test]
fn the_real_row_scores_full_marks_for_no_adjustment() {
    // 预算调整率 3%, answered 0 (a published self-evaluation, data/real-values-judged-2.tsv)
    let row = REAL.lines().find(|l| l.split('\t').nth(1) == Some("预算调整率")).unwrap();
    let f: Vec<&str> = row.split('\t').collect();
    let text = format!(
        "项目名称\t测试\n预算数\t100\n执行数\t100\n一级指标\t二级指标\t三级指标\t指标值\t分值\t实际完成值\t得分\n\
         产出指标\t质量指标\t{}\t{}\t90\t{}\t90\n",
        f[1], f[2], f[3]
    );
    let doc = jixiao::import::parse_text(&text).unwrap();
    let p = &doc.projects[0];
    let card = Profile::central().score(p, &Actuals::from_project(p)).unwrap();
    let item = card.items.iter().find(|i| i.name == "预算调整率").unwrap();
    let s = item.score.as_ref().unwrap();
    assert!(s.met, "{item:?}");
    assert_eq!(s.score, s.weight);
    // and 5% adjusted is over the ceiling
    let over = text.replace(&format!("\t{}\t90\n", f[3]), "\t5%\t90\n");
    let doc = jixiao::import::parse_text(&over).unwrap();
    let p = &doc.projects[0];
    let card = Profile::central().score(p, &Actuals::from_project(p)).unwrap();
    assert!(!card.items.iter().find(|i| i.name == "预算调整率").unwrap().score.as_ref().unwrap().met);
}

#[test]
fn the_review_still_asks_for_the_ceiling() {
    let doc = jixiao::import::parse_text("三级指标\t指标值\n预算调整率\t3%\n安全事故发生率\t1%\n").unwrap();
    let review = jixiao::review::review(&doc.projects[0]);
    let j025 = review.findings().iter().filter(|f| f.code().as_str() == "J025").count();
    assert_eq!(j025, 2, "{:?}", review.findings());
}
