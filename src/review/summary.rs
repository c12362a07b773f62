//! [`Review`]: one project's findings and its [`Grade`] (审核结论 优 / 良 / 中 / 差).

use core::fmt;

use super::finding::{Code, Finding, Severity};
use crate::grade::Grade;
use crate::project::Project;

impl Review {
    /// The review grade of a target table (审核结论) from its findings.
    ///
    /// 财预〔2015〕88号 grades reviewed targets 优 / 良 / 中 / 差: a table graded 中 must be revised
    /// before the budget is approved, one graded 差 cannot enter the budget. jixiao grades from the
    /// findings by this rule (notes never count):
    ///
    /// | grade | rule |
    /// |---|---|
    /// | 优 `Excellent` | no error and no warning |
    /// | 良 `Good` | no error, 1–3 warnings |
    /// | 中 `Fair` | 1–2 errors, or 4 or more warnings |
    /// | 差 `Poor` | 3 or more errors, or no indicators at all (J004) |
    ///
    /// ```
    /// use jixiao::review::{Code, Finding, Review, Subject};
    /// use jixiao::Grade;
    /// let w = Finding::new(Code::NoBenefit, Subject::Project, "缺少效益指标", "no benefit indicator");
    /// assert_eq!(Review::grade_of(&[]), Grade::Excellent);
    /// assert_eq!(Review::grade_of(&[w.clone()]), Grade::Good);
    /// assert_eq!(Review::grade_of(&vec![w; 4]), Grade::Fair);
    /// assert!(Grade::Fair.needs_revision() && Grade::Fair.can_enter_budget());
    /// assert!(!Grade::Poor.can_enter_budget());
    /// ```
    pub fn grade_of(findings: &[Finding]) -> Grade {
        let count = |s: Severity| findings.iter().filter(|f| f.severity == s).count();
        let (errors, warnings) = (count(Severity::Error), count(Severity::Warning));
        if errors >= 3 || findings.iter().any(|f| f.code == Code::NoIndicators) {
            Grade::Poor
        } else if errors >= 1 || warnings >= 4 {
            Grade::Fair
        } else if warnings >= 1 {
            Grade::Good
        } else {
            Grade::Excellent
        }
    }
}

/// The review of one project: its name, its findings and its grade.
///
/// `Display` prints a list a reviewer can read: a heading with the grade and the counts, then
/// each finding numbered, in Chinese with the English below it.
///
/// ```
/// use jixiao::review::Review;
/// use jixiao::Grade;
/// use jixiao::{Budget, Decimal, Indicator, Level1, Level2, Project};
///
/// let mut p = Project::new("环境应急与事故调查");
/// p.budget = Budget::fiscal_only(Decimal::new(3000, 2));
/// p.indicators.push(Indicator::new(Some(Level1::Output), Some(Level2::Cost), "项目支出控制", "≤30万元"));
/// let r = Review::of(&p);
/// assert_eq!(r.grade, Grade::Good);
/// let text = r.to_string();
/// assert!(text.starts_with("「环境应急与事故调查」审核结论：良（错误0，警告3，提示0）"));
/// assert!(text.contains("J021 警告 项目：没有效益指标"));
/// ```
#[derive(Clone, Debug, PartialEq, Eq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[cfg_attr(feature = "schemars", derive(schemars::JsonSchema))]
#[non_exhaustive]
pub struct Review {
    /// 项目名称.
    pub project: String,
    /// The findings, in the order [`Reviewer::review`](super::Reviewer::review) gives them.
    pub findings: Vec<Finding>,
    /// The grade, from the findings.
    pub grade: Grade,
}

impl Review {
    /// Grades `findings` for the project named `project`.
    pub fn new(project: &str, findings: Vec<Finding>) -> Review {
        let grade = Review::grade_of(&findings);
        Review { project: project.to_string(), findings, grade }
    }

    /// Reviews `project` with the default rules.
    pub fn of(project: &Project) -> Review {
        super::Reviewer::default().summary(project)
    }

    /// How many findings have `severity`.
    pub fn count(&self, severity: Severity) -> usize {
        self.findings.iter().filter(|f| f.severity == severity).count()
    }
}

impl fmt::Display for Review {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        writeln!(
            f,
            "「{}」审核结论：{}（错误{}，警告{}，提示{}）",
            self.project,
            self.grade,
            self.count(Severity::Error),
            self.count(Severity::Warning),
            self.count(Severity::Note)
        )?;
        if self.findings.is_empty() {
            return writeln!(f, "  未发现问题 / no findings");
        }
        for (n, finding) in self.findings.iter().enumerate() {
            writeln!(f, "  {}. {}", n.saturating_add(1), finding)?;
            writeln!(f, "     {}", finding.en)?;
        }
        Ok(())
    }
}
