//! Units written in Latin letters (`km`, `m²`, `kg`, `ha`, `min`) in every case and width, as
//! tables typed with a Chinese input method hold them: `KM²`, `Km2`, `ｋｍ２`, `m^3`, `Ｍ３`
//! read as `km²` and `m³` do. Asked by [`KnownUnit::parse_prefix`] after the unit table.

use crate::unit::KnownUnit;

/// The Latin spellings of two letters or more, or of a letter and its exponent: lower case, the
/// exponent a digit. They match in any case. A letter alone is matched only in the case the
/// unit table lists it in (`m`, `M`, `t`, `g`, `L`, `h`, `H`): `5G基站` is no five grams.
const SPELLINGS: [(&str, KnownUnit); 9] = [
    ("km2", KnownUnit::SquareKilometre),
    ("m2", KnownUnit::SquareMetre),
    ("m3", KnownUnit::CubicMetre),
    ("km", KnownUnit::Kilometre),
    ("cm", KnownUnit::Centimetre),
    ("mm", KnownUnit::Millimetre),
    ("kg", KnownUnit::Kilogram),
    ("ha", KnownUnit::Hectare),
    ("min", KnownUnit::Minute),
];

/// The longest Latin unit at the start of `s`, in any case and width, or `exact` (what the unit
/// table read as written) where that is as long: the unit and the bytes of `s` it takes.
pub(crate) fn prefix(s: &str, exact: Option<(KnownUnit, usize)>) -> Option<(KnownUnit, usize)> {
    // the first characters folded to ASCII (full-width forms, ² and ³ as digits, a caret before
    // an exponent dropped), each with the byte of `s` it ends at
    let mut folded = [0u8; 3];
    let mut ends = [0usize; 3];
    let mut n = 0;
    let mut chars = s.char_indices().peekable();
    while let Some((i, c)) = chars.next() {
        let f = match c {
            'a'..='z' | 'A'..='Z' | '0'..='9' => c as u8,
            // (U+FF01 to U+FF5E are ASCII 21 to 7E, full width)
            'ａ'..='ｚ' | 'Ａ'..='Ｚ' | '０'..='９' => (c as u32 - 0xfee0) as u8,
            '²' => b'2',
            '³' => b'3',
            '^' if n > 0 && chars.peek().is_some_and(|&(_, d)| matches!(d, '2' | '3' | '２' | '３')) => continue,
            _ => break,
        };
        folded[n] = f;
        ends[n] = i + c.len_utf8();
        n += 1;
        if n == folded.len() {
            break;
        }
    }
    let lower = folded.map(|b| b.to_ascii_lowercase());
    let mut best = exact;
    for (w, unit) in SPELLINGS {
        let k = w.len();
        if k <= n && lower[..k] == *w.as_bytes() && best.is_none_or(|(_, len)| ends[k - 1] > len) {
            best = Some((unit, ends[k - 1]));
        }
    }
    // a letter alone, full width (`ｍ`, `ｔ`): as the table reads it in ASCII, in its case
    if best.is_none() && n > 0 && s.as_bytes()[0] == 0xef {
        let ascii = [folded[0]];
        if let Some((unit, 1)) = std::str::from_utf8(&ascii).ok().and_then(KnownUnit::table_prefix) {
            best = Some((unit, ends[0]));
        }
    }
    best
}

/// Whether a Latin spelling may start at `b` or go on there (after what the table read): an
/// ASCII letter or digit, a caret, ² or ³ (`C2 B2`, `C2 B3`), or a full-width form (`EF`).
#[inline(always)]
pub(crate) fn may_go_on(b: Option<&u8>) -> bool {
    matches!(b, Some(b'a'..=b'z' | b'A'..=b'Z' | b'0'..=b'9' | b'^' | 0xc2 | 0xef))
}

#[cfg(test)]
mod tests {
    use super::KnownUnit::{self, *};

    #[test]
    fn every_case_and_width() {
        for (s, unit) in [
            ("km²", SquareKilometre),
            ("KM²", SquareKilometre),
            ("km2", SquareKilometre),
            ("ｋｍ２", SquareKilometre),
            ("km^2", SquareKilometre),
            ("m³", CubicMetre),
            ("M3", CubicMetre),
            ("ｍ３", CubicMetre),
            ("m^3", CubicMetre),
            ("m３", CubicMetre),
            ("ｍ²", SquareMetre),
            ("Ｍ２", SquareMetre),
            ("KM", Kilometre),
            ("ｋｍ", Kilometre),
            ("Kg", Kilogram),
            ("ＫＧ", Kilogram),
            ("HA", Hectare),
            ("Min", Minute),
            ("ｍ", Metre),
            ("ｔ", Tonne),
            ("ｇ", Gram),
        ] {
            assert_eq!(KnownUnit::parse_prefix(s), Some((unit, s.len())), "{s}");
        }
        // a letter alone keeps its case; what follows a spelling is left
        assert_eq!(KnownUnit::parse_prefix("G"), None);
        assert_eq!(KnownUnit::parse_prefix("Ｇ"), None);
        assert_eq!(KnownUnit::parse_prefix("T"), None);
        assert_eq!(KnownUnit::parse_prefix("ms"), Some((Metre, 1)));
        assert_eq!(KnownUnit::parse_prefix("m^"), Some((Metre, 1)));
        assert_eq!(KnownUnit::parse_prefix("cm2"), Some((Centimetre, 2)));
        assert_eq!(KnownUnit::parse_prefix("km/h"), Some((Kilometre, 2)));
    }
}
