//! A whole 指标值: a comparison or range, a deadline, a qualitative text, or the split-column
//! form `指标性质|指标值|度量单位`.

use super::comparator::{
    self, approximately, comparator, exclusive_mark, inclusive_mark, range_separator, starts_with_stop, suffix, symbol_once, APPROXIMATIONS,
};
use super::date::deadline;
use super::looks::{has_digit, looks_numeric, may_start_numeric};
use super::numeral::is_chinese_digit;
use super::quantity::{check_range, is_cjk, owned_unit, quantity, range_ends, starts_with_unit, unit, Written};
use super::{err, fast, numeral, skip_spaces, Value, K};
use crate::comparator::Comparator;
use crate::error::ParseError;
use crate::quantity::{Magnitude, Quantity};
use crate::text::{is_no_value_mark, trim_value};
use crate::unit::{KnownUnit, Unit};
use rust_decimal::Decimal;

/// A value and whether its comparator was written (the split form needs to know).
pub(super) struct Numeric<'a> {
    pub(super) value: Value<'a>,
    pub(super) explicit_op: bool,
}

/// Words a sentence puts between a comparator word and its number (`至少全年完成2次`).
const FILLERS: &[&str] = &["全年", "年度", "累计", "完成", "开展", "组织", "每年"];

/// A note at the end of a comparison (`（满意度）`, `覆盖`): a parenthesised text, or, after a
/// known unit, two or more Chinese characters without digits that start no comparator word.
fn note(s: &str, after_unit: bool) -> Option<&str> {
    let paren = s.starts_with(['(', '（']) && s.ends_with([')', '）']) && s.chars().count() > 2;
    let words = after_unit
        && s.chars().count() >= 2
        && s.chars().take(2).all(is_cjk)
        && !starts_with_stop(s)
        // (nor 半, which after a unit reads back as a half: `6小时半`)
        && !s.starts_with(['万', '亿', '萬', '億', '十', '百', '千', '余', '多', '半'])
        && !starts_with_unit(s)
        && !has_digit(s)
        && !s.chars().any(is_chinese_digit)
        && !s.starts_with(['月', '年', '日', '前', '底'])
        // (nor a word of before, the date grammar's, or after: `15日之前`, `15日以前` say when,
        // as `15日前` does, no 15 days noted 之前)
        && !super::date::ends_before(s)
        && !s.starts_with("之后")
        && !s.starts_with("以后")
        && !s.contains(['(', '（', '|'])
        && !starts_with_comparator(s)
        && suffix(s).is_err();
    // a parenthesised note holds no number, or it would read back as one (`（不含3次）` is read
    // as a mark, not kept as a note); but for a year or date it names (`≥95%（2023年）`,
    // `100%（12月底前）`), which is no second value
    let paren = paren && ((!has_digit(s) && !s.chars().any(is_chinese_digit)) || names_a_date(s));
    // nor is it a mark (`（含）`, `（不含本数）`), which would read back as one
    let inner = s.trim_matches(['(', '（', ')', '）']).trim_matches(super::is_space);
    let paren =
        paren && !matches!(inner, "含" | "不含") && !super::comparator::bracketed_mark(s).is_some_and(|(_, inner, _)| inner.is_empty());
    // and it is one group: no parentheses inside (`（含）%）` is a mark and stray text)
    let paren = paren && !inner.contains(['(', '（', ')', '）']);
    (paren || words).then_some(s)
}

/// Whether the parenthesised `s` holds a year or date and nothing that compares (`（2023年）`,
/// `（2023年度）`, `（12月底前）`): the deadline rules read what is inside whole.
fn names_a_date(s: &str) -> bool {
    let inner = s.trim_matches(['(', '（', ')', '）']).trim_matches(super::is_space);
    // a year of four digits alone (`（2023）`) names one too
    // (in ASCII or full-width digits: `（２０２３）`)
    let (y, digits, bytes) = numeral::digit_run(inner);
    let year = digits == 4 && bytes == inner.len() && (1900..=2100).contains(&y);
    // (no percent sign, and no comparator symbol at any character, as the comparator reader
    // reads them all)
    let compares = || inner.char_indices().any(|(i, _)| symbol_once(&inner[i..]).is_ok());
    year || (!inner.contains(crate::unit::PERCENT_SIGNS) && !compares() && deadline(inner, 0).is_some_and(|d| d.is_ok()))
}

/// Whether `s` starts with a comparator: no note does, or it would read back as a second
/// comparison (`9次不超` is no 9次 noted 不超). But for a word of reaching (`100%达标`, `95%达成`),
/// which is a word of the note, and 逾 fused with the next (`2人逾期`).
fn starts_with_comparator(s: &str) -> bool {
    // (逾 is a comparator word only before a number: `2人逾期` is 2人 noted 逾期; 超 and 达
    // fused with a word start no note: `1万元超支` is a sentence about an overrun)
    !super::comparator::starts_reaching_word(s) && comparator(s).is_ok() && (!s.starts_with('逾') || starts_comparison(s))
}

/// Whether `note`, printed right after `magnitude` and `unit`, would read as part of a longer
/// unit (`个` then `小时…` prints `个小时`; `百分` then `比…` prints `百分比`, percent), or as the
/// unit of a number that has none (`(天)`): it could not read back as a note.
fn extends_unit(magnitude: Magnitude, unit: &Unit, note: &str) -> bool {
    if magnitude != Magnitude::One {
        // (the magnitude, unit and note as printed after a number, read back: the same
        // magnitude and unit, ending where the unit ends; the fuzz target found `9(百分)比每刈`)
        let printed = format!("1{magnitude}{unit}");
        let joined = format!("{printed}{note}");
        let same = |w: &Written| w.quantity.magnitude() == magnitude && w.quantity.unit() == unit && w.len == printed.len();
        if !quantity(&joined, 0).is_ok_and(|w| same(&w)) {
            return true;
        }
    }
    if unit.is_none() {
        // right after the number, a note must not read as a unit (`约0(天)`)
        return matches!(super::quantity::unit(note, 0), Ok((_, n)) if n > 0);
    }
    let printed = unit.to_string();
    let joined = format!("{printed}{note}");
    // a scale a share is per (`/10万`) is read where the grammar reads it
    if unit.known().is_some_and(KnownUnit::is_scale) {
        return !matches!(super::quantity::per_scale(&joined), Some((_, n)) if n == printed.len());
    }
    !matches!(super::quantity::unit(&joined, 0), Ok((_, n)) if n == printed.len())
}

/// The copulas between a measure's name and its value (`完成率为100%`, `满意度在90%以上`), and
/// the words of should that may come before them (`应为`, `须为`).
const COPULAS: [char; 3] = ['为', '是', '在'];
const SHOULD: [char; 3] = ['应', '须', '需'];

/// A label before a value that is not part of it (`满意度≥90%`, `新增≥100人`, `完成率：95%`): a
/// run of Chinese characters ending in a colon, or followed by a comparator symbol or word and
/// then a number, or a measure's name followed by its digits (`满意度90%`). Returns the bytes of the label (colon included).
fn label(s: &str) -> Option<usize> {
    // `每X` says what a count is per: dropped with a label it would be lost (`每季≥1次` and
    // `检查频次每季度1次` are no `≥1次`); read by `per_prefix`, or not at all
    // nor does a calendar period, alone or ending the label (`季度1次`, `检查频次季度1次` are
    // no `=1次`)
    // nor a word of must-not, which belongs to what follows (`不得等于5` is no `=5`)
    label_words(s).filter(|&n| {
        !super::chars::holds(&s[..n], '每') && period_prefix(s).is_none() && !ends_with_period(&s[..n]) && !ends_with_must_not(&s[..n])
    })
}

/// Whether a label ends with a word of must-not ([`super::comparator::MUST_NOT`]).
fn ends_with_must_not(label: &str) -> bool {
    let label = label.trim_end_matches(super::is_space);
    // by the last character first: most labels end in a measure word, none of these
    // (a test checks that every word ends in one of them)
    matches!(label.chars().next_back(), Some(c) if MUST_NOT_ENDS.contains(&c))
        && super::comparator::MUST_NOT.iter().any(|w| label.ends_with(w))
}

/// The last characters of the words of [`super::comparator::MUST_NOT`].
const MUST_NOT_ENDS: [char; 16] = ['得', '能', '应', '可', '宜', '准', '许', '会', '禁', '止', '绝', '免', '未', '有', '没', '不'];

/// The last characters of the names of periods shorter than the year ([`ends_with_period`]:
/// 季, 月, 周, 日, 天, 季度, 半年 …).
const PERIOD_NAME_ENDS: [char; 7] = ['季', '月', '周', '日', '天', '度', '年'];

/// Whether a label ends with the name of a period shorter than the year, or an average per one
/// (`检查频次季度`, `巡查频次日`, `门诊量日均`): what follows is counted per it, which a label
/// would drop.
fn ends_with_period(label: &str) -> bool {
    // by the last character first: a label that ends in none of the characters trimmed or told
    // below is none (most end in a measure word: `合格率`, `人数`), without the trims
    let Some(last) = label.chars().next_back() else { return false };
    let told = matches!(last, '：' | ':' | '均') || PERIOD_NAME_ENDS.contains(&last);
    if !(told || super::is_space(last) || COPULAS.contains(&last) || SHOULD.contains(&last)) {
        return false;
    }
    let label = label.trim_end_matches(['：', ':']).trim_end_matches(super::is_space);
    // (a copula after it too: `季度为1次`, `日均在1000人次以上`)
    let label = label.trim_end_matches(COPULAS).trim_end_matches(SHOULD).trim_end_matches(super::is_space);
    let label = label.strip_suffix('均').unwrap_or(label);
    // by the last character first: most labels end in none of these
    match label.chars().next_back() {
        Some('季' | '月' | '周' | '日' | '天') => true,
        Some('度') => ["季度", "月度", "半年度", "周度"].iter().any(|w| label.ends_with(w)),
        Some('年') => label.ends_with("半年"),
        _ => false,
    }
}

/// [`label`] of any words.
fn label_words(s: &str) -> Option<usize> {
    // the Chinese characters at which nothing starts are stepped over by their bytes: each is
    // told by one lookup (most of a label; testing each one for a comparator and a number was
    // a fifth of the time of a sentence); the loop below reads from the first other character
    let b = s.as_bytes();
    let (mut from, mut skipped) = (0, 0);
    while let Some(cp) = super::chars::three(b, from) {
        if !matches!(cp, 0x3400..=0x4dbf | 0x4e00..=0x9fff) || LABEL_MARKS.has(cp) {
            break;
        }
        // what the loop below does with such a character: it starts nothing, and ends the
        // label only as its thirteenth
        if skipped >= 12 {
            return None;
        }
        from += 3;
        skipped += 1;
    }
    label_from(s, from, skipped)
}

/// The loop of [`label_words`] from byte `from`, the `skipped` characters before it plain ones
/// (a test runs it from the start, as the reference for the byte steps).
fn label_from(s: &str, from: usize, skipped: usize) -> Option<usize> {
    for (count, (i, c)) in s[from..].char_indices().map(|(i, c)| (i + from, c)).enumerate().map(|(n, ic)| (n + skipped, ic)) {
        if matches!(c, '：' | ':') {
            if count == 0 {
                return None;
            }
            // a copula or frame after the colon is the label's too, before a value
            // (`完成率：在95%以上`, `完成率：在90-100%之间`, `目标值：为100%`), as without the colon
            let after = skip_spaces(s, i + c.len_utf8());
            if let Some(r) = s[after..].strip_prefix(COPULAS) {
                let value = skip_spaces(s, s.len() - r.len());
                if starts_value(&s[value..]) && !says_a_time(&s[value..]) {
                    return Some(value);
                }
            }
            return Some(i + c.len_utf8());
        }
        if i > 0 {
            // spaces between the label and the value
            let (rest, first) = if super::is_space(c) {
                let rest = s[i..].trim_start_matches(super::is_space);
                (rest, rest.chars().next())
            } else {
                (&s[i..], Some(c))
            };
            // a comparator is looked for only where one may start (most characters of a label
            // start none, and trying both readers at each one was most of a sentence's time)
            if first.is_some_and(comparator::may_start) {
                if symbol_once(rest).is_ok() {
                    return Some(i);
                }
                if let Ok((after, _)) = comparator(rest) {
                    let after = after.trim_start_matches(super::is_space);
                    // (a magnitude without its 一 after the word: `受益人数不少于千人`)
                    if numeral::starts_number(after) || (symbol_once(rest).is_err() && numeral::bare_magnitude(after).is_some()) {
                        return (!ends_with_approximation(&s[..i])).then_some(i);
                    }
                }
            }
            // a measure's name and a copula or frame before its number (`完成率为100%`,
            // `满意度在90%以上`): the word is part of the label
            if first.is_some_and(|f| COPULAS.contains(&f) || SHOULD.contains(&f)) && is_measure_name(&s[..i]) {
                // (the copula is a character of three bytes, after any spaces; 应为, 须为: should be)
                let mut after = s.len() - rest.len() + 3;
                if first.is_some_and(|f| SHOULD.contains(&f)) {
                    match s[after..].strip_prefix(COPULAS) {
                        Some(r) => after = s.len() - r.len(),
                        None => after = 0,
                    }
                }
                let value = &s[skip_spaces(s, after)..];
                // a time after the name is when, not its value (`完成率在3年内`, `覆盖率在2024年`)
                if after > 0
                    && (starts_number_more(value) || comparator(value).is_ok() || approximately(value).is_some())
                    && !says_a_time(value)
                {
                    return Some(after);
                }
            }
            // a measure's name and a word of intent before its value (`满意度确保95%以上`)
            if let Some(r) = super::strip_any(rest, &super::INTENT).filter(|_| is_measure_name(&s[..i])) {
                let after = skip_spaces(s, s.len() - r.len());
                if starts_value(&s[after..]) && !says_a_time(&s[after..]) {
                    return Some(after);
                }
            }
            // a measure's name before an approximate number (`满意度约95%`, `新增近100人`): the
            // approximation is read after the label, as before a bare number
            if first.is_some_and(|c| matches!(c, '约' | '近' | '将' | '接' | '大'))
                && approximately(rest).is_some_and(|r| {
                    let r = r.trim_start_matches(super::is_space);
                    // 近 before a time is "in the last" (`增长率近三年`), no approximation
                    (numeral::starts_number(r) || numeral::bare_magnitude(r).is_some()) && !(rest.starts_with('近') && says_a_time(r))
                })
                && is_measure_name(&s[..i])
            {
                return Some(i);
            }
            // a measure's name right before its number, in any script (`满意度90%`, `新增100人`,
            // `覆盖率 95%`, `满意度九十%`): only names that end in a measure word, so that a
            // sentence (`第3季度完成`, `覆盖3个乡镇`) stays text
            if starts_number_more(rest) && is_measure_name(&s[..i]) {
                return Some(i);
            }
        }
        // (spaces before its colon: `项目周期 ：98.5%`, as `项目周期：98.5%`)
        if super::is_space(c) && s[i..].trim_start_matches(super::is_space).starts_with(['：', ':']) {
            continue;
        }
        // a label is a short run of words: no digit, no numeral, no punctuation
        if !is_cjk(c) || is_chinese_digit(c) || count >= 12 {
            return None;
        }
    }
    None
}

