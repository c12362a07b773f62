//! Quantities: a number, its magnitude (万, 亿) and its unit (known, a rate, or a word kept as
//! written); and the two ends of a range.

use rust_decimal::Decimal;

use super::comparator::starts_with_stop;
use super::{err, is_space, numeral, skip_spaces, K};
use crate::error::ParseError;
use crate::quantity::{Magnitude, Quantity};
use crate::unit::{KnownUnit, OtherUnit, Rate, Unit};

pub(super) use crate::text::is_cjk;

/// The part of a rate after its `/`: one known unit, or two joined by `*`, `·`, `.`, `×`, a
/// second `/` or a 每 (`人*月`, `人.每天`, `(人·月)`, `生/年`). Returns the units and bytes used.
fn per_units(s: &str) -> Option<(KnownUnit, Option<KnownUnit>, usize)> {
    // (spaces may stand inside the brackets and around the mark between two units:
    // `次/( 户 · 年 )` as `次/(户·年)`)
    let spaces = |at: usize| s.len() - s[at..].trim_start_matches(is_space).len();
    let (open, mut at) = match s.strip_prefix(['(', '（']) {
        Some(r) => (true, spaces(s.len() - r.len())),
        None => (false, 0),
    };
    let skip_mei = |at: usize| s[at..].strip_prefix('每').map_or(at, |r| s.len() - r.len());
    at = skip_mei(at);
    let (first, n) = per_unit(&s[at..])?;
    at += n;
    let mut second = None;
    // (、 too, which some tables write between the two: `元/人、天` as `元/人·天`)
    if let Some(r) = s[spaces(at)..].strip_prefix(['*', '·', '.', '×', '・', '/', '／', '＊', '、']) {
        let after = skip_mei(spaces(s.len() - r.len()));
        if let Some((u, m)) = per_unit(&s[after..]) {
            second = Some(u);
            at = after + m;
        }
    } else if s[at..].starts_with('每') {
        let after = skip_mei(at);
        if let Some((u, m)) = per_unit(&s[after..]) {
            second = Some(u);
            at = after + m;
        }
    }
    if open {
        at = spaces(at);
        at += s[at..].strip_prefix([')', '）']).map(|r| s.len() - at - r.len())?;
    }
    Some((first, second, at))
}

/// A unit in parentheses after a number or a unit (`（个）`, `(%)`, `（套）`, `（ 个 ）`): the unit
/// and bytes used, where the parentheses hold a known unit and nothing else but spaces.
fn paren_unit(s: &str) -> Option<(KnownUnit, usize)> {
    // (the opening parenthesis by its bytes, `(` or `（` EF BC 88: most units have none, and the
    // unit rule asks at every quantity)
    if !matches!(s.as_bytes(), [b'(', ..] | [0xef, 0xbc, 0x88, ..]) {
        return None;
    }
    let r = s.strip_prefix(['(', '（'])?.trim_start_matches(is_space);
    let (u, n) = KnownUnit::parse_prefix(r)?;
    let after = r[n..].trim_start_matches(is_space).strip_prefix([')', '）'])?;
    Some((u, s.len() - after.len()))
}

/// `s` up to a place of its leading Chinese numeral that starts a known unit (`两千克` is 两
/// and 千克, `八千千米` 八千 and 千米): 千克 and 千米 are units after Chinese digits as after
/// Arabic ones (`2千克`), not a place and a unit.
fn numeral_before_unit(s: &str) -> &str {
    for (i, c) in s.char_indices().take(12) {
        if !(numeral::is_chinese_digit(c) || numeral::is_place(c)) {
            break;
        }
        if i > 0 && matches!(c, '千' | '仟' | '百' | '佰') && KnownUnit::parse_prefix(&s[i..]).is_some() {
            return &s[..i];
        }
    }
    s
}

/// Digits and a place smaller than `big` (万 or 亿) at the start of `s` (`2千` after `1万`,
/// `5千万` after `3亿`): their value in `big` and the bytes used; `None` for anything else.
fn smaller_place(s: &str, big: Magnitude) -> Option<(Decimal, usize)> {
    if !matches!(big, Magnitude::Wan | Magnitude::Yi) {
        return None;
    }
    // (ASCII or full-width digits: `1万2千`, `１万２千`)
    let (d, count, digits) = numeral::digit_run(s);
    if count == 0 || count > 4 {
        return None;
    }
    let (place, len) = numeral::magnitude(&s[digits..]);
    if len == 0
        || place.exponent() >= big.exponent()
        || s[digits + len..].starts_with(|c: char| numeral::is_digit(c) || matches!(c, '.' | '．'))
    {
        return None;
    }
    Some((Decimal::from(d) * place.factor() / big.factor(), digits + len))
}

/// A magnitude and a known unit or none in parentheses (`（万元）`, `(万人)`, `（万）`) that end the
/// quantity (a stop or a note after them): the magnitude, unit and bytes used.
fn paren_magnitude(s: &str) -> Option<(Magnitude, Unit, usize)> {
    let r = s.strip_prefix(['(', '（'])?.trim_start_matches(is_space);
    let (m, len) = numeral::magnitude(r);
    if len == 0 {
        return None;
    }
    let close = r.find([')', '）'])?;
    let inner = r.get(len..close)?.trim_matches(is_space);
    // the unit fills the rest of the parentheses: a known unit or a rate of them (`万元/公里`)
    let unit = match inner {
        "" => Unit::None,
        _ => match unit(inner, 0) {
            Ok((Some(u), k)) if k == inner.len() && !u.is_none() => u,
            _ => return None,
        },
    };
    let after = &r[close + r[close..].chars().next().map_or(0, char::len_utf8)..];
    let n = s.len() - after.len();
    (starts_with_stop(after) || starts_note(after)).then_some((m, unit, n))
}

/// A magnitude or known unit in parentheses, or both (`（万元）`, `（个）`, `（万）`), filling `s`
/// but for spaces after it: the unit column written after the rest of a value (`5以内（万元）`).
pub(super) fn paren_column(s: &str) -> Option<(Magnitude, Unit, usize)> {
    let read = paren_magnitude(s).or_else(|| paren_unit(s).map(|(u, n)| (Magnitude::One, Unit::Known(u), n)))?;
    s[read.2..].chars().all(is_space).then_some(read)
}

