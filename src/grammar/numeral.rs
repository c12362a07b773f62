//! Numbers as real tables write them: ASCII and full-width digits, decimal points, thousands
//! separators, and Chinese numerals (数字), to exact [`Decimal`]s.
//!
//! Every function here reads a prefix of its input and says how many bytes it used, so the
//! grammar in [`crate::threshold`] can go on from there. Nothing allocates.

use rust_decimal::Decimal;

use crate::error::{ParseError, ParseErrorKind};
use crate::quantity::Magnitude;
use crate::unit::KnownUnit;

/// Largest mantissa a [`Decimal`] holds: 2⁹⁶ − 1.
const MAX_MANTISSA: u128 = (1u128 << 96) - 1;

/// The value of an ASCII or full-width digit.
pub(crate) fn digit_value(c: char) -> Option<u32> {
    match c {
        '0'..='9' => Some(c as u32 - '0' as u32),
        '０'..='９' => Some(c as u32 - '０' as u32),
        _ => None,
    }
}

/// The run of ASCII or full-width digits that starts `s` (`2025`, `２０２５`): its value (held at
/// `u64::MAX` past it), its number of digits and its bytes; no digit is `(0, 0, 0)`.
pub(crate) fn digit_run(s: &str) -> (u64, usize, usize) {
    let (mut value, mut count, mut bytes) = (0u64, 0, 0);
    for c in s.chars() {
        let Some(d) = digit_value(c) else { break };
        value = value.saturating_mul(10).saturating_add(u64::from(d));
        count += 1;
        bytes += c.len_utf8();
    }
    (value, count, bytes)
}

/// True for an ASCII or full-width digit.
pub(crate) fn is_digit(c: char) -> bool {
    digit_value(c).is_some()
}

fn is_point(c: char) -> bool {
    c == '.' || c == '．'
}

fn is_group_separator(c: char) -> bool {
    c == ',' || c == '，'
}

/// Whether a number ([`arabic`], [`chinese`], [`share_words`] or [`cheng`]) can start with
/// `c`: a digit, a Chinese digit, 十 or 百. Nothing else starts one, but for the shares per
/// thousand and ten thousand in words (`千分之三`, `万分之五`), read where a quantity is read:
/// 千 and 万 alone start no number, and a rule that looks ahead for one does not take them.
pub(crate) fn may_start_number(c: char) -> bool {
    is_digit(c) || chinese_digit(c).is_some() || matches!(c, '十' | '拾' | '百')
}

/// A place or magnitude written without its 一 (`千余人`, `万多元`, `近万人`): the number it
/// stands for as [`chinese`] reads it after a digit (百 and 千 in the value, 万 and 亿 as the
/// magnitude), and its bytes.
#[inline]
pub(crate) fn bare_magnitude(s: &str) -> Option<(Decimal, Magnitude, usize)> {
    // every one is a character of three bytes from E4 to E8: most text is turned away by its
    // first byte, the rest by one decode
    if !matches!(s.as_bytes().first(), Some(0xe4..=0xe8)) {
        return None;
    }
    let (v, m) = match s.chars().next()? {
        '百' | '佰' => (Decimal::ONE_HUNDRED, Magnitude::One),
        '千' | '仟' => (Decimal::ONE_THOUSAND, Magnitude::One),
        '万' | '萬' => (Decimal::ONE, Magnitude::Wan),
        '亿' | '億' => (Decimal::ONE, Magnitude::Yi),
        _ => return None,
    };
    Some((v, m, 3))
}

