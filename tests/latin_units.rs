//! Units in Latin letters (`km`, `m²`, `m³`, `kg`, `ha`, `min`) in every case, width and
//! spelling of their exponent, as tables typed with a Chinese input method hold them: `ｍ３`,
//! `KM²`, `km2`, `m^2` read as `m³` and `km²` do, in every form of value and in a unit column
//! (度量单位). A letter alone keeps its case (`5G基站` is no five grams).

use jixiao::{KnownUnit, Threshold, Unit};

/// Full-width forms of the ASCII letters and digits of `s` (`km2` → `ｋｍ２`).
fn wide(s: &str) -> String {
    s.chars().map(|c| if c.is_ascii_alphanumeric() { char::from_u32(c as u32 + 0xfee0).unwrap() } else { c }).collect()
}

/// Every spelling of a unit written `letters` with `exponent` (`None`, 2 or 3): each case of a
/// spelling of two letters or more, each way to write the exponent, in either width.
fn spellings(letters: &str, exponent: Option<char>) -> Vec<String> {
    let cases: Vec<String> = if letters.len() > 1 {
        let mut title = letters.to_string();
        title[..1].make_ascii_uppercase();
        vec![letters.to_string(), letters.to_ascii_uppercase(), title]
    } else {
        vec![letters.to_string()]
    };
    let exponents: Vec<String> = match exponent {
        None => vec![String::new()],
        Some(e) => {
            let superscript = if e == '2' { '²' } else { '³' };
            vec![superscript.to_string(), e.to_string(), format!("^{e}")]
        }
    };
    let mut all = Vec::new();
    for case in &cases {
        for e in &exponents {
            let s = format!("{case}{e}");
            all.push(wide(&s));
            // (the letters wide and the exponent not, and the other way round)
            all.push(format!("{}{e}", wide(case)));
            all.push(format!("{case}{}", wide(e)));
            all.push(s);
        }
    }
    all.sort();
    all.dedup();
    all
}

#[test]
fn every_spelling_in_every_form_of_value() {
    let units = [
        ("km", Some('2'), KnownUnit::SquareKilometre),
        ("m", Some('2'), KnownUnit::SquareMetre),
        ("m", Some('3'), KnownUnit::CubicMetre),
        ("km", None, KnownUnit::Kilometre),
        ("cm", None, KnownUnit::Centimetre),
        ("mm", None, KnownUnit::Millimetre),
        ("kg", None, KnownUnit::Kilogram),
        ("ha", None, KnownUnit::Hectare),
        ("min", None, KnownUnit::Minute),
        ("m", None, KnownUnit::Metre),
        ("t", None, KnownUnit::Tonne),
        ("g", None, KnownUnit::Gram),
    ];
    let mut checked = 0;
    for (letters, exponent, unit) in units {
        let name = unit.as_str();
        for u in spellings(letters, exponent) {
            for (value, expected) in [
                (format!("≥5{u}"), format!("≥5{name}")),
                (format!("≥ 5 {u}"), format!("≥5{name}")),
                (format!("5{u}"), format!("=5{name}")),
                (format!("约5{u}"), format!("约5{name}")),
                (format!("5-10{u}"), format!("5-10{name}")),
                (format!("不低于5{u}"), format!("≥5{name}")),
                (format!("5{u}以上"), format!("≥5{name}")),
                // the unit in its own column (度量单位)
                (format!("≥|5|{u}"), format!("≥5{name}")),
                (format!("|5|{u}"), format!("=5{name}")),
            ] {
                let t = Threshold::parse(&value).unwrap_or_else(|e| panic!("{value}: {e}"));
                assert_eq!(t.to_string(), expected, "{value}");
                checked += 1;
            }
            // a rate of it
            let t = Threshold::parse(&format!("≤5{u}/人")).unwrap();
            let Threshold::Compare(c) = t else { panic!("{u}") };
            assert!(matches!(c.quantity().unit(), Unit::Rate(r) if r.numerator() == unit), "{u}");
        }
    }
    assert!(checked > 800, "{checked}");
}

#[test]
fn a_letter_alone_keeps_its_case() {
    // 5G (the network) and a capital T or G are no grams or tonnes
    for value in ["≥5G", "≥5Ｇ", "≥5T"] {
        let Ok(Threshold::Compare(c)) = Threshold::parse(value) else { panic!("{value}") };
        assert!(matches!(c.quantity().unit(), Unit::Other(_)), "{value}: {:?}", c.quantity().unit());
    }
    assert!(!matches!(Threshold::parse("5G基站"), Ok(Threshold::Compare(_))));
    // a unit alone, in either width, is a value whose number is missing
    for value in ["km", "ｋｍ", "ＫＧ", "ｍ３"] {
        assert_eq!(Threshold::parse(value).unwrap_err().kind(), jixiao::ParseErrorKind::MissingNumber, "{value}");
    }
}
