//! Cell references beyond a sheet's limits (列 XFD, 行 1048576) in a workbook's XML: the
//! references of cells, rows, merged regions, tables and shared formulas (`r="B7"`,
//! `ref="A1:D35"`). A workbook never holds one; a damaged or crafted one may, and the reader
//! (calamine) computes its position in 32 bits, which a reference of seven letters or ten digits
//! overflows (the fuzz target found `ref="BCmergeCell…"`), and the size of a range from the
//! difference of its ends, which one that ends before it starts (`B2:A1`) overflows. Such a
//! workbook is corrupt, and said to be before it is read.

use core::fmt;

/// The most letters of a column (XFD) and digits of a row (1048576) a reference has.
const MAX_LETTERS: usize = 3;
const MAX_DIGITS: usize = 7;

/// A reference beyond the sheet's limits, or a range that ends before it starts, as written
/// (at most 32 bytes of it).
#[derive(Debug)]
pub(super) struct BeyondLimits {
    written: String,
    reversed: bool,
}

impl fmt::Display for BeyondLimits {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self.reversed {
            false => write!(f, "the cell reference `{}` lies beyond the sheet's limits (XFD1048576)", self.written),
            true => write!(f, "the cell range `{}` ends before it starts", self.written),
        }
    }
}

impl std::error::Error for BeyondLimits {}

/// The first attribute `r` or `ref` of `xml` whose value holds a reference beyond the limits.
pub(super) fn check(xml: &[u8]) -> Result<(), BeyondLimits> {
    for name in [&b" r=\""[..], &b" ref=\""[..]] {
        for at in memchr::memmem::find_iter(xml, name) {
            let value = &xml[at + name.len()..];
            let value = &value[..memchr::memchr(b'"', value).unwrap_or(value.len())];
            let beyond_limits = value.split(|&b| b == b':').any(beyond);
            if beyond_limits || reversed(value) {
                let shown = &value[..value.len().min(32)];
                return Err(BeyondLimits { written: String::from_utf8_lossy(shown).into_owned(), reversed: !beyond_limits });
            }
        }
    }
    Ok(())
}

/// Whether one reference (`B7`, `XFD1048576`, `7` of a row) has more letters or digits than a
/// sheet's limits allow. What is no reference at all is left to the reader, which says so.
fn beyond(reference: &[u8]) -> bool {
    let letters = reference.iter().take_while(|b| b.is_ascii_alphabetic()).count();
    let digits = reference[letters..].iter().take_while(|b| b.is_ascii_digit()).count();
    letters > MAX_LETTERS || digits > MAX_DIGITS
}

/// Whether `value` is a range of two cells (`A1:D35`) whose second comes before its first in
/// its row or column. Each reference is within the limits (asked first).
fn reversed(value: &[u8]) -> bool {
    let mut parts = value.split(|&b| b == b':');
    let (Some(a), Some(b), None) = (parts.next(), parts.next(), parts.next()) else { return false };
    match (position(a), position(b)) {
        (Some((r1, c1)), Some((r2, c2))) => r2 < r1 || c2 < c1,
        _ => false,
    }
}

/// The row and column of a whole cell reference (letters then digits, nothing else).
fn position(reference: &[u8]) -> Option<(u32, u32)> {
    let letters = reference.iter().take_while(|b| b.is_ascii_alphabetic()).count();
    let digits = &reference[letters..];
    if letters == 0 || digits.is_empty() || !digits.iter().all(u8::is_ascii_digit) {
        return None;
    }
    let column = reference[..letters].iter().fold(0u32, |c, b| c * 26 + u32::from(b.to_ascii_uppercase() - b'A') + 1);
    let row = digits.iter().fold(0u32, |r, b| r * 10 + u32::from(b - b'0'));
    Some((row, column))
}

#[cfg(test)]
mod tests {
    use super::check;

    #[test]
    fn references_within_the_limits_pass() {
        for xml in [
            &br#"<c r="A1" s="2"><v>1</v></c><row r="1048576">"#[..],
            br#"<dimension ref="A1:XFD1048576"/><mergeCell ref="B2:C3"/>"#,
            br#"<dataValidation sqref="A1:ZZZZZZZZ9"/>"#,
            br#"<x spr="AAAAAAAAAAAAA1"/>"#,
        ] {
            assert!(check(xml).is_ok(), "{}", String::from_utf8_lossy(xml));
        }
    }

    #[test]
    fn references_beyond_them_are_told() {
        for (xml, shown) in [
            (&br#"<mergeCell ref="BCmergeCell ref="/>"#[..], "BCmergeCell ref="),
            (br#"<c r="XFDA1">"#, "XFDA1"),
            (br#"<row r="12345678">"#, "12345678"),
            (br#"<dimension ref="A1:B99999999999"/>"#, "A1:B99999999999"),
            (br#"<mergeCell ref="B2:A1"/>"#, "B2:A1"),
            (br#"<dimension ref="C5:D4"/>"#, "C5:D4"),
        ] {
            let e = check(xml).expect_err(shown);
            assert!(e.to_string().contains(shown), "{e}");
        }
    }
}