/// Reads an Arabic number (`381.00`, `２０`, `101,400`) at the start of `s`.
///
/// Returns the value with the scale it was written with, and the bytes used; `Ok(None)` when `s`
/// does not start with a digit. Errors carry offsets relative to `s`.
pub(crate) fn arabic(s: &str) -> Result<Option<(Decimal, usize)>, ParseError> {
    // fast path: a run of ASCII digits not followed by anything that could continue the number
    let b = s.as_bytes();
    let run = b.iter().take(18).take_while(|c| c.is_ascii_digit()).count();
    if run > 0 && !matches!(b.get(run), Some(b'0'..=b'9' | b'.' | b',' | 0xef)) {
        let m = b[..run].iter().fold(0i64, |m, c| m * 10 + i64::from(c - b'0'));
        return Ok(Some((Decimal::from(m), run)));
    }
    // and a decimal of ASCII digits (`28.40`), at most 18 digits in all, followed by nothing
    // that could continue it: the value the loop below reads, with the scale written
    if run > 0 && b.get(run) == Some(&b'.') {
        let frac = b[run + 1..].iter().take(18 - run).take_while(|c| c.is_ascii_digit()).count();
        let end = run + 1 + frac;
        if frac > 0 && !matches!(b.get(end), Some(b'0'..=b'9' | b'.' | b',' | 0xef)) {
            // (the two runs folded one after the other: folded as one chain, the digits cost a
            // third of the rule)
            let digits = |m: u64, run: &[u8]| run.iter().fold(m, |m, c| m * 10 + u64::from(c - b'0'));
            let m = digits(digits(0, &b[..run]), &b[run + 1..end]);
            return Ok(Some((Decimal::from_parts(m as u32, (m >> 32) as u32, 0, false, frac as u32), end)));
        }
    }
    let mut mantissa: u128 = 0;
    let mut scale: u32 = 0;
    let mut in_fraction = false;
    let mut end = 0usize;
    let mut chars = s.char_indices().peekable();
    while let Some(&(i, c)) = chars.peek() {
        if let Some(d) = digit_value(c) {
            mantissa = mantissa * 10 + u128::from(d);
            if mantissa > MAX_MANTISSA {
                // too many digits after the point is a precision problem, not a size one
                let kind = if in_fraction { ParseErrorKind::TooManyDecimals } else { ParseErrorKind::NumberTooLarge };
                return Err(ParseError::new(kind, if in_fraction { i } else { 0 }));
            }
            if in_fraction {
                scale += 1;
                if scale > 28 {
                    return Err(ParseError::new(ParseErrorKind::TooManyDecimals, i));
                }
            }
            end = i + c.len_utf8();
            chars.next();
        } else if is_point(c) && !in_fraction && end > 0 {
            // a point must be followed by a digit to belong to the number
            let after = &s[i + c.len_utf8()..];
            if after.chars().next().is_some_and(is_digit) {
                in_fraction = true;
                chars.next();
            } else {
                break;
            }
        } else if is_group_separator(c) && !in_fraction && end > 0 {
            // a thousands separator is followed by exactly three digits
            let after = &s[i + c.len_utf8()..];
            let mut it = after.chars();
            let three = (0..3).all(|_| it.next().is_some_and(is_digit));
            let fourth = it.next();
            if three && !fourth.is_some_and(is_digit) {
                chars.next();
            } else {
                break;
            }
        } else {
            break;
        }
    }
    if end == 0 {
        return Ok(None);
    }
    let value = decimal_from(mantissa, scale).ok_or(ParseError::new(ParseErrorKind::NumberTooLarge, 0))?;
    Ok(Some((value, end)))
}

fn decimal_from(mantissa: u128, scale: u32) -> Option<Decimal> {
    let m = i128::try_from(mantissa).ok()?;
    Decimal::try_from_i128_with_scale(m, scale).ok()
}

/// Whether `c` is a Chinese digit (一 … 九, 两, 〇, 零 and the financial forms), as opposed to a
/// place word (十 百 千 万 亿).
pub(crate) fn is_chinese_digit(c: char) -> bool {
    chinese_digit(c).is_some()
}

/// The value of a Chinese digit (一 二 两 … and the financial 壹 贰 …).
fn chinese_digit(c: char) -> Option<u32> {
    Some(match c {
        '零' | '〇' => 0,
        '一' | '壹' | '幺' => 1,
        '二' | '两' | '兩' | '贰' | '貳' => 2,
        '三' | '叁' | '參' => 3,
        '四' | '肆' => 4,
        '五' | '伍' => 5,
        '六' | '陆' | '陸' => 6,
        '七' | '柒' => 7,
        '八' | '捌' => 8,
        '九' | '玖' => 9,
        _ => return None,
    })
}

/// Whether `numeral` (a numeral [`chinese`] read, its magnitude of 万 or 亿 at its end or not)
/// is two digits side by side and nothing else, without a zero: a number said roughly, one or
/// the other (`三五个`, a few; `两三人`, two or three; `七八次`, seven or eight; `三五万元`), as
/// `三四十人` and `三五千元` are, and no number of 35 or 23. A digit string is positional only
/// with a zero in it (`一〇〇`, `二〇二五`) or longer (`一九九八`, a year).
pub(crate) fn says_one_or_other(numeral: &str) -> bool {
    let body = numeral.trim_end_matches(['万', '萬', '亿', '億']);
    let mut chars = body.chars();
    let digit = |c: Option<char>| c.and_then(chinese_digit).is_some_and(|d| d != 0);
    digit(chars.next()) && digit(chars.next()) && chars.next().is_none()
}

