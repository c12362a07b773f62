//! [`Finding`] (审核意见): one problem the review found, with its stable [`Code`], its
//! [`Severity`] and its [`Subject`] (the project or one indicator).

use crate::codes::stable_codes;
use crate::finding_type::finding_type;

stable_codes! {
    /// The stable code of a finding (审核规则编号). Numbers are never reused; the table is in
    /// the [module docs](crate::review). Serialised as the code string (`"J013"`).
    ///
    /// ```
    /// use jixiao::review::{review, Code};
    /// use jixiao::{Severity};
    /// use jixiao::{Indicator, Level1, Level2, Project};
    /// let mut p = Project::new("设备购置");
    /// p.indicators.push(Indicator::new(Some(Level1::Benefit), Some(Level2::Quantity), "设备数量", "≥1套"));
    /// assert!(review(&p).iter().any(|f| f.code() == Code::LevelMismatch)); // 数量指标 under 效益指标
    /// assert_eq!((Code::LevelMismatch.as_str(), Code::LevelMismatch.title()), ("J008", "二级指标与一级指标不匹配"));
    /// assert_eq!(Code::LevelMismatch.severity(), Severity::Error);
    /// assert_eq!("J008".parse::<Code>()?, Code::LevelMismatch);
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    #[cfg_attr(feature = "schemars", schemars(rename = "ReviewCode"))]
    pub enum Code, example "J013" {
        /// 预算数 ≠ 财政资金 + 其他资金.
        BudgetSum = "J001", Error, "预算数与资金来源合计不符";
        /// A negative amount in the budget.
        NegativeAmount = "J002", Error, "预算金额为负数";
        /// No 预算数, or a zero one.
        MissingBudget = "J003", Error, "预算数缺失或为零";
        /// The table has no indicator at all.
        NoIndicators = "J004", Error, "没有绩效指标";
        /// An indicator without a 三级 name.
        MissingName = "J005", Error, "三级指标名称为空";
        /// An indicator without a value (指标值).
        MissingValue = "J006", Error, "指标值为空";
        /// A value that looks numeric but did not parse.
        UnparsedValue = "J007", Error, "指标值无法解析";
        /// A level-2 name under the wrong level-1 (数量指标 under 效益指标).
        LevelMismatch = "J008", Error, "二级指标与一级指标不匹配";
        /// A level-1 name outside the taxonomy.
        UnknownLevel1 = "J009", Warning, "一级指标名称不规范";
        /// A level-2 name outside the taxonomy.
        UnknownLevel2 = "J010", Warning, "二级指标名称不规范";
        /// A 成本指标 whose target exceeds the project budget.
        CostOverBudget = "J011", Error, "成本指标超过预算数";
        /// A 成本指标 written as a lower bound (≥, >).
        CostLowerBound = "J012", Warning, "成本指标写成下限";
        /// A rate (…率) or satisfaction indicator whose value is not a percentage.
        RateNotPercentage = "J013", Warning, "比率类指标值不是百分比";
        /// A rate whose target is above 100%.
        RateAbove100 = "J014", Error, "比率目标超过100%";
        /// A target that cannot fail (`≥0`, `≤100%` on a rate).
        CannotFail = "J015", Warning, "指标值无约束力";
        /// A 数量指标 stated only qualitatively.
        QualitativeQuantity = "J016", Warning, "数量指标未量化";
        /// A 时效指标 without a date, a duration or a rate.
        TimelinessUnmeasured = "J017", Warning, "时效指标缺少时间或比率";
        /// A unit that does not fit the indicator (money or time on a count).
        UnitMismatch = "J018", Warning, "计量单位与指标不符";
        /// The same indicator twice (same 三级 name and value).
        DuplicateIndicator = "J019", Warning, "指标重复";
        /// Two indicators with the same 三级 name and different values.
        SameName = "J020", Note, "三级指标名称重复";
        /// No 效益指标 in the table.
        NoBenefit = "J021", Warning, "缺少效益指标";
        /// No 满意度指标 in the table.
        NoSatisfaction = "J022", Warning, "缺少满意度指标";
        /// Fewer indicators than the local rule asks for (three by default).
        TooFewIndicators = "J023", Warning, "指标数量不足";
        /// A level name read as a likely one-character slip of a standard name (`顼目产出`).
        LevelNameSlip = "J024", Note, "指标层级名称疑似笔误";
        /// A reverse indicator (事故, 投诉, 逾期 …: less is better) with a floor (≥, or a bare 100%).
        ReverseFloor = "J025", Error, "反向指标设为下限";
        /// A 数量指标 with a ceiling (≤, <): zero meets it.
        QuantityCeiling = "J026", Warning, "数量指标设为上限";
        /// A 数量指标 in money or time, not a count of outputs.
        QuantityNotCount = "J027", Warning, "数量指标使用金额或时间单位";
        /// A satisfaction indicator filed outside 满意度指标.
        SatisfactionMisfiled = "J028", Warning, "满意度指标归类错误";
        /// An output (a count of work done) filed under 效益指标.
        OutputAsBenefit = "J029", Warning, "产出内容列为效益指标";
        /// A number with no unit (`10`, `≥2000`).
        MissingUnit = "J030", Warning, "指标值缺少计量单位";
        /// A 成本指标 stated as text or as a percentage, not as an amount.
        CostNotAmount = "J031", Warning, "成本指标未用金额表述";
        /// A placeholder (`否`, `无`) as the target of a 效益指标.
        PlaceholderBenefit = "J032", Warning, "效益指标值为空泛占位";
        /// The same target on rows with nearly the same name.
        NearDuplicate = "J033", Warning, "指标近似重复";
        /// The template's placeholder left in a name or value (`(≥**人)`, `≥**万元`, `XX`).
        TemplatePlaceholder = "J034", Error, "模板占位符未填写";
        /// A deadline outside the project's year (年度): after it, or before it.
        DeadlineOutsideYear = "J035", Warning, "时限超出项目年度";
    }
}

finding_type! {
    /// One finding of the target review (审核意见): what is wrong, where, how serious, and what a
    /// fix looks like, in Chinese ([`Finding::zh`]) and English ([`Finding::en`]).
    ///
    /// ```
    /// use jixiao::review::{review, Code};
    /// use jixiao::{Severity, Subject};
    /// use jixiao::{Budget, Decimal, Indicator, Level1, Level2, Project};
    ///
    /// let mut p = Project::new("环境安全基础能力提升");
    /// p.budget = Budget::fiscal_only(Decimal::new(7170, 2));
    /// p.indicators.push(Indicator::new(Some(Level1::Output), Some(Level2::Timeliness), "响应及时率", "<2小时"));
    /// let findings = review(&p);
    /// let f = findings.iter().find(|f| f.code() == Code::RateNotPercentage).unwrap();
    /// assert_eq!(f.severity(), Severity::Warning);
    /// assert_eq!(f.subject(), &Subject::Indicator { index: 0, name: "响应及时率".into() });
    /// assert!(f.zh().contains("<2小时"));
    /// assert_eq!(f.subject().to_string(), "指标1「响应及时率」");
    /// ```
    pub struct Finding(Code);
}