/// The Chinese characters at which [`label`] looks for more than the next character: the
/// first characters of comparator words, Chinese digits, 十 拾 百 (which start numbers),
/// 千 万 萬 (which start shares in words: `千分之三`), and those of the approximations (约 近 将
/// 接 大: `满意度约95%`), of the copulas (为 是 在, 应为 须为 需为: `完成率为100%`) and of the
/// words of intent (确保 力争 争取 保证 努力: `满意度确保95%以上`); the words that negate a
/// comparator word start comparators (`投诉率未超过5%`).
static LABEL_MARKS: super::chars::CharSet = super::chars::CharSet::of(
    "大不至达高小控低超多少等零〇一壹幺二两兩贰貳三叁參四肆五伍六陆陸七柒八捌九玖十拾百千万萬约近将接为是在逾应须需确力争保努最严禁杜避防并从尚没未上下突",
);

/// `每` and a unit before a value (`每季度1次`, `每年不少于2次`, `每人500元`): the unit and the
/// bytes up to the value, when a number, comparator or approximation follows.
fn per_prefix(s: &str) -> Option<(Per, usize)> {
    // a value that starts with a digit (most that reach here) starts with none of 每, 平均, a
    // period or a unit (no spelling of one starts with a digit): told before the lookups
    if s.as_bytes().first().is_some_and(u8::is_ascii_digit) {
        return None;
    }
    let rest = match s.strip_prefix('每') {
        Some(rest) => rest,
        None => return averaged_per_prefix(s).or_else(|| period_prefix(s)).or_else(|| unit_average_prefix(s)),
    };
    let read = |r: &str| {
        let (unit, n) = super::quantity::per_unit(r)?;
        per_rest(s, unit, s.len() - r.len() + n)
    };
    // 个 may stand between 每 and the unit (`每个人500元` is `每人500元`; `个月` is a unit itself)
    read(rest).or_else(|| read(rest.strip_prefix(['个', '個'])?))
}

/// A calendar period named before a count without `每` (`季度1次`, `半年1次`, `月均2次`,
/// `按季度≥1次`, `日均1000人次`): what the count is per, as after `每`. Taken for a label, the
/// period was dropped, and `季度1次` (four a year) read as one.
fn period_prefix(s: &str) -> Option<(Per, usize)> {
    // the first characters of the period words, told before a unit lookup (most values start
    // with none)
    // (by a lookup of the first character, without decoding it, before the search)
    let first_is_one = super::chars::three(s.as_bytes(), 0).is_some_and(|cp| PERIOD_START_SET.has(cp));
    if !(first_is_one && s.starts_with(PERIOD_STARTS)) {
        return None;
    }
    let rest = s.strip_prefix('按').unwrap_or(s);
    // (`个月`, `个季度` are durations after a number, never a period named alone)
    if rest.starts_with(['个', '個']) {
        return None;
    }
    let (unit, n) = super::quantity::per_unit(rest)?;
    if !is_period(unit) {
        return None;
    }
    let mut after = &rest[n..];
    // 月度, 半年度 and 周度 name the period as 季度 does; 均 makes an average per period (月均,
    // 日均)
    if matches!(unit, KnownUnit::Month | KnownUnit::HalfYear | KnownUnit::Week) {
        after = after.strip_prefix('度').unwrap_or(after);
    }
    after = after.strip_prefix('均').unwrap_or(after);
    per_rest(s, unit, s.len() - after.len())
}

/// Whether `unit` is a period of the calendar shorter than the table's year, that a count may
/// be per when named before it (季度, 月, 周, 天, 半年). 年 and 年度 before a count name the
/// table's own year (`年度1次` is the year's one, as `全年1次`), and are left to the labels.
fn is_period(unit: KnownUnit) -> bool {
    matches!(unit, KnownUnit::Day | KnownUnit::Week | KnownUnit::Month | KnownUnit::Quarter | KnownUnit::HalfYear)
}

/// The first characters of [`period_prefix`]: 按 and those of the spellings of its periods (a
/// test checks them against the unit table).
const PERIOD_STARTS: [char; 10] = ['按', '月', '日', '天', '周', '星', '週', '季', '半', '自'];

/// [`PERIOD_STARTS`] as a set of characters.
static PERIOD_START_SET: super::chars::CharSet = super::chars::CharSet::of("按月日天周星週季半自");

/// The rest of [`per_prefix`] once the first unit `unit` is read, at byte `at` of `s`.
fn per_rest(s: &str, unit: KnownUnit, at: usize) -> Option<(Per, usize)> {
    let mut at = skip_spaces(s, at);
    // `每户每年≥1次`: per two things
    let mut and = None;
    if let Some((u, m)) = s[at..].strip_prefix('每').and_then(super::quantity::per_unit) {
        and = Some(u);
        at = skip_spaces(s, at + '每'.len_utf8() + m);
    }
    // `每季度：1次`, `每月开展不少于1次`: a colon, and the words a sentence puts before its number
    if let Some(r) = s[at..].strip_prefix(['：', ':']) {
        at = skip_spaces(s, s.len() - r.len());
    }
    while let Some(r) = super::strip_any(&s[at..], FILLERS) {
        at = skip_spaces(s, s.len() - r.len());
    }
    starts_value(&s[at..]).then_some(((unit, and), at))
}

/// Whether a value starts `s`: a number, a comparator or an approximation.
pub(super) fn starts_value(s: &str) -> bool {
    numeral::starts_number(s) || comparator(s).is_ok() || approximately(s).is_some()
}

/// What a count is per (`每户每年`: 户, then 年).
type Per = (KnownUnit, Option<KnownUnit>);

/// A word before a number saying it was reached or happened (`完成100%`, `已完成95%`,
/// `实际完成1.2万人次`, `发生1起`, `累计出现2次`): the bytes up to the number. A verb
/// (完成, 实现, 发生, 出现) after any of the words that qualify it (实际, 全年, 已, and the totals
/// of [`TOTALS`], or one of each: `已累计完成`), so that each pairing reads; a total alone before
/// a value too.
fn done_prefix(s: &str) -> Option<usize> {
    // (超额完成: done beyond the target, `超额完成120%`)
    const QUALIFIERS: [&str; 5] = ["实际", "全年", "已经", "已", "超额"];
    const VERBS: [&str; 4] = ["完成", "实现", "发生", "出现"];
    // a qualifier, a total, or one of each (`已累计完成50%`, `全年共8000人`), then the verb, a
    // word of doing, or both
    let qualified = super::strip_any(s, &QUALIFIERS).unwrap_or(s);
    let total = super::strip_any(qualified, &TOTALS);
    let before_verb = total.unwrap_or(qualified);
    let verb = super::strip_any(before_verb, &VERBS);
    let doing = super::strip_any(verb.unwrap_or(before_verb), &DOINGS).filter(|_| verb.is_some() || before_verb.len() < s.len());
    let Some(rest) = doing.or(verb) else {
        // a total alone before its value, where no label reads (`一共8000人`, `一共≥3次`)
        let at = skip_spaces(s, s.len() - total?.len());
        return starts_value(&s[at..]).then_some(at);
    };
    let at = skip_spaces(s, s.len() - rest.len());
    numeral::starts_number(&s[at..]).then_some(at)
}

/// The unit of a quantity written after `每X` (`per`): a known unit counted per X (`次/季度`);
/// any other is an error at `at` (`每年2` says per year of what).
fn counted_per(unit: Unit, per: Option<(Per, usize)>, at: usize) -> Result<Unit, ParseError> {
    match (per, unit) {
        (None, unit) => Ok(unit),
        // a rate each year (`每年≥95%`, `每年100%`) is the target of every year, not a percentage
        // per year
        // (and a score each period: `每季度≥90分`)
        (Some(_), Unit::Known(u)) if is_target_of_each(u) => Ok(Unit::Known(u)),
        // and a number of no unit each year (`每年不少于12`) is the year's number
        (Some(((KnownUnit::Year, None), _)), Unit::None) => Ok(Unit::None),
        // two items (`每台5套`) would print as alternatives (`套/台` is 套 or 台)
        (Some(((per, None), _)), Unit::Known(u)) if !(u.is_item() && per.is_item()) => Ok(Unit::per(u, per)),
        (Some(((per, Some(and)), _)), Unit::Known(u)) if !u.is_item() || !per.is_item() => {
            Ok(Unit::Rate(crate::unit::Rate::per_two(u, per, and)))
        }
        // a rate that says its period again (`日均1000人次/天`); per anything else the period is
        // no part of it (`月均≥3.5元/公斤` is a price), and the value does not read
        (Some(((per, None), _)), Unit::Rate(r)) if r.and_per().is_none() && r.per() == per => Ok(Unit::Rate(r)),
        (Some(_), _) => Err(err(K::ExpectedUnitOrEnd, at)),
    }
}

/// Whether a quantity of `u` written after 每X is the target of each X, not a count per X: a
/// rate or a score (`每年≥95%`, `每户100%`, `每季度≥90分`).
pub(super) fn is_target_of_each(u: KnownUnit) -> bool {
    matches!(u.dimension(), crate::unit::Dimension::Ratio | crate::unit::Dimension::Points)
}

/// Whether a number starts `s`, in any script, or a magnitude without its 一 before 余 or 多
/// (`千余人`).
fn starts_number_more(s: &str) -> bool {
    numeral::starts_number(s)
        || numeral::bare_magnitude(s).is_some_and(|(_, _, n)| s[n..].trim_start_matches(super::is_space).starts_with(['余', '多']))
}

/// Whether what follows a word of comparing or approximating starts its value: a number in any
/// script, a sign, a magnitude without its 一, another comparator or an approximation.
fn value_follows(rest: &str) -> bool {
    let rest = rest.trim_start_matches(super::is_space);
    numeral::starts_number(rest)
        || rest.starts_with(['-', '－', '+'])
        || numeral::bare_magnitude(rest).is_some()
        || comparator(rest).is_ok()
        || approximately(rest).is_some()
}

/// Whether `label` ends with a word of approximating (`受益人数接近`, `满意度约`): what follows is
/// about the number, which a label would drop.
fn ends_with_approximation(label: &str) -> bool {
    let label = label.trim_end_matches(super::is_space);
    APPROXIMATIONS.iter().any(|w| label.ends_with(w))
}

/// Whether `s` starts with a time: a number of years, months, days or hours, or a year of the
/// calendar (`3年内`, `三年`, `2024年`): after a measure's name it says when, not the value.
fn says_a_time(s: &str) -> bool {
    matches!(quantity(s, 0), Ok(w) if w.quantity.unit().known().is_some_and(super::quantity::is_duration))
}

/// Whether `s` starts with a number of days, weeks, months, quarters or years (`3年`, `两个月`,
/// `5个工作日`): after 近 a window of time, the last so many.
fn names_a_window(s: &str) -> bool {
    use KnownUnit::*;
    matches!(quantity(s, 0), Ok(w) if w.quantity.unit().known().is_some_and(|u| matches!(u, Day | Week | Month | Quarter | HalfYear | Year | WorkDay)))
}

/// Whether `name` names a measure whose value follows it with no comparator: it ends in a
/// measure word (率, 度, 数, 量, 额, 比例, 值, 人次), in 均 (an average: 人均, 平均), in a verb of
/// occurring (`安全事故发生0起`), or is a word of counting (新增, 累计).
pub(super) fn is_measure_name(name: &str) -> bool {
    let name = name.trim_end_matches(super::is_space);
    // 均: an average (人均, 户均, 平均, 年均, 生均); 值: a value (完成值, 实际值, 目标值)
    const ENDS: [char; 8] = ['率', '度', '数', '量', '额', '例', '均', '值'];
    name.ends_with(ENDS)
        || name.ends_with("人次")
        || name.ends_with("发生")
        || name.ends_with("出现")
        || DOINGS.contains(&name)
        || matches!(name, "年均" | "全年")
        || TOTALS.contains(&name)
}

/// The words of doing that name a measure alone (`培训120人`, `新增100人`: [`is_measure_name`])
/// and do so after a qualifier, a total or a verb too ([`done_prefix`]: `已培训120人`,
/// `累计新建5座`, `完成培训120人`).
const DOINGS: [&str; 3] = ["培训", "新增", "新建"];

/// The words of a total before its number (`共8000人`, `合计8000人`, `累计完成8000人`): each a
/// measure's name ([`is_measure_name`]) and a qualifier of a word of doing ([`done_prefix`]);
/// the longer before the shorter that starts them.
const TOTALS: [&str; 8] = ["共计", "合计", "总计", "累计", "一共", "总共", "共有", "共"];

