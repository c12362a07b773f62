//! [`Review`]: one project's findings and its [`Grade`] (审核结论 优 / 良 / 中 / 差).

use core::fmt;

use super::finding::{Code, Finding};
use crate::grade::Grade;
use crate::severity::Severity;

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
    /// use jixiao::review::{Code, Finding, Review};
    /// use jixiao::{Subject};
    /// use jixiao::{Grade, Message};
    /// let w = Finding::new(Code::NoBenefit, Subject::Project, Message::chinese("缺少效益指标").english("no benefit indicator"));
    /// assert_eq!(Review::grade_of(&[]), Grade::Excellent);
    /// assert_eq!(Review::grade_of(&[w.clone()]), Grade::Good);
    /// assert_eq!(Review::grade_of(&vec![w; 4]), Grade::Fair);
    /// assert!(Grade::Fair.needs_revision() && Grade::Fair.can_enter_budget());
    /// assert!(!Grade::Poor.can_enter_budget());
    /// ```
    pub fn grade_of(findings: &[Finding]) -> Grade {
        let count = |s: Severity| findings.iter().filter(|f| f.severity() == s).count();
        let (errors, warnings) = (count(Severity::Error), count(Severity::Warning));
        if errors >= 3 || findings.iter().any(|f| f.code() == Code::NoIndicators) {
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

/// The review of one project (审核意见): its name, its findings and its grade, as
/// [`Reviewer::review`](super::Reviewer::review) and [`review`](super::review) give it. The
/// grade always follows from the findings: the fields are read through methods.
///
/// `Display` prints a list a reviewer can read: a heading with the grade and the counts, then
/// each finding numbered, in Chinese with the English below it.
///
/// ```
/// use jixiao::review::{review, Code};
/// use jixiao::Grade;
/// use jixiao::{Budget, Decimal, Indicator, Level1, Level2, Project};
///
/// let mut p = Project::new("环境应急与事故调查");
/// p.budget = Budget::fiscal_only(Decimal::new(3000, 2));
/// p.indicators.push(Indicator::new(Some(Level1::Output), Some(Level2::Cost), "项目支出控制", "≤30万元"));
/// let r = review(&p);
/// assert_eq!(r.grade(), Grade::Good);
/// assert_eq!(r.len(), 3);
/// assert!(r.iter().any(|f| f.code() == Code::NoBenefit));
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
    project: String,
    /// The findings, in the order [`Reviewer::review`](super::Reviewer::review) gives them.
    findings: Vec<Finding>,
    /// The grade, from the findings.
    grade: Grade,
}

impl Review {
    /// Grades `findings` for the project named `project`.
    pub(super) fn new(project: &str, findings: Vec<Finding>) -> Review {
        let grade = Review::grade_of(&findings);
        Review { project: project.to_string(), findings, grade }
    }

    /// 项目名称: the name of the project reviewed.
    pub fn project(&self) -> &str {
        &self.project
    }

    /// The findings: the project's own first, then each indicator's in table order; within one
    /// subject, by code.
    pub fn findings(&self) -> &[Finding] {
        &self.findings
    }

    /// The findings, owned.
    pub fn into_findings(self) -> Vec<Finding> {
        self.findings
    }

    /// The grade (审核结论 优 / 良 / 中 / 差) the findings give ([`Review::grade_of`]).
    ///
    /// ```
    /// use jixiao::review::review;
    /// use jixiao::{Grade, Indicator, Level1, Level2, Project};
    /// let mut p = Project::new("设备购置");
    /// p.indicators.push(Indicator::new(Some(Level1::Output), Some(Level2::Quantity), "设备数量", "≥1套"));
    /// let r = review(&p); // no budget (J003, an error): the table must be revised
    /// assert_eq!(r.grade(), Grade::Fair);
    /// assert!(r.grade().needs_revision());
    /// assert_eq!(review(&Project::new("空表")).grade(), Grade::Poor); // no indicators at all (J004)
    /// ```
    pub fn grade(&self) -> Grade {
        self.grade
    }

    /// The findings in order.
    pub fn iter(&self) -> core::slice::Iter<'_, Finding> {
        self.findings.iter()
    }

    /// How many findings there are.
    pub fn len(&self) -> usize {
        self.findings.len()
    }

    /// Whether nothing was found.
    pub fn is_empty(&self) -> bool {
        self.findings.is_empty()
    }

    /// How many findings have `severity`.
    ///
    /// ```
    /// use jixiao::review::{review};
    /// use jixiao::{Severity};
    /// use jixiao::{Indicator, Level1, Level2, Project};
    /// let mut p = Project::new("设备购置");
    /// p.indicators.push(Indicator::new(Some(Level1::Output), Some(Level2::Quantity), "设备数量", ""));
    /// let r = review(&p);
    /// assert!(r.count(Severity::Error) >= 1); // J006 指标值为空
    /// assert_eq!(r.count(Severity::Error) + r.count(Severity::Warning) + r.count(Severity::Note), r.len());
    /// ```
    pub fn count(&self, severity: Severity) -> usize {
        self.findings.iter().filter(|f| f.severity() == severity).count()
    }
}

impl<'a> IntoIterator for &'a Review {
    type Item = &'a Finding;
    type IntoIter = core::slice::Iter<'a, Finding>;
    fn into_iter(self) -> Self::IntoIter {
        self.findings.iter()
    }
}

impl IntoIterator for Review {
    type Item = Finding;
    type IntoIter = std::vec::IntoIter<Finding>;
    fn into_iter(self) -> Self::IntoIter {
        self.findings.into_iter()
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
            writeln!(f, "     {}", finding.en())?;
        }
        Ok(())
    }
}