/// A unit counted per: a known unit, or 月 (a month, as in `次/月`), or 季 (a quarter, `次/季`).
pub(super) fn per_unit(s: &str) -> Option<(KnownUnit, usize)> {
    match s.strip_prefix('月') {
        Some(_) => Some((KnownUnit::Month, '月'.len_utf8())),
        // 季 alone is a quarter when counted per (`1次/季`, `每季1次`, as `每季度`)
        None if s.starts_with('季') && KnownUnit::parse_prefix(s).is_none() => Some((KnownUnit::Quarter, '季'.len_utf8())),
        None => KnownUnit::parse_prefix(s),
    }
}

/// Whether a note starts at `s`, after a known unit: text of two or more Chinese characters
/// that does not start with a unit or a magnitude (`100%覆盖`, `100%人员到位`; not `人月`,
/// `亩次`).
pub(super) fn starts_note(s: &str) -> bool {
    let mut chars = s.chars();
    let (Some(a), Some(b)) = (chars.next(), chars.next()) else { return false };
    is_cjk(a) && is_cjk(b) && !starts_with_unit(s) && !matches!(a, '万' | '亿' | '萬' | '億' | '月' | '余' | '多')
}

/// Whether a whole unit starts `s`: a known unit that ends there (before a stop, another unit
/// or a `/`). A word that merely begins with a unit's character is none (`人员`, `生态`, `次要`).
pub(super) fn starts_with_unit(s: &str) -> bool {
    KnownUnit::parse_prefix(s).is_some_and(|(_, n)| {
        let rest = &s[n..];
        starts_with_stop(rest) || per_unit(rest).is_some() || rest.starts_with(['/', '／', '·'])
    })
}

/// Whether `s` is known units (and 月) one after another, with at most one `/` or `·` between.
/// 起 joins none: after a unit it says "from" (`2025年起`, `100元起`), never a count of
/// incidents per year or yuan.
fn made_of_units(mut s: &str) -> bool {
    let mut parts = 0;
    let mut incidents = false;
    while !s.is_empty() {
        s = s.strip_prefix(['/', '／', '·']).unwrap_or(s);
        match per_unit(s) {
            Some((u, n)) => {
                s = &s[n..];
                parts += 1;
                incidents |= u == KnownUnit::Incident;
            }
            None => return false,
        }
    }
    !(incidents && parts > 1)
}

/// A known unit at the start of `s` whose characters have spaces between them (`公 里`,
/// `人 次`, `平 方 米`): the unit and the bytes it spans, spaces included; `None` where no space
/// falls inside the longest known unit its characters spell.
fn spaced_unit(s: &str) -> Option<(KnownUnit, usize)> {
    // (most units have no space after their first character: told by the bytes, a Chinese
    // character of three and the first byte of a space, ` `, `\t`, C2 of U+00A0 or E3 of
    // U+3000, before any decoding)
    if !matches!(s.as_bytes(), [0xe3..=0xe9, _, _, b' ' | b'\t' | 0xc2 | 0xe3, ..]) {
        return None;
    }
    let first = s.chars().next().filter(|&c| is_cjk(c))?;
    if !s[first.len_utf8()..].starts_with(is_space) {
        return None;
    }
    // the first few Chinese characters, the spaces between them left out, and where each ends
    let mut joined = [0u8; 32];
    let (mut len, mut ends, mut count) = (0, [0usize; 8], 0);
    let mut rest = s;
    while count < ends.len() {
        let Some(c) = rest.chars().next().filter(|&c| is_cjk(c)) else { break };
        c.encode_utf8(&mut joined[len..]);
        len += c.len_utf8();
        ends[count] = s.len() - rest.len() + c.len_utf8();
        count += 1;
        rest = rest[c.len_utf8()..].trim_start_matches(is_space);
    }
    let joined = core::str::from_utf8(&joined[..len]).ok()?;
    let (u, n) = KnownUnit::parse_prefix(joined)?;
    // (the unit spans a space where it is more than its first character)
    let chars = joined[..n].chars().count();
    (chars > 1).then(|| (u, ends[chars - 1]))
}

