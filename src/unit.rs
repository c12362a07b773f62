//! Units (计量单位): an open set. Known units carry a [`Dimension`] and convert within it.
//!
//! The alias table follows the way real tables write units: full-width and half-width symbols,
//! traditional characters (個 人次 畝), Latin abbreviations (`km`, `M` for metres, `㎡`).

use core::fmt;
use core::str::FromStr;

use rust_decimal::Decimal;

use crate::text::first_char;

/// What a unit measures (量纲). Two quantities compare only when their units convert into one
/// another: durations do (`1天` is `24小时`), counts of different things (人 and 家) never do.
///
/// ```
/// use jixiao::{Dimension, KnownUnit, Unit};
/// assert_eq!(KnownUnit::Hour.dimension(), Dimension::Duration);
/// assert_eq!("分".parse::<Unit>()?.dimension(), Some(Dimension::Points)); // 分 is a score
/// assert_eq!("分钟".parse::<Unit>()?.dimension(), Some(Dimension::Duration));
/// # Ok::<(), jixiao::ParseError>(())
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[cfg_attr(feature = "serde", serde(rename_all = "snake_case"))]
#[cfg_attr(feature = "schemars", derive(schemars::JsonSchema))]
#[non_exhaustive]
pub enum Dimension {
    /// 比率: `%`, `‰`, `倍`.
    Ratio,
    /// 数量: 个 人 家 次 …; each count is its own base.
    Count,
    /// 金额: 元, 美元.
    Money,
    /// 时长: 秒 … 周 convert among themselves, 月 季度 年 among themselves; 工作日 stands alone.
    Duration,
    /// 长度: 米, 公里, 厘米.
    Length,
    /// 面积: 平方米, 亩, 公顷, 平方公里.
    Area,
    /// 质量: 吨, 千克, 克, 斤.
    Mass,
    /// 体积: 立方米, 升.
    Volume,
    /// 分值: points of a score (`满意度≥90分`, `考核得分≥85分`); never minutes, which tables
    /// write 分钟.
    Points,
}

