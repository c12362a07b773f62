//! [`Finding`] (监控发现): what a monitoring report lacks or warns of, with its stable [`Code`],
//! [`Severity`] and [`Subject`].

use core::fmt;

use crate::indicator::Indicator;
use crate::message::Message;
use crate::severity::Severity;

/// The stable code of a monitoring finding. Numbers are never reused. Serialised as the code
/// string (`"M001"`).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[cfg_attr(feature = "schemars", derive(schemars::JsonSchema))]
#[cfg_attr(feature = "schemars", schemars(rename = "MonitorCode"))]
#[non_exhaustive]
pub enum Code {
    /// A light that needs a reason (偏差原因分析) has none.
    #[cfg_attr(feature = "serde", serde(rename = "M001"))]
    MissingReason,
    /// A light that needs a corrective measure (纠偏措施) has none.
    #[cfg_attr(feature = "serde", serde(rename = "M002"))]
    MissingRemedy,
    /// The year-end forecast (全年预计完成情况) misses the annual target, whatever the light.
    #[cfg_attr(feature = "serde", serde(rename = "M003"))]
    ForecastMisses,
    /// The year-end forecast of execution (全年预计执行数) is below the budget.
    #[cfg_attr(feature = "serde", serde(rename = "M004"))]
    BudgetForecastShort,
    /// Goal completion and budget execution differ by more than the profile allows.
    #[cfg_attr(feature = "serde", serde(rename = "M005"))]
    Divergence,
    /// A line got no light: the flag says why.
    #[cfg_attr(feature = "serde", serde(rename = "M006"))]
    NotJudged,
    /// The year-end forecast cannot be judged against the target: the flag says why.
    #[cfg_attr(feature = "serde", serde(rename = "M007"))]
    ForecastNotJudged,
    /// No 完成目标可能性 where the profile asks for reasons by it.
    #[cfg_attr(feature = "serde", serde(rename = "M008"))]
    MissingPossibility,
    /// 是否需要整改 is 是 and no 整改要求 is given.
    #[cfg_attr(feature = "serde", serde(rename = "M009"))]
    MissingRectification,
    /// The stated 执行率 differs from executed ÷ budget.
    #[cfg_attr(feature = "serde", serde(rename = "M010"))]
    RateMismatch,
}

impl Code {
    /// Every code, in number order.
    pub const ALL: &'static [Code] = &[
        Code::MissingReason,
        Code::MissingRemedy,
        Code::ForecastMisses,
        Code::BudgetForecastShort,
        Code::Divergence,
        Code::NotJudged,
        Code::ForecastNotJudged,
        Code::MissingPossibility,
        Code::MissingRectification,
        Code::RateMismatch,
    ];

    /// The code as printed: `M001`.
    pub const fn as_str(self) -> &'static str {
        match self {
            Code::MissingReason => "M001",
            Code::MissingRemedy => "M002",
            Code::ForecastMisses => "M003",
            Code::BudgetForecastShort => "M004",
            Code::Divergence => "M005",
            Code::NotJudged => "M006",
            Code::ForecastNotJudged => "M007",
            Code::MissingPossibility => "M008",
            Code::MissingRectification => "M009",
            Code::RateMismatch => "M010",
        }
    }

    /// The severity every finding with this code has: a missing reason is an error (the form
    /// is incomplete), a stated rate that does not add up a note, the rest warnings.
    pub const fn severity(self) -> Severity {
        match self {
            Code::MissingReason => Severity::Error,
            Code::RateMismatch => Severity::Note,
            _ => Severity::Warning,
        }
    }

    /// A short Chinese title of the rule (`预警缺少偏差原因分析`).
    pub const fn title(self) -> &'static str {
        match self {
            Code::MissingReason => "预警缺少偏差原因分析",
            Code::MissingRemedy => "预警缺少纠偏措施",
            Code::ForecastMisses => "全年预计完成情况未达年度指标值",
            Code::BudgetForecastShort => "全年预计执行数低于预算数",
            Code::Divergence => "目标完成与预算执行偏离",
            Code::NotJudged => "无法判断预警灯",
            Code::ForecastNotJudged => "无法判断全年预计完成情况",
            Code::MissingPossibility => "缺少完成目标可能性",
            Code::MissingRectification => "需整改但缺少整改要求",
            Code::RateMismatch => "填报执行率与计算不符",
        }
    }

    /// The code for a string such as `M001` (case-insensitive); `None` if unknown.
    pub fn parse(s: &str) -> Option<Code> {
        let s = s.trim();
        Code::ALL.iter().copied().find(|c| c.as_str().eq_ignore_ascii_case(s))
    }
}

impl fmt::Display for Code {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

/// What a monitoring finding is about: the budget line, the project as a whole, or one
/// indicator.
#[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[cfg_attr(feature = "serde", serde(tag = "kind", rename_all = "snake_case"))]
#[cfg_attr(feature = "schemars", derive(schemars::JsonSchema))]
#[cfg_attr(feature = "schemars", schemars(rename = "MonitorSubject"))]
pub enum Subject {
    /// 预算执行: the budget line.
    Budget,
    /// The project (项目) as a whole.
    Project,
    /// One indicator (绩效指标).
    Indicator {
        /// Position in [`Project::indicators`](crate::Project::indicators), from 0.
        index: usize,
        /// The 三级 name as written.
        name: String,
    },
}

impl Subject {
    /// The subject for the indicator at `index`.
    pub fn indicator(index: usize, indicator: &Indicator) -> Subject {
        Subject::Indicator { index, name: indicator.name.clone() }
    }
}

impl fmt::Display for Subject {
    /// `预算执行`, `项目` or `指标3「响应及时率」` (numbered from 1).
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Subject::Budget => f.write_str("预算执行"),
            Subject::Project => f.write_str("项目"),
            Subject::Indicator { index, name } => write!(f, "指标{}「{}」", index.saturating_add(1), name),
        }
    }
}

/// One finding of a monitoring report (监控发现): what is missing or wrong, where, and how
/// serious, in Chinese (`zh`) and English (`en`).
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[cfg_attr(feature = "schemars", derive(schemars::JsonSchema))]
#[cfg_attr(feature = "schemars", schemars(rename = "MonitorFinding"))]
#[non_exhaustive]
pub struct Finding {
    /// The rule's stable code.
    code: Code,
    /// How serious it is: the code's severity (written out for JSON readers).
    severity: Severity,
    /// What it concerns: the budget line, the project or one indicator.
    subject: Subject,
    /// 中文说明.
    zh: String,
    /// The same in English.
    en: String,
}

impl Finding {
    /// A finding with the severity of its code.
    pub fn new(code: Code, subject: Subject, message: Message) -> Finding {
        let (zh, en) = message.into_parts();
        Finding { code, severity: code.severity(), subject, zh, en }
    }

    /// The rule's stable code (M001…).
    pub fn code(&self) -> Code {
        self.code
    }

    /// How serious it is: always the code's.
    pub fn severity(&self) -> Severity {
        self.code.severity()
    }

    /// What it concerns.
    pub fn subject(&self) -> &Subject {
        &self.subject
    }

    /// 中文说明.
    pub fn zh(&self) -> &str {
        &self.zh
    }

    /// The same in English.
    pub fn en(&self) -> &str {
        &self.en
    }
}

impl fmt::Display for Finding {
    /// `M001 错误 指标5「系统运行维护响应时间」：…`; with `{:#}` the English below.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{} {} {}：{}", self.code, self.severity.zh(), self.subject, self.zh)?;
        if f.alternate() {
            write!(f, "\n      {}", self.en)?;
        }
        Ok(())
    }
}
