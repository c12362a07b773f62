//! Comparators as tables write them: symbols (`≥ ≧ >= ＞＝`, doubled by a typo `≥≥`), words
//! (`不低于`, `控制在`), suffixes (`以上`, `以内`), and the separators of ranges.

use super::{is_space, NomResult};
use crate::comparator::Comparator;

/// The first entry of `table` that `s` starts with: its value and the rest of `s`. Tables list
/// the longer of two words sharing a prefix first.
fn first_of<'a, T: Copy>(s: &'a str, table: &[(&str, T)]) -> NomResult<'a, T> {
    for &(w, v) in table {
        if let Some(rest) = s.strip_prefix(w) {
            return Ok((rest, v));
        }
    }
    Err(nom::Err::Error(()))
}

pub(super) fn symbol_once(s: &str) -> NomResult<'_, Comparator> {
    use Comparator::*;
    match s.as_bytes() {
        // ≥ ≧ and ≤ ≦ (U+2265, 2267, 2264, 2266), the commonest, by their bytes: one character
        // whatever follows it (decoding two characters was most of the time of this rule, which
        // the full grammar asks several times of a value: `≤28.40/株` four times)
        [0xe2, 0x89, 0xa5 | 0xa7, ..] => return Ok((&s[3..], Ge)),
        [0xe2, 0x89, 0xa4 | 0xa6, ..] => return Ok((&s[3..], Le)),
        // every symbol starts with `<`, `=`, `>` or a character encoded from E2 or EF
        [b'<' | b'=' | b'>' | 0xe2 | 0xef, ..] => {}
        _ => return Err(nom::Err::Error(())),
    }
    let mut it = s.chars();
    let first = it.next().ok_or(nom::Err::Error(()))?;
    let second = it.next();
    // ≥ (>= ＞＝ => ≮), ≤ (<= ＜＝ =< ≯), >, <, = (== ＝ ﹦ ═), and the small forms of < > =
    // (﹤ ﹥ ﹦, U+FE64–FE66) that some input methods give
    let (op, two) = match (first, second) {
        ('≥' | '≧' | '⩾' | '≮', _) => (Ge, false),
        ('≤' | '≦' | '⩽' | '≯', _) => (Le, false),
        ('>' | '＞' | '﹥', Some('=' | '＝' | '﹦')) => (Ge, true),
        ('<' | '＜' | '﹤', Some('=' | '＝' | '﹦')) => (Le, true),
        ('>' | '＞' | '﹥', _) => (Gt, false),
        ('<' | '＜' | '﹤', _) => (Lt, false),
        ('=', Some('>')) => (Ge, true),
        ('=', Some('<')) => (Le, true),
        ('=', Some('=')) => (Eq, true),
        ('=' | '＝' | '﹦' | '═', _) => (Eq, false),
        _ => return Err(nom::Err::Error(())),
    };
    let mut len = first.len_utf8();
    if two {
        len += second.map_or(0, char::len_utf8);
    }
    Ok((&s[len..], op))
}

/// A comparator symbol, possibly doubled by a typo (`≥≥98%`).
pub(super) fn symbol(s: &str) -> NomResult<'_, Comparator> {
    let (mut rest, op) = symbol_once(s)?;
    while let Ok((r, again)) = symbol_once(rest) {
        if again != op {
            break;
        }
        rest = r;
    }
    Ok((rest, op))
}

pub(super) fn word(s: &str) -> NomResult<'_, Comparator> {
    // every word starts with a Chinese character ([`word_table`], a test checks it): text that
    // starts with an ASCII byte (a number, as most that reach here) is turned away by that byte,
    // and a Chinese character that starts no comparator word and no negation (most that are
    // asked) by one lookup, without decoding it and searching the two lists
    if !matches!(s.as_bytes().first(), Some(0x80..)) || super::chars::three(s.as_bytes(), 0).is_some_and(|cp| !WORD_STARTS.has(cp)) {
        return Err(nom::Err::Error(()));
    }
    let first = s.chars().next();
    let found = first_of(s, first.map_or(&[], word_table));
    if let (Ok((rest, op)), Some(c)) = (&found, first) {
        // 突破 alone is reaching past the number, which tables count from the number itself
        // (`突破100万人次`: ≥); negated it is not going over it (`不得突破预算`: ≤)
        let op = if c == '突' { Comparator::Ge } else { *op };
        if !names_bound(c) {
            return Ok((rest, op));
        }
        // (before a year of the calendar the name is a label: `上限：2025年` is a deadline, no
        // ceiling of 2025 years)
        let after = after_bound_name(rest);
        // (its four digits ASCII or full-width: `上限：２０２５年`)
        let (y, digits, end) = super::numeral::digit_run(after);
        let year = digits == 4 && (1900..=2100).contains(&y) && after[end..].starts_with('年');
        return if year { Err(nom::Err::Error(())) } else { Ok((after, op)) };
    }
    if !first.is_some_and(|c| MUST_NOT_STARTS.contains(&c)) {
        return found;
    }
    must_not(s).ok_or(nom::Err::Error(()))
}

