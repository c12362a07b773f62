//! Levels of satisfaction (满意度 as surveys answer it) have an order, as grades do:
//! 非常满意 > 满意 > 基本满意 (比较满意, 一般) > 不满意. A satisfaction target answered with a
//! level is judged on that ladder by `is_met` and the scorer alike: a higher level meets it, a
//! lower one is not full marks. Before, every answer but the target's own words was flagged.

#[path = "common/judge.rs"]
mod judge;

use jixiao::score::Profile;
use judge::judged_alike;

/// The levels from the highest, each with its spellings.
const LEVELS: [&[&str]; 4] =
    [&["非常满意", "很满意", "十分满意"], &["满意"], &["基本满意", "比较满意", "较满意", "一般"], &["不满意", "不太满意", "非常不满意"]];

#[test]
fn every_level_against_every_target() {
    let p = Profile::central();
    let mut checked = 0;
    // a target of one of the first three levels, alone or as a floor
    for (t, target_words) in LEVELS.iter().enumerate().take(3) {
        for word in target_words.iter().filter(|w| **w != "一般") {
            for target in [word.to_string(), format!("{word}及以上"), format!("不低于{word}"), format!("≥{word}")] {
                for (a, answers) in LEVELS.iter().enumerate() {
                    for answer in *answers {
                        judged_alike(&p, &target, answer, Some(a <= t));
                        checked += 1;
                    }
                }
            }
        }
    }
    assert_eq!(checked, (3 + 1 + 3) * 4 * 11);
}

#[test]
fn one_level_below_is_partly_achieved() {
    let p = Profile::central();
    let t: jixiao::Threshold = "满意".parse().unwrap();
    let score = |answer: &str| p.score_indicator(&t, &answer.parse().unwrap(), jixiao::Decimal::from(10)).unwrap().score;
    assert_eq!(score("非常满意"), jixiao::Decimal::from(10));
    // one level below: the partly achieved band; two below: not achieved, and lower
    assert!(
        score("基本满意") < jixiao::Decimal::from(10) && score("基本满意") > score("不满意"),
        "{} {}",
        score("基本满意"),
        score("不满意")
    );
}

#[test]
fn other_ladders_are_not_mixed() {
    let p = Profile::central();
    // a grade target answered with a level of satisfaction says nothing certain
    judged_alike(&p, "良好", "满意", None);
    judged_alike(&p, "优秀", "非常满意", None);
    // 一般 is a grade of both ladders: against a grade it is 中, as before
    judged_alike(&p, "合格", "一般", Some(true));
    judged_alike(&p, "良好", "一般", Some(false));
}
