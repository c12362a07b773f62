//! [`Indicator`] (绩效指标) and the level taxonomy [`Level1`] (一级指标) / [`Level2`] (二级指标).

use std::borrow::Cow;
use std::collections::BTreeMap;

use rust_decimal::Decimal;

use crate::actual::Actual;
use crate::error::ParseError;
use crate::threshold::Threshold;

/// Normalises a level name as tables write it: no spaces, simplified characters, no pinyin
/// artifacts (`產(chǎn)`), no weight suffix (`(50分)`), no ★ marks.
pub(crate) fn fold_level_name(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    let mut chars = s.chars().peekable();
    while let Some(c) = chars.next() {
        // drop a parenthesised ASCII run (pinyin artifacts) or a weight such as (50分)
        if c == '(' || c == '（' {
            let rest: String = chars.clone().take_while(|&d| d != ')' && d != '）').collect();
            let inner = rest.trim();
            let is_pinyin = !inner.is_empty()
                && inner.chars().all(|d| {
                    d.is_ascii_alphabetic() || ('\u{e0}'..='\u{17f}').contains(&d) || ('\u{1cd}'..='\u{1dc}').contains(&d) || d == ' '
                });
            let is_weight = inner.ends_with('分') && inner.trim_end_matches('分').trim().chars().all(|d| d.is_ascii_digit() || d == '.');
            if is_pinyin || is_weight {
                for _ in 0..=rest.chars().count() {
                    chars.next();
                }
                continue;
            }
        }
        if c.is_whitespace() || matches!(c, '★' | '☆' | '*') {
            continue;
        }
        out.push(simplify(c));
    }
    out
}

/// `s` without any white space: how names and texts compare when a table spaced them out
/// (`财政    资金`, `指标1:资金是否全部纳入医 保统筹`).
pub(crate) fn without_spaces(s: &str) -> String {
    s.chars().filter(|c| !c.is_whitespace()).collect()
}

/// Whether `a` and `b` are the same text once white space is dropped; allocates nothing.
pub(crate) fn eq_without_spaces(a: &str, b: &str) -> bool {
    a.chars().filter(|c| !c.is_whitespace()).eq(b.chars().filter(|c| !c.is_whitespace()))
}

fn simplify(c: char) -> char {
    match c {
        '產' => '产',
        '標' => '标',
        '數' => '数',
        '質' => '质',
        '時' => '时',
        '滿' => '满',
        '經' => '经',
        '濟' => '济',
        '會' => '会',
        '態' => '态',
        '續' => '续',
        '響' => '响',
        '務' => '务',
        '對' => '对',
        '項' => '项',
        '與' => '与',
        '環' => '环',
        '應' => '应',
        '効' => '效',
        _ => c,
    }
}

fn strip_any<'a>(s: &'a str, words: &[&str]) -> &'a str {
    let mut s = s;
    for w in words {
        s = s.strip_suffix(w).unwrap_or(s);
    }
    s
}

#[allow(dead_code)] // used by the importers
/// The weight written in a level name (`产出指标(50分)` gives 50).
pub(crate) fn weight_in_name(s: &str) -> Option<Decimal> {
    let compact = without_spaces(s);
    let open = compact.rfind(['(', '（'])?;
    let inner = compact[open..].trim_start_matches(['(', '（']).trim_end_matches([')', '）']);
    let number = inner.strip_suffix('分')?;
    Decimal::from_str_exact(number).ok()
}

/// 一级指标: the level-1 category of an indicator.
///
/// ```
/// use jixiao::Level1;
/// assert_eq!(Level1::parse("产 出 指 标 (50分)"), Level1::Output);
/// assert_eq!(Level1::parse("效果指标"), Level1::Benefit);
/// assert_eq!(Level1::parse("过程指标"), Level1::Other("过程指标".into()));
/// ```
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum Level1 {
    /// 产出指标 (output).
    Output,
    /// 效益指标, formerly 效果指标 (benefit).
    Benefit,
    /// 满意度指标 (satisfaction).
    Satisfaction,
    /// 成本指标 at level 1 (newer central templates).
    Cost,
    /// Any other name, kept as written (a local 过程指标 row).
    Other(String),
}

impl Level1 {
    /// Recognises a level-1 name (aliases, traditional characters, spaces and `(50分)`
    /// suffixes allowed); anything else is kept as [`Level1::Other`].
    pub fn parse(s: &str) -> Level1 {
        let f = fold_level_name(s);
        let core = strip_any(&f, &["指标", "目标"]);
        match core {
            "产出" | "项目完成" | "项目产出" => Level1::Output,
            "效益" | "效果" | "项目效益" | "项目效果" => Level1::Benefit,
            "满意度" | "服务对象满意度" | "社会公众或服务对象满意度" | "项目满意度" => Level1::Satisfaction,
            "成本" => Level1::Cost,
            _ => Level1::Other(s.trim().to_string()),
        }
    }