/// Whether `value` counts time or age per something (`15天/季度`, `18岁/月`).
fn counts_time(value: &Value<'_>) -> bool {
    let unit = match value {
        Value::Compare { quantity, .. } => quantity.unit(),
        Value::Range { unit, .. } => unit,
        _ => return false,
    };
    matches!(unit, Unit::Rate(r) if super::quantity::is_duration(r.numerator()) || r.numerator() == KnownUnit::Sui)
}

fn numeric<'a>(s: &'a str, offset: usize) -> Result<Numeric<'a>, ParseError> {
    // a word of intent first (`确保95%以上`, `力争不低于90%`): read past, where the rest reads
    if let Some(rest) = super::strip_any(s, &super::INTENT) {
        let at = skip_spaces(s, s.len() - rest.len());
        if let Ok(n) = numeric(&s[at..], offset + at) {
            return Ok(n);
        }
    }
    // `每X` read as what the quantity is counted per; where that does not read (`每年≥8000`,
    // `每年≥2个/月`: no unit to count, or a rate already), as a label, as before
    // an average per a word the crate does not know (`村均4400元`): as `4400元/村`
    if let Some((word, at)) = super::per_word_prefix::average_word(s) {
        let counted = numeric_counted(&s[at..], offset + at, None).ok();
        if let Some(value) = counted.and_then(|n| super::per_word_prefix::counted_per_word(n.value, word)) {
            return Ok(Numeric { value, explicit_op: false });
        }
    }
    match per_prefix(s) {
        // a period named without 每 is what things are counted per, never a time or an age
        // (`季度15日内`, `周六日`, `月1日` say when; `季度3个月` is no rate)
        Some(per) if !s.starts_with(['每', '平']) => match numeric_counted(s, offset, Some(per)) {
            Ok(n) if !counts_time(&n.value) => Ok(n),
            _ => numeric_counted(s, offset, None),
        },
        Some(per) => numeric_counted(s, offset, Some(per)).or_else(|_| numeric_counted(s, offset, None)),
        None => {
            let read = numeric_counted(s, offset, None);
            // 每 and a word the crate does not know (`每村4400元`): as `4400元/村`
            if read.is_err() && s.starts_with('每') {
                if let Some((word, at)) = super::per_word_prefix::mei_word(s) {
                    let counted = numeric_counted(&s[at..], offset + at, None).ok();
                    if let Some(value) = counted.and_then(|n| super::per_word_prefix::counted_per_word(n.value, word)) {
                        return Ok(Numeric { value, explicit_op: false });
                    }
                }
            }
            read
        }
    }
}

/// Whether `s` starts with a comparator that compares what follows: a symbol, a word of two or
/// more characters, or one of one character before a number (`达95%`). One that starts a label
/// (`达标率≥95%`, `超标排放次数≤1次`: 达 and 超 are comparator words) compares nothing.
fn starts_comparison(s: &str) -> bool {
    compares(s, &comparator(s))
}

/// [`starts_comparison`] of `s`, `read` the comparator read at its start (a caller that needs
/// that reading too reads it once).
fn compares(s: &str, read: &super::NomResult<'_, Comparator>) -> bool {
    match *read {
        // a word of one character (达, 超, 逾) compares only what follows it at once; fused with
        // the next character it is a word of its own (达标, 超标, 逾期). Longer words compare
        // whatever follows (`不低于满意度90%` is no label 不低于满意度)
        // (and so after a negation: `未达标率≤5%`, `不达标天数≤10天`, `未逾期率100%` are labels)
        Ok((rest, _))
            if symbol_once(s).is_err()
                && (one_character_word(&s[..s.len() - rest.len()]) || s.starts_with(super::comparator::names_bound)) =>
        {
            value_follows(rest)
        }
        Ok(_) => true,
        Err(_) => false,
    }
}

/// Whether a comparator word as written is one character, after a negation or not (`达`, `未达`,
/// `不 超`).
fn one_character_word(written: &str) -> bool {
    let head = written.get(..written.len().saturating_sub(3)).unwrap_or("").trim_end_matches(super::is_space);
    head.is_empty() || super::comparator::MUST_NOT.contains(&head)
}

/// An average per a unit that is no period, named before the value (`人均500元`, `户均不低于2亩`,
/// `生均3300元`, `亩均500公斤`): what the value is counted per, as after 每. (Periods are
/// [`period_prefix`]'s; 年均 names the table's year.)
fn unit_average_prefix(s: &str) -> Option<(Per, usize)> {
    let (unit, n) = super::quantity::per_unit(s)?;
    let after = s[n..].strip_prefix('均')?;
    if unit.dimension() == crate::unit::Dimension::Duration {
        return None;
    }
    let at = s.len() - after.len();
    // what is averaged may be named before the value (`户均增收≥1000元`, `人均补助1000元`): the
    // average holds for it (before, a label, and the value a total)
    per_rest(s, unit, at).or_else(|| per_rest(s, unit, at + super::per_word_prefix::what_is_averaged(after)?))
}

/// [`per_prefix`] after the word of an average (`平均每生每年3300元`: an average per student and
/// year is what is counted per them); the bytes count from the start of `s`.
fn averaged_per_prefix(s: &str) -> Option<(Per, usize)> {
    let rest = s.strip_prefix("平均")?;
    per_prefix(rest).map(|(per, n)| (per, s.len() - rest.len() + n))
}

/// Whether `s` ends with a ceiling or floor named after its value (`为上限`, `为下限`, `为限`).
fn suffix_of_bound(s: &str) -> bool {
    let s = s.trim_end_matches(super::is_space);
    ["为上限", "为下限", "为限"].iter().any(|w| s.ends_with(w))
}

/// Whether `s` starts with no number, comparison ([`starts_comparison`]) or approximation of
/// a number, so that a label or a word of doing may come first: then whether a comparator
/// reads at its start and what follows an approximation there (each read once, for these tests
/// and for the label's).
fn unlabelled_start(s: &str) -> Option<(bool, Option<&str>)> {
    // (一共, in all, starts with a numeral and holds no number: of [`NUMERAL_WORDS`] the one that
    // comes before a value, as a total [`done_prefix`] reads; asking the whole list here cost
    // the pass half a percent, and the others start no label that reads)
    if numeral::starts_number(s) && !s.starts_with("一共") {
        return None;
    }
    let compared = comparator(s);
    if compares(s, &compared) {
        return None;
    }
    // an approximation of a number (`约95%`, `近万人`; before a comparator too: `接近达到95%`,
    // `约≥95%` are about a bound, no label); the word alone fused with the next character is a
    // word of its own (近视率, 约谈次数)
    let approximated = approximately(s);
    (!approximated.is_some_and(value_follows)).then_some((compared.is_ok(), approximated))
}

/// `s` after a mark of the currency at its start (`¥`, `￥`, `人民币`, `RMB`) and the spaces after
/// it, where a number follows.
fn currency_mark(s: &str) -> Option<&str> {
    let rest = super::strip_any(s, &["人民币", "RMB", "¥", "￥"])?.trim_start_matches(super::is_space);
    numeral::starts_number(rest).then_some(rest)
}

