//! Answers judged the way a finance reviewer judges them, by `is_met` and the scorer alike:
//! a relation to a relative target's baseline stated in words (`增长6%`, `未超预算`), words of
//! timing (`提前完成`, `延期完成`), words that start with 无 or 零 and avoid nothing
//! (`无障碍改造`), and text holding numbers answered in its own words.

#[path = "common/judge.rs"]
mod judge;

use jixiao::score::Profile;
use judge::judged_alike;

/// A relative target answered with its own relation to the baseline, in every wording of the
/// baseline (named or left to the target's) and of the change.
#[test]
fn relations_to_the_baseline_stated_in_words() {
    let p = Profile::central();
    let mut checked = 0;
    for (target, baseline) in [("较上年增长5%", "上年"), ("同比增长5%", "上年同期"), ("比上年提高5%", "上年")] {
        for named in [String::new(), format!("较{baseline}"), format!("比{baseline}")] {
            for (change, met) in [("增长6%", Some(true)), ("提高5%", Some(true)), ("增长4%", Some(false)), ("下降2%", Some(false))]
            {
                judged_alike(&p, target, &format!("{named}{change}"), met);
                checked += 1;
            }
            // a change of no amount cannot settle an amount; a level of the baseline misses it
            judged_alike(&p, target, &format!("{named}有所增长"), None);
            judged_alike(&p, target, &format!("{named}持平"), Some(false));
        }
    }
    for (target, answer, met) in [
        ("同比下降10%", "下降12%", Some(true)),
        ("同比下降10%", "同比下降8%", Some(false)),
        // another baseline than the target's is no answer to it
        ("同比下降10%", "较上年下降12%", None),
        ("≤预算数", "未超预算", Some(true)),
        ("≤预算数", "未超过预算数", Some(true)),
        ("≤预算数", "没有超出预算", Some(true)),
        ("≤预算数", "低于预算数", Some(true)),
        ("≤预算数", "超过预算", Some(false)),
        ("≤预算数", "未超批复数", None),
        ("控制在批复预算内", "未超批复", Some(true)),
        ("不高于市场价", "低于市场价", Some(true)),
        ("不高于市场价", "高于市场价", Some(false)),
        ("不低于上年", "增长6%", Some(true)),
        ("不低于上年", "持平", Some(true)),
        ("不低于上年", "下降1%", Some(false)),
        ("不低于上年", "基本持平", None),
        ("较上年持平或增长", "较上年持平或增长", Some(true)),
        ("与上年基本持平", "基本持平", Some(true)),
        ("与上年基本持平", "与上年基本持平", Some(true)),
        ("与上年基本持平", "持平", Some(true)),
        ("与上年基本持平", "增长2%", None),
        ("比上年提高2个百分点", "提高3个百分点", Some(true)),
        ("比上年提高2个百分点", "提高1个百分点", Some(false)),
        // points are no percent of the baseline
        ("比上年提高2个百分点", "增长3%", None),
        // a number still needs the baseline's value
        ("较上年增长5%", "105%", None),
        ("≤预算数", "28万元", None),
        // a bound on the change is a bound (`增长5%以下` may fall short), never the change made
        ("较上年增长5%", "增长5%以下", None),
        ("较上年增长5%", "增长6%以内", None),
        ("较上年增长5%", "增长6%以上", Some(true)),
        ("同比下降10%", "下降10%以内", None),
        ("比上年提高2个百分点", "提高2个百分点以下", None),
        ("比上年提高2个百分点", "提高1个百分点以上", None),
        // a bare change on a budget or a price is commonly last year's: no answer to them
        ("≤预算数", "下降5%", None),
        ("≤预算数", "增长5%", None),
        ("不高于市场价", "下降5%", None),
        ("≤预算数", "较预算数下降5%", Some(true)),
    ] {
        judged_alike(&p, target, answer, met);
        checked += 1;
    }
    assert!(checked >= 60, "{checked}");
}