/// The characters [`word_table`] has words for, and those of [`MUST_NOT_STARTS`] (a test checks
/// it against both).
static WORD_STARTS: super::chars::CharSet = super::chars::CharSet::of("大不至最上下达高小控低超逾突多少等严禁杜避防并从尚没未");

/// Whether the comparator words that start with `c` name a bound (最多 最少 最高 最低 上限 下限),
/// which compare only the value that follows them, and may take a copula or colon before it.
pub(super) fn names_bound(c: char) -> bool {
    matches!(c, '最' | '上' | '下')
}

/// `rest` after the name of a bound, past a copula or colon before its value (`上限为5%`,
/// `最高：5%`, `下限是90%`): the name and the mark together are the comparator.
fn after_bound_name(rest: &str) -> &str {
    let trimmed = rest.trim_start_matches(is_space);
    match trimmed.strip_prefix(['为', '是', '：', ':']) {
        Some(r) => r.trim_start_matches(is_space),
        None => rest,
    }
}

/// Words that negate a comparator word after them, which they turn around: must-not
/// (`不得低于95%` is not below 95%, ≥; `不能超过5%` not above 5%, ≤), prohibitions (`严禁超过5%`,
/// `杜绝超过5%`: ≤), and not-done (`未超过5%`, `没有低于95%`: what was, ≤ and ≥). Longer words
/// first; 不 alone last, before any comparator word its own words do not spell (`不 超过5%` is
/// `不超过5%`, `不达95%` is `<95%`). Without this rule the negation was a label and the word
/// compared the other way.
pub(super) const MUST_NOT: [&str; 21] = [
    "不得",
    "不能",
    "不应",
    "不可",
    "不宜",
    "不准",
    "不许",
    "不会",
    "不允许",
    "严禁",
    "禁止",
    "杜绝",
    "避免",
    "防止",
    "并未",
    "从未",
    "尚未",
    "没有",
    "没",
    "未",
    "不",
];

/// The first characters of [`MUST_NOT`], where [`may_start`] says a comparator may start.
pub(super) const MUST_NOT_STARTS: [char; 11] = ['不', '严', '禁', '杜', '避', '防', '并', '从', '尚', '没', '未'];

/// The words of [`MUST_NOT`] that start with `c`, in its order (a test checks it): only those
/// may start text that starts with `c`, and trying all of them was most of the time of text
/// that starts with a character of one (`严格按照指标任务落实工作`).
fn must_not_words(c: char) -> &'static [&'static str] {
    match c {
        '不' => &["不得", "不能", "不应", "不可", "不宜", "不准", "不许", "不会", "不允许", "不"],
        '严' => &["严禁"],
        '禁' => &["禁止"],
        '杜' => &["杜绝"],
        '避' => &["避免"],
        '防' => &["防止"],
        '并' => &["并未"],
        '从' => &["从未"],
        '尚' => &["尚未"],
        '没' => &["没有", "没"],
        '未' => &["未"],
        _ => &[],
    }
}

/// Whether `s` starts with a word of [`MUST_NOT`] and the comparator word it turns around
/// (`未低于上年`, `严禁超过批复数`): asked of text that starts with no other value, which is
/// otherwise kept as it is (`严格执行` is text), so that relative targets after a negation reach
/// their rule as those after 不 do.
pub(super) fn starts_negated_word(s: &str) -> bool {
    s.starts_with(MUST_NOT_STARTS) && must_not(s).is_some()
}