/// [`numeric`], the quantity counted per `per` (from [`per_prefix`]) if given.
fn numeric_counted<'a>(s: &'a str, offset: usize, per: Option<(Per, usize)>) -> Result<Numeric<'a>, ParseError> {
    let mut pos = 0;
    let mut op = None;
    let mut approximate = false;
    // a comparator written as a word (a magnitude without its 一 may follow one: `不少于千人`)
    let mut by_word = false;
    let mut bound = false;
    // 在90%-100%之间, 在30万元以内: 在 frames the value; so does 以 before a ceiling or floor
    // named after it (`以5%为上限`, `以3年为限`)
    // (介于 frames a range the same way: `介于90%和100%之间`)
    let between = s.starts_with("介于");
    let framed = s.starts_with('在') || between || (s.starts_with('以') && suffix_of_bound(s));
    // `完成100%`: the word says the number was reached, and nothing may follow the number (a
    // note would make a sentence of it: `完成3个项目的建设`)
    let mut done = false;
    // whether a label was read before the value (after one, 百 or 千 alone may end its last
    // word: `受益人数千人` may be some thousands)
    let mut labelled = false;
    if framed {
        pos = skip_spaces(s, if between { 6 } else { 3 });
    } else if let Some((_, n)) = per {
        // 每季度1次, 每年不少于2次, 每人500元: what the quantity is counted per (1次/季度)
        pos = n;
    } else if let Some((compared, approximated)) = unlabelled_start(s) {
        // a label that starts with a word of comparing or approximating fused with the next
        // (达标率, 近视率) is one before a comparator only: `超额1万元` is an overrun
        // (or of three characters or more: `达标率100%`, `逾期率0`, `逾期件数0件`; `超额` is the
        // amount over, no name of what follows)
        let fused = compared || approximated.is_some();
        let named = |n: usize| s[..n].chars().filter(|c| !matches!(c, '：' | ':') && !COPULAS.contains(c)).count() >= 3;
        // (`约占总数95%` is about 95%: 占 after the word of approximating is no name)
        let share_of = approximated.is_some_and(|r| r.starts_with('占'));
        if let Some(n) = label(s).filter(|&n| !share_of && (!fused || named(n) || starts_comparison(&s[skip_spaces(s, n)..]))) {
            pos = skip_spaces(s, n);
            labelled = true;
            // a word that says the number roughly is no label (`数十人`: some tens, not 10 of a
            // measure named 数; `几十人`, `上百人` read no label either)
            if s[pos..].starts_with(|c: char| numeral::is_chinese_digit(c) || numeral::is_place(c)) && vague_before(s, pos) {
                return Ok(Numeric { value: Value::Unread(s), explicit_op: false });
            }
            // a period of months in digits after the label (`培训人数202401到202412`) is when,
            // no range of numbers (which would print as the period alone)
            if super::digit_period::compact_period(&s[pos..]).is_some() {
                return Ok(Numeric { value: Value::Unread(s), explicit_op: false });
            }
        } else if let Some(n) = done_prefix(s) {
            (pos, done) = (n, true);
        }
    }
    if let Some(rest) = approximately(&s[pos..]).filter(|r| {
        let r = r.trim_start_matches(super::is_space);
        numeral::starts_number(r) || r.starts_with(['-', '－']) || numeral::bare_magnitude(r).is_some() || currency_mark(r).is_some()
    }) {
        // 近 before a span of the calendar is "in the last" (`近3年`, `近两个月`, `近5个工作日`):
        // a window of time, no approximate number; a number read there would be a wrong one
        if s[pos..].starts_with('近') && names_a_window(rest.trim_start_matches(super::is_space)) {
            return Ok(Numeric { value: Value::Unread(s), explicit_op: false });
        }
        approximate = true;
        pos = skip_spaces(s, s.len() - rest.len());
    } else if let Ok((rest, c)) = comparator(&s[pos..]) {
        op = Some(c);
        by_word = symbol_once(&s[pos..]).is_err();
        // (no magnitude without its 一 after the name of a ceiling or floor: `上限万元` names the
        // unit of a ceiling, no 1万元; `最多千人` is at most a thousand)
        bound = s[pos..].starts_with(super::comparator::names_bound) && !s[pos..].starts_with("最多") && !s[pos..].starts_with("最少");
        pos = skip_spaces(s, s.len() - rest.len());
        // a word of comparing, then a comparator the same way, which says it again and is the
        // one read (`至多不超过5人`, `最少不低于3次`, `至少超过5人`, `不低于≥95%`)
        if by_word {
            if let Some((rest, inner)) = comparator(&s[pos..]).ok().filter(|&(_, inner)| super::comparator::same_way(c, inner)) {
                op = Some(inner);
                by_word = symbol_once(&s[pos..]).is_err();
                pos = skip_spaces(s, s.len() - rest.len());
            }
        }
        // 至少全年完成2次: words between a comparator word and its number
        if !s[pos..].starts_with(|c: char| numeral::may_start_number(c) || matches!(c, '-' | '－' | '+')) {
            while let Some(rest) = super::strip_any(&s[pos..], FILLERS) {
                pos = s.len() - rest.len();
            }
        }
    }
    // a magnitude without its 一 after a word of approximating or comparing (`近万人`, `逾千人`,
    // `不少于千人`); after a symbol (`≥万人`) it is a number left out
    // (and 百 or 千 with its unit alone, `千人`, `≥百万元`: [`magnitude_alone`])
    // (not after a word that says the amount roughly, `数百人` is some hundreds; nor after a label
    // or a word of doing, which may end in such a word)
    let alone = !labelled && !done && s[pos..].starts_with(BARE_PLACES) && magnitude_alone(&s[pos..]) && !vague_before(s, pos);
    let bare = approximate || (by_word && !bound) || alone;
    // a mark of the currency before an amount (`¥10万元`, `人民币10万元`, `不超过￥5000`): yuan,
    // where the amount names no unit
    let currency = currency_mark(&s[pos..]);
    if let Some(rest) = currency {
        pos = s.len() - rest.len();
    }
    let mut low = super::quantity::quantity_bare(&s[pos..], offset + pos, bare)?;
    if currency.is_some() && low.quantity.unit().is_none() {
        low.quantity = Quantity::new_unchecked(low.quantity.value(), low.quantity.magnitude(), Unit::Known(KnownUnit::Yuan));
    }
    pos += low.len;
    pos = skip_spaces(s, pos);
    // a range: a separator, then a number (`100%到位` is no range, 到 starts a word)
    // (and in a frame that ends with 之间, 和, 与 or 及 between the ends: `在90%和100%之间`)
    let joined = || {
        let r = s[pos..].strip_prefix(['和', '与', '及'])?;
        (framed && s.trim_end_matches(super::is_space).ends_with("之间")).then_some(r)
    };
    if let Some(rest) = range_separator(&s[pos..]).ok().map(|(rest, ())| rest).or_else(joined).filter(|rest| {
        let rest = rest.trim_start_matches(super::is_space);
        rest.starts_with(|c: char| numeral::may_start_number(c) || matches!(c, '-' | '－' | '+'))
            || (currency.is_some() && currency_mark(rest).is_some())
    }) {
        if op.is_some() || approximate || low.more {
            return Err(err(K::ComparatorOnRange, offset));
        }
        let mut at = skip_spaces(s, s.len() - rest.len());
        // `1--12个月`: a low end of no sign makes the second dash part of the first, not the
        // sign of the high end (`-10--5%` keeps it)
        if !low.quantity.value().is_sign_negative() {
            if let Some(r) = s[at..].strip_prefix(['-', '－']) {
                at = s.len() - r.len();
            }
        }
        // (in the currency of the low end, its mark written again or not: `¥10-¥20`, `¥10-20`)
        if let Some(rest) = currency.and_then(|_| currency_mark(&s[at..])) {
            at = s.len() - rest.len();
        }
        let mut high = quantity(&s[at..], offset + at)?;
        if currency.is_some() && high.quantity.unit().is_none() {
            high.quantity = Quantity::new_unchecked(high.quantity.value(), high.quantity.magnitude(), Unit::Known(KnownUnit::Yuan));
        }
        // `30-50余万元`: more than the high end is no range of two ends
        if high.more {
            return Err(err(K::ComparatorOnRange, offset + at));
        }
        let mut end = skip_spaces(s, at + high.len);
        if let Some(rest) = s[end..].strip_prefix("之间") {
            end = s.len() - rest.len();
        }
        if end != s.len() {
            return Err(err(K::ExpectedUnitOrEnd, offset + end));
        }
        // 成 after the high end counts both ends in tenths (`三至五成` is 30%-50%, as `三成至五成`)
        let tenths = s[at..at + high.len].trim_end_matches(super::is_space).ends_with('成')
            && *high.quantity.unit() == Unit::Known(KnownUnit::Percent)
            && low.quantity.unit().is_none()
            && !low.has_magnitude;
        let low = match tenths {
            true => {
                let tenths = low.quantity.value().checked_mul(rust_decimal::Decimal::TEN).ok_or_else(|| err(K::NumberTooLarge, offset))?;
                Written { quantity: Quantity::new_unchecked(tenths, Magnitude::One, Unit::Known(KnownUnit::Percent)), ..low }
            }
            false => low,
        };
        let (low, high, magnitude, unit) = range_ends(low, high, offset)?;
        let unit = counted_per(unit, per, offset + pos)?;
        return Ok(Numeric { value: Value::Range { low, high, magnitude, unit }, explicit_op: false });
    }
    let mut low = match per {
        Some(_) => {
            let unit = counted_per(low.quantity.unit().clone(), per, offset + pos)?;
            Written { quantity: Quantity::new_unchecked(low.quantity.value(), low.quantity.magnitude(), unit), ..low }
        }
        None => low,
    };
    // 余 / 多 after the number: more than it
    // (約3万余人 is about 3万: the approximation wins, as it prints)
    if low.more && !approximate {
        match op {
            None | Some(Comparator::Gt | Comparator::Ge) => op = Some(Comparator::Gt),
            Some(_) => return Err(err(K::ConflictingComparators, offset + pos)),
        }
    }
    // the value ends with its quantity (most do): no mark, suffix, 左右 or note can follow
    if pos == s.len() {
        let value = Value::Compare { op: op.unwrap_or(Comparator::Eq), quantity: low.quantity, approximate, note: None };
        return Ok(Numeric { value, explicit_op: op.is_some() });
    }
    // （含） confirms that the number is included, （不含） excludes it, before or after a suffix
    let (mut excluded, mut included) = (false, false);
    let mut marks = |pos: &mut usize| {
        if let Some((inner, rest)) = inclusive_mark(&s[*pos..]) {
            // （含）, （含95%）: the number itself, included; （含税） is something else (a note)
            if inner.is_empty() || is_same_number(inner, &low.quantity) {
                included = true;
                *pos = skip_spaces(s, s.len() - rest.len());
            }
        } else if let Some((inner, rest)) = exclusive_mark(&s[*pos..]) {
            // （不含）, （不含3次）: the number itself; （不含税） excludes something else (a note)
            if inner.is_empty() || is_same_number(inner, &low.quantity) {
                excluded = true;
                *pos = skip_spaces(s, s.len() - rest.len());
            }
        }
    };
    marks(&mut pos);
    // a suffix such as 以上
    if let Ok((rest, suffix_op)) = suffix(&s[pos..]) {
        // a prefix and suffix that point the same way keep the prefix (超过5人以上 is > 5)
        let same_way = |o: Comparator| {
            matches!((o, suffix_op), (Comparator::Ge | Comparator::Gt, Comparator::Ge) | (Comparator::Le | Comparator::Lt, Comparator::Le))
        };
        match op {
            _ if approximate => return Err(err(K::ConflictingComparators, offset + pos)),
            Some(o) if same_way(o) => {}
            Some(_) => return Err(err(K::ConflictingComparators, offset + pos)),
            None => op = Some(suffix_op),
        }
        pos = skip_spaces(s, s.len() - rest.len());
        // a second suffix the same way says it again (`5万元以内（封顶）`, `95%以上（及以上）`)
        while let Some((rest, _)) = suffix(&s[pos..]).ok().filter(|&(_, again)| op.is_some_and(|o| super::comparator::same_way(o, again))) {
            pos = skip_spaces(s, s.len() - rest.len());
        }
    }
    marks(&mut pos);
    // the number itself excluded wins over the suffix: `3次以下（不含3次）` is `<3次`; included,
    // over a strict comparator: `超过95%（含95%）` is `≥95%`; both is a conflict
    if excluded && included {
        return Err(err(K::ConflictingComparators, offset + pos));
    }
    if excluded {
        op = match op {
            Some(Comparator::Ge | Comparator::Gt) => Some(Comparator::Gt),
            Some(Comparator::Le | Comparator::Lt) => Some(Comparator::Lt),
            _ => return Err(err(K::ConflictingComparators, offset + pos)),
        };
    } else if included {
        op = op.map(|o| match o {
            Comparator::Gt => Comparator::Ge,
            Comparator::Lt => Comparator::Le,
            o => o,
        });
    }
    // 左右 / 上下 after the quantity: approximately
    if let Some(rest) = s[pos..].strip_prefix("左右").or_else(|| s[pos..].strip_prefix("上下")) {
        if op.is_some() {
            return Err(err(K::ConflictingComparators, offset + pos));
        }
        approximate = true;
        pos = skip_spaces(s, s.len() - rest.len());
    }
    // the unit column in brackets after a suffix or bound (`5以内（万元）`, `5 上限（万元）`) is the
    // quantity's, as right after its number (`5（万元）以内`): kept as a note, it read back as
    // the quantity's (a quantity with a unit keeps one as a note: `5人（万元）`)
    if let Some((m, unit, _)) = super::quantity::paren_column(&s[pos..]) {
        let q = &low.quantity;
        if q.unit().is_none() && q.magnitude() == Magnitude::One {
            check_range(q.value(), m, offset)?;
            low.quantity = Quantity::new_unchecked(q.value(), m, unit);
            pos = s.len();
        }
    }
    let mut note_text = None;
    if pos != s.len() && done {
        return Err(err(K::TrailingText, offset + pos));
    }
    if pos != s.len() {
        // a year of the calendar before words (`2025年实施`, `2022年度项目支出绩效自评表`) is no
        // duration of 2 022 years with a note: left to the text rules (written `=2025年`, with
        // a comparator, it is one)
        let q = &low.quantity;
        let calendar_year = op.is_none()
            && !approximate
            && *q.unit() == Unit::Known(KnownUnit::Year)
            && q.value().scale() == 0
            && (1900..=2100).contains(&q.value().mantissa());
        let after_unit = matches!(low.quantity.unit(), Unit::Known(_) | Unit::Rate(_));
        // a word of reaching (`达标`, `到位`) notes a share reached (`100%达标`), or a number whose
        // bound is written (`3个工作日内到账`); after a bare time or count it says within or at
        // once (`5个工作日到账`, `1次到位`), which no note keeps
        let reaching = super::comparator::starts_reaching_word(&s[pos..]);
        let share = op.is_some() || low.quantity.unit().dimension() == Some(crate::unit::Dimension::Ratio);
        // 的 after a share says of what (`90%的村`, `95%以上的群众满意`); after an amount it makes a
        // clause of it (`价值100万元的设备` is a sentence)
        let ratio = low.quantity.unit().dimension() == Some(crate::unit::Dimension::Ratio);
        match note(&s[pos..], after_unit) {
            Some(n)
                if !framed
                    && !calendar_year
                    && !extends_unit(low.quantity.magnitude(), low.quantity.unit(), n)
                    && (share || !reaching)
                    && (ratio || !n.starts_with('的'))
                    && !(op.is_none() && ends_with_ceiling(n))
                    // (nor a suffix in brackets after another: `2人以上(封顶)` would print as a
                    // value of two suffixes)
                    && suffix(n).is_err() =>
            {
                note_text = Some(n.trim_end())
            }
            _ => {
                let kind = if low.quantity.unit().is_none() { K::ExpectedUnitOrEnd } else { K::TrailingText };
                return Err(err(kind, offset + pos));
            }
        }
    }
    let explicit_op = op.is_some();
    let value = Value::Compare { op: op.unwrap_or(Comparator::Eq), quantity: low.quantity, approximate, note: note_text };
    Ok(Numeric { value, explicit_op })
}

/// Parses a trimmed, non-empty value at `offset`.
pub(super) fn single(s: &str, offset: usize) -> Result<Numeric<'_>, ParseError> {
    if let Some(n) = fast::compare(s) {
        return Ok(n);
    }
    full(s, offset)
}

/// [`single`] without its fast path (for callers that tried it already).
pub(super) fn full(s: &str, offset: usize) -> Result<Numeric<'_>, ParseError> {
    full_scanned(s, offset, None)
}

/// The value inside brackets that wrap the whole of `s` (`（≥95%）`), where it says what is
/// compared: a comparator, an approximation or a unit, a range, a date, a relative target (a
/// bare number or range in brackets, `（1）`, `（1-3）`, may number a list, and is left as it was).
pub(super) fn in_brackets(s: &str, offset: usize) -> Option<Numeric<'_>> {
    let (inner, at) = super::wrapped::whole(s)?;
    let n = full(inner, offset + at).ok()?;
    let says = match &n.value {
        Value::Compare { quantity, approximate, .. } => n.explicit_op || *approximate || !quantity.unit().is_none(),
        // (and so may two, `（1-3）`)
        Value::Range { unit, .. } => !unit.is_none(),
        Value::Text(_) | Value::Unread(_) => false,
        _ => true,
    };
    says.then_some(n)
}

/// [`full`] of a value whose scan found `numbers` (`None`: not scanned).
pub(super) fn full_scanned(s: &str, offset: usize, numbers: Option<bool>) -> Result<Numeric<'_>, ParseError> {
    let numbers = numbers.unwrap_or_else(|| has_number_char(s));
    // without a digit or a Chinese digit (what `has_number_char` looks for), no number is held:
    // `holds_numbers` and its decode of every character are skipped
    // (`digit`: whether `s` holds a digit, where that was asked already)
    let text_of = |digit: Option<bool>| Numeric {
        value: if numbers && holds_numbers(s, digit) { Value::Unread(s) } else { Value::Text(s) },
        explicit_op: false,
    };
    let text = || text_of(None);
    // ordinary text (`明显提升`, the commonest value here): no digit, no numeral, and no start of
    // a number, a comparator, a date, a magnitude or a unit; what the rules below would
    // conclude, sooner
    if !numbers && !super::first::may_start_value_or_negation(s) {
        return Ok(text());
    }
    // a symbol, a number and a slash before a word the crate does not know (`≤28.40/株`): what
    // the rules below read, read at once (a symbol by its lead byte: most values start with none)
    if matches!(s.as_bytes().first(), Some(0xe2 | b'<' | b'>' | b'=')) {
        if let Some((op, quantity)) = super::slash_word::per_unknown_word(s) {
            return Ok(Numeric { value: Value::Compare { op, quantity, approximate: false, note: None }, explicit_op: true });
        }
    }
    if let Some(d) = deadline(s, offset) {
        return d.map(|d| Numeric { value: Value::Deadline(d), explicit_op: false });
    }
    // a unit without its number (`公里`, `万人`, `≥%`) is a value with its number missing
    if !has_number_digit(s) && is_bare_unit(s) {
        return Err(err(K::MissingNumber, offset));
    }
    // text that starts with neither a comparator nor a number, and has no digit or numeral, is
    // qualitative (what `numeric` and `looks_numeric` below would conclude, without trying
    // every rule)
    if !numbers && !may_start_numeric(s) {
        return Ok(text());
    }
    if let Some(range) = tolerance_mark(s).and_then(|rest| tolerance(s, rest, offset)) {
        return Ok(range);
    }
    // a relative target with a bound on its change (`较上年增长≤5%`) would read as a label and a
    // comparison: one that reads whole is read first, and what it says otherwise is kept for
    // below (read once)
    let early = if super::relative::starts_with_relative_word(s) { super::relative::relative(s, offset) } else { None };
    let early = match early {
        Some(Ok(value)) => return Ok(Numeric { value, explicit_op: false }),
        Some(Err(e)) => Some(Err(e)),
        None => None,
    };
    let e = match numeric(s, offset) {
        Ok(n) => return Ok(n),
        Err(e) => e,
    };
    // the rare forms that fail the numeric rules, tried only then: a relative target (`不低于上年`,
    // `较上年增长5%`) fails on its baseline word, a tolerance after the name of what it bounds
    // (`误差±3%`) on its name
    let relative = match early {
        Some(r) => Some(r),
        None if !super::relative::starts_with_relative_word(s) => super::relative::relative(s, offset),
        None => None,
    };
    if let Some(r) = relative {
        return r.map(|value| Numeric { value, explicit_op: false });
    }
    if let Some(n) = named_tolerance(s, offset) {
        return Ok(n);
    }
    // text that does not look numeric is text; asked first, as it is the cheaper test and
    // sentences (the costliest values) end here; a grade after a comparator (`≥良好`,
    // `不低于合格`) is a grade target, in words
    // (whether it holds a digit is asked once, for the look and for the text)
    let digit = has_digit(s);
    if !looks_numeric(s, digit) || crate::Grade::lowest_accepted(s).is_some() {
        return Ok(text_of(Some(digit)));
    }
    // a period before the value that neither reads as what a count is per nor may be dropped as
    // a label (`季度15日内`, `日≥8小时`, `月均≥3.5元/公斤`): numbers not read, not a malformed value
    if period_prefix(s).is_some() || label_ends_with_period(s) {
        return Ok(text_of(Some(digit)));
    }
    Err(e)
}

