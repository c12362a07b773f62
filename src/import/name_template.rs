//! The comparator and unit that a template prints in the 三级指标 name, as a placeholder the
//! filer was to fill (`公猪舍(≥**平方米)`, `小区居民满意度(≥**%)`, `项目总成本(≤**万元)`,
//! `种公猪(≥头)`), where the 指标值 cell holds the bare number (`22.8`). The table means
//! `≥22.8平方米`: read as a bare number, the unit was lost and a ceiling (`≤`) was reached from
//! below.

use crate::comparator::Comparator;
use crate::threshold::Threshold;

/// The marks a template leaves where the number goes: `**`, `＊＊`, `XX`, `××`, `__`, `……`.
const MARKS: [char; 8] = ['*', '＊', 'x', 'X', '×', '_', '＿', '…'];

/// The comparator symbols a placeholder may start with, where it holds no mark (`(≥头)`).
const SYMBOLS: [char; 14] = ['≥', '≤', '>', '<', '=', '≧', '≦', '＞', '＜', '＝', '﹥', '﹤', '⩾', '⩽'];

/// The comparator and the unit (with its magnitude) of the placeholder in brackets that ends
/// `name`, as the cells of split columns would hold them (`("≥", "平方米")`, `("≤", "万元")`,
/// `("≥", "")`); `None` where the name ends in no such placeholder.
///
/// The placeholder is read by the value grammar with `1` in the place of its marks (`≥1平方米`):
/// only a comparison of exactly that number, with nothing else in the brackets, is one.
pub(super) fn placeholder(name: &str) -> Option<(String, String)> {
    // (the name may end with a full stop after the brackets: `…物业费(≥**%)。`)
    let name = name.trim_end_matches(|c: char| c.is_whitespace() || matches!(c, '。' | '.' | '；' | ';' | '，' | ','));
    let body = name.strip_suffix([')', '）'])?;
    let open = body.rfind(['(', '（'])?;
    let inner: String = body[open..].chars().skip(1).filter(|c| !c.is_whitespace()).collect();
    let filled = match inner.find(MARKS) {
        Some(at) => {
            let rest = inner[at..].trim_start_matches(MARKS);
            format!("{}1{rest}", &inner[..at])
        }
        None => {
            let at = inner.len() - inner.trim_start_matches(SYMBOLS).len();
            if at == 0 {
                return None;
            }
            format!("{}1{}", &inner[..at], &inner[at..])
        }
    };
    let Ok(Threshold::Compare(c)) = Threshold::parse(&filled) else { return None };
    let q = c.quantity();
    if q.value() != rust_decimal::Decimal::ONE || c.is_approximate() || c.note().is_some() {
        return None;
    }
    // (an equals sign only where one is written: a placeholder with no comparator, `(**个)`,
    // names a unit but no way of comparing)
    if c.comparator() == Comparator::Eq && !inner.starts_with(['=', '＝']) {
        return None;
    }
    let unit = q.to_string().strip_prefix('1')?.to_string();
    Some((c.comparator().to_string(), unit))
}

#[cfg(test)]
mod tests {
    use super::placeholder;

    fn read(name: &str) -> Option<(String, String)> {
        placeholder(name)
    }

    #[test]
    fn placeholders_of_real_templates() {
        let p = |op: &str, unit: &str| Some((op.to_string(), unit.to_string()));
        assert_eq!(read("公猪舍(≥**平方米)"), p("≥", "平方米"));
        assert_eq!(read("指标1:项目总成本(≤**万元)"), p("≤", "万元"));
        assert_eq!(read("指标1:小区居民满意度(≥**%)"), p("≥", "%"));
        assert_eq!(read("清算物业费(≥**%)。"), p("≥", "%"));
        assert_eq!(read("排污沟(≥米)"), p("≥", "米"));
        assert_eq!(read("产床(全复合双体产床)(≥套)"), p("≥", "套"));
        assert_eq!(read("种公猪（≥ ** 头）"), p("≥", "头"));
        assert_eq!(read("受益人数（＞XX人）"), p(">", "人"));
        assert_eq!(read("完成率(=**%)"), p("=", "%"));
        assert_eq!(read("培训次数(≥**)"), p("≥", ""));
        assert_eq!(read("培训次数(≥)"), p("≥", ""));
    }

    #[test]
    fn what_is_no_placeholder() {
        for name in ["公猪舍", "粉碎拌合机(11kw)", "产床(全复合双体产床)", "完成率(**%)", "满意度(≥95%)", "人数(≥**人左右)", "投诉率"]
        {
            assert_eq!(read(name), None, "{name}");
        }
    }
}
