//! The three percent signs Chinese text is written with read alike: `%`, the full-width `％`
//! and the small `﹪` (U+FE6A, which some input methods give), with or without the word
//! `(百分比)` after them, in every form a share is written, as target and as actual.

use jixiao::{Actual, Threshold, Unit};

/// `form` with `{p}` replaced by `sign`, parsed as a target and as an actual, printed (an
/// actual kept as text keeps its sign as written: it is printed with the ASCII one).
fn read(form: &str, sign: &str) -> (String, String) {
    let s = form.replace("{p}", sign);
    let t = Threshold::parse(&s).map(|t| t.to_string()).unwrap_or_else(|e| format!("error {:?}", e.kind()));
    let a = Actual::parse(&s).map(|a| a.to_string().replace(sign, "%")).unwrap_or_else(|e| format!("error {:?}", e.kind()));
    (t, a)
}

#[test]
fn every_percent_sign_reads_as_the_ascii_one() {
    let forms = [
        "≥95{p}",
        "≥ 95 {p}",
        "95{p}以上",
        "不低于95{p}",
        "≤5{p}（含）",
        "90{p}-100{p}",
        "在90{p}至100{p}之间",
        "约95{p}",
        "较上年增长5{p}",
        "|95|{p}",
        "≥|95|{p}",
        "100{p}达标",
        "≥95{p}(百分比)",
        "≥95{p}（百分比）",
        "满意度≥90{p}",
    ];
    let mut checked = 0;
    for form in forms {
        let ascii = read(form, "%");
        assert!(!ascii.0.starts_with("error"), "{form}: {ascii:?}");
        for sign in ["％", "﹪"] {
            assert_eq!(read(form, sign), ascii, "{}", form.replace("{p}", sign));
            checked += 1;
        }
    }
    assert_eq!(checked, forms.len() * 2);
}

#[test]
fn the_small_sign_is_the_percent_unit() {
    for s in ["﹪", "﹪(百分比)", "％（百分比）", "﹪（百分比）"] {
        assert_eq!(s.parse::<Unit>().map(|u| u.to_string()), Ok("%".to_string()), "{s}");
    }
    // and a target in it is judged as one in `%`
    let t = Threshold::parse("≥95﹪").unwrap();
    assert_eq!(t.is_met(&Actual::parse("96%").unwrap()), Ok(true));
    assert_eq!(t.is_met(&Actual::parse("94﹪").unwrap()), Ok(false));
}

/// A weight written with any of the signs in a 分值 column is points of 100, as `50%` is.
#[test]
fn a_weight_in_any_sign_is_points() {
    for sign in ["%", "％", "﹪"] {
        let table = format!("项目名称\t一级指标\t二级指标\t三级指标\t指标值\t分值\t实际完成值\n示例项目\t产出指标\t数量指标\t培训人数\t≥100人\t50{sign}\t120人\n");
        let imported = jixiao::import::parse_text(&table).unwrap();
        let ind = &imported.projects[0].indicators[0];
        assert_eq!((ind.weight, ind.weight_text.as_deref()), (Some(jixiao::Decimal::from(50)), None), "50{sign}");
    }
}