/// Whether `c` is a place or magnitude of a Chinese numeral (十 百 千 万 亿, financial and
/// traditional forms too): with digits, what makes a run of numerals a number.
pub(crate) fn is_place(c: char) -> bool {
    chinese_small_unit(c).is_some() || matches!(c, '万' | '萬' | '亿' | '億')
}

/// The value of a small Chinese multiplier (十 百 千).
fn chinese_small_unit(c: char) -> Option<u32> {
    Some(match c {
        '十' | '拾' => 10,
        '百' | '佰' => 100,
        '千' | '仟' => 1000,
        _ => return None,
    })
}

/// True for 万 or 亿 (and their traditional forms).
fn big_unit(c: char) -> Option<Magnitude> {
    match c {
        '万' | '萬' => Some(Magnitude::Wan),
        '亿' | '億' => Some(Magnitude::Yi),
        _ => None,
    }
}

/// Whether `s` starts with a character a magnitude starts with (十拾百佰千仟万萬亿億), from its
/// first three bytes: most text
/// after a number is a unit such as `人` or `%`, turned away without decoding. A test checks the
/// numbers against the characters.
#[inline]
fn starts_with_magnitude_char(s: &str) -> bool {
    match s.as_bytes() {
        [a, b, c, ..] => matches!(
            u32::from_be_bytes([0, *a, *b, *c]),
            0xe58d81 | 0xe68bbe | 0xe799be | 0xe4bdb0 | 0xe58d83 | 0xe4bb9f | 0xe4b887 | 0xe890ac | 0xe4babf | 0xe58484
        ),
        _ => false,
    }
}

/// Reads a magnitude after Arabic digits at the start of `s`: `万`, `亿`, `万亿`, and `百`, `千`
/// alone or before 万 and 亿 (`3千人`, `5百万`, `2千亿`; 十 only before 万 or 亿: `5十万`).
///
/// A known unit that starts with 百 or 千 is a unit, not a magnitude (`百分比`, `千克`, `千米`),
/// and 百 or 千 alone is a magnitude only where a unit, the end or a range or suffix follows
/// (`3千人`, `3千`), so that `5千瓦` keeps its unit `千瓦`.
#[inline]
pub(crate) fn magnitude(s: &str) -> (Magnitude, usize) {
    // inline, so that the commonest answers (no magnitude, 万 before a unit) cost no call
    match s.as_bytes() {
        // 万 (E4 B8 87) or 萬 (E8 90 AC) not before 亿 (E4 BA BF) or 億 (E5 84 84): what the
        // reader below says
        [0xe4, 0xb8, 0x87, rest @ ..] | [0xe8, 0x90, 0xac, rest @ ..]
            if !rest.starts_with(&[0xe4, 0xba, 0xbf]) && !rest.starts_with(&[0xe5, 0x84, 0x84]) =>
        {
            (Magnitude::Wan, 3)
        }
        _ if !starts_with_magnitude_char(s) => (Magnitude::One, 0),
        _ => magnitude_after_check(s),
    }
}

/// [`magnitude`] of text that starts with a character a magnitude starts with.
fn magnitude_after_check(s: &str) -> (Magnitude, usize) {
    let mut chars = s.chars();
    let first = chars.next();
    let small = match first {
        Some('十' | '拾') => Some(1),
        Some('百' | '佰') => Some(2),
        Some('千' | '仟') => Some(3),
        _ => None,
    };
    let Some(small) = small else {
        return match first.and_then(big_unit) {
            Some(Magnitude::Wan) => match chars.next().and_then(big_unit) {
                Some(Magnitude::Yi) => (Magnitude::WanYi, 6),
                _ => (Magnitude::Wan, 3),
            },
            Some(m) => (m, 3),
            None => (Magnitude::One, 0),
        };
    };
    let rest = &s[3..];
    let with = |big: Option<Magnitude>| places(small, big);
    if let Some(m) = rest.chars().next().and_then(big_unit).and_then(|big| with(Some(big))) {
        return (m, 6);
    }
    // 百分比, 千克, 千米: a unit
    if crate::unit::KnownUnit::parse_prefix(s).is_some() {
        return (Magnitude::One, 0);
    }
    // what follows past spaces decides (`3千 人` is 3000人; `59千 挐` has no magnitude, as
    // `59千挐`, which is how it would print, has none)
    let rest = rest.trim_start_matches(super::is_space);
    let unit = crate::unit::KnownUnit::parse_prefix(rest).map(|(u, _)| u);
    let ends = super::comparator::starts_with_stop(rest) || unit.is_some() || rest.starts_with(['余', '多']);
    // and no unit that would print as another after it: `59千m` prints `59千米`, which is
    // 59 公里, so 千 is no magnitude of `m`; as printed (`92仟g` prints `92千克`)
    let printed = if small == 2 { "百" } else { "千" };
    if unit.is_some_and(|u| prints_as_other_unit(printed, u)) {
        return (Magnitude::One, 0);
    }
    match with(None) {
        Some(m) if ends => (m, 3),
        _ => (Magnitude::One, 0),
    }
}

