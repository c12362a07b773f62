//! Numbers in cells: amounts (预算数), weights (分值) and scores (得分), read exactly.

use rust_decimal::Decimal;

use crate::error::ParseError;
use crate::grammar::numeral;
use crate::project::MoneyUnit;
use crate::text::is_no_value_mark;

/// Why a cell is not an amount: the cell as written, and the number reader's error when the
/// number is there but not exact.
#[derive(Clone, Debug, PartialEq, Eq)]
pub(super) struct NotANumber {
    text: String,
    inexact: Option<ParseError>,
}

impl NotANumber {
    /// In English: `` `三百` is not a number ``.
    pub(super) fn en(&self) -> String {
        match &self.inexact {
            None => format!("`{}` is not a number", self.text),
            Some(e) => format!("`{}` is not an exact number: {e}", self.text),
        }
    }

    /// In Chinese: `“三百”不是数字`.
    pub(super) fn zh(&self) -> String {
        match &self.inexact {
            None => format!("“{}”不是数字", self.text),
            Some(e) => format!("“{}”不是精确的数字：{}", self.text, e.zh()),
        }
    }
}

/// Cells that mean "nothing here": empty, a no-value mark (`—`, `/`), or 无 / 空.
pub(super) fn is_placeholder(s: &str) -> bool {
    s.is_empty() || is_no_value_mark(s) || matches!(s, "无" | "空")
}

/// Reads a decimal cell with the crate's number reader ([`numeral::arabic`]): `381.00`,
/// `1,234.5`, full-width digits, a sign, a trailing `万元` / `元` / `分` unit. `Ok(None)` for an
/// empty or placeholder cell; otherwise the number and the money unit written in the cell, if
/// any.
///
/// # Errors
/// The cell when it is not a plain number, or not an exact one.
pub(super) fn decimal(cell: &str) -> Result<Option<(Decimal, Option<MoneyUnit>)>, NotANumber> {
    let t = cell.trim();
    if is_placeholder(t) {
        return Ok(None);
    }
    let not_a_number = |inexact| NotANumber { text: t.to_string(), inexact };
    let (negative, body) = match t.strip_prefix(['-', '－']) {
        Some(rest) => (true, rest),
        None => (false, t),
    };
    let (mut value, used) = match numeral::arabic(body) {
        Ok(Some(found)) => found,
        Ok(None) => return Err(not_a_number(None)),
        Err(e) => return Err(not_a_number(Some(e))),
    };
    let (unit, rest) = match money_unit(body[used..].trim_start()) {
        Some((unit, rest)) => (Some(unit), rest.trim()),
        None => (None, body[used..].trim()),
    };
    // `854万854万(…)`: the amount written twice (a merged cell copied); the same number and unit
    let rest = match (unit, rest.strip_prefix(&body[..used])) {
        (Some(u), Some(again)) => match money_unit(again.trim_start()) {
            Some((v, after)) if v == u => after.trim(),
            _ => rest,
        },
        _ => rest,
    };
    match rest {
        "" | "分" => {}
        // `854万(高标准农田建设400万元,示范建设295万元,畅通工程159万元)`: the parts must add up to
        // the amount exactly, or the cell is not read
        _ if unit.is_some() && breakdown_total(rest, unit.unwrap_or(MoneyUnit::WanYuan)) == Some(value) => {}
        _ => return Err(not_a_number(None)),
    }
    value.set_sign_negative(negative);
    Ok(Some((value, unit)))
}

/// The money unit at the start of `s` (`万元`, `万`: 万元 in a money cell, `元`) and the rest.
fn money_unit(s: &str) -> Option<(MoneyUnit, &str)> {
    if let Some(rest) = s.strip_prefix("万元") {
        Some((MoneyUnit::WanYuan, rest))
    } else if let Some(rest) = s.strip_prefix('万') {
        Some((MoneyUnit::WanYuan, rest))
    } else {
        s.strip_prefix('元').map(|rest| (MoneyUnit::Yuan, rest))
    }
}