/// [`MUST_NOT`] and the comparator word after it, turned around: the rest and the comparator.
/// A word of not after it (`不得不低于`) or of equality (`不得等于`: no comparator says "not
/// equal") is none.
fn must_not(s: &str) -> Option<(&str, Comparator)> {
    use Comparator::*;
    let words = s.chars().next().map_or(&[][..], must_not_words);
    let rest = super::strip_any(s, words)?.trim_start_matches(is_space);
    if rest.starts_with('不') {
        return None;
    }
    let (after, op) = first_of(rest, rest.chars().next().map_or(&[], word_table)).ok()?;
    let turned = match op {
        Lt => Ge,
        Le => Gt,
        Gt => Le,
        Ge => Lt,
        Eq => return None,
    };
    Some((after, turned))
}

/// The comparator words starting with `c`; within one character, longer words first (大于等于
/// before 大于).
pub(super) fn word_table(c: char) -> &'static [(&'static str, Comparator)] {
    use Comparator::*;
    match c {
        '大' => &[("大于或等于", Ge), ("大于等于", Ge), ("大于", Gt)],
        '不' => &[
            ("不低于", Ge),
            ("不少于", Ge),
            ("不小于", Ge),
            ("不高于", Le),
            ("不超过", Le),
            ("不超出", Le),
            ("不超", Le),
            ("不多于", Le),
            ("不大于", Le),
            ("不足", Lt),
            ("不满", Lt),
            ("不到", Lt),
        ],
        '至' => &[("至少", Ge), ("至多", Le)],
        // (at most, at least, the highest, the lowest, the ceiling, the floor: before a value
        // only, [`starts_comparison`](super::value); `最多跑一次`, `最低生活保障` are names)
        '最' => &[("最高限额", Le), ("最低限额", Ge), ("最多", Le), ("最少", Ge), ("最高", Le), ("最低", Ge)],
        '上' => &[("上限额度", Le), ("上限值", Le), ("上限", Le)],
        '下' => &[("下限值", Ge), ("下限", Ge)],
        '达' => &[("达到", Ge), ("达", Ge)],
        '高' => &[("高于或等于", Ge), ("高于", Gt)],
        '小' => &[("小于或等于", Le), ("小于等于", Le), ("小于", Lt)],
        '控' => &[("控制在", Le)],
        '低' => &[("低于或等于", Le), ("低于", Lt)],
        '超' => &[("超过", Gt), ("超出", Gt), ("超", Gt)],
        '逾' => &[("逾", Gt)],
        // (to break through: `不得突破预算` is ≤ the budget; alone, `突破100万人` is ≥, in `word`)
        '突' => &[("突破", Gt)],
        '多' => &[("多于", Gt)],
        '少' => &[("少于", Lt)],
        '等' => &[("等于", Eq)],
        _ => &[],
    }
}

/// Whether a comparator (symbol or word) may start with `c`: false means [`comparator`] fails on
/// text that starts with it. Symbols start with `<`, `=`, `>` or a character encoded from the
/// bytes E2 or EF (U+2000–U+2FFF, U+F000–U+FFFF), as [`symbol_once`] checks first.
#[inline]
pub(super) fn may_start(c: char) -> bool {
    may_start_but_negated(c) || MUST_NOT_STARTS.contains(&c)
}

/// [`may_start`] but for the words that negate a comparator word (严禁, 未 …; 不 starts words of
/// its own): the fast path leaves those to the full grammar, and spares ordinary text that
/// starts with their characters (`严格按照…`) a search of the negations.
pub(super) fn may_start_but_negated(c: char) -> bool {
    matches!(c, '<' | '=' | '>' | '\u{2000}'..='\u{2fff}' | '\u{f000}'..='\u{ffff}') || !word_table(c).is_empty()
}

/// Whether two comparators bound the same side: both from below (≥ >) or both from above (≤ <).
pub(super) fn same_way(a: Comparator, b: Comparator) -> bool {
    use Comparator::*;
    matches!((a, b), (Gt | Ge, Gt | Ge) | (Lt | Le, Lt | Le))
}

/// A comparator written as a symbol or a word.
pub(super) fn comparator(s: &str) -> NomResult<'_, Comparator> {
    symbol(s).or_else(|_| word(s))
}