/// The magnitude of a place (1 十, 2 百, 3 千) before a big unit (万, 亿) or alone: 十万, 百亿,
/// 千; `None` for 十 alone, which is no magnitude.
pub(crate) fn places(small: u8, big: Option<Magnitude>) -> Option<Magnitude> {
    Some(match (small, big) {
        (1, Some(Magnitude::Wan)) => Magnitude::ShiWan,
        (2, Some(Magnitude::Wan)) => Magnitude::BaiWan,
        (3, Some(Magnitude::Wan)) => Magnitude::QianWan,
        (1, Some(Magnitude::Yi)) => Magnitude::ShiYi,
        (2, Some(Magnitude::Yi)) => Magnitude::BaiYi,
        (3, Some(Magnitude::Yi)) => Magnitude::QianYi,
        (2, None) => Magnitude::Bai,
        (3, None) => Magnitude::Qian,
        _ => return None,
    })
}

/// Whether `word` (百 or 千) printed before `unit` reads as another unit (千 and 米 read 千米).
fn prints_as_other_unit(word: &str, unit: crate::unit::KnownUnit) -> bool {
    // joined in a buffer on the stack: this is asked of every 百 and 千 before a unit
    let mut buf = [0u8; 64];
    let (w, u) = (word.as_bytes(), unit.as_str().as_bytes());
    if w.len() + u.len() > buf.len() {
        return false;
    }
    buf[..w.len()].copy_from_slice(w);
    buf[w.len()..w.len() + u.len()].copy_from_slice(u);
    let joined = core::str::from_utf8(&buf[..w.len() + u.len()]).unwrap_or_default();
    crate::unit::KnownUnit::parse_prefix(joined).is_some_and(|(_, n)| n > w.len())
}

/// Reads a Chinese numeral (`两万`, `一万二千`, `三百零五`) at the start of `s`.
///
/// A numeral ending in 万, 亿 or 万亿 over a smaller number returns that magnitude separately,
/// so `两万` is 2 × 万 as written; `一万二千` is 12000. Returns `None` when `s` does not start
/// with a numeral.
pub(crate) fn chinese(s: &str) -> Option<(Decimal, Magnitude, usize)> {
    let mut end = 0;
    for (i, c) in s.char_indices() {
        if chinese_digit(c).is_some() || chinese_small_unit(c).is_some() || big_unit(c).is_some() {
            end = i + c.len_utf8();
        } else {
            break;
        }
    }
    let text = &s[..end];
    // must contain at least one digit or a leading 十
    let first = text.chars().next()?;
    if chinese_digit(first).is_none() && !matches!(first, '十' | '拾') {
        return None;
    }
    // split off a trailing magnitude over a number without big units
    let (body, mag) = split_trailing_magnitude(text);
    let value = chinese_value(body)?;
    if mag == Magnitude::One {
        if let Some((value, n)) = decimal_places(value, &s[end..]) {
            return Some((value, mag, end + n));
        }
    }
    Some((value, mag, end))
}