/// On time or ahead, in every wording, meets a deadline; late misses it; each with 已 or 均已
/// before it and a verb of completion after it, or alone.
#[test]
fn words_of_timing() {
    let p = Profile::central();
    let mut checked = 0;
    for target in ["2025年12月底前", "12月底前", "年底前完成"] {
        for before in ["", "已", "均已"] {
            for verb in ["", "完成", "实现", "交付"] {
                for (word, met) in [
                    ("按时", true),
                    ("按期", true),
                    ("如期", true),
                    ("提前", true),
                    ("准时", true),
                    ("延期", false),
                    ("逾期", false),
                    ("滞后", false),
                ] {
                    judged_alike(&p, target, &format!("{before}{word}{verb}"), Some(met));
                    checked += 1;
                }
            }
        }
        // a word of timing qualified or negated is the band it says
        judged_alike(&p, target, "未按时完成", Some(false));
        judged_alike(&p, target, "基本按时完成", Some(false));
    }
    assert!(checked >= 250, "{checked}");
    // a word of timing says nothing of a number, a cost or an avoidance
    for target in ["≥2万人", "≤5%", "≤30万元", "无安全事故", "否"] {
        for answer in ["提前完成", "延期", "已按期交付"] {
            judged_alike(&p, target, answer, None);
        }
    }
    // a target of timing in words is answered by one
    judged_alike(&p, "按期完成", "提前完成", Some(true));
    judged_alike(&p, "按时完成", "延期完成", Some(false));
}

/// Words that start with 无 or 零 but name a thing or a way are no avoidance targets: a count
/// answering them is not judged as incidents that occurred.
#[test]
fn words_of_none_that_avoid_nothing() {
    let p = Profile::central();
    for (target, answer) in
        [("无障碍改造", "120户"), ("无偿献血", "300人"), ("无人机巡查", "12次"), ("零就业家庭帮扶", "5户"), ("无害化处理", "3处")]
    {
        judged_alike(&p, target, answer, None);
    }
    for target in [
        "零碳园区建设",
        "零基预算改革",
        "无感支付推广",
        "无差别受理",
        "无人驾驶试点",
        "无形资产管理",
        "零换乘",
        "零散用地整治",
        "无 障碍设施",
    ] {
        judged_alike(&p, target, "12个", None);
    }
    // while the avoidance targets still are, and so is a thing of none followed by what it
    // avoids (`零就业家庭动态清零`, `无人机飞行零事故`)
    for (target, answer, met) in [
        ("无重大安全事故", "0起", Some(true)),
        ("零事故", "1起", Some(false)),
        ("无违规", "无", Some(true)),
        ("零就业家庭动态清零", "无", Some(true)),
        ("零就业家庭动态清零", "有", Some(false)),
        ("零就业家庭动态清零", "0户", Some(true)),
        ("无人机飞行零事故", "无", Some(true)),
        ("无障碍设施无安全事故", "无", Some(true)),
    ] {
        judged_alike(&p, target, answer, met);
    }
}

/// Text holding numbers the grammar did not read is met by its own words, by `is_met` and the
/// scorer alike (the scorer refused it).
#[test]
fn unread_text_answered_in_its_own_words() {
    let p = Profile::central();
    for target in ["完成3个项目的建设", "至2025年底", "2025年7月1日起", "统一 人员管理", "5个工作日到账"] {
        assert!(jixiao::Threshold::parse(target).unwrap().is_unread(), "{target}");
        judged_alike(&p, target, target, Some(true));
        judged_alike(&p, target, &format!(" {target} "), Some(true));
    }
}

/// An answer that states a bound is judged by it against counts and ranges: within the target
/// it meets it (a strict bound on whole counts means the next count: `少于2起` is at most 1起),
/// wholly beyond it misses, and otherwise it cannot settle it. `有` against a count other than
/// none says some, not how many.
#[test]
fn bounds_and_some_against_counts_and_ranges() {
    let p = Profile::central();
    for (target, answer, met) in [
        ("≤1起", "少于2起", Some(true)),
        ("≤1起", "不足2起", Some(true)),
        ("≤1起", "少于3起", None),
        ("≥3人", "超过2人", Some(true)),
        ("≥3人", "超过1人", None),
        ("≥95%", "≥96%", Some(true)),
        ("≥95%", "≥90%", None),
        ("≥95%", "不足90%", Some(false)),
        ("30%-50%", "≥40%", None),
        ("30%-50%", "≥5%", None),
        ("30%-50%", ">50%", Some(false)),
        ("30%-50%", "<30%", Some(false)),
        ("30%-50%", "≤60%", None),
        ("1-3天", "≤2天", None),
        ("≤1起", "有", None),
        ("≥2次/年", "有", None),
        ("0起", "有", Some(false)),
    ] {
        judged_alike(&p, target, answer, met);
    }
}