/// 以上 / 以下 / 以内 after a quantity (inclusive, 民法典 第一千二百五十九条).
/// A ceiling or floor named after the quantity (`95%为上限`, `3年为限`, `100人封顶`, `500元为下限`, `3万元起步`)
/// too, and a suffix in brackets (`5%（以下）`, `95%(以上)`).
pub(super) fn suffix(s: &str) -> NomResult<'_, Comparator> {
    use Comparator::*;
    let table: &[(&str, Comparator)] = match s.chars().next() {
        Some('及') => &[("及以上", Ge), ("及以下", Le), ("及以内", Le), ("及其以上", Ge), ("及其以下", Le)],
        Some('以') => &[("以上", Ge), ("以下", Le), ("以内", Le)],
        Some('或') => &[("或以上", Ge), ("或以下", Le)],
        Some('之') => &[("之内", Le)],
        Some('内') => &[("内", Le)],
        Some('为') => &[("为上限", Le), ("为下限", Ge), ("为限", Le)],
        Some('上') => &[("上限", Le)],
        Some('下') => &[("下限", Ge)],
        Some('封') => &[("封顶", Le)],
        Some('起') => &[("起步", Ge)],
        Some('(' | '（') => return bracketed_suffix(s),
        // a plus that ends the value says "or more" (`98%+`, `100+`, `5万+`)
        Some('+' | '＋') if ends_with_plus(s) => &[("+", Ge), ("＋", Ge)],
        _ => &[],
    };
    first_of(s, table)
}

/// Whether `s` is a plus sign and nothing after it but spaces: the mark of "or more" that ends
/// a value (`98%+`), no sign of a number that follows.
fn ends_with_plus(s: &str) -> bool {
    s.strip_prefix(['+', '＋']).is_some_and(|r| r.trim_start_matches(is_space).is_empty())
}

/// A suffix alone in brackets (`（以下）`, `(及以上)`, `（上限）`), or a comparator word alone
/// (`（不超过）`, `（最多）`, `（不低于）`) or a named limit (`（限额）`, `（最高限额）`): the rest after
/// the bracket. Before, a word in brackets was a note, and `30万元（不超过）` was reached from below.
fn bracketed_suffix(s: &str) -> NomResult<'_, Comparator> {
    use Comparator::*;
    let no = || nom::Err::Error(());
    let inner = s.strip_prefix(['(', '（']).ok_or_else(no)?;
    let close = inner.find([')', '）']).ok_or_else(no)?;
    let word = inner[..close].trim_matches(is_space);
    // (and a mark of inclusion after it: `（不超过，含）`)
    let word = ["，含", ",含", "，含本数", "、含"].iter().find_map(|m| word.strip_suffix(m)).unwrap_or(word).trim_matches(is_space);
    let op = match suffix(word).or_else(|_| comparator(word)) {
        Ok(("", op)) if op != Eq => op,
        // a named limit (`（限额）`, `（预算上限）`, `（最高补助）`, `（最低要求）`)
        _ if word.ends_with("限额") || word.ends_with("上限") || word.starts_with("最高") || word == "限高" => Le,
        _ if word.ends_with("下限") || word.starts_with("最低") => Ge,
        _ => return Err(no()),
    };
    Ok((&inner[close + inner[close..].chars().next().map_or(0, char::len_utf8)..], op))
}

/// Whether `c` separates the two ends of a range or period (`90%-100%`, `2024.01～2024.12`,
/// `1月至6月`): the one list the range and date rules share.
pub(super) fn is_range_dash(c: char) -> bool {
    matches!(c, '-' | '—' | '–' | '－' | '～' | '~' | '〜' | '至' | '到')
}

pub(super) fn range_separator(s: &str) -> NomResult<'_, ()> {
    let is_dash = |c: char| matches!(c, '-' | '—' | '–');
    let first = s.chars().next().ok_or(nom::Err::Error(()))?;
    if !is_range_dash(first) {
        return Err(nom::Err::Error(()));
    }
    let mut rest = &s[first.len_utf8()..];
    // a doubled dash (——) is one separator; a hyphen before a digit is the sign of the high end
    // (`-10--5%`, `-10～-5%`)
    while let Some(c) = rest.chars().next().filter(|c| is_dash(*c)) {
        let after = &rest[c.len_utf8()..];
        if c == '-' && after.starts_with(super::numeral::is_digit) {
            break;
        }
        rest = after;
    }
    Ok((rest, ()))
}

/// Words before a number that say it is approximate (约2000人, 大约, 近, and the sign ≈): with
/// 左右 after a
/// number, such a value is an equality target that remembers it is not exact.
pub(super) fn approximately(s: &str) -> Option<&str> {
    // (each word is Chinese: text that starts with an ASCII byte, a number, starts none)
    if !matches!(s.as_bytes().first(), Some(0x80..)) {
        return None;
    }
    super::strip_any(s, &APPROXIMATIONS)
}

