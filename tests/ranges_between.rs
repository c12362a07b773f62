//! A range framed by 在 or 介于 and 之间, its ends joined by a dash, 至, or by 和, 与, 及
//! (`介于90%和100%之间`), in every spacing, reads as `90%-100%` does. Outside such a frame 和
//! joins no range (`3人和5人` is numbers not read).

mod common;

use common::SPACES;
use jixiao::Threshold;

#[test]
fn framed_ranges_in_every_joining_word() {
    let mut checked = 0;
    for (low, high, plain) in [("90%", "100%", "90%-100%"), ("3天", "5天", "3-5天"), ("3", "5人", "3-5人"), ("1万", "2万元", "1-2万元")]
    {
        let expected = Threshold::parse(plain).unwrap().to_string();
        for frame in ["在", "介于"] {
            for join in ["和", "与", "及", "至", "-", "～"] {
                for space in SPACES {
                    let s = format!("{frame}{space}{low}{space}{join}{space}{high}{space}之间");
                    assert_eq!(Threshold::parse(&s).map(|t| t.to_string()).ok(), Some(expected.clone()), "{s}");
                    checked += 1;
                }
            }
        }
    }
    assert_eq!(checked, 4 * 2 * 6 * SPACES.len());
}

#[test]
fn no_frame_no_range() {
    for s in ["3人和5人", "90%和100%", "介于90%和100%"] {
        assert!(!matches!(Threshold::parse(s), Ok(Threshold::Range(_))), "{s}: {:?}", Threshold::parse(s));
    }
}