/// Whether `s` starts with a label ([`label_words`]) that ends with a period ([`ends_with_period`]).
/// A label holds no digit (it is Chinese characters, a colon, a copula and spaces): without a
/// character that may end a period's name before the first digit there is none, told without
/// asking [`label_words`] again (as [`numeric`] has).
fn label_ends_with_period(s: &str) -> bool {
    let names_period = s.chars().take_while(|c| !c.is_ascii_digit()).any(|c| PERIOD_NAME_ENDS.contains(&c));
    names_period && label_words(s).is_some_and(|n| ends_with_period(&s[..n]))
}

/// `s` after the mark of a tolerance at its start: `±`, `正负`, or a plus and a minus with a
/// slash between or none, each in either width (`+/-`, `＋／－`, `+-`; the other minus signs
/// fold to `－`).
fn tolerance_mark(s: &str) -> Option<&str> {
    if let Some(rest) = super::strip_any(s, &["±", "正负"]) {
        return Some(rest);
    }
    let rest = s.strip_prefix(['+', '＋'])?;
    let rest = rest.strip_prefix(['/', '／']).unwrap_or(rest);
    rest.strip_prefix(['-', '－'])
}

/// A tolerance, `rest` what follows its mark in `s`: the range from minus to plus the amount.
/// `None` unless the amount is a plain number (`±-3%` is none).
fn tolerance<'a>(s: &'a str, rest: &str, offset: usize) -> Option<Numeric<'a>> {
    // (an amount with a sign of its own is none, `±-3%`, and so is `±-0`: the fuzz target found
    // `+--0成`, whose -0 read as zero of a unit 成 that printed read as tenths)
    if rest.trim_start_matches(super::is_space).starts_with(['-', '－', '+', '＋']) {
        return None;
    }
    let at = offset + (s.len() - rest.len());
    let Ok(Numeric { value: Value::Compare { op: Comparator::Eq | Comparator::Le, quantity: q, approximate: false, note: None }, .. }) =
        numeric(rest.trim_start_matches(super::is_space), at)
    else {
        return None;
    };
    let (high, magnitude, unit) = (q.value(), q.magnitude(), q.unit().clone());
    if high.is_sign_negative() && !high.is_zero() {
        return None;
    }
    // ±0: no tolerance at all, 0 to 0 (not -0)
    let low = if high.is_zero() { Decimal::ZERO } else { -high };
    Some(Numeric { value: Value::Range { low, high: high.abs(), magnitude, unit }, explicit_op: false })
}

/// A tolerance after the name of what it bounds: a rate or degree (`满意度±3%`), a deviation
/// (`误差±3%`, `偏差正负5%`, `价格浮动±5%`); not a time (`季度`) nor a baseline (`预算数±10%` is
/// relative to the budget, which the table does not state).
fn named_tolerance(s: &str, offset: usize) -> Option<Numeric<'_>> {
    // the mark by the last byte of `±` (C2 B1) and of `负` (E8 B4 9F), looked for eight bytes
    // at a time (most values that reach here hold neither)
    // (and of a plus, `+` or the last byte of `＋`, EF BC 8B, that starts a mark: `误差+/-3%`)
    let b = s.as_bytes();
    let mut from = 1.min(b.len());
    let at = loop {
        let i = from + super::chars::find_any(&b[from..], [0xb1, 0x9f, b'+', 0x8b])?;
        let plus = match b[i] {
            b'+' => Some(i),
            0x8b => i.checked_sub(2).filter(|&a| a > 0 && b[a..i] == [0xef, 0xbc]),
            _ => None,
        };
        match b[i] {
            0xb1 if b[i - 1] == 0xc2 => break i - 1,
            0x9f if i >= 5 && s.get(i - 5..=i) == Some("正负") => break i - 5,
            _ if plus.is_some_and(|a| tolerance_mark(&s[a..]).is_some()) => break plus.unwrap_or(i),
            _ => from = i + 1,
        }
    };
    let name = s[..at].trim_end_matches(super::is_space);
    let measure = (name.ends_with(['率', '度']) && !name.ends_with("季度") && !name.ends_with("年度"))
        || name.ends_with('差')
        || name.ends_with("浮动")
        || name.ends_with("波动");
    let against_baseline = ["上年", "预算", "批复", "同比", "环比", "较", "比"].iter().any(|w| name.contains(w));
    if !(name.chars().all(|c| is_cjk(c) && !is_chinese_digit(c)) && measure && !against_baseline) {
        return None;
    }
    tolerance(s, tolerance_mark(&s[at..])?, offset)
}

/// Whether a note ends with a suffix of a ceiling (`10个村以下`, `3个乡镇以内`): after a bare
/// number, a note would drop it, and the value would be read as a floor, the other way round;
/// such a value is unread. A floor after a note (`2名中级以上`, `≥2篇省级以上`) says what is
/// counted, and reads as the bare number is judged; `上不封顶` is no ceiling.
fn ends_with_ceiling(note: &str) -> bool {
    let note = note.trim_end_matches(super::is_space);
    ["以下", "以内", "之内", "上限", "封顶"].iter().any(|w| note.ends_with(w)) && !note.ends_with("不封顶")
}

/// Whether `inner` (of `（不含…）`) repeats `number`, in any spelling (`3次`, `三次`, `3`).
fn is_same_number(inner: &str, number: &Quantity) -> bool {
    let inner = inner.trim_matches(super::is_space);
    // a count per something repeats as the count (`1次/季度以上（含1次）`, `每季度1次（含1次）`)
    let counted = match number.unit() {
        Unit::Rate(r) => Quantity::new_unchecked(number.value(), number.magnitude(), Unit::Known(r.numerator())),
        _ => number.clone(),
    };
    match quantity(inner, 0) {
        Ok(w) if w.len == inner.len() => [number, &counted].iter().any(|n| w.quantity.compare(n).is_ok_and(|o| o.is_eq())),
        _ => false,
    }
}

/// What [`plain_text`] says of a value: ordinary text; something else and whether it holds a
/// digit or Chinese digit, and the byte from which a `|` may stand (the scan passed none
/// before it: at the digit, or at the end); or a `|` that came first, at byte `at` (the rest
/// was not looked at). And whether it holds a traditional character that folds
/// ([`super::traditional::holds`]).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Plain {
    Text { folds: bool },
    Other { numbers: bool, folds: Folds, pipes_from: usize },
    Pipe { at: usize, folds: Folds },
}

/// Whether a value holds a traditional character that folds, as far as the scan for digits
/// looked.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Folds {
    /// The scan says: it met one, or went to the end.
    Known(bool),
    /// It stopped at byte `from` (a digit, numeral or `|`) and met none before: only the text
    /// from there is still to be looked at. (The character there is no 覆, and 批 is no stop, so
    /// the text from there holds one that folds where the whole value does.)
    Unseen { from: usize },
}

/// Whether `s` (trimmed) is ordinary text (`明显提升`, the commonest value off the fast path):
/// not empty, no digit or Chinese digit, no `|`, and a first character that starts nothing
/// else. [`full`] reads such text as [`Value::Text`] after its first test, and the split form
/// needs a `|`: this says so in one pass over the bytes, before anything else is tried. What
/// the pass found is passed on to [`full_scanned`], which would otherwise scan again. Inlined
/// into its one caller: as a call it cost ordinary text a tenth more.
#[inline(always)]
pub(super) fn plain_text(s: &str) -> Plain {
    // the scan first: values with a digit or a pipe leave at their first one, and the test of
    // the first character (a table for Chinese, the rules for ASCII) is asked of text only
    let (found, folds) = scan_number_chars(s, true);
    match found {
        Found::Number(at) => Plain::Other { numbers: true, folds, pipes_from: at },
        Found::Pipe(at) => Plain::Pipe { at, folds },
        Found::Nothing if !s.is_empty() && !is_no_value_mark(s) && !super::first::may_start_value_or_negation(s) => {
            Plain::Text { folds: folds == Folds::Known(true) }
        }
        Found::Nothing => Plain::Other { numbers: false, folds, pipes_from: s.len() },
    }
}

/// Whether `text` (the text kept of a split value's cell, trimmed) may read as other than plain
/// text once its traditional characters are folded, as its canonical text is read: where it
/// holds one that asks for folding, and a numeral, a character that folds to one (餘, 叄), or a
/// first character that folded may start a value or a negated comparator word. Where not, the
/// folded text is ordinary text ([`plain_text`] of it says so), told without folding it (a fold
/// and a scan of a cell such as `應保盡保` cost more than reading the whole split value).
pub(crate) fn may_fold_to_other(text: &str) -> bool {
    if !super::traditional::holds(text) {
        return false;
    }
    let b = text.as_bytes();
    let Some(first) = super::chars::three(b, 0) else { return true };
    super::first::may_start_or_negate(super::traditional::fold_char(first))
        || next_number_char(b, 0) < b.len()
        || super::chars::holds(text, '餘')
        || super::chars::holds(text, '叄')
}

/// Whether `s` holds a digit or a Chinese digit: a number may be written in it.
fn has_number_char(s: &str) -> bool {
    matches!(scan_number_chars(s, false).0, Found::Number(_))
}

/// What a scan for digits (and `|`) found first.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Found {
    Nothing,
    /// A digit or Chinese digit, at this byte.
    Number(usize),
    /// A `|`, at this byte.
    Pipe(usize),
}

/// The first digit, full-width or Chinese digit, or (with `pipe`) `|` in `s`, and whether a
/// traditional character that folds ([`super::traditional::holds`]) stands in `s`, as far as
/// the scan looked ([`Folds`]). By bytes: a digit is one ASCII byte, and every full-width and Chinese digit and
/// traditional character a character of three bytes, looked up in one table (decoding each
/// character was a third of the time of a qualitative value, and a second scan for the
/// traditional ones a fifth).
#[inline(always)]
fn scan_number_chars(s: &str, pipe: bool) -> (Found, Folds) {
    let b = s.as_bytes();
    let mut folds = false;
    // (where the scan stops at `i`, what it saw before)
    let seen = |folds: bool, i: usize| if folds { Folds::Known(true) } else { Folds::Unseen { from: i } };
    let mut i = 0;
    while i < b.len() {
        // (a character of three bytes first: text is mostly Chinese characters)
        if matches!(b[i], 0xe0..=0xef) && i + 2 < b.len() {
            if stops_scan_at(b, i) {
                match number_or_fold(s, i) {
                    Stop::Number => return (Found::Number(i), seen(folds, i)),
                    Stop::Folds => folds = true,
                    Stop::Neither => {}
                }
            }
            i += 3;
            continue;
        }
        match b[i] {
            b'0'..=b'9' => return (Found::Number(i), seen(folds, i)),
            b'|' if pipe => return (Found::Pipe(i), seen(folds, i)),
            _ => i += 1,
        }
    }
    (Found::Nothing, Folds::Known(folds))
}

/// What the character of [`SCAN_STOPS`] at byte `i` of `s` is to the scan.
enum Stop {
    Number,
    Folds,
    Neither,
}

/// [`Stop`] of the character at byte `i` of `s`, one of [`SCAN_STOPS`]. Out of line, as
/// [`without_one`]: the scan's loop stays small.
#[inline(never)]
fn number_or_fold(s: &str, i: usize) -> Stop {
    let b = s.as_bytes();
    if is_number_char_at(b, i) {
        // (a traditional numeral, 兩 or 萬, stops the scan as a number: what follows is not
        // looked at, and whether the value folds is left unsaid)
        return if without_one(s, i) != Some(false) { Stop::Number } else { Stop::Neither };
    }
    // (a traditional character, or a dash, [`super::dashes`], that folds)
    if super::traditional::folds_at(b, i) || super::dashes::folded_at(b, i).is_some() {
        Stop::Folds
    } else {
        Stop::Neither
    }
}

/// Whether the character of three bytes at `b[i..]` is one of [`SCAN_STOPS`].
#[inline(always)]
fn stops_scan_at(b: &[u8], i: usize) -> bool {
    let cp = (u32::from(b[i] & 0x0f) << 12) | (u32::from(b[i + 1] & 0x3f) << 6) | u32::from(b[i + 2] & 0x3f);
    SCAN_STOPS.has(cp)
}

/// The characters the scan of [`scan_number_chars`] stops at: those of [`NUMBER_CHARS`] and the
/// traditional characters that ask for folding.
static SCAN_STOPS: super::chars::CharSet =
    super::chars::CharSet::of(NUMBER_CHARS_TEXT).union(&super::traditional::ASKS).union(&super::chars::CharSet::of(super::dashes::DASHES));