/// A unit at the start of `s` (after the magnitude). Known units first, a rate of known units,
/// alternatives (`台/套`, `台（套）`), a known unit in parentheses (`（个）`), else a short run of
/// letters kept as written. Returns the unit and bytes used; `None` for a unit written otherwise
/// (the bytes used are its text), so that nothing is allocated for a unit a caller may refuse.
pub(super) fn unit(s: &str, offset: usize) -> Result<(Option<Unit>, usize), ParseError> {
    // `≥20（个）`, `≥95（%）`: the parentheses hold the unit
    if let Some((u, n)) = paren_unit(s) {
        if starts_with_stop(&s[n..]) || starts_note(&s[n..]) {
            return Ok((Some(Unit::Known(u)), n));
        }
    }
    if starts_with_stop(s) {
        return Ok((Some(Unit::None), 0));
    }
    // `6月` is June: a date, read by the deadline grammar; here it has a comparator or a range
    if s.starts_with('月') {
        return Err(err(K::MonthWithComparator, offset));
    }
    // `3年级` is the third grade of a school, no 3 years; `2020-2025年间` is during those years,
    // a period, no count of a unit 年间 (year-rooms, 间 being a unit of rooms), nor 年期间
    // and 号 after a number is an ordinal, which building, line or document (`3号楼`, `1号线`,
    // `2号文件`): no count of a unit 号楼
    if s.starts_with("年级") || s.starts_with("年间") || s.starts_with("年期间") || s.starts_with(['号', '號']) {
        return Err(err(K::ExpectedUnitOrEnd, offset));
    }
    // a known unit with spaces between its characters, as text taken from a PDF breaks a word
    // where the cell wrapped (`300 公 里`, `5 人 次`): the unit, where it ends the value or a
    // note follows
    if let Some((u, n)) = spaced_unit(s).filter(|&(_, n)| starts_with_stop(&s[n..]) || starts_note(&s[n..])) {
        return Ok((Some(Unit::Known(u)), n));
    }
    if let Some((u, n)) = KnownUnit::parse_prefix(s) {
        let mut parsed = (Unit::Known(u), n);
        // a slash half-width or full-width (`元／人`, as Word writes it), spaces around it or not
        // (`2次/ 年`)
        // 每 after the unit says per as the slash does (`3100元每平方米`, `2次每月`, `2元每次课`),
        // where the value ends with what it is per (`3000元每人每学年`, `500元每户补助` keep it
        // as a note)
        let after = &s[skip_spaces(s, n)..];
        let slash = after.strip_prefix(['/', '／', '每']).map(|r| r.trim_start_matches(is_space));
        // spaces before or after the slash (`704元/ 村`, `704元 / 村`)
        let spaced = slash
            .is_some_and(|rest| after.len() < s.len() - n || after.len() - rest.len() > after.chars().next().map_or(0, char::len_utf8));
        if let Some(rest) = slash {
            let by_mei = after.starts_with('每');
            if let Some((per, and_per, m)) = per_units(rest).filter(|&(_, _, m)| !by_mei || starts_with_stop(&rest[m..])) {
                let rate = match and_per {
                    Some(and) => Unit::Rate(Rate::per_two(u, per, and)),
                    None => Unit::per(u, per),
                };
                parsed = (rate, s.len() - rest.len() + m);
            } else if by_mei {
                // 每 and a word the crate does not know, to the end (`700元每村`): as `700元/村`
                let end = rest.char_indices().find(|&(i, c)| !is_cjk(c) || starts_with_stop(&rest[i..])).map_or(rest.len(), |(i, _)| i);
                let word = &rest[..end];
                let joined = format!("{}/{word}", &s[..n]);
                // (the unit as it prints, `元/村`, must read back as itself: `m/孝`, `%/达` do not)
                let reads_back = || matches!(unit(&joined, 0), Ok((None, k)) if k == joined.len());
                // (which takes it only as `per_word` does)
                if word.chars().count() <= 2 && !super::chars::holds(word, '每') && starts_with_stop(&rest[end..]) && reads_back() {
                    return Ok((Some(Unit::Other(OtherUnit::new_unchecked(&joined))), s.len() - rest.len() + word.len()));
                }
            }
        } else if let Some((alt, m)) = u.is_item().then(|| paren_unit(after)).flatten().filter(|(alt, _)| alt.is_item() && *alt != u) {
            // 台（套）: 台 or 套 (spaces before the parenthesis too: `台 （套）`)
            parsed = (Unit::Either(u, alt), s.len() - after.len() + m);
        }
        let ends = |at: usize| starts_with_stop(&s[at..]) || starts_note(&s[at..]);
        // a unit per a word the crate does not know, spaces around the slash, where no rate of
        // known units reads whole: the unit that reads without them (`704元/ 村` is `704元/村`,
        // `704元 / 项目` is `704元/项目`), kept without them
        if let Some(rest) = slash.filter(|_| spaced && !(parsed.1 > n && ends(parsed.1))) {
            let joined = format!("{}/{rest}", &s[..n]);
            if let Ok((None, k)) = unit(&joined, 0) {
                if k > n + 1 {
                    return Ok((Some(Unit::Other(OtherUnit::new_unchecked(&joined[..k]))), s.len() - rest.len() + (k - n - 1)));
                }
            }
        }
        if ends(parsed.1) {
            return Ok((Some(parsed.0), parsed.1));
        }
    }
    // a slash, spaces and a word the crate does not know (`2.5/ 株`, `2.5 / 株`): the unit that
    // reads without the spaces, kept so, as after a known unit (`704元/ 村`)
    if let Some(rest) = s.strip_prefix(['/', '／']) {
        let word = rest.trim_start_matches(is_space);
        if word.len() < rest.len() {
            let joined = format!("/{word}");
            if let Ok((None, k)) = unit(&joined, 0) {
                if k > 1 {
                    return Ok((None, s.len() - word.len() + (k - 1)));
                }
            }
        }
    }
    // a unit written otherwise: letters only (Chinese, or Latin of either width), no digits, at
    // most six characters; never a word of comparing (`12不高于` is no 12 of a unit 不高于)
    if super::comparator::comparator(s).is_ok() {
        return Err(err(K::ExpectedUnitOrEnd, offset));
    }
    let mut end = 0;
    let (mut cjk, mut latin, mut count) = (false, false, 0);
    for (i, c) in s.char_indices() {
        if starts_with_stop(&s[i..]) {
            break;
        }
        let ok = if is_cjk(c) {
            cjk = true;
            // no magnitude, no numeral (a unit holding one would print as another number), and no
            // word that ends a date (`12.31前` is a date, never 12.31 of a unit 前), nor 季 (`2-4季`
            // is the second to fourth quarters), nor a word of reaching (达, 至, 到: `100%到位`
            // is 100% noted 到位, `100至天` no unit 至天), nor of a number said roughly (来, 几:
            // `100来人` is about a hundred people, no unit 来人), nor 全, whole (`2021全年`,
            // `100全覆盖`, `30全县`: the whole year, county; no count of a unit 全年)
            !(matches!(c, '万' | '亿' | '萬' | '億' | '十' | '拾' | '百' | '佰' | '千' | '仟' | '至' | '到')
                || numeral::is_chinese_digit(c)
                || (i == 0 && matches!(c, '前' | '底' | '末' | '止' | '内' | '余' | '多' | '来' | '几' | '季' | '达' | '全')))
        } else if c.is_ascii_alphabetic() || matches!(c, 'ａ'..='ｚ' | 'Ａ'..='Ｚ') {
            // (Latin letters in either width: `≥5Ｇ` as `≥5G`)
            latin = true;
            true
        } else {
            matches!(c, '/' | '／' | '·' | '²' | '³' | '㎡' | '㎞' | '℃')
        };
        // a seventh character makes no unit either: the rest of a sentence is not read
        if !ok || count == 6 {
            return Err(err(K::ExpectedUnitOrEnd, offset));
        }
        end = i + c.len_utf8();
        count += 1;
    }
    if end == 0 || count > 6 || (cjk && latin) || s[..end].chars().all(|c| matches!(c, '/' | '／')) {
        return Err(err(K::ExpectedUnitOrEnd, offset));
    }
    // nor a word of doing (`100完成`, `1到位`: no 100 of a unit 完成) or one that ends with a word
    // of time (`17点前` is a time of day, no 17 of a unit 点前)
    let word = &s[..end];
    if super::strip_any(word, &super::date::DONE).is_some() || word.ends_with(['前', '后', '底', '止']) {
        return Err(err(K::ExpectedUnitOrEnd, offset));
    }
    // nor the name of a measure, as the label rules know one (`100覆盖率`, `6070执行数`,
    // `10满意度`, `29.86累计完成值`: what is measured, of columns run together; but for the
    // periods of 度, 季度, 年度, 月度, and a unit per a word, whose end is a unit: `元/例`, `/人次`)
    // or a grade (`0.5良好以上`)
    if cjk && count > 1 && names_a_measure(word) {
        return Err(err(K::ExpectedUnitOrEnd, offset));
    }
    // a word that starts with a known unit is a unit only when it is made of units (人月, 亩次):
    // `年年底前` is no unit but a date the grammar could not read. A word of letters is whole
    // (`mol`, `ms`, `dB`: no 米 or 秒 in them), kept as written
    if cjk && KnownUnit::parse_prefix(s).is_some() && !made_of_units(&s[..end]) && !per_word(&s[..end]) {
        return Err(err(K::ExpectedUnitOrEnd, offset));
    }
    Ok((None, end))
}