    /// The canonical name (`产出指标`), or the name as written for [`Level1::Other`].
    pub fn name(&self) -> &str {
        match self {
            Level1::Output => "产出指标",
            Level1::Benefit => "效益指标",
            Level1::Satisfaction => "满意度指标",
            Level1::Cost => "成本指标",
            Level1::Other(s) => s,
        }
    }

    /// True for a name outside the taxonomy.
    pub fn is_other(&self) -> bool {
        matches!(self, Level1::Other(_))
    }
}

impl core::fmt::Display for Level1 {
    fn fmt(&self, f: &mut core::fmt::Formatter<'_>) -> core::fmt::Result {
        f.write_str(self.name())
    }
}

/// 二级指标: the level-2 category of an indicator.
///
/// ```
/// use jixiao::{Level1, Level2};
/// assert_eq!(Level2::parse("數(shù)量指標(biāo)"), Level2::Quantity);
/// assert_eq!(Level2::parse("产出时效"), Level2::Timeliness);
/// assert_eq!(Level2::parse("社会公众或服务对象满意度指标").parent(), Some(Level1::Satisfaction));
/// ```
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum Level2 {
    /// 数量指标 (quantity), under 产出.
    Quantity,
    /// 质量指标 (quality), under 产出.
    Quality,
    /// 时效指标 (timeliness), under 产出.
    Timeliness,
    /// 成本指标 (cost), under 产出.
    Cost,
    /// 经济效益指标, under 效益.
    Economic,
    /// 社会效益指标, under 效益.
    Social,
    /// 生态效益指标, under 效益.
    Ecological,
    /// 可持续影响指标, under 效益.
    Sustainability,
    /// 服务对象满意度指标 (also 社会公众或服务对象满意度指标), under 满意度.
    Satisfaction,
    /// 经济成本指标, under level-1 成本.
    EconomicCost,
    /// 社会成本指标, under level-1 成本.
    SocialCost,
    /// 生态环境成本指标, under level-1 成本.
    EcologicalCost,
    /// Any other name, kept as written.
    Other(String),
}

impl Level2 {
    /// Recognises a level-2 name; anything else is kept as [`Level2::Other`].
    pub fn parse(s: &str) -> Level2 {
        let f = fold_level_name(s);
        let mut core = strip_any(&f, &["等", "指标", "目标"]);
        for prefix in ["产出", "项目"] {
            if core.len() > prefix.len() {
                core = core.strip_prefix(prefix).unwrap_or(core);
            }
        }
        match core {
            "数量" => Level2::Quantity,
            "质量" => Level2::Quality,
            "时效" => Level2::Timeliness,
            "成本" => Level2::Cost,
            "经济效益" | "经济" => Level2::Economic,
            "社会效益" | "社会" => Level2::Social,
            "生态效益" | "生态" | "环境效益" => Level2::Ecological,
            "可持续影响" | "可持续" | "可持续发展" => Level2::Sustainability,
            "服务对象满意度" | "社会公众或服务对象满意度" | "满意度" | "社会公众满意度" | "服务满意度" => {
                Level2::Satisfaction
            }
            "经济成本" => Level2::EconomicCost,
            "社会成本" => Level2::SocialCost,
            "生态环境成本" | "生态成本" | "环境成本" => Level2::EcologicalCost,
            _ => Level2::Other(s.trim().to_string()),
        }
    }

    /// The canonical name, or the name as written for [`Level2::Other`].
    pub fn name(&self) -> &str {
        match self {
            Level2::Quantity => "数量指标",
            Level2::Quality => "质量指标",
            Level2::Timeliness => "时效指标",
            Level2::Cost => "成本指标",
            Level2::Economic => "经济效益指标",
            Level2::Social => "社会效益指标",
            Level2::Ecological => "生态效益指标",
            Level2::Sustainability => "可持续影响指标",
            Level2::Satisfaction => "服务对象满意度指标",
            Level2::EconomicCost => "经济成本指标",
            Level2::SocialCost => "社会成本指标",
            Level2::EcologicalCost => "生态环境成本指标",
            Level2::Other(s) => s,
        }
    }

    /// The level 1 this level 2 belongs under; `None` for [`Level2::Other`].
    pub fn parent(&self) -> Option<Level1> {
        Some(match self {
            Level2::Quantity | Level2::Quality | Level2::Timeliness | Level2::Cost => Level1::Output,
            Level2::Economic | Level2::Social | Level2::Ecological | Level2::Sustainability => Level1::Benefit,
            Level2::Satisfaction => Level1::Satisfaction,
            Level2::EconomicCost | Level2::SocialCost | Level2::EcologicalCost => Level1::Cost,
            Level2::Other(_) => return None,
        })
    }

    /// True for a name outside the taxonomy.
    pub fn is_other(&self) -> bool {
        matches!(self, Level2::Other(_))
    }
}

impl core::fmt::Display for Level2 {
    fn fmt(&self, f: &mut core::fmt::Formatter<'_>) -> core::fmt::Result {
        f.write_str(self.name())
    }
}