/// Whether the character of [`NUMBER_CHARS`] at byte `i` of `s` is a number written without
/// its 一:
/// 余 or 多 after a place or magnitude, before what a number is followed by (`千余人`, `十余个`);
/// a magnitude after a word that compares or approximates, before the same (`近万人`, `逾千人`,
/// `不少于千人`): numbers written without their 一. Out of line: asked only where the table has
/// the character, so that the scan's loop stays small (inlined, it cost ordinary text a tenth).
///
/// `None` for a digit; for 余, 多 or a magnitude, whether it is such a number.
#[inline(never)]
fn without_one(s: &str, i: usize) -> Option<bool> {
    let b = s.as_bytes();
    if is_more_at(b, i) {
        Some(magnitude_before(b, i) && ends_a_number(&s[i + 3..]))
    } else if s[i..].starts_with("百分百") {
        // a hundred percent (`满意度百分百`)
        Some(numeral::starts_number(&s[i..]))
    } else if numeral::bare_magnitude(&s[i..]).is_some() {
        // (千家万户, 万家: every household, an idiom with no number)
        // (but for some ten thousand households, `数万家`)
        let idiom = (s[i..].starts_with("千家万户") || s[i..].starts_with("万家")) && !vague_before(s, i);
        // (百 or 千 alone before its unit is a number wherever it stands: one after a label is
        // not read, as it may end the label's last word, but it is no plain text)
        // (not one after another place, `千百年`: for centuries)
        let alone = !magnitude_before(s.as_bytes(), i) && magnitude_alone(&s[i..]);
        // (or said roughly before its unit: `百来人`, `千把元`, `百几十人`)
        let rough = s[i + 3..].strip_prefix(['来', '几', '把']).is_some_and(|r| ends_a_number(r) && !starts_with_stop(r));
        Some(!idiom && (alone || rough || (word_before_magnitude(s, i) || vague_before(s, i)) && ends_a_number(&s[i + 3..])))
    } else {
        None
    }
}

/// Whether the character of three bytes at `b[i..]` is 余 or 多 (more than the number before).
#[inline(always)]
fn is_more_at(b: &[u8], i: usize) -> bool {
    matches!(b[i..i + 3], [0xe4, 0xbd, 0x99] | [0xe5, 0xa4, 0x9a])
}

/// Whether `s`, after a number without its 一, is what follows a number: the end, a stop, a
/// unit, 余 or 多, or another magnitude (`千万元`); not other words (`千万多加注意`, `收拾余下`).
fn ends_a_number(mut s: &str) -> bool {
    while let Some((_, _, n)) = numeral::bare_magnitude(s) {
        s = &s[n..];
    }
    let s = s.trim_start_matches(super::is_space);
    starts_with_stop(s) || s.starts_with(['余', '多']) || crate::unit::KnownUnit::parse_prefix(s).is_some()
}

/// Whether a comparator or a word of approximating ends at byte `i` of `s`, spaces aside
/// (`不少于`, `达到`, `控制在`, `逾`, `近`, `约为`): a magnitude after it is a number without its 一
/// (`惠及近万人`); after other words it is none (`为百年大计`, `付出万分努力`).
fn word_before_magnitude(s: &str, i: usize) -> bool {
    let before = &s[..before_spaces(s.as_bytes(), i)];
    comparator_ends_at(s, i) || APPROXIMATIONS.iter().any(|w| before.ends_with(w))
}

/// Byte `i` of `b`, moved back over the spaces before it.
fn before_spaces(b: &[u8], mut i: usize) -> usize {
    loop {
        match b[..i] {
            [.., b' ' | b'\t'] => i -= 1,
            [.., 0xe3, 0x80, 0x80] => i -= 3,
            _ => return i,
        }
    }
}

/// Whether a place or magnitude character (十 百 千 万 亿 and their financial forms) ends at
/// byte `i` of `b`: before 余 or 多 it is a number written without its 一 (`千余人`, `十余个`,
/// `万余元`).
fn magnitude_before(b: &[u8], i: usize) -> bool {
    // spaces may stand between the two (`千 余人`)
    let i = before_spaces(b, i);
    i >= 3 && core::str::from_utf8(&b[i - 3..i]).is_ok_and(|c| numeral::bare_magnitude(c).is_some() || matches!(c, "十" | "拾"))
}

/// Whether the character of three bytes at `b[i..]` is a full-width or Chinese digit.
#[inline(always)]
fn is_number_char_at(b: &[u8], i: usize) -> bool {
    let cp = (u32::from(b[i] & 0x0f) << 12) | (u32::from(b[i + 1] & 0x3f) << 6) | u32::from(b[i + 2] & 0x3f);
    NUMBER_CHARS.has(cp)
}

/// The characters of [`NUMBER_CHARS`] (and 余 多 and the magnitudes, which the scan takes for
/// a number where they stand for one written without its 一: `千余人`, `近万人`).
const NUMBER_CHARS_TEXT: &str = "０１２３４５６７８９零〇一壹幺二两兩贰貳三叁參四肆五伍六陆陸七柒八捌九玖十拾余多百佰千仟万萬亿億";

/// The characters of three bytes that are digits: full-width digits and Chinese digits (a
/// test checks the table against [`numeral::is_digit`] and [`is_chinese_digit`]), and 余, 多
/// and the magnitudes, which [`without_one`] tells apart.
static NUMBER_CHARS: super::chars::CharSet = super::chars::CharSet::of(NUMBER_CHARS_TEXT);

/// Words with a numeral in them that hold no number (一次性 is "one-off", 统一 "unified").
const NUMERAL_WORDS: &[&str] =
    &["一次性", "一站式", "一体化", "一卡通", "一把手", "一网通办", "一件事", "一对一", "一共", "三农", "两不愁", "三保障"];

/// Whether `s` starts with a word that holds a numeral and no number ([`NUMERAL_WORDS`]): no
/// quantity starts there (the numeral takes only a unit that ends the value or a stop after it,
/// and each of these words goes on with more text), which the quantity rule is spared reading.
pub(super) fn starts_numeral_word(s: &str) -> bool {
    // by the first byte: every word starts with 一, 三 or 两 (E4 B8 80, E4 B8 89, E4 B8 A4)
    s.as_bytes().first() == Some(&0xe4) && NUMERAL_WORDS.iter().any(|w| s.starts_with(w))
}

/// Whether text holds a number a reader would see: a digit, or a Chinese numeral before a unit
/// or magnitude (`三个项目`, `两万人`). Such text that none of the rules read is
/// [`Value::Unread`], never plain qualitative text. `digit` is [`has_digit`] of `s` where the
/// caller asked it already (`None`: not asked).
#[inline(never)]
pub(super) fn holds_numbers(s: &str, digit: Option<bool>) -> bool {
    if digit.unwrap_or_else(|| has_digit(s)) {
        return true;
    }
    // each run of numerals is read once and skipped: reading at every character of a run would
    // re-read the rest of it (quadratic in a long run of 一)
    let b = s.as_bytes();
    let mut i = 0;
    loop {
        // a Chinese digit is a character of three bytes set in `NUMBER_CHARS` (which also holds
        // the full-width digits, none of which is here: `has_digit` said so); the characters
        // before the next one are stepped over here by the length their lead byte gives, without
        // decoding (a sentence is mostly such characters: the steps below cost each several times
        // more)
        i = next_number_char(b, i);
        if i >= b.len() {
            break;
        }
        // 余 or 多 after a place or magnitude, a magnitude after a word of comparing: a number
        // written without its 一 (`组织千余人参加`, `惠及近万人`)
        match without_one(s, i) {
            Some(true) => return true,
            Some(false) => {
                i += 3;
                continue;
            }
            None => {}
        }
        if NUMERAL_WORDS.iter().any(|w| s[i..].starts_with(w)) {
            i += 3;
            continue;
        }
        let run = s[i..]
            .find(|c: char| !(numeral::may_start_number(c) || matches!(c, '千' | '仟' | '万' | '萬' | '亿' | '億' | '佰')))
            .unwrap_or(s.len() - i);
        // a numeral may start with a place word, which is no number character (十二, 百五)
        let mut start = i;
        while start >= 3 && s.get(start - 3..start).is_some_and(|w| matches!(w, "十" | "拾" | "百" | "佰")) {
            start -= 3;
        }
        let numeral = numeral::chinese(&s[start..i + run]);
        // a run of numerals and places that reads as no numeral (`一万二万`, `三百五百`) is a
        // number written wrong: not read, and no plain text either
        if numeral.is_none() && s[start..i + run].chars().count() >= 2 && s[start..i + run].chars().any(numeral::is_place) {
            return true;
        }
        if let Some((v, m, n)) = numeral {
            // spaces may fall between the numeral and its unit (`三 个项目`)
            let spaced = s[start + n..].trim_start_matches(super::is_space);
            // (and 来 or 几 after a place, a number said roughly: `十来人`, `二十几人`; after a
            // digit they start words, `一来方便群众`)
            let after = spaced.trim_start_matches(['余', '多']);
            let rough = s[start..start + n].ends_with(numeral::is_place);
            let after = if rough { after.trim_start_matches(['来', '几']) } else { after }.trim_start_matches(super::is_space);
            // 余 or 多 before a magnitude (`三十余万元`): a number in that magnitude
            let more_in = after.len() < spaced.len() && numeral::magnitude(after).1 > 0;
            // a numeral after 分之, or before a slash and a scale, is a number (`千分之三点五`,
            // `两/万人`; not one before a slash and words, `一/二级`)
            let fraction = s[..start].ends_with("分之")
                || after.strip_prefix(['/', '／']).is_some_and(|r| r.starts_with(['万', '萬', '千', '十', '百', '1']));
            // one that ends the value, or before a suffix, is a number with a suffix, after a
            // comparator or a label's colon (`周≤三千`, `周：三千`), or with two places or more
            // (`季度三千`; a single digit there ends words: 统一, 唯一); before other words it is
            // a word (`≥一般`, `不低于三级`)
            // a numeral of two characters with a place, or of three or more (`二十完成`,
            // `九十五/株`, `二〇二五年度`), is a number before any word, as digits are (`20完成`):
            // only shorter ones make words with what follows (统一, 十分, 三农, 一一对应)
            let written = &s[start..start + n];
            // 十 alone before 分 and words is the adverb (`十分满意`: very), not ten points; before
            // 分钟 or 分之 it is a number (`十分钟`, `十分之一`)
            if matches!(written, "十" | "拾") && is_adverb_shifen(after) {
                i += run.max(3);
                continue;
            }
            let long = match written.chars().count() {
                0 | 1 => false,
                2 => written.chars().any(numeral::is_place),
                _ => true,
            };
            let suffixed = suffix(after).is_ok();
            let ends =
                suffixed || after.is_empty() || after.starts_with(['(', '（']) || after.starts_with("左右") || after.starts_with("上下");
            if m != crate::quantity::Magnitude::One
                || long
                || more_in
                // (a magnitude past spaces: `三 亿`)
                || numeral::magnitude(after).1 > 0
                || fraction
                || crate::unit::KnownUnit::parse_prefix(after).is_some()
                || after.starts_with(['%', '成'])
                || (ends
                    && (suffixed
                        || v >= Decimal::TEN
                        || comparator_ends_at(s, start)
                        || s[..start].trim_end_matches(super::is_space).ends_with(['：', ':'])))
            {
                return true;
            }
        }
        i += run.max(3);
    }
    false
}

/// Whether `after`, the text after a 十 alone, is 分 read as the unit of points alone and
/// followed by words: the 分 of the adverb 十分 (very).
fn is_adverb_shifen(after: &str) -> bool {
    let Some(rest) = after.strip_prefix('分') else { return false };
    crate::unit::KnownUnit::parse_prefix(after).is_some_and(|(_, n)| n == '分'.len_utf8())
        && !rest.starts_with('之')
        && !starts_with_stop(rest.trim_start_matches(super::is_space))
}

/// The byte of the first character at or after byte `i` of `b` (a `str`'s bytes, `i` at a
/// character) that is in [`NUMBER_CHARS`], or the length of `b`.
#[inline(always)]
fn next_number_char(b: &[u8], mut i: usize) -> usize {
    // the length of a character by the top four bits of its lead byte (a byte that leads none,
    // 80–BF, is never at `i`)
    const WIDTH: [u8; 16] = [1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 2, 2, 3, 4];
    while let Some(&lead) = b.get(i) {
        if lead & 0xf0 == 0xe0 && is_number_char_at(b, i) {
            return i;
        }
        i += usize::from(WIDTH[usize::from(lead >> 4)]);
    }
    b.len()
}

/// Whether a comparator, symbol or word, ends at byte `i` of `s` (spaces between aside): one
/// starting at any of the four characters before it reads up to there.
fn comparator_ends_at(s: &str, i: usize) -> bool {
    let end = s[..i].trim_end_matches(super::is_space).len();
    s[..end]
        .char_indices()
        .rev()
        .take(4)
        .any(|(j, _)| matches!(comparator(&s[j..]), Ok((rest, _)) if s.len() - rest.trim_start_matches(super::is_space).len() == i))
}

/// The places that stand for their number alone before a unit ([`magnitude_alone`]).
const BARE_PLACES: [char; 4] = ['百', '佰', '千', '仟'];

