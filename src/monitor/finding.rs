//! [`Finding`] (监控发现): what a monitoring report lacks or warns of, with its stable [`Code`],
//! [`Severity`](crate::Severity) and [`Subject`].

use crate::codes::stable_codes;
use crate::finding_type::finding_type;

stable_codes! {
    /// The stable code of a monitoring finding (监控发现编号). Numbers are never reused.
    /// Serialised as the code string (`"M001"`). A missing reason is an error (the form is
    /// incomplete), a stated rate that does not add up a note, the rest warnings.
    ///
    /// ```
    /// use jixiao::monitor::{import, Code, Profile};
    /// let doc = import::parse(include_str!("../../data/monitor-tianjin-2025-07.tsv"), None)?;
    /// let s = Profile::central().monitor(&doc.reports[0]);
    /// let codes: Vec<Code> = s.findings.iter().map(|f| f.code()).collect();
    /// assert_eq!(codes, [Code::MissingReason, Code::MissingRemedy, Code::ForecastMisses, Code::NotJudged]);
    /// assert_eq!((Code::MissingReason.as_str(), Code::MissingReason.title()), ("M001", "预警缺少偏差原因分析"));
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    #[cfg_attr(feature = "schemars", schemars(rename = "MonitorCode"))]
    pub enum Code, example "M001" {
        /// A light that needs a reason (偏差原因分析) has none.
        MissingReason = "M001", Error, "预警缺少偏差原因分析";
        /// A light that needs a corrective measure (纠偏措施) has none.
        MissingRemedy = "M002", Warning, "预警缺少纠偏措施";
        /// The year-end forecast (全年预计完成情况) misses the annual target, whatever the light.
        ForecastMisses = "M003", Warning, "全年预计完成情况未达年度指标值";
        /// The year-end forecast of execution (全年预计执行数) is below the budget.
        BudgetForecastShort = "M004", Warning, "全年预计执行数低于预算数";
        /// Goal completion and budget execution differ by more than the profile allows.
        Divergence = "M005", Warning, "目标完成与预算执行偏离";
        /// A line got no light: the flag says why.
        NotJudged = "M006", Warning, "无法判断预警灯";
        /// The year-end forecast cannot be judged against the target: the flag says why.
        ForecastNotJudged = "M007", Warning, "无法判断全年预计完成情况";
        /// No 完成目标可能性 where the profile asks for reasons by it.
        MissingPossibility = "M008", Warning, "缺少完成目标可能性";
        /// 是否需要整改 is 是 and no 整改要求 is given.
        MissingRectification = "M009", Warning, "需整改但缺少整改要求";
        /// The stated 执行率 differs from executed ÷ budget.
        RateMismatch = "M010", Note, "填报执行率与计算不符";
    }
}

finding_type! {
    /// One finding of a monitoring report (监控发现): what is missing or wrong, where, and how
    /// serious, in Chinese (`zh`) and English (`en`).
    ///
    /// ```
    /// use jixiao::monitor::{import, Code, Profile};
    /// use jixiao::{Severity, Subject};
    /// let doc = import::parse(include_str!("../../data/monitor-tianjin-2025-07.tsv"), None)?;
    /// let f = &Profile::central().monitor(&doc.reports[0]).findings[0];
    /// assert_eq!((f.code(), f.severity()), (Code::MissingReason, Severity::Error));
    /// assert_eq!(f.subject(), &Subject::Indicator { index: 4, name: "系统运行维护响应时间".into() });
    /// assert!(f.zh().starts_with("红灯需填写偏差原因分析"));
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    #[cfg_attr(feature = "schemars", schemars(rename = "MonitorFinding"))]
    pub struct Finding(Code);
}