/// One indicator row (绩效指标): levels, the 三级 name, the target value as written and as
/// parsed, and for self-evaluations the actual and the recorded score.
///
/// Nothing is lost: `value` keeps the text as written; `threshold` holds what it parsed to, or
/// `error` says why it did not.
#[derive(Clone, Debug, PartialEq, Eq, Default)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[cfg_attr(feature = "schemars", derive(schemars::JsonSchema))]
#[non_exhaustive]
pub struct Indicator {
    /// 一级指标.
    #[cfg_attr(feature = "serde", serde(default, skip_serializing_if = "Option::is_none"))]
    pub level1: Option<Level1>,
    /// 二级指标.
    #[cfg_attr(feature = "serde", serde(default, skip_serializing_if = "Option::is_none"))]
    pub level2: Option<Level2>,
    /// 三级指标: the indicator's own name.
    pub name: String,
    /// 绩效指标描述 / 指标解释, where the table has one.
    #[cfg_attr(feature = "serde", serde(default, skip_serializing_if = "Option::is_none"))]
    pub description: Option<String>,
    /// 指标值 as written.
    #[cfg_attr(feature = "serde", serde(default))]
    pub value: String,
    /// The parsed 指标值, when it parsed.
    #[cfg_attr(feature = "serde", serde(default, skip_serializing_if = "Option::is_none"))]
    pub threshold: Option<Threshold>,
    /// Why 指标值 did not parse, when it did not.
    #[cfg_attr(feature = "serde", serde(default, skip_serializing_if = "Option::is_none"))]
    pub error: Option<ParseError>,
    /// 分值 / 权重, where given.
    #[cfg_attr(feature = "serde", serde(default, skip_serializing_if = "Option::is_none", with = "crate::serde_util::opt_decimal"))]
    #[cfg_attr(feature = "schemars", schemars(with = "Option<crate::serde_util::DecimalString>"))]
    pub weight: Option<Decimal>,
    /// 实际完成值 as written (self-evaluations).
    #[cfg_attr(feature = "serde", serde(default, skip_serializing_if = "Option::is_none"))]
    pub actual: Option<String>,
    /// 得分 as recorded in the table (self-evaluations).
    #[cfg_attr(feature = "serde", serde(default, skip_serializing_if = "Option::is_none", with = "crate::serde_util::opt_decimal"))]
    #[cfg_attr(feature = "schemars", schemars(with = "Option<crate::serde_util::DecimalString>"))]
    pub score: Option<Decimal>,
    /// Other columns of the row, by header (绩效标准, 偏差原因分析, …).
    #[cfg_attr(feature = "serde", serde(default, skip_serializing_if = "BTreeMap::is_empty"))]
    pub extra: BTreeMap<String, String>,
}

impl Indicator {
    /// An indicator whose value is parsed now.
    ///
    /// ```
    /// use jixiao::{Indicator, Level1, Level2};
    /// let i = Indicator::new(Some(Level1::Output), Some(Level2::Quantity), "服务企业数量", "≥20000家");
    /// assert_eq!(i.threshold.as_ref().unwrap().to_string(), "≥20000家");
    /// let bad = Indicator::new(None, None, "x", "≥2x万");
    /// assert!(bad.threshold.is_none() && bad.error.is_some());
    /// assert_eq!(bad.value, "≥2x万");
    /// ```
    pub fn new(level1: Option<Level1>, level2: Option<Level2>, name: &str, value: &str) -> Indicator {
        let mut i = Indicator { level1, level2, name: name.trim().to_string(), ..Indicator::default() };
        i.set_value(value);
        i
    }

    /// Sets the 指标值 text and parses it.
    pub fn set_value(&mut self, value: &str) {
        self.value = value.to_string();
        match Threshold::parse(value) {
            Ok(t) => {
                self.threshold = Some(t);
                self.error = None;
            }
            Err(e) => {
                self.threshold = None;
                self.error = Some(e);
            }
        }
    }

    /// The parsed threshold (borrowed), or why it did not parse. An indicator built by hand with
    /// neither `threshold` nor `error` set has its `value` parsed now.
    ///
    /// ```
    /// use std::borrow::Cow;
    /// let parsed = jixiao::Indicator::new(None, None, "系统故障率", "≤5%");
    /// assert!(matches!(parsed.parsed()?, Cow::Borrowed(_)));
    /// let mut by_hand = jixiao::Indicator::default();
    /// by_hand.value = "≤5%".into();
    /// assert_eq!(by_hand.parsed()?.to_string(), "≤5%");
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn parsed(&self) -> Result<Cow<'_, Threshold>, ParseError> {
        match (&self.threshold, &self.error) {
            (Some(t), _) => Ok(Cow::Borrowed(t)),
            (None, Some(e)) => Err(e.clone()),
            (None, None) => Threshold::parse(&self.value).map(Cow::Owned),
        }
    }

    /// The recorded actual, parsed.
    pub fn parsed_actual(&self) -> Option<Result<Actual, ParseError>> {
        self.actual.as_deref().map(Actual::parse)
    }
}
