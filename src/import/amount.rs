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
/// `1,234.5`, full-width digits, a sign, a currency sign before it (`￥381`), a trailing `万元` /
/// `元` / `分` unit. `Ok(None)` for an
/// empty or placeholder cell; otherwise the number and the money unit written in the cell, if
/// any.
///
/// # Errors
/// The cell when it is not a plain number, or not an exact one.
pub(super) fn decimal(cell: &str) -> Result<Option<(Decimal, Option<MoneyUnit>)>, NotANumber> {
    Ok(amount(cell)?.map(|(v, u, _)| (v, u)))
}

/// [`decimal`], and whether the cell gave the amount with its breakdown beside it
/// (`854万(高标准农田建设400万元,…)`): what the budget importer notes, so that it is not lost.
///
/// # Errors
/// As [`decimal`].
pub(super) fn amount(cell: &str) -> Result<Option<(Decimal, Option<MoneyUnit>, bool)>, NotANumber> {
    let t = cell.trim();
    if is_placeholder(t) {
        return Ok(None);
    }
    let not_a_number = |inexact| NotANumber { text: t.to_string(), inexact };
    let (negative, body) = match t.strip_prefix(['-', '－']) {
        Some(rest) => (true, rest),
        None => (false, t),
    };
    // a currency sign before the number (`￥381.00`, `¥-5`): the amount is the number
    let (negative, body) = match body.strip_prefix(['¥', '￥']).map(str::trim_start) {
        Some(rest) => match rest.strip_prefix(['-', '－']) {
            Some(r) if !negative => (true, r),
            _ => (negative, rest),
        },
        None => (negative, body),
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
    let with_breakdown = match (rest, unit) {
        ("" | "分", _) => false,
        // `854万(高标准农田建设400万元,示范建设295万元,畅通工程159万元)`: the parts must add up to
        // the amount exactly, or the cell is not read
        (_, Some(u)) if breakdown_total(rest, u) == Some(value) => true,
        _ => return Err(not_a_number(None)),
    };
    value.set_sign_negative(negative);
    Ok(Some((value, unit, with_breakdown)))
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

/// The sum, in `unit`, of the parts of a breakdown in brackets (`(高标准农田建设400万元,示范建设295万元)`,
/// `（其中：中央300万元、省级554.5万元。）`, `【建设３００万元+监理５５４万元】`): the amounts written
/// with a money unit, in any digits and with group separators; where no part names a unit, every
/// number is one in `unit`. `None` without brackets or amounts.
fn breakdown_total(text: &str, unit: MoneyUnit) -> Option<Decimal> {
    let inner = text.strip_prefix(['(', '（', '【', '['])?.strip_suffix([')', '）', '】', ']'])?;
    let (mut with_unit, mut bare) = (Vec::new(), Vec::new());
    let mut at = 0;
    let mut prev: Option<char> = None;
    while let Some(c) = inner[at..].chars().next() {
        // a number starts at a digit after no digit or point (`2号泵站`: a digit of a name, which
        // counts only when no part names a unit)
        if numeral::is_digit(c) && !prev.is_some_and(|p| numeral::is_digit(p) || matches!(p, '.' | '．')) {
            let (value, used) = numeral::arabic(&inner[at..]).ok()??;
            at += used;
            match money_unit(inner[at..].trim_start()) {
                Some((from, _)) => with_unit.push(convert(value, from, unit)?),
                None => bare.push(value),
            }
            prev = inner[..at].chars().next_back();
            continue;
        }
        at += c.len_utf8();
        prev = Some(c);
    }
    let parts = if with_unit.is_empty() { bare } else { with_unit };
    if parts.is_empty() {
        return None;
    }
    parts.into_iter().try_fold(Decimal::ZERO, |a, b| a.checked_add(b))
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
        // a currency sign before the number, either side of the minus
        assert_eq!(number("￥381.00").0.to_string(), "381.00");
        assert_eq!(number("¥ 1,234.5元"), (Decimal::new(12345, 1), Some(MoneyUnit::Yuan)));
        assert_eq!(number("-¥5").0, Decimal::from(-5));
        assert_eq!(number("￥-5").0, Decimal::from(-5));
        assert!(decimal("￥").is_err() && decimal("-￥-5").is_err());
        assert!(decimal("1,2345").is_err());
        // a money cell's 万 is 万元; an amount with its breakdown reads when the parts add up
        assert_eq!(number("854万"), (Decimal::from(854), Some(MoneyUnit::WanYuan)));
        let cell = "854万(高标准农田建设400万元,示范建设295万元,畅通工程159万元)";
        assert_eq!(number(cell), (Decimal::from(854), Some(MoneyUnit::WanYuan)));
        assert_eq!(amount(cell).unwrap().map(|a| a.2), Some(true));
        // the family: 其中, 、 and +, full-width digits and brackets, parts in 元, group separators
        for cell in [
            "854.5万元（其中：中央300万元、省级554.5万元。）",
            "８５４万元【建设４００万元+监理４５４万元】",
            "854万元（建设4000000元、监理4540000元）",
            "8,540,000元（中央3,000,000元，省级5,540,000元）",
            "854万元（中央资金300，省级554）",
            "854万元 (2号泵站300万元 3号泵站554万元)",
        ] {
            assert!(amount(cell).unwrap().is_some_and(|a| a.2), "{cell}");
        }
        assert_eq!(number("854万854万(高标准农田建设400万元,示范建设295万元,畅通工程159万元)").0, Decimal::from(854));
        assert_eq!(number("854万元（建设4000000元、监理4540000元）").0, Decimal::from(854));
        // parts that do not add up, a doubled amount that differs, a part without an amount
        assert!(decimal("854万(高标准农田建设400万元,示范建设295万元)").is_err());
        assert!(decimal("854万853万(高标准农田建设854万元)").is_err());
        assert!(decimal("854万(高标准农田建设)").is_err());
        assert!(decimal("854(高标准农田建设854万元)").is_err());
        assert_eq!(amount("854万").unwrap().map(|a| a.2), Some(false));
    }
}
