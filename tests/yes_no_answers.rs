//! Yes and no answered (`是`, `否` and their siblings `是的`, `不是`, `没有`, and what an
//! answer says of occurring), judged by `is_met` and the scorer alike: against a yes/no target
//! by the same answer; against a ceiling or a target of none, where the table does not say
//! which way the question was asked (`是否发生安全事故` is met by 否, `是否达标` missed by it),
//! a bare yes or no is flagged, never a quiet miss or a quiet pass.

#[path = "common/judge.rs"]
mod judge;

use jixiao::score::Profile;
use jixiao::{Actual, CompareError, Threshold};
use judge::judged_alike;

/// The answers that say yes and those that say no, in every wording a table uses.
const YES: [&str; 5] = ["是", "是的", "有", "发生", "已出现"];
const NO: [&str; 7] = ["否", "不是", "无", "没有", "未发生", "未发生安全事故", "从未出现"];

/// A yes/no target is met by the same answer however it is worded, and missed by the other.
#[test]
fn yes_no_targets_answered_in_every_wording() {
    let p = Profile::central();
    let mut checked = 0;
    for (target, wanted) in [("是", true), ("有", true), ("否", false), ("无", false), ("没有", false), ("不是", false)] {
        for answer in YES {
            judged_alike(&p, target, answer, Some(wanted));
            checked += 1;
        }
        for answer in NO {
            judged_alike(&p, target, answer, Some(!wanted));
            checked += 1;
        }
        // (with spaces and closing punctuation around it, as cells hold them)
        for answer in [" 否 ", "否。", "没有。"] {
            judged_alike(&p, target, answer, Some(!wanted));
            checked += 1;
        }
    }
    assert_eq!(checked, 6 * (YES.len() + NO.len() + 3));
}

/// No to `是否发生…` answered that none occurred, in the words of an avoidance target
/// (`无违规`, `杜绝安全事故`, `零事故`): met. A yes may have asked whether the unit complied
/// (`是否合规`), so the same words against `是` are left to the assessor.
#[test]
fn a_no_target_answered_that_none_occurred() {
    let p = Profile::central();
    for answer in ["无违规", "杜绝违规", "零事故", "无重大安全事故", "未发生安全事故"] {
        for target in ["否", "无", "没有"] {
            judged_alike(&p, target, answer, Some(true));
        }
        if answer != "未发生安全事故" {
            judged_alike(&p, "是", answer, None);
        }
    }
}

/// A bare yes or no against a target of none or a ceiling says nothing until the question is
/// known: flagged, by `is_met` and the scorer alike. `有`, `无`, `没有` and `未发生` say whether
/// something occurred, and still judge these targets.
#[test]
fn bare_yes_or_no_against_ceilings_and_avoidance_is_flagged() {
    let p = Profile::central();
    let avoidance = ["无违规", "杜绝安全事故", "无重大安全事故", "零事故", "不发生安全事故", "安全事故零发生"];
    let ceilings = ["0起", "≤1起", "≤5%", "=0", "不超过30万元", "<2小时", "≤预算数", "不超过批复数"];
    for answer in ["是", "是的", "否", "不是"] {
        for target in avoidance {
            let t = Threshold::parse(target).unwrap();
            assert_eq!(t.is_met(&Actual::parse(answer).unwrap()), Err(CompareError::NeedsBand), "{target} / {answer}");
            judged_alike(&p, target, answer, None);
        }
        for target in ceilings {
            let t = Threshold::parse(target).unwrap();
            assert_eq!(t.is_met(&Actual::parse(answer).unwrap()), Err(CompareError::NeedsQuantity), "{target} / {answer}");
            judged_alike(&p, target, answer, None);
        }
    }
    // the words of occurring judge them still
    for target in avoidance {
        judged_alike(&p, target, "无", Some(true));
        judged_alike(&p, target, "没有", Some(true));
        judged_alike(&p, target, "有", Some(false));
    }
    judged_alike(&p, "0起", "没有", Some(true));
    judged_alike(&p, "0起", "有", Some(false));
    // against a floor, no says the target was not reached, as before
    judged_alike(&p, "≥95%", "否", Some(false));
    judged_alike(&p, "≥95%", "不是", Some(false));
}