/// The places after 点 in words (`三点五` is 3.5, `九十九点九` 99.9, `零点零五` 0.05): `whole`
/// with them, and the bytes of 点 and its digits; `None` when no digit follows 点 (`十点前`,
/// `一点通`). A magnitude after them is the caller's (`三点五万`). 两 is no digit here: it
/// counts, it does not spell a place.
fn decimal_places(whole: Decimal, s: &str) -> Option<(Decimal, usize)> {
    let rest = s.strip_prefix(['点', '點'])?;
    let mut places: i128 = 0;
    let (mut scale, mut n) = (0u32, s.len() - rest.len());
    for c in rest.chars() {
        let Some(d) = chinese_digit(c).filter(|_| !matches!(c, '两' | '兩')) else { break };
        // 27 places at most: the whole part needs room in a Decimal's 28
        if scale >= 27 {
            return None;
        }
        places = places * 10 + i128::from(d);
        scale += 1;
        n += c.len_utf8();
    }
    if scale == 0 {
        return None;
    }
    whole.checked_add(Decimal::try_from_i128_with_scale(places, scale).ok()?).map(|v| (v, n))
}

fn split_trailing_magnitude(text: &str) -> (&str, Magnitude) {
    // most numerals end in a digit: only one that ends in 万 or 亿 (either form) has a magnitude
    if !text.ends_with(['万', '萬', '亿', '億']) {
        return (text, Magnitude::One);
    }
    for (suffix, mag) in [
        ("万亿", Magnitude::WanYi),
        ("萬億", Magnitude::WanYi),
        ("亿", Magnitude::Yi),
        ("億", Magnitude::Yi),
        ("万", Magnitude::Wan),
        ("萬", Magnitude::Wan),
    ] {
        if let Some(body) = text.strip_suffix(suffix) {
            if !body.is_empty() && !body.chars().any(|c| big_unit(c).is_some()) {
                return (body, mag);
            }
        }
    }
    (text, Magnitude::One)
}

/// The value of a numeral made of digits, 十百千 and 万亿.
fn chinese_value(text: &str) -> Option<Decimal> {
    let mut result: u128 = 0; // completed 亿 groups
    let mut wan: u128 = 0; // completed 万 group
    let mut section: u128 = 0; // below 万
    let mut number: Option<u128> = None; // pending digit
    let mut digits_in_row = 0;
    // the place of the last place word, for a colloquial last digit (一万二 is 12 000); zero
    // once a 零 has been written (一万零二 is 10 002)
    let mut last_place: u128 = 0;
    // the last of 十百千 in the group being read (0 at its start)
    let mut small_place: u128 = 0;
    for c in text.chars() {
        if let Some(d) = chinese_digit(c) {
            if d == 0 && (result | wan | section) != 0 && number.is_none() {
                // 零 as a placeholder (三百零五)
                last_place = 0;
                continue;
            }
            // positional digits without units (二〇二五) read as a digit string
            // (a run too long for a Decimal is no numeral: checked, never wrapped)
            let n = number.unwrap_or(0) * 10 + u128::from(d);
            if n > MAX_MANTISSA {
                return None;
            }
            number = Some(n);
            digits_in_row += 1;
        } else if let Some(u) = chinese_small_unit(c) {
            // places fall within a group (三百五十); a place again or a higher one after a lower
            // (`三百五百`, `五十三百`) is no numeral
            if digits_in_row > 1 || (small_place != 0 && u128::from(u) >= small_place) {
                return None;
            }
            small_place = u128::from(u);
            section += number.unwrap_or(1) * u128::from(u);
            number = None;
            digits_in_row = 0;
            last_place = u128::from(u);
        } else if c == '万' || c == '萬' {
            // one 万 group below each 亿: a second (`一万二万`) is no numeral (it read as
            // 100 020 000)
            if wan != 0 {
                return None;
            }
            wan = (section + number.unwrap_or(0)) * 10_000;
            if wan == 0 {
                return None;
            }
            small_place = 0;
            section = 0;
            number = None;
            digits_in_row = 0;
            last_place = 10_000;
        } else if c == '亿' || c == '億' {
            result = (result + wan + section + number.unwrap_or(0)) * 100_000_000;
            if result == 0 {
                return None;
            }
            wan = 0;
            small_place = 0;
            section = 0;
            number = None;
            digits_in_row = 0;
            last_place = 100_000_000;
        } else {
            return None;
        }
        if result > MAX_MANTISSA || wan > MAX_MANTISSA || section > MAX_MANTISSA {
            return None;
        }
    }
    if digits_in_row > 1 && (result | wan | section) != 0 {
        return None;
    }
    // colloquial numerals drop the last place word: 一万二 is 12 000, 三千五 3 500, 两万五 25 000
    if let (Some(d), true) = (number, digits_in_row == 1 && last_place >= 100) {
        number = Some(d * (last_place / 10));
    }
    let total = result + wan + section + number.unwrap_or(0);
    decimal_from(total, 0)
}