/// Whether `v` is eight digits of a date: a year of 1900–2199, a month and a day of it
/// (`20211031`).
fn is_compact_date(v: Decimal) -> bool {
    if v.scale() != 0 || !(19_000_101..=21_991_231).contains(&v.mantissa()) {
        return false;
    }
    let n = v.mantissa();
    let (month, day) = ((n / 100) % 100, n % 100);
    (1..=12).contains(&month) && (1..=31).contains(&day)
}

/// Whether a word after a number, of two characters or more, names a measure or a grade and
/// so is no unit (`覆盖率`, `执行数`, `良好以上`, `/预批复数`), as the label rules know a measure's
/// name; but for the periods (`季度`, `年度`, `月度`, `周度`) and a unit per a known unit, whose
/// end is a unit (`元/例`, `/人次`). Asked by the unit rule and by the shortcut that reads a
/// slash and a word ([`super::slash_word`]), so that the two agree.
pub(super) fn names_a_measure(word: &str) -> bool {
    names_a_measure_not_grade(word) || crate::Grade::from_word(word).is_some()
}

/// [`names_a_measure`] but for the grades: what it says of a word after a slash (`/预批复数`),
/// which names no grade (a test checks it).
pub(super) fn names_a_measure_not_grade(word: &str) -> bool {
    // (the name first: most words end in no measure word, and the periods are not looked for)
    if !super::value::is_measure_name(word) {
        return false;
    }
    let per_unit = word.contains(['/', '／'])
        && word.rsplit(['/', '／']).next().is_some_and(|w| KnownUnit::parse_prefix(w).is_some_and(|(_, n)| n == w.len()));
    !(word.ends_with("季度") || word.ends_with("年度") || word.ends_with("月度") || word.ends_with("周度") || per_unit)
}

/// Whether `s` is a known unit per words the crate does not know (`元/村`, `元/床`, `元/村·年`):
/// a unit kept as written, as `村` alone is. No word after the slash starts with a date's word,
/// nor holds one that ends a date (`元/年底前`, `次/季度末`, `次/周末` are none).
fn per_word(s: &str) -> bool {
    let Some((_, n)) = KnownUnit::parse_prefix(s) else { return false };
    let Some(rest) = s[n..].strip_prefix(['/', '／']) else { return false };
    !rest.is_empty()
        && rest.split('·').all(|w| {
            let known = KnownUnit::parse_prefix(w).is_some_and(|(_, n)| n == w.len());
            known
                || (!w.is_empty()
                    && w.chars().all(is_cjk)
                    && !w.starts_with(['年', '月', '日'])
                    // (nor 起 after a unit, "from": `500元/人起` is no unit 元/人起)
                    && !w.contains(['前', '底', '末', '止', '内', '起'])
                    // (nor a date: `1次/全年`, `1次/上半年`)
                    && !matches!(w, "全年" | "当年" | "本年" | "次年" | "全年度" | "本年度" | "当年度")
                    && super::date::deadline(w, 0).is_none())
        })
}

/// The unit read by [`unit`], allocated when it is a word kept as written.
pub(super) fn owned_unit(s: &str, read: Option<Unit>, len: usize) -> Unit {
    read.unwrap_or_else(|| {
        let written = &s[..len];
        // (spaces after a leading slash are not kept: `/ 株` is the unit `/株`, as it reads)
        if let Some(after) = written.strip_prefix(['/', '／']) {
            let word = after.trim_start_matches(is_space);
            if word.len() < after.len() {
                return Unit::Other(OtherUnit::new_unchecked(&format!("/{}", word.replace('／', "/"))));
            }
        }
        // a full-width slash is the slash (`元／村` is `元/村`, as `元／人` is `元/人`)
        match super::chars::holds(written, '／') {
            true => Unit::Other(OtherUnit::new_unchecked(&written.replace('／', "/"))),
            false => Unit::Other(OtherUnit::new_unchecked(written)),
        }
    })
}

/// How a quantity was written, for the range rules.
pub(super) struct Written {
    pub(super) quantity: Quantity,
    /// Bytes used.
    pub(super) len: usize,
    /// The magnitude was written (not taken from the other end of a range).
    pub(super) has_magnitude: bool,
    /// 余 or 多 followed the number (`3万余人`, `2000多人`): more than it.
    pub(super) more: bool,
}

/// Whether `s` starts with a character that [`quantity_bare`] may read a quantity from: a
/// digit, sign or Chinese numeral ([`numeral::may_start_number`]), a place or magnitude (of a
/// share in words, `千分之三`, or one without its 一, `千余人`) or 半 (`半年`). A digit first
/// (most quantities) is told by its byte.
fn may_start_quantity(s: &str) -> bool {
    match s.as_bytes().first() {
        Some(b'0'..=b'9' | b'-' | b'+') => true,
        Some(_) => s
            .chars()
            .next()
            .is_some_and(|c| numeral::may_start_number(c) || matches!(c, '－' | '半' | '佰' | '千' | '仟' | '万' | '萬' | '亿' | '億')),
        None => false,
    }
}