/// Whether `s` is 百 or 千 written without its 一, any magnitude after it, and a known unit,
/// alone or before a suffix (`千人`, `百万元以上`, `千亩`): the number it stands for, as the table's
/// reader reads it (1000人, ≥100万元). 万 and 亿 first are no such number: `万人` and `万元` are
/// units whose number was left out ([`is_bare_unit`]); and words after the unit make words of
/// the whole (`千人计划`, `百年大计`).
/// (Out of line: few values start with either, and the reader's frame stays small; the reader
/// asks [`BARE_PLACES`] first.)
#[inline(never)]
fn magnitude_alone(s: &str) -> bool {
    // (and not a unit that starts with one: `千克`, `千米`, `百分比`)
    if !s.starts_with(BARE_PLACES) || KnownUnit::parse_prefix(s).is_some() {
        return false;
    }
    let rest = s[3..].trim_start_matches(super::is_space);
    // (万 or 亿 after it, `百万元`, `千亿元`; not 百 or 千 again: `千百年` is for centuries)
    let m = match numeral::magnitude(rest) {
        (Magnitude::One | Magnitude::Wan | Magnitude::Yi, m) => m,
        _ => return false,
    };
    let rest = rest[m..].trim_start_matches(super::is_space);
    // (百分, 千分 start shares, `百分之九十`, `千分之三`; no count of points or percent follows
    // a magnitude alone)
    if rest.starts_with('分') || rest.starts_with('‰') || rest.starts_with(crate::unit::PERCENT_SIGNS) {
        return false;
    }
    // (a known unit, a rate too: `千元/人`; the unit reader is asked only after a known unit
    // starts, as in `is_bare_unit`)
    if KnownUnit::parse_prefix(rest).is_none() {
        return false;
    }
    let n = match unit(rest, 0) {
        Ok((Some(u), n)) if !u.is_none() && !matches!(u, Unit::Other(_)) => n,
        _ => return false,
    };
    // then the end, after the marks a quantity may carry: a suffix, an inclusion mark, 左右
    // (`千人（含）以上`, `百万元以内（含）`, `千人左右`)
    let mut rest = rest[n..].trim_start_matches(super::is_space);
    for _ in 0..3 {
        if rest.is_empty() {
            return true;
        }
        rest = match suffix(rest) {
            Ok((r, _)) => r,
            Err(_) => match inclusive_mark(rest).or_else(|| exclusive_mark(rest)) {
                Some((_, r)) => r,
                None => match rest.strip_prefix("左右").or_else(|| rest.strip_prefix("上下")) {
                    Some(r) => r,
                    None => return false,
                },
            },
        }
        .trim_start_matches(super::is_space);
    }
    rest.is_empty()
}

/// Whether `s` up to byte `i`, where a magnitude stands, is a word that says an amount only
/// roughly (上千人: a thousand and more; 过万, 破万: past ten thousand; 数百人, 几千元: some
/// hundreds, some thousands): a number is written there, but not one that can be read. Only
/// as the value's first word: after other words these characters end words of their own
/// (`以上`, `人数`, `执行数`).
#[inline(never)]
fn vague_before(s: &str, i: usize) -> bool {
    let before = s[..before_spaces(s.as_bytes(), i)].trim_start_matches(super::is_space);
    // (told by its last character first: most text before a number ends otherwise)
    if !before.ends_with(['上', '过', '破', '数', '几']) {
        return false;
    }
    // (after a comparator or a word of approximating too: `≥数万人`, `约数十人`)
    let before = comparator(before).map_or(before, |(r, _)| r).trim_start_matches(super::is_space);
    let before = approximately(before).unwrap_or(before).trim_start_matches(super::is_space);
    matches!(before, "上" | "过" | "破" | "数" | "几")
}

/// Whether `s` holds an ASCII digit that is not part of a unit (the `2` of `m2` follows a
/// letter): then it is no unit alone, whatever else it is.
pub(super) fn has_number_digit(s: &str) -> bool {
    let b = s.as_bytes();
    (0..b.len()).any(|i| b[i].is_ascii_digit() && (i == 0 || !b[i - 1].is_ascii_alphabetic()))
}

/// Whether [`is_bare_unit`] can hold for text that starts with no comparator: its first
/// character starts a magnitude or a known unit.
pub(super) fn may_start_bare_unit(s: &str) -> bool {
    numeral::magnitude(s).1 > 0 || s.starts_with(['万', '亿', '萬', '億']) || crate::unit::KnownUnit::parse_prefix(s).is_some()
}

/// Whether `s` is a unit alone, possibly after a comparator and with a magnitude (`公里`,
/// `万人`, `≥%`, `元/人`).
fn is_bare_unit(s: &str) -> bool {
    let s = match comparator(s) {
        // a word before a magnitude makes it its number, 一 left out (`超万人`, `不少于万元`)
        // (but for a unit that starts with one: `不低于百分比`, `不少于千米`)
        Ok((rest, _))
            if symbol_once(s).is_err()
                && numeral::bare_magnitude(rest.trim_start()).is_some()
                && KnownUnit::parse_prefix(rest.trim_start()).is_none() =>
        {
            return false
        }
        // a word of one character makes a word with what follows (`超期`, `逾期`: overdue)
        Ok((rest, _)) if symbol_once(s).is_err() && s.len() - rest.len() == 3 => return false,
        Ok((rest, _)) => rest.trim_start(),
        Err(_) => s,
    };
    // a magnitude word alone (万, 亿) is a unit without number too; 百 and 千 start words
    let (_, m) = numeral::magnitude(s);
    let s = if m > 0 && s[m..].is_empty() { "" } else { s.trim_start_matches(['万', '亿', '萬', '億']) };
    if s.is_empty() {
        return m > 0;
    }
    // 半 before a unit is a number, a half (`半年`, `≤半个月`), not the unit 半年 without one
    if s.starts_with('半') {
        return false;
    }
    // only a known unit can be read as `Some` below; asking first spares qualitative text the
    // character-by-character scan of `unit` (the commonest slow-path value)
    let Some((_, n)) = crate::unit::KnownUnit::parse_prefix(s) else { return false };
    // and only a rate or alternatives (`元/人`, `台（套）`) go on past it: after any other unit,
    // `unit` reads no further, and more text is no unit alone (`生态修复`, `人员到位`)
    // (spaces before the slash too: `元 /人`, as the unit reader reads it)
    if n < s.len() && !s[n..].trim_start_matches(super::is_space).starts_with(['/', '／', '(', '（']) {
        return false;
    }
    // (a unit per a word the crate does not know, `元/村`, `元 / 村`, is text alone: the word
    // after the slash may be any word)
    matches!(unit(s, 0), Ok((Some(u), n)) if n == s.len() && !u.is_none() && !matches!(u, Unit::Other(_)))
}

/// Whether `b` holds a `|` (the split-column form has two).
#[inline(always)]
pub(super) fn holds_pipe(b: &[u8]) -> bool {
    // eight bytes at a time: each `|` becomes a zero byte of the word, and a zero byte sets the
    // high bit of its byte in `zero` (exactly: no carry between bytes, unlike the shorter test
    // for "has a zero byte"); a slice's search compared the bytes one by one on values this short
    const LOW7: u64 = 0x7f7f_7f7f_7f7f_7f7f;
    let mut chunks = b.chunks_exact(8);
    let mut zero = 0;
    for chunk in &mut chunks {
        if let &[b0, b1, b2, b3, b4, b5, b6, b7] = chunk {
            let x = u64::from_le_bytes([b0, b1, b2, b3, b4, b5, b6, b7]) ^ 0x7c7c_7c7c_7c7c_7c7c;
            zero |= !(((x & LOW7) + LOW7) | x | LOW7);
        }
    }
    zero != 0 || !chunks.remainder().iter().all(|&c| c != b'|')
}

/// The split-column form `指标性质|指标值|度量单位` (`≧|735|人次`, `|100|%`, `定性|优良中低差|`).
pub(super) fn split(s: &str, offset: usize) -> Result<Value<'_>, ParseError> {
    let (op_cell, value_cell, unit_cell) = cells(s);
    let value_at = op_cell.len() + 1;
    let unit_at = value_at + value_cell.len() + 1;
    let (op_text, _) = trim_value(op_cell);
    let op = match op_text {
        "" | "定性" | "定量" => None,
        "正向" => Some(Comparator::Ge),
        "反向" => Some(Comparator::Le),
        _ => match comparator(op_text) {
            Ok(("", c)) => Some(c),
            _ => return Err(err(K::BadComparatorColumn, offset)),
        },
    };
    let (v, v_start) = trim_value(value_cell);
    if v.is_empty() || is_no_value_mark(v) {
        return Err(err(K::Empty, offset + value_at));
    }
    let parsed = single(v, offset + value_at + v_start)?;
    let (u, u_start) = trim_value(unit_cell);
    let unit_offset = offset + unit_at + u_start;
    // tenths in the unit column (`|7|成`) are the value's share, as `7成` is (70%): taken for a
    // unit of its own, `7成` printed and read back as 70% (the fuzz target found it)
    let (parsed, u) = match u {
        "成" if in_tenths(&parsed.value) => (tenths(parsed), ""),
        _ => (parsed, u),
    };
    match parsed.value {
        Value::Compare { op: written, quantity, approximate, note } => {
            let mut o = written;
            if let Some(c) = op {
                // a column and a cell that point the same way keep the strict one, as one cell
                // does (`≥|30余|万元` is `≥30余万元`, more than 30万元; `>|95%以上|` is `>95%`)
                let same_way = super::comparator::same_way(written, c);
                if parsed.explicit_op && written != c && !same_way {
                    return Err(err(K::ConflictingComparators, offset));
                }
                // an approximate value (`≥|1左右|人`) is about the number, as it prints: the
                // approximation wins, as it does in one cell (`约3万余人`)
                if !approximate {
                    o = match written {
                        _ if !parsed.explicit_op || written == c => c,
                        Comparator::Gt | Comparator::Ge => Comparator::Gt,
                        _ => Comparator::Lt,
                    };
                }
            }
            let (magnitude, unit) = apply_unit_column(quantity.magnitude(), quantity.unit(), unit_column(u, unit_offset)?, unit_offset)?;
            check_range(quantity.value(), magnitude, unit_offset)?;
            Ok(Value::Compare { op: o, quantity: Quantity::new_unchecked(quantity.value(), magnitude, unit), approximate, note })
        }
        Value::Range { low, high, magnitude, unit } => {
            if op.is_some() {
                return Err(err(K::ComparatorOnRange, offset));
            }
            let (magnitude, unit) = apply_unit_column(magnitude, &unit, unit_column(u, unit_offset)?, unit_offset)?;
            check_range(low, magnitude, unit_offset)?;
            check_range(high, magnitude, unit_offset)?;
            Ok(Value::Range { low, high, magnitude, unit })
        }
        other => Ok(other),
    }
}

/// Whether `value` (a split value's cell) is a bare number of at most ten, or a range of them,
/// which a unit column of 成 makes tenths (`|7|成` is 70%, `|7-9|成` 70%–90%), as the quantity
/// rule reads 成 after a number; any other keeps 成 as its unit column, as `15成` does.
fn in_tenths(value: &Value<'_>) -> bool {
    let tenths = |v: Decimal| super::quantity::tenths_share(v).is_some();
    match value {
        Value::Compare { quantity, .. } => quantity.magnitude() == Magnitude::One && quantity.unit().is_none() && tenths(quantity.value()),
        Value::Range { low, high, magnitude, unit } => *magnitude == Magnitude::One && unit.is_none() && tenths(*low) && tenths(*high),
        _ => false,
    }
}