/// The sum, in `unit`, of the parts of a breakdown in brackets (`(高标准农田建设400万元,示范建设295万元)`):
/// each part names what and ends with its amount and unit; `None` when a part does not.
fn breakdown_total(text: &str, unit: MoneyUnit) -> Option<Decimal> {
    let inner = text.strip_prefix(['(', '（'])?.strip_suffix([')', '）'])?;
    let mut total = Decimal::ZERO;
    for part in inner.split([',', '，', '、', ';', '；']).map(str::trim).filter(|p| !p.is_empty()) {
        // the amount is the last run of digits in the part, followed by its unit to the end
        let mut start = None;
        let mut prev_digit = false;
        for (i, c) in part.char_indices() {
            let digit = c.is_ascii_digit() || (prev_digit && c == '.');
            if c.is_ascii_digit() && !prev_digit {
                start = Some(i);
            }
            prev_digit = digit;
        }
        let start = start?;
        let (value, used) = numeral::arabic(&part[start..]).ok()??;
        let (from, after) = money_unit(&part[start + used..])?;
        if !after.trim().is_empty() {
            return None;
        }
        total = total.checked_add(convert(value, from, unit)?)?;
    }
    Some(total)
}

/// The breakdown a cell gives beside its amount (`(高标准农田建设400万元,…)`), where
/// [`decimal`] read the amount with one: what the importer notes, so that it is not lost.
pub(super) fn breakdown(cell: &str) -> Option<&str> {
    let at = cell.find(['(', '（'])?;
    decimal(cell).ok()??;
    Some(cell[at..].trim())
}

/// `value` written in `from`, in `to` (`381` 万元 is `3810000` 元); `None` when it overflows.
pub(super) fn convert(value: Decimal, from: MoneyUnit, to: MoneyUnit) -> Option<Decimal> {
    match (from, to) {
        (MoneyUnit::WanYuan, MoneyUnit::Yuan) => value.checked_mul(Decimal::from(10_000)),
        (MoneyUnit::Yuan, MoneyUnit::WanYuan) => value.checked_div(Decimal::from(10_000)),
        _ => Some(value),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn cells() {
        let number = |s| decimal(s).unwrap().unwrap();
        assert_eq!(number("381.00").0.to_string(), "381.00");
        assert_eq!(number(" 1,234.5 ").0.to_string(), "1234.5");
        assert_eq!(number("３８１．００万元"), (Decimal::new(38100, 2), Some(MoneyUnit::WanYuan)));
        assert_eq!(number("3810000元"), (Decimal::from(3_810_000), Some(MoneyUnit::Yuan)));
        assert_eq!(number("10分"), (Decimal::from(10), None));
        assert_eq!(decimal("").unwrap(), None);
        assert_eq!(decimal("—").unwrap(), None);
        assert_eq!(decimal("三百").unwrap_err().en(), "`三百` is not a number");
        assert_eq!(decimal("三百").unwrap_err().zh(), "“三百”不是数字");
        assert_eq!(convert(Decimal::new(38100, 2), MoneyUnit::WanYuan, MoneyUnit::Yuan), Some(Decimal::new(381_000_000, 2)));
        assert_eq!(convert(Decimal::from(3_810_000), MoneyUnit::Yuan, MoneyUnit::WanYuan), Some(Decimal::from(381)));
        assert!(decimal("1.").is_err());
        assert!(decimal("100%").is_err());
        assert!(decimal("99999999999999999999999999999999").is_err());
        assert_eq!(number("-0.5").0.to_string(), "-0.5");
        assert!(decimal("1,2345").is_err());
        // a money cell's 万 is 万元; an amount with its breakdown reads when the parts add up
        assert_eq!(number("854万"), (Decimal::from(854), Some(MoneyUnit::WanYuan)));
        let cell = "854万(高标准农田建设400万元,示范建设295万元,畅通工程159万元)";
        assert_eq!(number(cell), (Decimal::from(854), Some(MoneyUnit::WanYuan)));
        assert_eq!(breakdown(cell), Some("(高标准农田建设400万元,示范建设295万元,畅通工程159万元)"));
        assert_eq!(number("854万854万(高标准农田建设400万元,示范建设295万元,畅通工程159万元)").0, Decimal::from(854));
        assert_eq!(number("854万元（建设4000000元、监理4540000元）").0, Decimal::from(854));
        // parts that do not add up, a doubled amount that differs, a part without an amount
        assert!(decimal("854万(高标准农田建设400万元,示范建设295万元)").is_err());
        assert!(decimal("854万853万(高标准农田建设854万元)").is_err());
        assert!(decimal("854万(高标准农田建设)").is_err());
        assert!(decimal("854(高标准农田建设854万元)").is_err());
        assert_eq!(breakdown("854万"), None);
    }
}