/// A number with its magnitude and unit, at `s` (which is `offset` bytes into the value).
///
/// The parts compose whatever script the number is written in: a number (Arabic, full-width or
/// Chinese digits), a magnitude (万, 亿, 千 after digits), 余 or 多 (more than it), and a unit,
/// with spaces allowed between any two (`≥ 2 万 人`, `八千余人`, `三万多元`).
pub(super) fn quantity(s: &str, offset: usize) -> Result<Written, ParseError> {
    quantity_bare(s, offset, false)
}

/// [`quantity`], where `bare` allows a magnitude written without its 一 (`万人` after 近 or 逾);
/// before 余 or 多 one is always allowed (`千余人`, `万多元`).
pub(super) fn quantity_bare(s: &str, offset: usize, bare: bool) -> Result<Written, ParseError> {
    // what every rule below concludes where `s` starts with no character a number, sign, share
    // in words or half starts with (a sentence or a label the rules before left: `工5%`), told
    // by that character (a test checks it on every character)
    if !may_start_quantity(s) {
        return Err(err(K::ExpectedNumber, offset));
    }
    read_quantity(s, offset, bare)
}

/// [`quantity_bare`] by its rules, each tried in turn (the reference of [`may_start_quantity`]).
#[inline(always)]
fn read_quantity(s: &str, offset: usize, bare: bool) -> Result<Written, ParseError> {
    // a word such as 一次性 or 三农 holds no number: what the numeral rules below conclude, asked
    // first (it starts no share in words, 成, sign, 半 or digit, which are read before them)
    if super::value::starts_numeral_word(s) {
        return Err(err(K::ExpectedNumber, offset));
    }
    let percent = |v| Quantity::new_unchecked(v, Magnitude::One, Unit::Known(KnownUnit::Percent));
    // 百分之九十五, 千分之三, 九成: shares in words
    if let Some((v, u, n)) = numeral::share_words(s).map_err(|e| e.shifted(offset))? {
        return Ok(Written {
            quantity: Quantity::new_unchecked(v, Magnitude::One, Unit::Known(u)),
            len: n,
            has_magnitude: false,
            more: false,
        });
    }
    if let Some((v, n)) = numeral::cheng(s) {
        return Ok(Written { quantity: percent(v), len: n, has_magnitude: false, more: false });
    }
    let (negative, sign_len) = match s.chars().next() {
        Some('-') => (true, 1),
        Some('－') => (true, 3),
        Some('+') => (false, 1),
        _ => (false, 0),
    };
    let body = &s[sign_len..];
    // 半年, 半个月, 半小时: half of a duration
    if let Some((u, n)) = half(body).filter(|_| sign_len == 0) {
        let quantity = Quantity::new_unchecked(Decimal::new(5, 1), Magnitude::One, Unit::Known(u));
        return Ok(Written { quantity, len: n, has_magnitude: false, more: false });
    }
    // the number, in either script; a Chinese numeral may carry its magnitude (两万)
    let (mut v, written_magnitude, n, chinese) = match numeral::arabic(body).map_err(|e| e.shifted(offset + sign_len))? {
        Some((v, n)) => (v, Magnitude::One, n, false),
        // (a word such as 一次性 or 三农 holds no number: what the numeral rules below conclude)
        None if super::value::starts_numeral_word(body) => return Err(err(K::ExpectedNumber, offset)),
        None => match numeral::chinese(numeral_before_unit(body)).filter(|_| sign_len == 0) {
            // (two digits side by side say a number roughly: read as none, the value keeps its
            // text, unread)
            Some((_, _, n)) if numeral::says_one_or_other(&body[..n]) => return Err(err(K::ExpectedNumber, offset)),
            Some((v, m, n)) => (v, m, n, true),
            // 千余人, 万多元, 近万人: one of the magnitude, its 一 left out
            None => match numeral::bare_magnitude(body)
                .filter(|&(_, _, n)| sign_len == 0 && (bare || body[n..].trim_start_matches(is_space).starts_with(['余', '多'])))
            {
                Some((v, m, n)) => (v, m, n, true),
                None => return Err(err(K::ExpectedNumber, offset)),
            },
        },
    };
    if negative {
        v.set_sign_negative(true);
    }
    let mut pos = sign_len + n;
    let mut magnitude = written_magnitude;
    let mut has_magnitude = written_magnitude != Magnitude::One;
    if !has_magnitude {
        let mut at = skip_spaces(s, pos);
        // 个 before 亿 counts hundreds of millions, as said aloud (`2个亿`, `两个亿`, `3个多亿`:
        // 2亿, more than 3亿): stepped over, 亿 is the magnitude
        // (spaces between them too: `2 个 亿`)
        let yi_after = |r: &str| {
            r.trim_start_matches(is_space).trim_start_matches(['多', '余', '餘']).trim_start_matches(is_space).starts_with(['亿', '億'])
        };
        if let Some(r) = s[at..].strip_prefix(['个', '個']).filter(|r| yi_after(r)) {
            pos = s.len() - r.len();
            at = skip_spaces(s, pos);
        }
        let (m, len) = numeral::magnitude(&s[at..]);
        // a Chinese numeral that holds 万 or 亿 takes no second magnitude past spaces, as it
        // takes none without them (`一万五 万元` is unread, as `一万五万元` is)
        if len > 0 && chinese && body[..n].contains(['万', '萬', '亿', '億']) {
            return Err(err(K::ExpectedUnitOrEnd, offset + at));
        }
        if len > 0 {
            magnitude = m;
            has_magnitude = true;
            pos = at + len;
            // a smaller place after 万 or 亿, in digits (`1万2千人` is 1.2万人, as `一万二千人`)
            let after = skip_spaces(s, pos);
            if let Some((more, n)) = smaller_place(&s[after..], m).filter(|_| v.scale() == 0) {
                v = (v + more).normalize();
                pos = after + n;
            }
        }
    }
    check_range(v, magnitude, offset)?;
    // digits before 月 name a month (`12月底前100%到位`): [`unit`] refuses it there, and no rule
    // between reads 月 (no unit, magnitude in parentheses, half, 余 or scale starts with it), so
    // its answer is given before they are looked for (a Chinese numeral may count months, `两月`)
    let at = skip_spaces(s, pos);
    if !chinese && s[at..].starts_with('月') {
        return Err(err(K::MonthWithComparator, offset + at));
    }
    // and eight digits of a year, month and day before 日 write a date whose 年 and 月 were
    // lost (`20211031日`, `202191-20211031日`), no count of some twenty million days
    if !chinese && s[at..].starts_with('日') && is_compact_date(v) {
        return Err(err(K::ExpectedUnitOrEnd, offset + at));
    }
    // a number that ends the text, or the low end of a range before its dash (`1-6期`, `18—54周岁`),
    // has no unit: what the rules below conclude (no magnitude in parentheses, half, 余, unit
    // or 成 starts with a dash, and [`unit`] stops at once), told by the bytes
    if ends_or_dash(&s[at..]) {
        return Ok(Written { quantity: Quantity::new_unchecked(v, magnitude, Unit::None), len: pos, has_magnitude, more: false });
    }
    // a magnitude and unit in parentheses (`≥5（万元）`, `100(万人)`), as `（个）` is a unit: before,
    // a note, and the value lost its 万
    if !has_magnitude {
        let at = skip_spaces(s, pos);
        if let Some((m, unit, n)) = paren_magnitude(&s[at..]) {
            check_range(v, m, offset)?;
            return Ok(Written { quantity: Quantity::new_unchecked(v, m, unit), len: at + n, has_magnitude: true, more: false });
        }
    }
    // 一年半, 一个半月, 两个半小时: a whole number of a duration and a half (a year of the
    // calendar is no duration: `2025年半` is left to the rules after)
    // (半 looked for first: a comparison of decimals costs more than the search; only where
    // and_a_half can find it, within `个半` and a unit of up to four characters, so that a
    // sentence after a number is not searched to its end)
    let at = skip_spaces(s, pos);
    let near = &s.as_bytes()[at..s.len().min(at + HALF_WITHIN)];
    if holds_half(near) && !has_magnitude && !negative && v.scale() == 0 && (1..1000).contains(&v.mantissa()) {
        if let Some((u, n)) = and_a_half(&s[at..]) {
            let quantity = Quantity::new_unchecked(v + Decimal::new(5, 1), Magnitude::One, Unit::Known(u));
            return Ok(Written { quantity, len: at + n, has_magnitude: false, more: false });
        }
    }
    // 余 / 多 between the number and its unit: more than the number (3万余人, 2000多人), or
    // before its magnitude: more than the number in it (30余万元, 三十多万人, 300余亿元)
    let at = skip_spaces(s, pos);
    let more = match s[at..].strip_prefix(['余', '多']) {
        Some(r) => {
            let r = r.trim_start_matches(is_space);
            let m_at = skip_spaces(s, at + 3);
            match (numeral::magnitude(&s[m_at..]), magnitude) {
                // 万, 亿 and their compounds: 余 before 百 or 千 alone is no way of writing
                ((m, len), Magnitude::One) if !matches!(m, Magnitude::One | Magnitude::Bai | Magnitude::Qian) => {
                    check_range(v, m, offset)?;
                    (magnitude, has_magnitude) = (m, true);
                    pos = m_at + len;
                    true
                }
                // a place, 余, then 万 or 亿: `3千余万元` is more than 3千万元 (as 千万 reads)
                ((big @ (Magnitude::Wan | Magnitude::Yi), len), small @ (Magnitude::Bai | Magnitude::Qian))
                    if written_magnitude == Magnitude::One =>
                {
                    let place = if small == Magnitude::Bai { 2 } else { 3 };
                    let m = numeral::places(place, Some(big)).unwrap_or(magnitude);
                    check_range(v, m, offset)?;
                    magnitude = m;
                    pos = m_at + len;
                    true
                }
                // (what follows past spaces decides, as for the magnitude: `8千余 村` is no number
                // of a unit 村, as `8千村` is none)
                _ if starts_with_stop(r) || KnownUnit::parse_prefix(r).is_some() => {
                    pos = at + 3;
                    true
                }
                _ => false,
            }
        }
        None => false,
    };
    let spaced = skip_spaces(s, pos);
    // 两 counts, so 月 after it is months, not February (`两月内` is within two months, as
    // `两个月内`); every other number before 月 names the month, read by the date rules
    let counted_months = chinese && body.starts_with(['两', '兩']) && n == '两'.len_utf8() && s[spaced..].starts_with('月');
    let read = match counted_months {
        true => Ok((Some(Unit::Known(KnownUnit::Month)), '月'.len_utf8())),
        false => unit(&s[spaced..], offset + spaced),
    };
    // tenths after digits, as after a Chinese numeral (`8成以上` is `八成以上`, ≥80%; `9.5成` is
    // 95%): 成 that ends the quantity, after a number of at most ten (成 looked for first: the
    // comparison of decimals costs more, and most quantities have no 成)
    if let Some(after) = s[spaced..].strip_prefix('成').filter(|r| starts_with_stop(r)) {
        if let Some(share) = tenths_share(v).filter(|_| !chinese && magnitude == Magnitude::One) {
            let quantity = Quantity::new_unchecked(share, Magnitude::One, Unit::Known(KnownUnit::Percent));
            return Ok(Written { quantity, len: s.len() - after.len(), has_magnitude, more });
        }
    }
    // a count per a scale of people (`15/10万`, `1例/万人`), where no known unit ends the
    // quantity (looked for only then: most quantities have one)
    if !matches!(read, Ok((Some(_), _))) && !more {
        if let Some((u, n)) = per_scale(&s[spaced..]) {
            return Ok(Written { quantity: Quantity::new_unchecked(v, magnitude, Unit::Known(u)), len: spaced + n, has_magnitude, more });
        }
    }
    let (read, u) = match read {
        // Chinese numerals take only units the crate knows, so that 一次性 and 三农 stay text
        // (and those per a word: `七百元/村` as `700元/村`)
        Ok((None, n)) if chinese && !per_word(&s[spaced..spaced + n]) => return Err(err(K::ExpectedNumber, offset)),
        Ok(read) => read,
        Err(_) if chinese => return Err(err(K::ExpectedNumber, offset)),
        Err(e) => return Err(e),
    };
    // and end there (a note after them is text: 一次性补助, 三个项目全部完成), spaced or not
    // (`五% 完成` as `五%完成`)
    if chinese && !starts_with_stop(s[spaced + u..].trim_start_matches(super::is_space)) {
        return Err(err(K::ExpectedNumber, offset));
    }
    let unit = owned_unit(&s[spaced..], read, u);
    if u > 0 {
        pos = spaced + u;
    }
    Ok(Written { quantity: Quantity::new_unchecked(v, magnitude, unit), len: pos, has_magnitude, more })
}

