//! [`Flag`] (待核查事项): what a scorecard asks a person to check, with a stable [`FlagCode`].
//!
//! A scorer that runs unattended never guesses quietly: where a table's numbers do not add up,
//! an answer can be read two ways, or an item cannot be scored, the scorecard scores what it
//! can and says what it could not, here.

use crate::codes::stable_codes;
use crate::finding_type::finding_type;
use crate::message::Message;
use crate::subject::Subject;

stable_codes! {
    /// The stable code of a [`Flag`] (核查事项编号). Numbers are never reused; the table is in
    /// the [module docs](crate::score#flags). Serialised as the code string (`"S001"`).
    ///
    /// ```
    /// use jixiao::score::FlagCode;
    /// assert_eq!(FlagCode::BareFraction.to_string(), "S004");
    /// assert_eq!(FlagCode::BareFraction.title(), "完成值疑为小数写法的百分比");
    /// assert_eq!("S001".parse::<FlagCode>()?, FlagCode::WeightsNot100);
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub enum FlagCode, example "S001" {
        /// The weights (budget points and indicator 分值) do not add up to 100: no total or grade.
        WeightsNot100 = "S001", Error, "分值合计不等于100";
        /// An indicator could not be scored (no actual, an actual that does not read, units that do
        /// not compare, a target that does not parse): its weight is undecided. (A word answering
        /// a number is not scored either, and flagged S005 instead.)
        Unscored = "S002", Warning, "指标无法评分";
        /// An answer that states no band and does not repeat the target (`建设中` for `按时完成`).
        UnrecognisedAnswer = "S003", Warning, "完成情况表述无法判断";
        /// A bare fraction against a percentage target (`0.96` against `≥95%`): 0.96% or 96%?
        /// Scored as written.
        BareFraction = "S004", Warning, "完成值疑为小数写法的百分比";
        /// A text answer for a numeric target or a deadline. One that claims a number reached
        /// (`完成`, `良好`, `是` for `≥95%`) is not scored: nobody can check it without the
        /// number. One of falling short (`基本完成`), or any answer to a deadline, is scored as
        /// the band it states.
        TextForNumber = "S005", Warning, "定量指标以文字作答";
        /// The recorded 得分 is above the item's 分值.
        RecordedAboveWeight = "S006", Warning, "表中得分超过分值";
        /// A negative 分值: the indicator is not scored.
        NegativeWeight = "S007", Error, "分值为负数";
        /// Weights were split or rescaled to two decimals and the remainder went to one item.
        Remainder = "S008", Note, "分值尾差调整";
        /// The budget item cannot be scored (no total or no executed amount): its points are
        /// undecided.
        BudgetUndecided = "S009", Warning, "预算执行率无法评分";
        /// Some indicators carry a 分值 and others not; those without are not scored.
        MissingWeight = "S010", Warning, "部分指标缺少分值";
        /// A deadline without a year and no project year (年度) to place it in.
        NoYear = "S011", Warning, "时限未写年份且项目年度未知";
        /// A 分值 cell that is not a number (`十分`): the item is not scored, and no default
        /// weight stands in for it.
        UnreadWeight = "S012", Warning, "分值无法识别";
    }
}

finding_type! {
    /// One thing to check on a scorecard (待核查事项): its code, the [`Subject`] it concerns (an
    /// indicator, or the project for the card as a whole), and what to check, in Chinese
    /// ([`Flag::zh`]) and English ([`Flag::en`]).
    ///
    /// ```
    /// use jixiao::score::{Actuals, FlagCode, Profile};
    /// use jixiao::{Budget, Decimal, Indicator, Level1, Level2, Project, Subject};
    /// let mut p = Project::new("示例项目");
    /// p.budget = Budget::fiscal_only(Decimal::from(100));
    /// p.indicators.push(Indicator::new(Some(Level1::Satisfaction), Some(Level2::Satisfaction), "满意度", "≥95%"));
    /// let card = Profile::central().score(&p, &Actuals::new().executed(Decimal::from(100)).at(0, "0.96".parse()?))?;
    /// let flag = card.flags.iter().find(|f| f.code() == FlagCode::BareFraction).unwrap();
    /// assert_eq!(flag.subject(), &Subject::Indicator { index: 0, name: "满意度".into() });
    /// assert_eq!((flag.index(), flag.severity()), (Some(0), jixiao::Severity::Warning));
    /// assert_eq!(flag.to_string(), format!("S004 警告 指标1「满意度」：{}", flag.zh()));
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub struct Flag(FlagCode);
}

impl Flag {
    /// A flag on the indicator at `index` (its name filled in by [`Flag::named_from`]), or on
    /// the scorecard (`None`).
    pub(crate) fn at(code: FlagCode, index: Option<usize>, message: Message) -> Flag {
        let subject = index.map_or(Subject::Project, |index| Subject::Indicator { index, name: String::new() });
        Flag::new(code, subject, message)
    }

    /// The same flag with its indicator's name from `indicators`.
    pub(crate) fn named_from(mut self, indicators: &[crate::Indicator]) -> Flag {
        if let Subject::Indicator { index, name } = &mut self.subject {
            if let Some(i) = indicators.get(*index) {
                name.clone_from(&i.name);
            }
        }
        self
    }
}