macro_rules! known_units {
    ($( $(#[$doc:meta])* $v:ident = $canon:literal, $dim:ident, $base:ident, ($m:expr, $s:expr), [$($alias:literal),*]; )*) => {
        /// A unit the crate knows (已知单位): its canonical spelling, its [`Dimension`], and how
        /// it converts.
        ///
        /// ```
        /// use jixiao::{Dimension, KnownUnit, Unit};
        /// assert_eq!(KnownUnit::Percent.as_str(), "%");
        /// assert_eq!("％".parse::<Unit>()?, Unit::Known(KnownUnit::Percent));
        /// assert!(KnownUnit::Day.converts_to(KnownUnit::Hour));
        /// assert!(!KnownUnit::Ren.converts_to(KnownUnit::Jia)); // 人 and 家 are different counts
        /// assert!(!KnownUnit::WorkDay.converts_to(KnownUnit::Day));
        /// # Ok::<(), jixiao::ParseError>(())
        /// ```
        #[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
        #[non_exhaustive]
        pub enum KnownUnit {
            $( $(#[$doc])* $v, )*
        }

        impl KnownUnit {
            /// Every known unit, in table order.
            pub const ALL: &'static [KnownUnit] = &[$(KnownUnit::$v),*];

            /// The canonical spelling (`%` for `％` and `百分比`, `个` for `個`).
            pub const fn as_str(self) -> &'static str {
                match self { $(KnownUnit::$v => $canon,)* }
            }

            /// What the unit measures.
            pub const fn dimension(self) -> Dimension {
                match self { $(KnownUnit::$v => Dimension::$dim,)* }
            }

            /// The unit this one converts to, and how many of it one of this unit is
            /// (`小时` is 3600 `秒`; `亩` is the base of area, 1 `平方米` = 0.0015 `亩`).
            pub(crate) fn base(self) -> (KnownUnit, Decimal) {
                match self { $(KnownUnit::$v => (KnownUnit::$base, Decimal::new($m, $s)),)* }
            }
        }

        /// Every spelling of every unit, in table order (sorted for lookup in [`ALIASES`]).
        const ALIAS_TABLE: &[(&str, KnownUnit)] = &[$($( ($alias, KnownUnit::$v), )* ($canon, KnownUnit::$v), )*];
    };
}

/// The signs of percent tables write: `%`, full-width `％` and small `﹪` (U+FE6A), each a
/// spelling of [`KnownUnit::Percent`]; the readers that look for a percent sign by its character
/// ask this one list.
pub(crate) const PERCENT_SIGNS: [char; 3] = ['%', '％', '﹪'];

known_units! {
    /// 百分比 `%`.
    Percent = "%", Ratio, Percent, (1, 0), ["％", "﹪", "%(百分比)", "%（百分比）", "％(百分比)", "％（百分比）", "﹪(百分比)", "﹪（百分比）", "百分比"];
    /// 千分比 `‰`.
    PerMille = "‰", Ratio, Percent, (1, 1), [];
    /// 万分比 `‱` (per ten thousand: 1‱ = 0.01%).
    PerTenThousand = "‱", Ratio, Percent, (1, 2), [];
    /// Per hundred thousand (十万分之, `/10万`: 孕产妇死亡率 `≤15/10万`; 1/10万 = 0.001%). A
    /// number written against it is per 10万, as the table wrote it.
    PerHundredThousand = "/10万", Ratio, Percent, (1, 3), [];
    /// Per million (百万分之, `/100万`; 1/100万 = 0.0001%).
    PerMillion = "/100万", Ratio, Percent, (1, 4), [];
    /// 百分点 (a percentage point: the difference of two rates). Its own unit, never `%`:
    /// `提高2个百分点` from 90% is 92%, not 90% × 1.02.
    PercentagePoint = "个百分点", Ratio, PercentagePoint, (1, 0), ["百分点"];
    /// 倍 (a multiple; 1倍 = 100%).
    Times = "倍", Ratio, Percent, (100, 0), [];
    /// 个.
    Ge = "个", Count, Ge, (1, 0), ["個"];
    /// 人.
    Ren = "人", Count, Ren, (1, 0), ["人数"];
    /// 人次 (person-times). `人/次` stays people per occasion (`每次2人` prints so), whatever a
    /// table may mean by it.
    RenCi = "人次", Count, RenCi, (1, 0), [];
    /// 家.
    Jia = "家", Count, Jia, (1, 0), [];
    /// 户.
    Hu = "户", Count, Hu, (1, 0), ["戶"];
    /// 套.
    Tao = "套", Count, Tao, (1, 0), [];
    /// 台.
    Tai = "台", Count, Tai, (1, 0), ["臺"];
    /// 件.
    Jian = "件", Count, Jian, (1, 0), [];
    /// 项.
    Xiang = "项", Count, Xiang, (1, 0), ["項"];
    /// 份.
    Fen = "份", Count, Fen, (1, 0), [];
    /// 次.
    Ci = "次", Count, Ci, (1, 0), [];
    /// 篇.
    Pian = "篇", Count, Pian, (1, 0), [];
    /// 场.
    Chang = "场", Count, Chang, (1, 0), ["場", "场次", "場次"];
    /// 批.
    Pi = "批", Count, Pi, (1, 0), ["批次"];
    /// 辆.
    Liang = "辆", Count, Liang, (1, 0), ["輛"];
    /// 座.
    Zuo = "座", Count, Zuo, (1, 0), [];
    /// 所.
    Suo = "所", Count, Suo, (1, 0), [];
    /// 名.
    Ming = "名", Count, Ming, (1, 0), [];
    /// 张.
    Zhang = "张", Count, Zhang, (1, 0), ["張"];
    /// 本.
    Ben = "本", Count, Ben, (1, 0), [];
    /// 册.
    Ce = "册", Count, Ce, (1, 0), ["冊"];
    /// 期.
    Qi = "期", Count, Qi, (1, 0), [];
    /// 条.
    Tiao = "条", Count, Tiao, (1, 0), ["條"];
    /// 处.
    Chu = "处", Count, Chu, (1, 0), ["處"];
    /// 间.
    JianRoom = "间", Count, JianRoom, (1, 0), ["間"];
    /// 块.
    Kuai = "块", Count, Kuai, (1, 0), ["塊"];
    /// 只.
    Zhi = "只", Count, Zhi, (1, 0), ["隻"];
    /// 头.
    Tou = "头", Count, Tou, (1, 0), ["頭"];
    /// 株.
    Zhu = "株", Count, Zhu, (1, 0), [];
    /// 棵.
    Ke = "棵", Count, Ke, (1, 0), [];
    /// 粒.
    Li = "粒", Count, Li, (1, 0), [];
    /// 栋.
    Dong = "栋", Count, Dong, (1, 0), ["棟"];
    /// 岁 (age in years).
    Sui = "岁", Count, Sui, (1, 0), ["周岁", "歲"];
    /// 起 (incidents: `≤1起`, `0起安全事故`).
    Incident = "起", Count, Incident, (1, 0), [];
    /// 例 (cases: `≤2例`).
    Case = "例", Count, Case, (1, 0), [];
    /// 宗 (files, lots, lawsuits: `3宗`).
    Zong = "宗", Count, Zong, (1, 0), ["宗地"];
    /// 生 (a student, in rates such as `780元/生/年`).
    Sheng = "生", Count, Sheng, (1, 0), [];
    /// 元.
    Yuan = "元", Money, Yuan, (1, 0), ["元整"];
    /// 美元.
    Usd = "美元", Money, Usd, (1, 0), [];
    /// 秒.
    Second = "秒", Duration, Second, (1, 0), ["秒钟", "秒鐘"];
    /// 分钟 (never written 分 alone: that is [`KnownUnit::Point`]).
    Minute = "分钟", Duration, Second, (60, 0), ["分鐘", "min"];
    /// 小时 (also written 时, 个小时, h).
    Hour = "小时", Duration, Second, (3600, 0), ["个小时", "個小時", "小時", "时", "時", "h", "H"];
    /// 天 (also written 日, 自然日: a calendar day, as against a 工作日).
    Day = "天", Duration, Second, (86400, 0), ["日", "自然日", "个自然日", "個自然日", "日历天", "个日历天", "日曆天"];
    /// 周 (week).
    Week = "周", Duration, Second, (604800, 0), ["个星期", "個星期", "星期", "週"];
    /// 个月 (a duration; `6月` alone is June, a date, and `次/月` a rate per month).
    Month = "个月", Duration, Month, (1, 0), ["個月"];
    /// 个季度 (a duration; `3季度` alone is the third quarter, a period, as `6月` is June).
    Quarter = "个季度", Duration, Month, (3, 0), ["季度", "個季度"];
    /// 半年 (a half-year, as rates count it: `1次/半年`, `每半年1次`; `半年` alone reads as 0.5年,
    /// and `3个半年` as 3.5年).
    HalfYear = "半年", Duration, Month, (6, 0), [];
    /// 年.
    Year = "年", Duration, Month, (12, 0), [];
    /// 工作日: its own unit, does not convert to hours.
    WorkDay = "工作日", Duration, WorkDay, (1, 0), ["个工作日", "個工作日"];
    /// 米.
    Metre = "米", Length, Metre, (1, 0), ["m", "M", "公尺"];
    /// 厘米.
    Centimetre = "厘米", Length, Metre, (1, 2), ["cm", "CM"];
    /// 毫米.
    Millimetre = "毫米", Length, Metre, (1, 3), ["mm", "MM"];
    /// 公里.
    Kilometre = "公里", Length, Metre, (1000, 0), ["千米", "km", "KM", "Km"];
    /// 平方米.
    SquareMetre = "平方米", Area, Mu, (15, 4), ["㎡", "m²", "m2", "平米", "M²", "M2"];
    /// 亩 (the base of area: 1 亩 = 10000/15 平方米 exactly).
    Mu = "亩", Area, Mu, (1, 0), ["畝"];
    /// 公顷 (15 亩).
    Hectare = "公顷", Area, Mu, (15, 0), ["公頃", "ha"];
    /// 平方公里.
    SquareKilometre = "平方公里", Area, Mu, (1500, 0), ["平方千米", "km²", "㎢"];
    /// 吨.
    Tonne = "吨", Mass, Kilogram, (1000, 0), ["噸", "t"];
    /// 千克.
    Kilogram = "千克", Mass, Kilogram, (1, 0), ["公斤", "kg", "KG", "Kg"];
    /// 克.
    Gram = "克", Mass, Kilogram, (1, 3), ["g"];
    /// 斤.
    Jin = "斤", Mass, Kilogram, (5, 1), [];
    /// 立方米.
    CubicMetre = "立方米", Volume, Litre, (1000, 0), ["m³", "m3", "方"];
    /// 升.
    Litre = "升", Volume, Litre, (1, 0), ["L"];
    /// 分 (points of a score: `≥90分`).
    Point = "分", Points, Point, (1, 0), [];
}

/// Aliases are looked up by their first character, in [`BUCKETS`] buckets (the character's
/// code point modulo the count), so that a lookup reads a handful of aliases, not all of them.
const BUCKETS: usize = 128;

/// The bucket of a non-empty string's first character.
const fn bucket_of(s: &str) -> usize {
    first_char(s) as usize % BUCKETS
}

/// Aliases sorted by bucket, and within a bucket longest first (so that `人次` wins over `人`
/// and `个月` over `个`); ties keep table order.
static ALIASES: [(&str, KnownUnit); ALIAS_TABLE.len()] = {
    let mut table = [("", KnownUnit::Percent); ALIAS_TABLE.len()];
    let mut i = 0;
    while i < table.len() {
        table[i] = ALIAS_TABLE[i];
        i += 1;
    }
    // stable insertion sort (const context)
    let mut i = 1;
    while i < table.len() {
        let mut j = i;
        while j > 0 && {
            let (a, b) = (table[j - 1].0, table[j].0);
            bucket_of(a) > bucket_of(b) || (bucket_of(a) == bucket_of(b) && a.len() < b.len())
        } {
            let t = table[j - 1];
            table[j - 1] = table[j];
            table[j] = t;
            j -= 1;
        }
        i += 1;
    }
    table
};

/// The first character of each alias of [`ALIASES`] as a code point, and the first four bytes
/// after it as a number (little-endian, zero where the alias is shorter) with the mask of those
/// it has, side by side: a lookup compares numbers, and reads the rest of an alias only when it
/// is longer than that (`个工作日`).
static HEADS: [(u32, u32, u32); ALIAS_TABLE.len()] = {
    let mut heads = [(0u32, 0u32, 0u32); ALIAS_TABLE.len()];
    let mut i = 0;
    while i < heads.len() {
        let w = ALIASES[i].0.as_bytes();
        let c = first_char(ALIASES[i].0);
        let n = char_len(c);
        let (mut next, mut mask, mut k) = (0u32, 0u32, 0);
        while k < 4 && n + k < w.len() {
            next |= (w[n + k] as u32) << (8 * k);
            mask |= 0xff << (8 * k);
            k += 1;
        }
        heads[i] = (c, next, mask);
        i += 1;
    }
    heads
};

/// The first four bytes of `b` as a number, little-endian, zero past its end (as the heads of
/// [`HEADS`]).
#[inline(always)]
fn head_of(b: &[u8]) -> u32 {
    match *b {
        [a, b, c, d, ..] => u32::from_le_bytes([a, b, c, d]),
        [a, b, c] => u32::from_le_bytes([a, b, c, 0]),
        [a, b] => u32::from_le_bytes([a, b, 0, 0]),
        [a] => u32::from(a),
        [] => 0,
    }
}

/// Every spelling of every known unit (for tables built at compile time elsewhere).
pub(crate) const fn spellings() -> &'static [(&'static str, KnownUnit)] {
    ALIAS_TABLE
}

/// Where each bucket starts in [`ALIASES`]; bucket `b` is `ALIASES[START[b]..START[b + 1]]`.
static BUCKET_START: [u16; BUCKETS + 1] = {
    let mut start = [0u16; BUCKETS + 1];
    let mut i = 0;
    while i < ALIASES.len() {
        start[bucket_of(ALIASES[i].0) + 1] += 1;
        i += 1;
    }
    let mut b = 0;
    while b < BUCKETS {
        start[b + 1] += start[b];
        b += 1;
    }
    start
};

/// Slots of [`SINGLE`]: a power of two (2^10).
const SINGLE_BITS: u32 = 10;

/// The slot of the character `c` in [`SINGLE`]: the top bits of its code point times
/// [`SINGLE_MULTIPLIER`].
#[inline(always)]
const fn single_slot(c: u32) -> usize {
    (c.wrapping_mul(SINGLE_MULTIPLIER) >> (32 - SINGLE_BITS)) as usize
}

/// A multiplier under which no two one-character spellings share a slot of [`SINGLE`], so that
/// every one of them is found in one lookup (with the code point's low bits, 株 shared the slot
/// of 个 and 名 that of 倍, and were looked for in [`ALIASES`]). The first such in a sequence
/// of odd numbers, found when the crate is compiled: a new spelling that collides moves it on.
const SINGLE_MULTIPLIER: u32 = {
    let mut k: u32 = 0x9e37_79b9;
    let mut tries = 0;
    while !single_fits(k) {
        tries += 1;
        assert!(tries < 10_000, "no multiplier puts every one-character unit in a slot of its own");
        k = k.wrapping_add(0x3c6e_f372) | 1;
    }
    k
};

/// Whether no two distinct one-character spellings share a slot under the multiplier `k`.
const fn single_fits(k: u32) -> bool {
    let mut taken = [u32::MAX; 1 << SINGLE_BITS];
    let mut i = 0;
    while i < ALIAS_TABLE.len() {
        let c = first_char(ALIAS_TABLE[i].0);
        if ALIAS_TABLE[i].0.len() == char_len(c) {
            let slot = (c.wrapping_mul(k) >> (32 - SINGLE_BITS)) as usize;
            if taken[slot] != u32::MAX && taken[slot] != c {
                return false;
            }
            taken[slot] = c;
        }
        i += 1;
    }
    true
}

/// The units spelled with one character (`人`, `元`, `亩`, `%`), each in the slot
/// [`single_slot`] gives its code point (the first in table order where two units share a
/// spelling); a slot holds the code point too (`u32::MAX`, no character, when empty). Most
/// units after a number are one character, found here in one lookup instead of a walk through
/// a bucket of [`ALIASES`].
static SINGLE: [(u32, KnownUnit); 1 << SINGLE_BITS] = {
    let mut table = [(u32::MAX, KnownUnit::Percent); 1 << SINGLE_BITS];
    let mut i = 0;
    while i < ALIASES.len() {
        let (w, u) = ALIASES[i];
        let c = first_char(w);
        let one_char = w.len() == char_len(c);
        let slot = single_slot(c);
        if one_char && table[slot].0 == u32::MAX {
            table[slot] = (c, u);
        }
        i += 1;
    }
    table
};

/// The length in UTF-8 of the character with code point `c`.
const fn char_len(c: u32) -> usize {
    match c {
        0..=0x7f => 1,
        0x80..=0x7ff => 2,
        0x800..=0xffff => 3,
        _ => 4,
    }
}

impl KnownUnit {
    /// The known unit spelled exactly `s` when `s` is one character of at most three bytes
    /// (every one-character spelling is); `None` otherwise. Where it answers, it answers as
    /// [`KnownUnit::parse_prefix`] does: only a one-character spelling can fill one character,
    /// and [`ALIASES`] keeps table order among spellings of one length, as [`SINGLE`] does.
    #[inline(always)]
    pub(crate) fn single_char(s: &[u8]) -> Option<KnownUnit> {
        let c = match *s {
            [a] => u32::from(a),
            [a @ 0xe0..=0xef, b1, b2] => (u32::from(a & 0x0f) << 12) | (u32::from(b1 & 0x3f) << 6) | u32::from(b2 & 0x3f),
            _ => return None,
        };
        let (cp, unit) = SINGLE[single_slot(c)];
        (cp == c).then_some(unit)
    }

    /// Whether this unit is a scale a share is per, printed after a slash (`/10万`, `/100万`).
    /// The grammar reads such a scale after its number (it knows the people after it:
    /// `15/10万人`), never as a unit alone or a part of a rate.
    pub(crate) fn is_scale(self) -> bool {
        self.as_str().starts_with('/')
    }

    /// Reads the longest known unit at the start of `s`: the unit and bytes used. Latin
    /// spellings read in any case and width (`KM²`, `ｍ３`: [`crate::latin_units`]).
    pub(crate) fn parse_prefix(s: &str) -> Option<(KnownUnit, usize)> {
        // (a Latin spelling starts with an ASCII letter or a full-width form, EF; the others,
        // most, go to the table alone)
        match s.as_bytes().first() {
            Some(b'a'..=b'z' | b'A'..=b'Z' | 0xef) => KnownUnit::latin_prefix(s),
            _ => KnownUnit::table_prefix(s),
        }
    }

    /// [`KnownUnit::parse_prefix`] of `s` that starts with an ASCII letter or a full-width form.
    #[inline(never)]
    fn latin_prefix(s: &str) -> Option<(KnownUnit, usize)> {
        let exact = KnownUnit::table_prefix(s);
        // (what the table read as written, and nothing that could lengthen it after: `km` at
        // the end of a value is not looked at again)
        match exact {
            Some((_, n)) if !crate::latin_units::may_go_on(s.as_bytes().get(n)) => exact,
            _ => crate::latin_units::prefix(s, exact),
        }
    }

    /// The longest spelling of the unit table at the start of `s`, as written.
    #[inline(always)]
    pub(crate) fn table_prefix(s: &str) -> Option<(KnownUnit, usize)> {
        // (the scales, [`KnownUnit::is_scale`], the only spellings with a slash first: a lookup
        // here would take them for the second unit of a rate)
        if s.starts_with('/') {
            return None;
        }
        // the first character from its bytes: most are ASCII or of three bytes (CJK), decoded
        // here without the general decoder
        let (c, n) = match *s.as_bytes() {
            [a, ..] if a < 0x80 => (u32::from(a), 1),
            [a @ 0xe0..=0xef, b1, b2, ..] => ((u32::from(a & 0x0f) << 12) | (u32::from(b1 & 0x3f) << 6) | u32::from(b2 & 0x3f), 3),
            _ => {
                let c = s.chars().next()?;
                (c as u32, c.len_utf8())
            }
        };
        let b = c as usize % BUCKETS;
        let (from, to) = (usize::from(BUCKET_START[b]), usize::from(BUCKET_START[b + 1]));
        // compare the first character and the next four bytes as numbers (an alias holds no
        // zero byte, so the zeros past the end of a shorter text match no alias longer than it),
        // then the rest of a longer alias
        let rest = &s.as_bytes()[n..];
        let head = head_of(rest);
        (from..to)
            .find(|&i| {
                let (first, next, mask) = HEADS[i];
                first == c && head & mask == next && {
                    let alias = ALIASES[i].0.as_bytes();
                    alias.len() <= n + 4 || rest.starts_with(&alias[n..])
                }
            })
            .map(|i| (ALIASES[i].1, ALIASES[i].0.len()))
    }

    /// Whether this unit counts items that procurement rows name as alternatives (台, 套, 个,
    /// 件, 辆 …): `台/套` is 台 or 套, not a rate.
    pub(crate) fn is_item(self) -> bool {
        use KnownUnit::*;
        matches!(self, Tai | Tao | Ge | Jian | Liang | Zhang | Kuai | Zhi | Ben | Ce | Zuo | Dong | Tiao)
    }

    /// Whether a quantity of this unit converts to one of `other` (they can be compared).
    ///
    /// ```
    /// use jixiao::KnownUnit;
    /// assert!(KnownUnit::Hour.converts_to(KnownUnit::Day));
    /// assert!(!KnownUnit::Ren.converts_to(KnownUnit::Jia)); // 人 and 家 are counts of different things
    /// ```
    pub fn converts_to(self, other: KnownUnit) -> bool {
        self.base().0 == other.base().0
    }
}

impl fmt::Display for KnownUnit {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

/// A rate (复合单位): a known unit per one or two known units (`元/人`, `次/月`, `元/(人·月)`).
///
/// Tables write the second part in many ways (`元/人*月`, `元/人.每天`, `元/人·月`); it prints as
/// `元/(人·月)`. Rates convert when each part does (`元/天` and `元/小时`).
///
/// ```
/// use jixiao::{KnownUnit, Rate, Unit};
/// let Unit::Rate(r) = Unit::parse("元/人*月")? else { panic!() };
/// assert_eq!(r, Rate::per_two(KnownUnit::Yuan, KnownUnit::Ren, KnownUnit::Month));
/// assert_eq!((r.numerator(), r.per(), r.and_per()), (KnownUnit::Yuan, KnownUnit::Ren, Some(KnownUnit::Month)));
/// assert_eq!(r.to_string(), "元/(人·月)");
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct Rate {
    numerator: KnownUnit,
    per: KnownUnit,
    and_per: Option<KnownUnit>,
}

impl Rate {
    /// A rate of `numerator` per `per` (`元` per `人`). Two items counted alike (`台/套`) are no
    /// rate but alternatives ([`Unit::Either`]): such a rate prints as alternatives, and
    /// [`crate::Quantity::new`] refuses it.
    pub const fn new(numerator: KnownUnit, per: KnownUnit) -> Rate {
        Rate { numerator, per, and_per: None }
    }

    /// A rate per two units (`元` per `人` per `月`, written `元/(人·月)`).
    pub const fn per_two(numerator: KnownUnit, per: KnownUnit, and_per: KnownUnit) -> Rate {
        Rate { numerator, per, and_per: Some(and_per) }
    }

    /// The unit counted (`元` in `元/人`).
    pub const fn numerator(self) -> KnownUnit {
        self.numerator
    }

    /// The unit it is counted per (`人` in `元/人`, `人` in `元/(人·月)`).
    pub const fn per(self) -> KnownUnit {
        self.per
    }

    /// The second unit it is counted per, if any (`月` in `元/(人·月)`).
    pub const fn and_per(self) -> Option<KnownUnit> {
        self.and_per
    }
}

impl fmt::Display for Rate {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        // a rate per month reads 次/月, not 次/个月, and per quarter 批/季度
        let per = |u: KnownUnit| match u {
            KnownUnit::Month => "月",
            KnownUnit::Quarter => "季度",
            _ => u.as_str(),
        };
        match self.and_per {
            None => write!(f, "{}/{}", self.numerator, per(self.per)),
            Some(and) => write!(f, "{}/({}·{})", self.numerator, per(self.per), per(and)),
        }
    }
}

/// A unit the crate does not know, kept as written (`课时`, `kWh`, `/株`).
///
/// Made only by reading text ([`Unit::parse`]), so it always prints back to the same unit: a
/// known unit or a text that reads as a number can never hide in one.
///
/// ```
/// use jixiao::Unit;
/// let Unit::Other(u) = Unit::parse("课时")? else { panic!() };
/// assert_eq!(u.as_str(), "课时");
/// assert_eq!(Unit::parse("课时")?.dimension(), None); // compares only with itself
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
// boxed twice: a thin pointer keeps `Unit`, and every quantity, two words smaller
#[allow(clippy::box_collection)]
pub struct OtherUnit(Box<String>);

impl OtherUnit {
    /// Made by the grammar, which has checked that `text` reads back as this unit.
    pub(crate) fn new_unchecked(text: &str) -> OtherUnit {
        OtherUnit(Box::new(text.to_string()))
    }

    /// The unit as written.
    pub fn as_str(&self) -> &str {
        self.0.as_str()
    }
}

impl fmt::Display for OtherUnit {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

/// A unit (计量单位) as written after a number: none, a known unit, a rate, or any other word
/// kept as written.
///
/// The magnitude (万, 亿) is not part of the unit: `万元` is [`crate::Magnitude::Wan`] with
/// [`Unit::Known`]`(`[`KnownUnit::Yuan`]`)`, and `万元/个` is 万 with `元/个`.
///
/// ```
/// use jixiao::{Dimension, KnownUnit, Rate, Unit};
/// assert_eq!(Unit::parse("元/人")?, Unit::Rate(Rate::new(KnownUnit::Yuan, KnownUnit::Ren)));
/// assert_eq!(Unit::parse("元/人*月")?.to_string(), "元/(人·月)");
/// assert_eq!(Unit::parse("百分比")?.to_string(), "%");
/// assert_eq!(Unit::parse("")?, Unit::None);
/// assert_eq!(Unit::parse("课时")?.to_string(), "课时"); // unknown, kept as written
/// assert!(Unit::parse("5人").is_err()); // a number is no unit
/// # Ok::<(), jixiao::ParseError>(())
/// ```
#[derive(Clone, Debug, PartialEq, Eq, Hash, Default)]
#[non_exhaustive]
pub enum Unit {
    /// No unit written (`≥2000`, `8755`).
    #[default]
    None,
    /// A known unit.
    Known(KnownUnit),
    /// A rate: a known unit per one or two known units (`元/人`, `次/月`).
    Rate(Rate),
    /// Any other unit, as written.
    Other(OtherUnit),
    /// Alternatives counted alike (`台/套`, `台（套）`, `个/套`): procurement rows count 台 or
    /// 套, whichever the item comes in. Never a rate: `10台/套` is ten items, not ten 台 per 套.
    Either(KnownUnit, KnownUnit),
}

impl Unit {
    /// Reads a unit from the whole of `s` (`元/人`, `％`, `个月`, `课时`); the empty string is
    /// [`Unit::None`]. A word the crate does not know is kept as [`Unit::Other`].
    ///
    /// # Errors
    /// Text that cannot follow a number as its unit: digits, spaces inside, comparators, a
    /// magnitude (`万`), or more than six characters.
    pub fn parse(s: &str) -> Result<Unit, crate::ParseError> {
        crate::grammar::unit_whole(s)
    }

    /// True when no unit was written.
    pub fn is_none(&self) -> bool {
        matches!(self, Unit::None)
    }

    /// The dimension of a known unit (of the numerator for a rate); `None` for other units.
    ///
    /// ```
    /// use jixiao::{Dimension, Unit};
    /// assert_eq!(Unit::parse("小时")?.dimension(), Some(Dimension::Duration));
    /// assert_eq!(Unit::parse("元/人")?.dimension(), Some(Dimension::Money)); // a rate: its numerator
    /// assert_eq!(Unit::parse("课时")?.dimension(), None);
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn dimension(&self) -> Option<Dimension> {
        self.known().map(KnownUnit::dimension)
    }

    /// True for `%`, `‰` and `‱` (not `倍`, not `百分点`).
    ///
    /// ```
    /// use jixiao::Unit;
    /// assert!(Unit::parse("%")?.is_percentage());
    /// assert!(Unit::parse("‰")?.is_percentage()); // per mille too
    /// assert!(!Unit::parse("分")?.is_percentage()); // points
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn is_percentage(&self) -> bool {
        matches!(
            self,
            Unit::Known(
                KnownUnit::Percent
                    | KnownUnit::PerMille
                    | KnownUnit::PerTenThousand
                    | KnownUnit::PerHundredThousand
                    | KnownUnit::PerMillion
            )
        )
    }

    /// The known unit, or the numerator of a rate, or the first of two alternatives.
    pub fn known(&self) -> Option<KnownUnit> {
        match self {
            Unit::Known(u) | Unit::Either(u, _) => Some(*u),
            Unit::Rate(r) => Some(r.numerator),
            _ => None,
        }
    }

    /// `u` per `per` as tables write it (`元/人`): a [`Rate`], except where both are items
    /// counted alike (`台/套`), which name alternatives ([`Unit::Either`]).
    pub(crate) fn per(u: KnownUnit, per: KnownUnit) -> Unit {
        if u.is_item() && per.is_item() && u != per {
            Unit::Either(u, per)
        } else {
            Unit::Rate(Rate::new(u, per))
        }
    }

    /// Whether a quantity in `self` counts the same things as one in `other`, one of them
    /// naming alternatives (`10台` against `≥10台/套`).
    pub(crate) fn is_alternative_of(&self, other: &Unit) -> bool {
        let within = |pair: &Unit, one: &Unit| match (pair, one) {
            (Unit::Either(a, b), Unit::Known(u)) => a == u || b == u,
            (Unit::Either(a, b), Unit::Either(c, d)) => (a == c && b == d) || (a == d && b == c),
            _ => false,
        };
        within(self, other) || within(other, self)
    }

    /// The conversion factor to the unit's base as numerator and denominator, and a key naming
    /// the base, when the unit converts: for `小时` (3600, 1, 秒); for `元/天` (1, 86400, 元/秒).
    pub(crate) fn factors(&self) -> Option<(Decimal, Decimal, [Option<KnownUnit>; 3])> {
        match self {
            Unit::Known(u) => {
                let (b, f) = u.base();
                Some((f, Decimal::ONE, [Some(b), None, None]))
            }
            // alternatives compare only through `is_alternative_of`
            Unit::Either(..) => None,
            Unit::Rate(r) => {
                let (bn, fnum) = r.numerator.base();
                let (bd, fden) = r.per.base();
                let (bd2, fden2) = r.and_per.map_or((None, Decimal::ONE), |u| {
                    let (b, f) = u.base();
                    (Some(b), f)
                });
                // per two things in either order is one rate (`元/人/年` and `每年每人` …元): the
                // key names the pair in one order
                let (bd, bd2) = match bd2 {
                    Some(b2) if b2.as_str() < bd.as_str() => (b2, Some(bd)),
                    _ => (bd, bd2),
                };
                Some((fnum, fden.checked_mul(fden2)?, [Some(bn), Some(bd), bd2]))
            }
            _ => None,
        }
    }
}

impl FromStr for Unit {
    type Err = crate::ParseError;
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        Unit::parse(s)
    }
}

impl fmt::Display for Unit {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Unit::None => Ok(()),
            Unit::Known(u) => f.write_str(u.as_str()),
            Unit::Rate(r) => write!(f, "{r}"),
            Unit::Other(s) => f.write_str(s.as_str()),
            Unit::Either(a, b) => write!(f, "{a}/{b}"),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn longest_alias_wins() {
        assert_eq!(KnownUnit::parse_prefix("人次数"), Some((KnownUnit::RenCi, 6)));
        assert_eq!(KnownUnit::parse_prefix("个月"), Some((KnownUnit::Month, 6)));
        assert_eq!(KnownUnit::parse_prefix("周岁"), Some((KnownUnit::Sui, 6)));
        assert_eq!(KnownUnit::parse_prefix("%(百分比)"), Some((KnownUnit::Percent, 12)));
        assert_eq!(KnownUnit::parse_prefix("分钟"), Some((KnownUnit::Minute, 6)));
        assert_eq!(KnownUnit::parse_prefix("分"), Some((KnownUnit::Point, 3)));
        assert_eq!(KnownUnit::parse_prefix("x"), None);
    }

    #[test]
    fn single_characters_read_as_the_prefix_reader_reads_them() {
        let mut found = 0;
        for c in '\0'..=char::MAX {
            let s = c.to_string();
            if let Some(u) = KnownUnit::single_char(s.as_bytes()) {
                assert_eq!(KnownUnit::parse_prefix(&s), Some((u, s.len())), "{c:?}");
                found += 1;
            }
        }
        // every one-character spelling has a slot of its own
        let one_char = ALIAS_TABLE.iter().filter(|(w, _)| w.chars().count() == 1).map(|(w, _)| w).collect::<std::collections::HashSet<_>>();
        assert_eq!(found, one_char.len());
        assert_eq!(KnownUnit::single_char("人".as_bytes()), Some(KnownUnit::Ren));
    }

    /// The prefix reader against the plainest one: the longest spelling `s` starts with, the
    /// first in table order among those of one length, on every spelling cut short, whole,
    /// and followed by text.
    #[test]
    fn the_prefix_reader_reads_the_longest_spelling() {
        let plain = |s: &str| {
            let mut best: Option<(KnownUnit, usize)> = None;
            for &(w, u) in ALIASES.iter() {
                if !w.starts_with('/') && s.starts_with(w) && best.is_none_or(|(_, n)| w.len() > n) {
                    best = Some((u, w.len()));
                }
            }
            best
        };
        for &(w, _) in ALIAS_TABLE {
            for tail in ["", "x", "人", "/人", "月", "12", "度", "工作日"] {
                for (k, _) in w.char_indices().skip(1).chain([(w.len(), ' ')]) {
                    let s = format!("{}{tail}", &w[..k]);
                    assert_eq!(KnownUnit::parse_prefix(&s), plain(&s), "{s}");
                }
            }
        }
    }

    #[test]
    fn every_alias_is_found_whole() {
        for &(alias, u) in ALIAS_TABLE {
            // (a scale a share is per is read by the grammar after its number: `/10万`)
            if u.is_scale() {
                assert_eq!(KnownUnit::parse_prefix(alias), None, "{alias}");
                continue;
            }
            assert_eq!(KnownUnit::parse_prefix(alias), Some((u, alias.len())), "{alias}");
            assert_eq!(bucket_of(alias), alias.chars().next().map_or(0, |c| c as usize % BUCKETS), "{alias}");
        }
        assert_eq!(usize::from(BUCKET_START[BUCKETS]), ALIASES.len());
    }

    #[test]
    fn every_known_unit_reads_back() {
        for u in KnownUnit::ALL {
            assert_eq!(Unit::parse(u.as_str()), Ok(Unit::Known(*u)), "{u:?}");
            assert!(u.converts_to(u.base().0));
        }
    }
}