/// The scales a share is written per, in words, longest first, and the unit of the share: before
/// 分之 (`千分之三`, [`share_words`]) and after a slash (`15/10万`, the grammar's `per_scale`,
/// which leaves out 百: a share per hundred is written `%`).
pub(crate) const SCALE_WORDS: [(&str, KnownUnit); 8] = [
    ("十万", KnownUnit::PerHundredThousand),
    ("十萬", KnownUnit::PerHundredThousand),
    ("百万", KnownUnit::PerMillion),
    ("百萬", KnownUnit::PerMillion),
    ("千", KnownUnit::PerMille),
    ("万", KnownUnit::PerTenThousand),
    ("萬", KnownUnit::PerTenThousand),
    ("百", KnownUnit::Percent),
];

/// Whether a number starts `s`: a character of [`may_start_number`], or the scale of a share in
/// words (`千分之三`, `万分之五`), which alone starts none. What the rules that look ahead for a
/// number ask (`约千分之三`, `满意度千分之三`, `每季度千分之三`).
pub(crate) fn starts_number(s: &str) -> bool {
    s.starts_with(may_start_number)
        || (s.starts_with(['千', '万', '萬', '十', '百'])
            && (SCALE_WORDS.iter().any(|(w, _)| s.strip_prefix(w).is_some_and(|r| r.starts_with("分之"))) || hundred_percent(s).is_some()))
}

/// `百分百` (a hundred percent, as `百分之百`) at the start of `s`: the bytes after it, when no
/// digit follows (`百分百五` is no number).
fn hundred_percent(s: &str) -> Option<&str> {
    s.strip_prefix("百分百").filter(|r| !r.starts_with(|c: char| chinese_digit(c).is_some() || c == '零' || c.is_ascii_digit()))
}

/// Reads a share in words at the start of `s`, in either script: `百分之九十五` (95%),
/// `百分之95`, `百分百` (100%), `千分之三` (3‰), `万分之五` (5‱), `十万分之十五` (15/10万). The value, its unit and
/// the bytes used.
pub(crate) fn share_words(s: &str) -> Result<Option<(Decimal, KnownUnit, usize)>, ParseError> {
    if let Some(r) = hundred_percent(s) {
        return Ok(Some((Decimal::ONE_HUNDRED, KnownUnit::Percent, s.len() - r.len())));
    }
    // (spaces may fall between the scale and the number: `百分之 九十五`)
    let Some((rest, unit)) = SCALE_WORDS
        .iter()
        .find_map(|&(w, u)| s.strip_prefix(w).and_then(|r| r.strip_prefix("分之")).map(|r| (r.trim_start_matches(super::is_space), u)))
    else {
        return Ok(None);
    };
    let head = s.len() - rest.len();
    if let Some((v, n)) = arabic(rest).map_err(|e| e.shifted(head))? {
        return Ok(Some((v, unit, head + n)));
    }
    // 百分之百 is 100%
    if let Some(r) =
        rest.strip_prefix('百').filter(|r| unit == KnownUnit::Percent && !r.starts_with(|c: char| chinese_digit(c).is_some() || c == '零'))
    {
        return Ok(Some((Decimal::ONE_HUNDRED, unit, s.len() - r.len())));
    }
    match chinese(rest) {
        Some((v, Magnitude::One, n)) => Ok(Some((v, unit, head + n))),
        _ => Err(ParseError::new(ParseErrorKind::ExpectedNumber, head)),
    }
}

