//! Numbers in cells: amounts (预算数), weights (分值) and scores (得分), read exactly.

use rust_decimal::Decimal;

/// Cells that mean "nothing here".
pub(super) fn is_placeholder(s: &str) -> bool {
    matches!(s, "" | "—" | "——" | "-" | "--" | "－" | "/" | "／" | "无" | "空")
}

/// Reads a decimal cell: `381.00`, `1,234.5`, full-width digits, a trailing `万元` / `元` / `分`
/// unit. `Ok(None)` for an empty or placeholder cell.
///
/// # Errors
/// The cell as a message when it is not a plain number.
pub(super) fn decimal(cell: &str) -> Result<Option<Decimal>, String> {
    let compact: String = cell
        .chars()
        .filter(|c| !c.is_whitespace() && !matches!(c, ',' | '，'))
        .map(|c| match c {
            '０'..='９' => char::from_u32(u32::from(c) - u32::from('０') + u32::from('0')).unwrap_or(c),
            '．' => '.',
            '－' => '-',
            _ => c,
        })
        .collect();
    if is_placeholder(&compact) {
        return Ok(None);
    }
    let number = ["万元", "元", "分"].iter().find_map(|u| compact.strip_suffix(u)).unwrap_or(&compact);
    let body = number.strip_prefix('-').unwrap_or(number);
    let (int, frac) = body.split_once('.').unwrap_or((body, ""));
    let digits = |p: &str| p.bytes().all(|b| b.is_ascii_digit());
    if int.is_empty() || !digits(int) || !digits(frac) || (body.contains('.') && frac.is_empty()) {
        return Err(format!("`{}` is not a number", cell.trim()));
    }
    Decimal::from_str_exact(number).map(Some).map_err(|e| format!("`{}` is not an exact number: {e}", cell.trim()))
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
    }
}
