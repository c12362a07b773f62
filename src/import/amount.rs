//! Numbers in cells: amounts (预算数), weights (分值) and scores (得分), read exactly.

use rust_decimal::Decimal;

use crate::grammar::numeral;
use crate::text::is_no_value_mark;

/// Cells that mean "nothing here": empty, a no-value mark (`—`, `/`), or 无 / 空.
pub(super) fn is_placeholder(s: &str) -> bool {
    s.is_empty() || is_no_value_mark(s) || matches!(s, "无" | "空")
}

/// Reads a decimal cell with the crate's number reader ([`numeral::arabic`]): `381.00`,
/// `1,234.5`, full-width digits, a sign, a trailing `万元` / `元` / `分` unit. `Ok(None)` for an
/// empty or placeholder cell.
///
/// # Errors
/// The cell as a message when it is not a plain number, or not an exact one.
pub(super) fn decimal(cell: &str) -> Result<Option<Decimal>, String> {
    let t = cell.trim();
    if is_placeholder(t) {
        return Ok(None);
    }
    let not_a_number = || format!("`{t}` is not a number");
    let (negative, body) = match t.strip_prefix(['-', '－']) {
        Some(rest) => (true, rest),
        None => (false, t),
    };
    let (mut value, used) = match numeral::arabic(body) {
        Ok(Some(found)) => found,
        Ok(None) => return Err(not_a_number()),
        Err(e) => return Err(format!("`{t}` is not an exact number: {e}")),
    };
    if !matches!(body[used..].trim(), "" | "万元" | "元" | "分") {
        return Err(not_a_number());
    }
    value.set_sign_negative(negative);
    Ok(Some(value))
}

#[cfg(test)]
mod tests {
    use super::decimal;

    #[test]
    fn cells() {
        assert_eq!(decimal("381.00").unwrap().unwrap().to_string(), "381.00");
        assert_eq!(decimal(" 1,234.5 ").unwrap().unwrap().to_string(), "1234.5");
        assert_eq!(decimal("３８１．００万元").unwrap().unwrap().to_string(), "381.00");
        assert_eq!(decimal("10分").unwrap().unwrap().to_string(), "10");
        assert_eq!(decimal("").unwrap(), None);
        assert_eq!(decimal("—").unwrap(), None);
        assert_eq!(decimal("三百").unwrap_err(), "`三百` is not a number");
        assert!(decimal("1.").is_err());
        assert!(decimal("100%").is_err());
        assert!(decimal("99999999999999999999999999999999").is_err());
        assert_eq!(decimal("-0.5").unwrap().unwrap().to_string(), "-0.5");
        assert!(decimal("1,2345").is_err());
    }
}
