//! The other dashes and minus signs of typeset and converted text, folded to those the grammar
//! reads: the minus sign `−` (U+2212, from spreadsheets and PDF), the hyphens `‐` and `‑`
//! (U+2010, U+2011) to `－`, and the horizontal bar `―` (U+2015, the 破折号 of some GB
//! converters, written `――` as `——` is) to `—`. Each is three bytes for three, so that a value
//! folded keeps every offset, as a value of traditional characters does
//! ([`super::traditional`]): `5−10人` reads as `5－10人`, `≥−5%` as `≥－5%`.

/// The dashes that fold, for the scan of a value's characters ([`super::value`]).
pub(super) const DASHES: &str = "‐‑―−";

/// What the character of three bytes at `b[i..]` folds to, if it is one of these.
#[inline]
pub(super) fn folded_at(b: &[u8], i: usize) -> Option<[u8; 3]> {
    match b.get(i..i + 3)? {
        [0xe2, 0x80, 0x90 | 0x91] | [0xe2, 0x88, 0x92] => Some([0xef, 0xbc, 0x8d]),
        [0xe2, 0x80, 0x95] => Some([0xe2, 0x80, 0x94]),
        _ => None,
    }
}

/// Whether the bytes of a text hold one of these dashes: the lead byte E2 looked for eight
/// bytes at a time, then the character there.
pub(crate) fn holds_bytes(b: &[u8]) -> bool {
    let mut from = 0;
    while let Some(k) = super::chars::find_either(&b[from..], 0xe2, 0xe2) {
        if folded_at(b, from + k).is_some() {
            return true;
        }
        from += k + 1;
    }
    false
}

#[cfg(test)]
mod tests {
    #[test]
    fn each_folds_to_a_dash_of_the_same_length() {
        for (c, to) in [('−', '－'), ('‐', '－'), ('‑', '－'), ('―', '—')] {
            let s = c.to_string();
            assert_eq!(super::folded_at(s.as_bytes(), 0), Some(to.to_string().into_bytes().try_into().unwrap()), "{c}");
            assert!(super::holds_bytes(format!("5{c}10人").as_bytes()));
            assert!(super::super::traditional::holds(&format!("5{c}10人")), "{c}");
        }
        for c in ['-', '－', '—', '–', '≥', '≤', '～'] {
            assert!(!super::holds_bytes(format!("5{c}10人").as_bytes()), "{c}");
            // and the scan for traditional characters finds them alike
            assert!(!super::super::traditional::holds(&format!("5{c}10人")), "{c}");
        }
    }
}
