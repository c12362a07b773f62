//! The year (年度) of a table, read from its title or heading.

use crate::project::Project;

/// The first year written as `2022年` (`2022年度项目支出绩效自评表`, `(2022年度)`,
/// `2025年环境安全基础能力提升项目`), in 1900–2100.
pub(super) fn year_in(text: &str) -> Option<u16> {
    let bytes = text.as_bytes();
    text.match_indices('年').find_map(|(at, _)| {
        let digits = bytes.get(at.checked_sub(4)?..at)?;
        let before = at.checked_sub(5).and_then(|b| bytes.get(b));
        if !digits.iter().all(u8::is_ascii_digit) || before.is_some_and(u8::is_ascii_digit) {
            return None;
        }
        // a date with its day (`（2024年12月1日填报）`) is when the table was filled in, not its year
        if is_full_date(&text[at + '年'.len_utf8()..]) {
            return None;
        }
        let year: u16 = std::str::from_utf8(digits).ok()?.parse().ok()?;
        (1900..=2100).contains(&year).then_some(year)
    })
}

/// Whether `after` (what follows a year's 年) goes on with a month and a day: `12月1日`.
fn is_full_date(after: &str) -> bool {
    let digits = |s: &str| s.len() - s.trim_start_matches(|c: char| crate::grammar::numeral::is_digit(c)).len();
    let m = digits(after);
    let Some(rest) = after[m..].strip_prefix('月').filter(|_| m > 0) else { return false };
    let d = digits(rest);
    d > 0 && rest[d..].starts_with(['日', '号'])
}

/// Sets the project's year from the first of `texts` (titles, headings) that names one, else
/// from its name; leaves it unset when none does.
pub(crate) fn set_year<'a>(project: &mut Project, texts: impl IntoIterator<Item = &'a str>) {
    // a date the table was filled in or signed (`填报日期：2021年4月22日`) is not its year
    let dated = |t: &&str| t.contains("日期") || t.contains("填报时间") || t.contains("日月");
    let found = texts.into_iter().filter(|t| !dated(t)).find_map(year_in).or_else(|| year_in(&project.name));
    if let Some(y) = found {
        // year_in only gives years in the range set_year accepts
        let _ = project.set_year(y);
    }
}

#[cfg(test)]
mod tests {
    use super::year_in;

    #[test]
    fn years_in_titles() {
        assert_eq!(year_in("2022年度项目支出绩效自评表"), Some(2022));
        assert_eq!(year_in("(2022年度)"), Some(2022));
        // a fill-in date is no table year; a month alone is part of the title
        assert_eq!(year_in("（2024年12月1日填报）"), None);
        assert_eq!(year_in("2025年1-6月绩效监控表"), Some(2025));
        assert_eq!(year_in("２０２４年１２月１日"), None);
        assert_eq!(year_in("稷山县项目支出绩效自评表 (2020年度)"), Some(2020));
        assert_eq!(year_in("2.2025年环境安全基础能力提升项目绩效目标表"), Some(2025));
        assert_eq!(year_in("1.天津市生态环境信息网络、设备及系统运行维护绩效目标表"), None);
        assert_eq!(year_in("12025年"), None);
        assert_eq!(year_in("3年"), None);
        assert_eq!(year_in("1850年"), None);
        assert_eq!(year_in("年"), None);
    }
}