/// The words of [`approximately`], the longer before the shorter that ends them.
pub(super) const APPROXIMATIONS: [&str; 8] = ["大约", "约为", "大概", "约", "将近", "接近", "近", "≈"];

/// A mark after a quantity that confirms the number itself is included: `（含）`, `(含)`,
/// `（含95%）`, `（含本数）`, `【含】`, `（包含）`, `（包括本数）`. Returns the text inside after the
/// word (the number repeated, or empty: 本数 is the number itself) and the rest.
pub(super) fn inclusive_mark(s: &str) -> Option<(&str, &str)> {
    let (word, inner, rest) = bracketed_mark(s)?;
    (!word.starts_with('不')).then_some((inner, rest))
}

/// The words of an inclusion mark, the longer before the shorter that ends them.
const MARK_WORDS: [&str; 6] = ["不包含", "不包括", "不含", "包含", "包括", "含"];

/// A bracketed mark after a quantity, in any bracket and with spaces inside (`（ 含 ）`,
/// `( 不含3次 )`, `【含】`, `〔含本数〕`): its word ([`MARK_WORDS`]), the text after the word
/// (trimmed; empty for 本数, the number itself) and the rest after the bracket.
pub(super) fn bracketed_mark(s: &str) -> Option<(&'static str, &str, &str)> {
    let open = s.chars().next()?;
    let closers: &[char] = match open {
        '(' | '（' => &[')', '）'],
        '【' => &['】'],
        '[' | '［' => &[']', '］'],
        '〔' => &['〕'],
        _ => return None,
    };
    let inner = s[open.len_utf8()..].trim_start_matches(super::is_space);
    let (word, inner) = MARK_WORDS.iter().find_map(|w| Some((*w, inner.strip_prefix(w)?)))?;
    let close = inner.find(closers)?;
    let rest = &inner[close..];
    let rest = &rest[rest.chars().next()?.len_utf8()..];
    // any white space inside is none (`（不含\u{c}）` is `（不含）`), as a note says the same
    let inner = match inner[..close].trim_matches(|c: char| super::is_space(c) || c.is_whitespace()) {
        "本数" => "",
        other => other,
    };
    Some((word, inner, rest))
}

/// A mark after a quantity that excludes the number itself: `（不含）`, `(不含3次)`, `（不包含95%）`,
/// `（不含本数）`, `【不含】`. Returns the text inside after the word (the number repeated, or
/// empty) and the rest.
pub(super) fn exclusive_mark(s: &str) -> Option<(&str, &str)> {
    let (word, inner, rest) = bracketed_mark(s)?;
    word.starts_with('不').then_some((inner, rest))
}

/// Whether `s` starts with a word of reaching or being in place (`达标`, `达成`, `到位`, `到岗`):
/// 达, 到 or 至 before a Chinese character that starts no number, where they are neither a
/// comparator word of their own (`达到`, `至少`) nor a separator (`1到5天`). The one test for
/// the readers that must tell them apart (a stop, a note, a comparator).
pub(super) fn starts_reaching_word(s: &str) -> bool {
    let Some(rest) = s.strip_prefix(['达', '到', '至']) else { return false };
    let word = rest.starts_with(|c: char| crate::text::is_cjk(c) && !super::numeral::may_start_number(c));
    // a comparator word longer than its first character (`达到`, `至少`, `至多`) is no word of
    // reaching
    word && comparator(s).map_or(true, |(after, _)| s.len() - after.len() <= '达'.len_utf8())
}

/// Whether `s` starts with what may follow a complete quantity: nothing, a range separator, a
/// suffix, a space, the next column, 左右 / 上下 (approximately), 之间 (a range), or a
/// parenthesis (`（含）` or a note).
pub(super) fn starts_with_stop(s: &str) -> bool {
    // by the first character: each test below starts with one of these
    let Some(c) = s.chars().next() else { return true };
    match c {
        // (the Chinese characters below are those of `may_start_stop_word`)
        // a range separator: `range_separator` reads one wherever its first character is one;
        // 至 and 到 but where they start a word of reaching (`100%到位`): a range (`1到5天`) or a
        // range cut short (`100万至`) elsewhere
        '至' | '到' => !starts_reaching_word(s),
        c if is_range_dash(c) => true,
        // (和, 与 and 及 before a number join the two ends of a range in a frame: `介于90%和100%之间`)
        '和' | '与' => joins_a_number(s),
        '及' if joins_a_number(s) => true,
        '及' | '以' | '或' | '之' | '内' | '为' | '下' | '封' | '起' => suffix(s).is_ok() || s.starts_with("之间"),
        '|' | '(' | '（' => true,
        '+' | '＋' => ends_with_plus(s),
        // the other brackets end a quantity only around an inclusion mark (`95%【含】`)
        '【' | '[' | '［' | '〔' => bracketed_mark(s).is_some(),
        '左' => s.starts_with("左右"),
        '上' => s.starts_with("上下") || suffix(s).is_ok(),
        c => is_space(c),
    }
}

