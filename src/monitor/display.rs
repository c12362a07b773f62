//! The monitoring table (绩效监控表) a [`Summary`] prints.

use core::fmt;

use super::light::{Light, Signal};
use super::reason::{is_given, Reasons};
use super::summary::Summary;
use crate::level::{Level1, Level2};
use crate::markdown::{opt, row};

/// The light cell and the rule cell of a line.
fn light_cells(signal: Option<&Signal>) -> (String, String) {
    match signal {
        Some(s) => (s.light.zh().to_string(), s.rule_zh()),
        None => ("—".to_string(), "无法判断, 见下方发现".to_string()),
    }
}

/// A reason or measure cell: as given, or a mark where one is needed and missing.
fn needed(text: Option<&str>, required: bool) -> String {
    match text.filter(|t| is_given(t)) {
        Some(t) => t.to_string(),
        None if required => "（缺, 需填写）".to_string(),
        None => String::new(),
    }
}

impl fmt::Display for Summary {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let m = self.month;
        let year = self.year.map(|y| format!("{y}年")).unwrap_or_default();
        writeln!(f, "{} — 绩效运行监控 {year}1–{m}月 (序时进度 {m}/12, 方案 {})", self.project, self.profile)?;
        let done = format!("1–{m}月完成");
        row(
            f,
            &[
                "一级指标",
                "二级指标",
                "三级指标",
                "年度指标值",
                &done,
                "全年预计",
                "预警",
                "判断依据",
                "偏差原因",
                "完成可能性",
                "纠偏措施",
            ],
        )?;
        row(f, &["---"; 11])?;
        let b = &self.budget;
        let unit = b.money_unit.as_str();
        let budget = b.budget.map(|x| format!("{x}{unit}")).unwrap_or_default();
        let executed = match (b.executed, b.rate) {
            (Some(e), Some(r)) => format!("{e} ({r}%)"),
            (e, _) => opt(e),
        };
        let (light, rule) = light_cells(b.signal.as_ref());
        let reasons = needed(b.reasons.as_ref().map(|r| r.text.as_str()), b.reason_required);
        let remedy = needed(b.remedy.as_deref(), b.reason_required);
        row(f, &["预算执行", "", "", &budget, &executed, &opt(b.forecast), &light, &rule, &reasons, "", &remedy])?;
        for i in &self.items {
            let l1 = i.level1.as_ref().map(Level1::name).unwrap_or("");
            let l2 = i.level2.as_ref().map(Level2::name).unwrap_or("");
            // the canonical form reads better than a split-column `≧|735|人次`
            let target = crate::threshold::Threshold::parse(&i.target).map(|t| t.to_string()).unwrap_or_else(|_| i.target.clone());
            let mut forecast = i.forecast.clone().unwrap_or_default();
            if i.forecast_met == Some(false) {
                forecast.push_str("（未达标）");
            }
            let (light, rule) = light_cells(i.signal.as_ref());
            let reasons = needed(i.reasons.as_ref().map(|r: &Reasons| r.text.as_str()), i.reason_required);
            let remedy = needed(i.remedy.as_deref(), i.reason_required);
            let possibility = i.possibility.map(|p| p.zh()).unwrap_or("");
            let completed = i.completed.as_deref().unwrap_or("");
            row(f, &[l1, l2, &i.name, &target, completed, &forecast, &light, &rule, &reasons, possibility, &remedy])?;
        }
        let c = &self.counts;
        let counts: Vec<String> = Light::ALL.iter().map(|l| format!("{} {}", l.zh(), c.of(*l))).collect();
        write!(f, "预警灯: {}, 无法判断 {}", counts.join(", "), c.unjudged)?;
        match self.worst {
            Some(w) => writeln!(f, "; 最差: {}", w.zh())?,
            None => writeln!(f)?,
        }
        if !self.findings.is_empty() {
            writeln!(f, "发现 (findings):")?;
            for x in &self.findings {
                writeln!(f, "- {x}")?;
            }
        }
        Ok(())
    }
}