/// `parsed`, [`in_tenths`], as a share in percent.
fn tenths(mut parsed: Numeric<'_>) -> Numeric<'_> {
    let percent = || Unit::Known(KnownUnit::Percent);
    // (in_tenths said each is a share)
    let times_ten = |v: Decimal| super::quantity::tenths_share(v).unwrap_or(v);
    match &mut parsed.value {
        Value::Compare { quantity, .. } => *quantity = Quantity::new_unchecked(times_ten(quantity.value()), Magnitude::One, percent()),
        Value::Range { low, high, unit, .. } => (*low, *high, *unit) = (times_ten(*low), times_ten(*high), percent()),
        _ => {}
    }
    parsed
}

/// The three cells of the split form, cut at its first two pipes (a cell with none is empty):
/// what `split_once('|')` twice finds, by the bytes (its searcher cost a split value more than
/// the cut itself).
fn cells(s: &str) -> (&str, &str, &str) {
    let pipe_from = |from: usize| super::chars::find_either(&s.as_bytes()[from..], b'|', b'|').map(|i| from + i);
    let Some(first) = pipe_from(0) else { return (s, "", "") };
    match pipe_from(first + 1) {
        Some(second) => (&s[..first], &s[first + 1..second], &s[second + 1..]),
        None => (&s[..first], &s[first + 1..], ""),
    }
}

/// The 度量单位 column (trimmed, at `at`): a magnitude and a unit as the value itself would
/// write them (`万元`, `人次`, `元/人`), so that the threshold prints back to itself.
pub(super) fn unit_column(u: &str, at: usize) -> Result<Option<(Magnitude, Unit)>, ParseError> {
    match u {
        "" => Ok(None),
        // the commonest column, without the unit rules (a test checks they read it so)
        "%" => Ok(Some((Magnitude::One, Unit::Known(KnownUnit::Percent)))),
        _ => written_unit_column(u, at),
    }
}

/// [`unit_column`] of a column that is neither empty nor `%`, read by the unit rules.
fn written_unit_column(u: &str, at: usize) -> Result<Option<(Magnitude, Unit)>, ParseError> {
    // a scale of people a share is per (`/10万`, `例/千人`)
    if let Some((scale, _)) = super::quantity::per_scale(u).filter(|&(_, n)| n == u.len()) {
        return Ok(Some((Magnitude::One, Unit::Known(scale))));
    }
    let (mag, m) = numeral::magnitude(u);
    let m = skip_spaces(u, m);
    match unit(&u[m..], at + m) {
        Ok((read, n)) if m + n == u.len() => Ok(Some((mag, owned_unit(&u[m..], read, n)))),
        _ => Err(err(K::ExpectedUnitOrEnd, at + m)),
    }
}

/// The magnitude and unit of a value once the unit column is applied.
pub(super) fn apply_unit_column(
    magnitude: Magnitude,
    unit: &Unit,
    column: Option<(Magnitude, Unit)>,
    at: usize,
) -> Result<(Magnitude, Unit), ParseError> {
    let Some((mag, u)) = column else { return Ok((magnitude, unit.clone())) };
    let joined = if unit.is_none() && magnitude == Magnitude::One {
        (mag, u)
    } else if (unit.is_none() && mag == Magnitude::One) || (*unit == u && (mag == Magnitude::One || mag == magnitude)) {
        (magnitude, u)
    } else if let Some(joined) = places_before_column(magnitude, mag).filter(|_| unit.is_none()) {
        // 百 or 千 after the digits and 万 or 亿 in the column are one magnitude, as in one cell
        // (`|3千|万元` is `3千万元`)
        (joined, u)
    } else {
        return Err(err(K::UnitColumnConflict, at));
    };
    // the value's magnitude before the column's unit must read as the two in one cell: `|0百|课时`
    // would print `0百课时`, where 百 before a word of no known unit is no magnitude
    if joined.0 != magnitude || magnitude == Magnitude::One || joined.1.is_none() {
        return Ok(joined);
    }
    match Quantity::new(Decimal::ONE, joined.0, joined.1.clone()) {
        Ok(_) => Ok(joined),
        Err(_) => Err(err(K::UnitColumnConflict, at)),
    }
}

/// The magnitude of 百 or 千 written after a number (`magnitude`) before the 万 or 亿 of a unit
/// column (`column`): 百万, 千万, 百亿, 千亿.
fn places_before_column(magnitude: Magnitude, column: Magnitude) -> Option<Magnitude> {
    let place = match magnitude {
        Magnitude::Bai => 2,
        Magnitude::Qian => 3,
        _ => return None,
    };
    matches!(column, Magnitude::Wan | Magnitude::Yi).then(|| numeral::places(place, Some(column))).flatten()
}

#[cfg(test)]
mod number_char_tests {
    #[test]
    fn numeral_words_start_no_quantity() {
        use super::{numeral, starts_numeral_word, starts_with_stop, KnownUnit, NUMERAL_WORDS};
        // what `starts_numeral_word` spares the quantity rule: after the numeral of each word
        // comes no stop, and no known unit that the word's end or a stop follows (a Chinese
        // numeral takes only those)
        for w in NUMERAL_WORDS {
            assert!(starts_numeral_word(w), "{w}");
            let (_, _, n) = numeral::chinese(w).unwrap();
            let rest = &w[n..];
            assert!(!starts_with_stop(rest), "{w}");
            let after_unit = KnownUnit::parse_prefix(rest).map_or(rest, |(_, m)| &rest[m..]);
            assert!(!after_unit.is_empty() && !starts_with_stop(after_unit), "{w}");
            assert!(!matches!(crate::Threshold::parse(w), Ok(crate::Threshold::Compare(_))), "{w}");
        }
    }

    #[test]
    fn no_label_holds_a_digit() {
        // what `label_ends_with_period` takes for granted
        let values = super::super::real_targets();
        let more = [
            "满意度为95%",
            "完成率：95%",
            "满意度 确保 95%",
            "检查频次季度1次",
            "季度为1次",
            "日均在1000人次以上",
            "满意度约95%",
            "新增≥100人",
        ];
        let mut labels = 0;
        for s in values.chain(more) {
            if let Some(n) = super::label_words(s) {
                labels += 1;
                assert!(!s[..n].bytes().any(|b| b.is_ascii_digit()), "{s}");
            }
        }
        assert!(labels >= 8, "{labels}");
    }

    #[test]
    fn no_unit_starts_with_a_digit() {
        // what `per_prefix` takes for granted
        for &(w, _) in crate::unit::spellings() {
            assert!(!w.as_bytes()[0].is_ascii_digit(), "{w}");
        }
    }

    #[test]
    fn period_starts_are_those_of_the_periods() {
        for &(w, u) in crate::unit::spellings() {
            if super::is_period(u) && !w.starts_with(['个', '個']) {
                assert!(w.starts_with(super::PERIOD_STARTS), "{w}");
            }
        }
        // the set that tells them first holds every one
        for c in super::PERIOD_STARTS {
            assert!(super::PERIOD_START_SET.has(c as u32), "{c}");
        }
    }

    use super::{has_number_char, holds_numbers, is_chinese_digit, numeral};

    /// Plain text is what the full grammar reads as text, and never the split form.
    #[test]
    fn a_percent_column_reads_as_the_unit_rules_read_it() {
        let percent = Some((crate::quantity::Magnitude::One, crate::Unit::Known(crate::unit::KnownUnit::Percent)));
        assert_eq!(super::written_unit_column("%", 7), Ok(percent.clone()));
        assert_eq!(super::unit_column("%", 7), Ok(percent));
    }

    #[test]
    fn plain_text_is_text() {
        let mut plain = 0;
        let values = super::super::real_targets();
        let more =
            ["明显提升", "良好", "是", "≥良好", "一次性完成", "三农", "明|显", "年底前完成", "当年完成", "公里", "万人", "优|良|", ""];
        for s in values.chain(more) {
            if matches!(super::plain_text(s), super::Plain::Text { .. }) {
                plain += 1;
                assert_eq!(super::full(s, 0).map(|n| n.value), Ok(super::Value::Text(s)), "{s}");
                assert!(!s.contains('|'), "{s}");
            }
        }
        assert!(plain >= 10, "{plain}");
    }

    /// Where the scan for digits says whether a value holds a traditional character that folds,
    /// it says what `traditional::holds` does.
    #[test]
    fn the_scan_tells_traditional_characters() {
        let real = include_str!("../../data/real-values.tsv");
        let values = real.lines().skip(1).flat_map(|row| row.split('\t'));
        let more = [
            "30萬元以內",
            "不超過5%",
            "較上年增長5%",
            "覆盖率≥95%",
            "覆盖全区所有人员",
            "已批覆",
            "批覆|100|%",
            "應保盡保",
            "|應保盡保|",
            "萬元",
            "兩萬人",
            "5萬元以內",
            "萬",
            "千餘人",
            "≥95%（2023年）",
            "明显提升",
            "批覆3个",
            "已批覆5萬元",
            "批3覆",
            "兩萬人應保",
            "",
        ];
        let mut said = 0;
        for s in values.chain(more) {
            let (_, folds) = super::scan_number_chars(s, true);
            match folds {
                super::Folds::Known(f) => {
                    said += 1;
                    assert_eq!(f, crate::grammar::traditional::holds(s), "{s}");
                }
                // the rest holds one where the whole does
                super::Folds::Unseen { from } => {
                    assert_eq!(crate::grammar::traditional::holds(&s[from..]), crate::grammar::traditional::holds(s), "{s}")
                }
            }
        }
        assert!(said > 100, "{said}");
    }

    /// The byte scan and its table say what the character tests say, for every character.
    #[test]
    fn the_table_agrees_with_the_character_tests() {
        for c in '\0'..=char::MAX {
            // (十 alone stops the scan wherever it stands: whether it is ten (`十人完成`) or a
            // word (`十分满意`, `十足`) is told by `holds_numbers`, as for a digit)
            let ten = matches!(c, '十' | '拾');
            let expected = numeral::is_digit(c) || is_chinese_digit(c) || ten;
            assert_eq!(has_number_char(&format!("明{c}显")), expected, "{c:?}");
            // 余 and 多 are numbers after a place or magnitude only, before a unit; a magnitude
            // after a word of comparing
            let magnitude = matches!(c, '百' | '佰' | '千' | '仟' | '万' | '萬' | '亿' | '億');
            if ten {
                assert!(has_number_char(&format!("明{c}余人")) && has_number_char(&format!("明{c}多人")), "{c:?}");
                assert!(!holds_numbers(&format!("明{c}余下"), None) && !holds_numbers(&format!("明{c}显"), None), "{c:?}");
            } else if magnitude {
                assert!(has_number_char(&format!("明{c}余人")) && has_number_char(&format!("明{c}多人")), "{c:?}");
                assert!(!has_number_char(&format!("明{c}余下")) && !has_number_char(&format!("明{c}多加")), "{c:?}");
            } else if !expected {
                assert!(!has_number_char(&format!("明{c}余人")) && !has_number_char(&format!("明{c}多人")), "{c:?}");
            }
            if magnitude {
                assert!(has_number_char(&format!("惠及近{c}人")) && has_number_char(&format!("不少于 {c}元")), "{c:?}");
                assert!(!has_number_char(&format!("至于{c}般")), "{c:?}");
                // (百 and 千 before a unit that ends the text are a number wherever they stand:
                // `千家百户` holds 百户)
                if matches!(c, '万' | '萬' | '亿' | '億') {
                    assert!(!has_number_char(&format!("千家{c}户")), "{c:?}");
                }
            }
        }
    }

    /// The step over characters finds the first character of the table, as a decode of each
    /// character would: every character, alone and between characters of every length.
    #[test]
    fn the_step_finds_the_first_number_character() {
        let by_chars = |s: &str, from: usize| {
            s[from..].char_indices().find(|&(_, c)| super::NUMBER_CHARS_TEXT.contains(c)).map_or(s.len(), |(i, _)| from + i)
        };
        // (every character of the BMP, and a sample of the others: their lead bytes, which the
        // step looks at, are the same F0–F4 for all of them)
        for c in ('\0'..=char::MAX).filter(|&c| (c as u32) < 0x1_0000 || (c as u32).is_multiple_of(97)) {
            for s in [format!("{c}"), format!("a{c}é😀明一")] {
                for (from, _) in s.char_indices() {
                    assert_eq!(super::next_number_char(s.as_bytes(), from), by_chars(&s, from), "{s:?} {from}");
                }
            }
        }
    }

    /// A unit alone is what the unit reader reads to the end, for every spelling of every unit
    /// followed by what may or may not continue it.
    #[test]
    fn bare_units_are_what_the_unit_reader_reads() {
        let tails = ["", "/人", "/(人·月)", "（套）", "(个)", "态修复", "员", "次", "以上", "-", " ", "5", "/", "（", "月"];
        // (半年 alone is half a year, a number: not the unit 半年 without one)
        for (w, _) in crate::unit::spellings().iter().filter(|(w, _)| !w.starts_with('半')) {
            for head in ["", "万", "≥", "不低于"] {
                for tail in tails {
                    let s = format!("{head}{w}{tail}");
                    let rest = match super::comparator::comparator(&s) {
                        Ok((rest, _)) => rest.trim_start(),
                        Err(_) => &s,
                    };
                    let rest = rest.trim_start_matches(['万', '亿', '萬', '億']);
                    let by_reader = !rest.is_empty()
                        && crate::unit::KnownUnit::parse_prefix(rest).is_some()
                        && matches!(super::unit(rest, 0), Ok((Some(u), n)) if n == rest.len() && !u.is_none());
                    if numeral::magnitude(&s).1 == 0 && !s.starts_with(['万', '亿']) {
                        assert_eq!(super::is_bare_unit(&s), by_reader, "{s}");
                    }
                }
            }
        }
    }

    /// The characters a label steps over by their bytes are those at which its loop would start
    /// nothing: no comparator, no number.
    #[test]
    fn label_marks_are_where_a_comparator_or_number_may_start() {
        for c in ('\u{3400}'..='\u{4dbf}').chain('\u{4e00}'..='\u{9fff}') {
            let starts = super::comparator::may_start(c)
                || numeral::may_start_number(c)
                || is_chinese_digit(c)
                || numeral::starts_number(&format!("{c}分之五"))
                || super::COPULAS.contains(&c)
                || super::SHOULD.contains(&c)
                || super::super::INTENT.iter().any(|w| w.starts_with(c))
                // (大 of 大约 and 大概 starts 大于 too)
                || super::approximately(&format!("{c}近")).is_some();
            assert_eq!(super::LABEL_MARKS.has(c as u32), starts, "{c:?}");
        }
    }

    /// Every word of must-not ends with a character of [`super::MUST_NOT_ENDS`].
    #[test]
    fn must_not_words_end_where_the_quick_test_looks() {
        for w in super::super::comparator::MUST_NOT {
            assert!(super::MUST_NOT_ENDS.contains(&w.chars().next_back().unwrap()), "{w}");
        }
    }

    /// Labels of every length, with and without marks in them, read as the char-by-char loop
    /// reads them.
    #[test]
    fn labels_of_every_length() {
        for n in 0..16 {
            for mark in ["", "不", "三", "率", "：", " ", "≥", "a"] {
                for tail in ["", "≥90%", "90%", "不低于5人", "：5", " 5"] {
                    let name: String = "采购的原种合格".chars().cycle().take(n).collect();
                    let s = format!("{name}{mark}{tail}");
                    assert_eq!(super::label_words(&s), label_by_chars(&s), "{s}");
                }
            }
        }
    }

    /// [`super::label_words`] without its byte steps.
    fn label_by_chars(s: &str) -> Option<usize> {
        super::label_from(s, 0, 0)
    }
}

#[cfg(test)]
mod fold_tests {
    /// Where [`super::may_fold_to_other`] says no, the folded text is ordinary text: on every
    /// text of up to three characters drawn from traditional characters that fold, their
    /// simplified forms, numerals, and the first characters of values and comparator words.
    #[test]
    fn a_cell_that_folds_to_plain_text_is_told_so() {
        let chars: Vec<char> = concat!(
            "應盡保並個價億兩萬餘叄貳較長於過數預當內無達約嚴爲點項號間時歲",
            "应尽较长于过数预当内无达约严为点项号间时岁",
            "批覆复不低上年有效一二十千万百两余约近",
            "a(（ "
        )
        .chars()
        .collect();
        let (mut told, mut plain) = (0, 0);
        for &a in &chars {
            for &b in &chars {
                for &c in &chars {
                    let s = format!("{a}{b}{c}");
                    let Some(folded) = super::super::traditional::fold(&s) else { continue };
                    told += 1;
                    if !super::may_fold_to_other(&s) {
                        plain += 1;
                        assert!(matches!(super::plain_text(&folded), super::Plain::Text { .. }), "{s} → {}", &*folded);
                    }
                }
            }
        }
        assert!(plain > 10_000 && told > plain, "{plain} of {told}");
    }

    /// Every traditional character that folds to a numeral is a numeral itself or one of those
    /// [`super::may_fold_to_other`] names (餘, 叄): what the fold table adds, the test says.
    #[test]
    fn the_characters_that_fold_to_numerals_are_named() {
        for c in ('\u{3400}'..='\u{9fff}').filter(|&c| c as u32 != super::super::traditional::fold_char(c as u32)) {
            let folded = super::super::traditional::fold_char(c as u32);
            if super::NUMBER_CHARS.has(folded) {
                assert!(super::NUMBER_CHARS.has(c as u32) || matches!(c, '餘' | '叄'), "{c}");
            }
        }
    }
}