/// Whether `s` is empty or starts with a dash of a range (`-`, `—`, `–`, `－`, `～`, `~`, `〜`: those
/// of [`super::comparator::is_range_dash`] but the words 至 and 到), told by its bytes.
#[inline]
fn ends_or_dash(s: &str) -> bool {
    matches!(
        s.as_bytes(),
        [] | [b'-' | b'~', ..] | [0xe2, 0x80, 0x93 | 0x94, ..] | [0xef, 0xbc, 0x8d, ..] | [0xef, 0xbd, 0x9e, ..] | [0xe3, 0x80, 0x9c, ..]
    )
}

/// `v` tenths (成) as a share in percent, for a number of at most ten and not negative (`8成` is
/// 80%, `9.5成` 95%); `None` for any other, after which 成 is no share.
pub(super) fn tenths_share(v: Decimal) -> Option<Decimal> {
    (!v.is_sign_negative() && v <= Decimal::TEN).then(|| (v * Decimal::TEN).normalize())
}

/// A power of ten of people a count is written per with digits before its magnitude (`10万`,
/// `１万`, `100萬`, `1千`: the digits in either width, the magnitude in either script), and the
/// rest after it; the scales in words are [`numeral::SCALE_WORDS`]. Only scales written with a
/// magnitude: a number alone after a slash is a fraction or a scale of another kind (`90/100`
/// points, `1/1000` a map's scale).
fn digit_scale(s: &str) -> Option<(&str, KnownUnit)> {
    let (n, _, at) = numeral::digit_run(s);
    // (as written: no leading zero, `01万`)
    if !s.starts_with(['1', '１']) {
        return None;
    }
    let rest = &s[at..];
    let (unit, m) = match (n, rest.chars().next()?) {
        (1, '千' | '仟') => (KnownUnit::PerMille, 3),
        (1, '万' | '萬') => (KnownUnit::PerTenThousand, 3),
        (10, '万' | '萬') => (KnownUnit::PerHundredThousand, 3),
        (100, '万' | '萬') => (KnownUnit::PerMillion, 3),
        _ => return None,
    };
    Some((&rest[m..], unit))
}