/// Reads `九成` (90%) at the start of `s`: the percentage value and bytes used.
pub(crate) fn cheng(s: &str) -> Option<(Decimal, usize)> {
    if s.starts_with("十成") {
        return Some((Decimal::ONE_HUNDRED, 6));
    }
    let mut it = s.chars();
    let d = chinese_digit(it.next()?)?;
    if it.next()? != '成' || d == 0 {
        return None;
    }
    // 九成五 is 95%, 九成半 too: a digit after 成 is the next tenth, when no numeral or 成
    // follows it (`九成九成` is no number)
    let d2 = it.next().and_then(|c| if c == '半' { Some(5) } else { chinese_digit(c).filter(|_| c != '两' && c != '兩') });
    let ends =
        it.next().is_none_or(|c| c != '成' && chinese_digit(c).is_none() && chinese_small_unit(c).is_none() && big_unit(c).is_none());
    match d2 {
        Some(d2) if d2 > 0 && ends => Some((Decimal::from(d * 10 + d2), 9)),
        _ => Some((Decimal::from(d * 10), 6)),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn dec(s: &str) -> Decimal {
        Decimal::from_str_exact(s).unwrap()
    }

    /// Decimals of ASCII digits of every length, alone and before what ends them, read with the
    /// scale they are written with (the short path) as `Decimal` reads them.
    #[test]
    fn decimals_of_every_length() {
        for int in 1..=20 {
            for frac in 1..=20 {
                let number = format!("{}.{}", "7".repeat(int), "3".repeat(frac));
                let Ok(expected) = Decimal::from_str_exact(&number) else { continue };
                for tail in ["", "%", "/株", "万元", " 人"] {
                    let s = format!("{number}{tail}");
                    assert_eq!(arabic(&s), Ok(Some((expected, number.len()))), "{s}");
                    assert_eq!(arabic(&s).unwrap().unwrap().0.scale(), frac as u32, "{s}");
                }
            }
        }
        // what may continue a number is read by the long path
        assert_eq!(arabic("1.5,000"), Ok(Some((dec("1.5"), 3))));
        assert_eq!(arabic("12.5．3"), Ok(Some((dec("12.5"), 4))));
        assert_eq!(arabic("1.2.3"), Ok(Some((dec("1.2"), 3))));
    }

    #[test]
    fn arabic_forms() {
        assert_eq!(arabic("381.00万元").unwrap(), Some((dec("381.00"), 6)));
        assert_eq!(arabic("２０人").unwrap(), Some((dec("20"), 6)));
        assert_eq!(arabic("101,400元").unwrap(), Some((dec("101400"), 7)));
        assert_eq!(arabic("1,2").unwrap(), Some((dec("1"), 1)));
        assert_eq!(arabic("3．5").unwrap(), Some((dec("3.5"), 5)));
        assert_eq!(arabic("5.").unwrap(), Some((dec("5"), 1)));
        assert_eq!(arabic("x").unwrap(), None);
        assert_eq!(arabic("9999999999999999999").unwrap(), Some((dec("9999999999999999999"), 19)));
        assert_eq!(arabic("999999999999999999%").unwrap(), Some((dec("999999999999999999"), 18)));
        assert_eq!(arabic("99999999999999999999999999999999").unwrap_err().kind(), ParseErrorKind::NumberTooLarge);
    }

    #[test]
    fn numbers_start_only_where_may_start_number_says() {
        for c in ('\0'..='\u{ffff}').chain('\u{20000}'..='\u{2ffff}') {
            if may_start_number(c) {
                continue;
            }
            let s = |tail: &str| format!("{c}{tail}");
            assert_eq!(arabic(&s("5")), Ok(None), "{c:?}");
            assert_eq!(chinese(&s("五十")), None, "{c:?}");
            // a share per thousand or ten thousand in words starts with its scale, which alone
            // starts no number (`千分之三`, `万分之五`)
            if !matches!(c, '千' | '万' | '萬') {
                assert_eq!(share_words(&s("分之五")), Ok(None), "{c:?}");
            }
            assert_eq!(cheng(&s("成")), None, "{c:?}");
        }
    }

    #[test]
    fn the_byte_test_of_magnitude_characters_matches_the_characters() {
        const MAGNITUDE_CHARS: [char; 10] = ['十', '拾', '百', '佰', '千', '仟', '万', '萬', '亿', '億'];
        for c in '\0'..=char::MAX {
            let s = format!("{c}元");
            assert_eq!(starts_with_magnitude_char(&s), MAGNITUDE_CHARS.contains(&c), "{c}");
        }
    }

    #[test]
    fn wan_read_inline_as_the_reader_reads_it() {
        for tail in ["", "元", "亿", "億", "亿元", "億元", "人", "万", "萬", "%", "千"] {
            for wan in ["万", "萬"] {
                let s = format!("{wan}{tail}");
                assert_eq!(magnitude(&s), magnitude_after_check(&s), "{s}");
            }
        }
    }

    #[test]
    fn magnitudes() {
        for (s, m) in
            [("万", Magnitude::Wan), ("萬", Magnitude::Wan), ("亿", Magnitude::Yi), ("億", Magnitude::Yi), ("万亿", Magnitude::WanYi)]
        {
            assert_eq!(magnitude(&format!("{s}元")).0, m, "{s}");
        }
        assert_eq!(magnitude("元"), (Magnitude::One, 0));
        for (s, m, n) in [
            ("千人", Magnitude::Qian, 3),
            ("千万元", Magnitude::QianWan, 6),
            ("百万", Magnitude::BaiWan, 6),
            ("十万", Magnitude::ShiWan, 6),
            ("拾万", Magnitude::ShiWan, 6),
            ("百", Magnitude::Bai, 3),
            ("千亿", Magnitude::QianYi, 6),
            ("千克", Magnitude::One, 0),
            ("百分比", Magnitude::One, 0),
            ("千瓦", Magnitude::One, 0),
            ("十人", Magnitude::One, 0),
        ] {
            assert_eq!(magnitude(s), (m, n), "{s}");
        }
    }

    #[test]
    fn chinese_forms() {
        assert_eq!(chinese("两万人"), Some((dec("2"), Magnitude::Wan, 6)));
        assert_eq!(chinese("一万二千"), Some((dec("12000"), Magnitude::One, 12)));
        assert_eq!(chinese("三百零五"), Some((dec("305"), Magnitude::One, 12)));
        assert_eq!(chinese("十二"), Some((dec("12"), Magnitude::One, 6)));
        assert_eq!(chinese("壹佰贰拾"), Some((dec("120"), Magnitude::One, 12)));
        assert_eq!(chinese("一亿二千万"), Some((dec("120000000"), Magnitude::One, 15)));
        assert_eq!(chinese("一万二"), Some((dec("12000"), Magnitude::One, 9)));
        assert_eq!(chinese("三千五"), Some((dec("3500"), Magnitude::One, 9)));
        assert_eq!(chinese("两万五"), Some((dec("25000"), Magnitude::One, 9)));
        assert_eq!(chinese("三百五"), Some((dec("350"), Magnitude::One, 9)));
        assert_eq!(chinese("一万零二"), Some((dec("10002"), Magnitude::One, 12)));
        assert_eq!(chinese("二十五"), Some((dec("25"), Magnitude::One, 9)));
        assert_eq!(chinese("三点五"), Some((dec("3.5"), Magnitude::One, 9)));
        assert_eq!(chinese("九十九点九五"), Some((dec("99.95"), Magnitude::One, 18)));
        assert_eq!(chinese("零点零五"), Some((dec("0.05"), Magnitude::One, 12)));
        assert_eq!(chinese("十点前"), Some((dec("10"), Magnitude::One, 3)));
        assert_eq!(chinese("一点通"), Some((dec("1"), Magnitude::One, 3)));
        assert_eq!(chinese("三万点五"), Some((dec("3"), Magnitude::Wan, 6)));
        assert_eq!(share_words("百分之百").unwrap(), Some((dec("100"), KnownUnit::Percent, 12)));
        assert_eq!(share_words("千分之三").unwrap(), Some((dec("3"), KnownUnit::PerMille, 12)));
        assert_eq!(share_words("万分之五").unwrap(), Some((dec("5"), KnownUnit::PerTenThousand, 12)));
        assert_eq!(share_words("十万分之十五").unwrap(), Some((dec("15"), KnownUnit::PerHundredThousand, 18)));
        assert_eq!(share_words("百万分之1.25").unwrap(), Some((dec("1.25"), KnownUnit::PerMillion, 16)));
        // 千分之百 is no share: 百 alone is a number only after 百分之
        assert!(share_words("千分之百").is_err());
        assert_eq!(cheng("十成"), Some((dec("100"), 6)));
        assert_eq!(chinese("三亿"), Some((dec("3"), Magnitude::Yi, 6)));
        assert_eq!(chinese("万"), None);
        assert_eq!(chinese(&"一".repeat(40)), None);
        assert_eq!(chinese(&"九".repeat(28)).map(|(v, _, _)| v), Some(dec(&"9".repeat(28))));
        assert_eq!(share_words("百分之九十五").unwrap(), Some((dec("95"), KnownUnit::Percent, 18)));
        assert_eq!(share_words("百分之95").unwrap(), Some((dec("95"), KnownUnit::Percent, 11)));
        assert_eq!(cheng("九成"), Some((dec("90"), 6)));
    }
}