/// Whether a word of [`starts_with_stop`] may start with the Chinese character `c` (a range
/// separator, a suffix, 之间, 左右, 上下, a word that joins two numbers): where none may, a run
/// of Chinese characters holds no stop (a test checks the list against the rule).
pub(super) fn may_start_stop_word(c: char) -> bool {
    matches!(c, '至' | '到' | '及' | '以' | '或' | '之' | '内' | '为' | '下' | '封' | '起' | '左' | '上' | '和' | '与')
}

/// Whether `s` is 和, 与 or 及 and then a number (spaces aside): the join of the two ends of a
/// range in a frame (`在90%和100%之间`), where a unit or a note stops.
fn joins_a_number(s: &str) -> bool {
    let rest = s.get(3..).unwrap_or("").trim_start_matches(is_space);
    super::numeral::starts_number(rest)
}

#[cfg(test)]
mod tests {
    /// No comparator word starts with an ASCII character, which [`super::word`] turns away by
    /// its byte; nor does a word of approximating ([`super::approximately`]).
    #[test]
    fn no_word_starts_with_ascii() {
        for c in (0..0x80u8).map(char::from) {
            assert!(super::word_table(c).is_empty(), "{c:?}");
        }
        assert!(super::APPROXIMATIONS.iter().all(|w| !w.starts_with(|c: char| c.is_ascii())));
    }

    /// Every Chinese character at which [`super::starts_with_stop`] holds, before any of the
    /// characters that continue its words, is one of [`super::may_start_stop_word`].
    #[test]
    fn stop_words_start_where_the_list_says() {
        let tails = ["", "上", "下", "内", "右", "间", "以上", "以下", "以内", "其以上", "顶", "5", "位"];
        let mut stops = 0;
        for c in ('\u{3400}'..='\u{9fff}').filter(|&c| crate::text::is_cjk(c)) {
            for t in tails {
                if super::starts_with_stop(&format!("{c}{t}")) {
                    assert!(super::may_start_stop_word(c), "{c}{t}");
                    stops += 1;
                }
            }
        }
        // (the rule holds somewhere, so that the test tests something)
        assert!(stops > 10, "{stops}");
    }

    /// [`super::MUST_NOT_STARTS`] holds the first character of every word of [`super::MUST_NOT`],
    /// and each word after which a comparator word reads is turned around.
    #[test]
    fn word_starts_are_the_tables() {
        for c in '\u{800}'..='\u{ffff}' {
            let starts = !super::word_table(c).is_empty() || super::MUST_NOT_STARTS.contains(&c);
            assert_eq!(super::WORD_STARTS.has(c as u32), starts, "{c}");
        }
    }

    #[test]
    fn every_negation_starts_a_comparator() {
        for w in super::MUST_NOT {
            let first = w.chars().next().unwrap();
            assert!(super::MUST_NOT_STARTS.contains(&first), "{w}");
            // (with a space after it too, which the words of 不 alone do not spell)
            for sp in ["", " "] {
                assert_eq!(super::word(&format!("{w}{sp}低于5")), Ok(("5", crate::Comparator::Ge)), "{w}");
                assert_eq!(super::word(&format!("{w}{sp}超过5")), Ok(("5", crate::Comparator::Le)), "{w}");
            }
        }
        for c in super::MUST_NOT_STARTS {
            assert!(super::MUST_NOT.iter().any(|w| w.starts_with(c)), "{c}");
        }
    }

    /// The words of must-not by their first character are those of [`super::MUST_NOT`] that
    /// start with it, in its order (longer words first, as `strip_any` needs them).
    #[test]
    fn must_not_words_by_first_character() {
        for c in '\0'..=char::MAX {
            let all: Vec<&str> = super::MUST_NOT.iter().copied().filter(|w| w.starts_with(c)).collect();
            assert_eq!(super::must_not_words(c), all.as_slice(), "{c}");
        }
    }
}