/// A count per a power of ten of people, after its number (`15/10万`, `1例/万人`, `5人/千人口`):
/// a share in the unit of its scale (per 千 ‰, per 万 ‱, per 10万 [`KnownUnit::PerHundredThousand`]),
/// the number kept as written. The unit counted (例, 人) is what the share is of, and is not
/// kept. The unit and the bytes used; `None` unless the scale ends the quantity.
pub(super) fn per_scale(s: &str) -> Option<(KnownUnit, usize)> {
    // no slash (`/`, or the last byte of `／`) in the first bytes, where a counted unit of up
    // to four characters and the slash would be: most quantities, told without a unit lookup
    // (eight bytes at a time: a byte at a time was most of the cost of a quantity without one)
    let head = &s.as_bytes()[..s.len().min(13)];
    super::chars::find_either(head, b'/', 0x8f)?;
    let mut at = 0;
    if let Some((u, n)) = KnownUnit::parse_prefix(s) {
        if u.dimension() != crate::unit::Dimension::Count {
            return None;
        }
        at = n;
    }
    // (spaces around the slash, as around a rate's: `15 / 10万`)
    let r = s[at..].trim_start_matches(is_space).strip_prefix(['/', '／'])?.trim_start_matches(is_space);
    let words = numeral::SCALE_WORDS.iter().filter(|(_, u)| *u != KnownUnit::Percent);
    let (r, unit) = digit_scale(r).or_else(|| words.into_iter().find_map(|&(w, u)| r.strip_prefix(w).map(|r| (r, u))))?;
    let r = r.strip_prefix("人口").or_else(|| r.strip_prefix('人')).unwrap_or(r);
    // the scale ends the quantity, before a stop or a note in brackets: `/千克` and `/万元` are
    // no shares
    let ends = r.is_empty() || starts_with_stop(r) || r.starts_with(is_space) || r.starts_with(['(', '（']);
    ends.then_some((unit, s.len() - r.len()))
}

/// Half of a duration written alone (`半年`, `半个月`, `半小时`, `半天`), ending where a
/// quantity may end: its unit and the bytes used. `半月` is none (月 alone is a month of the
/// calendar), nor are halves of anything but time (`半数以上` is text).
fn half(s: &str) -> Option<(KnownUnit, usize)> {
    let (u, m) = KnownUnit::parse_prefix(s.strip_prefix('半')?)?;
    let n = '半'.len_utf8() + m;
    (is_duration(u) && starts_with_stop(&s[n..])).then_some((u, n))
}

/// A duration and a half after a whole number: 个半 before its unit (`一个半月`, `两个半小时`,
/// `1个半工作日`) or 半 after it (`一年半`, `1天半`). Its unit and the bytes used; what follows
/// is the caller's to read (`1年半前`, `1个半月完成`: the half is the quantity's wherever a note
/// or a word follows, never the start of a note).
/// The bytes after a number within which [`and_a_half`] finds its 半: `个半` and the longest
/// unit of time (`工作日`), or a unit of up to four characters and 半 (a test checks it).
const HALF_WITHIN: usize = 24;

/// Whether the bytes `near` (of a text, cut anywhere) hold 半 (E5 8D 8A): its last byte looked
/// for eight bytes at a time, the two before compared only there. [`super::chars::holds`] steps
/// a byte at a time, which costs the two dozen bytes after every number more.
fn holds_half(near: &[u8]) -> bool {
    super::chars::holds_three(near, '半')
}

fn and_a_half(s: &str) -> Option<(KnownUnit, usize)> {
    let (u, n) = match s.strip_prefix("个半") {
        // 个半月: the month of 个月, 个 written before 半
        Some(r) if r.starts_with('月') => (KnownUnit::Month, "个半月".len()),
        Some(r) => {
            let (u, m) = KnownUnit::parse_prefix(r)?;
            (u, "个半".len() + m)
        }
        None => {
            let (u, m) = KnownUnit::parse_prefix(s)?;
            (u, m + s[m..].strip_prefix('半').map(|_| '半'.len_utf8())?)
        }
    };
    is_duration(u).then_some((u, n))
}

/// Whether `u` measures time (年, 个月, 天, 小时, 工作日 …).
pub(super) fn is_duration(u: KnownUnit) -> bool {
    u.dimension() == crate::unit::Dimension::Duration
}

/// The value times its magnitude must fit a [`Decimal`].
#[inline]
pub(super) fn check_range(v: Decimal, m: Magnitude, offset: usize) -> Result<(), ParseError> {
    if m == Magnitude::One {
        return Ok(());
    }
    // a number under 2⁴⁴ times any magnitude (at most 10¹², under 2⁴⁰) is under 2⁸⁴, well inside
    // the 96 bits of a Decimal: the multiplication (the commonest values have a magnitude) is
    // needed only for larger numbers
    if v.mantissa().unsigned_abs() < 1 << 44 {
        return Ok(());
    }
    v.checked_mul(m.factor()).map(|_| ()).ok_or_else(|| err(K::NumberTooLarge, offset))
}

/// The ends of a range, in the high end's magnitude and unit.
pub(super) fn range_ends(low: Written, high: Written, offset: usize) -> Result<(Decimal, Decimal, Magnitude, Unit), ParseError> {
    let h = high.quantity;
    let l = low.quantity;
    if !l.unit().is_none() && l.unit() != h.unit() {
        return Err(err(K::RangeUnitMismatch, offset));
    }
    // the low end takes the high end's magnitude unless it wrote its own (1-3万 is 1万-3万);
    // a low end that would then exceed the high end is read as written (5000-2万)
    let factor = h.magnitude().factor();
    let low_value = if low.has_magnitude || l.magnitude() != Magnitude::One {
        l.normalized().checked_div(factor)
    } else if l.value().checked_mul(factor).is_some_and(|v| v <= h.normalized()) {
        Some(l.value())
    } else {
        l.value().checked_div(factor)
    };
    let low_value = low_value.ok_or(err(K::NumberTooLarge, offset))?;
    if low_value > h.value() {
        return Err(err(K::RangeReversed, offset));
    }
    // years a table names, which the date rules did not read as a period (`02000-2000年`):
    // printed, they would read as one
    if crate::threshold::Range::prints_as_period(low_value, h.value(), h.magnitude(), h.unit()) {
        return Err(err(K::Contradiction, offset));
    }
    Ok((low_value, h.value(), h.magnitude(), h.unit().clone()))
}

#[cfg(test)]
mod tests {
    /// Where `may_start_quantity` turns a text away, every rule of `quantity_bare` did: the same
    /// error, at the same place, whatever follows the first character.
    #[test]
    fn what_may_not_start_a_quantity_reads_as_none() {
        let mut turned = 0;
        for c in (0..0x1_0000u32).filter_map(char::from_u32).chain(['𠀀', '😀']) {
            for tail in ["", "5%", "０", "分之三", "分之五", "分百", "成", "成五", "万人", "余人", "多元", "年", "个月", "一", "十"]
            {
                let s = format!("{c}{tail}");
                if !super::may_start_quantity(&s) {
                    turned += 1;
                    for bare in [false, true] {
                        let read = super::read_quantity(&s, 7, bare).err().map(|e| format!("{e:?}"));
                        assert_eq!(read, Some(format!("{:?}", super::err(super::K::ExpectedNumber, 7))), "{s}");
                    }
                }
            }
        }
        assert!(!super::may_start_quantity("") && turned > 60_000, "{turned}");
    }

    /// [`super::holds_half`] finds what [`super::super::chars::holds`] finds, on text cut anywhere.
    #[test]
    fn a_half_by_its_last_byte_is_a_half() {
        for t in [
            "",
            "半",
            "1年半",
            "个半月完成",
            "一个半小时以上的",
            "卖半",
            "\u{534a}\u{538a}\u{8a}",
            "腊月",
            "12月底前100%到位",
            "半年半年半年半年半年半年",
        ] {
            let b = t.as_bytes();
            for i in 0..=b.len() {
                for j in i..=b.len() {
                    assert_eq!(super::holds_half(&b[i..j]), super::super::chars::holds(&b[i..j], '半'), "{t:?} {i} {j}");
                }
            }
        }
    }

    /// The dashes [`super::ends_or_dash`] tells by their bytes are those of the range rule but
    /// 至 and 到, which stop a quantity only where they start no word; none starts a unit.
    #[test]
    fn dashes_by_bytes_are_the_range_dashes() {
        for c in (0..0x1_0000u32).filter_map(char::from_u32) {
            let s = format!("{c}5");
            let dash = super::super::comparator::is_range_dash(c) && !matches!(c, '至' | '到');
            assert_eq!(super::ends_or_dash(&s), dash, "{c:?}");
            if dash {
                assert!(super::starts_with_stop(&s) && crate::unit::KnownUnit::parse_prefix(&s).is_none(), "{c:?}");
            }
        }
        assert!(super::ends_or_dash(""));
    }

    /// Every 半 that [`super::and_a_half`] reads lies within [`super::HALF_WITHIN`] bytes of
    /// where it starts: `个半` and the longest spelling of a unit of time, or a unit of time
    /// and 半.
    #[test]
    fn a_half_is_looked_for_far_enough() {
        for &(spelling, u) in crate::unit::spellings() {
            if super::is_duration(u) {
                for s in [format!("个半{spelling}"), format!("{spelling}半")] {
                    if let Some((_, n)) = super::and_a_half(&s) {
                        assert!(n <= super::HALF_WITHIN, "{s}");
                    }
                }
            }
        }
        assert_eq!(super::and_a_half("个半工作日").map(|(_, n)| n), Some("个半工作日".len()));
    }
}
