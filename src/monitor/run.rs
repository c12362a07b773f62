//! [`Profile::monitor`]: a whole report — the budget line, every indicator, the reasons they
//! need, the forecasts, the divergence check — into a [`Summary`].

use crate::message::Message;
use rust_decimal::{Decimal, RoundingStrategy};

use super::error::CannotJudge;
use super::finding::{Code, Finding};
use super::judge::floor2;
use super::light::{Light, LightRule, Signal};
use super::profile::{Profile, ReasonRule};
use super::reason::{is_given, Possibility, Reasons};
use super::report::{Progress, Report};
use super::summary::{BudgetLine, ItemLine, LightCounts, Summary};
use super::why::Why;
use crate::error::ParseErrorKind;
use crate::indicator::Indicator;
use crate::score;
use crate::subject::Subject;
use crate::threshold::Threshold;

/// Why a line needs a reason, for the finding's words.
enum Need<'a> {
    /// Its light (red or yellow, by the profile).
    Light(&'a Signal),
    /// The unit's own 完成目标可能性.
    Possibility(Possibility),
}

impl Profile {
    /// Monitors a report: lights the budget line ([`Profile::budget_signal`]) and every
    /// indicator ([`Profile::judge`]), and lists what the report lacks or warns of:
    ///
    /// - a light that needs a reason (by the profile's [`ReasonRule`]) without 偏差原因分析
    ///   (M001), or without 纠偏措施 where the profile asks for one (M002);
    /// - a year-end forecast (全年预计完成情况) that misses the annual target, judged as the
    ///   self-evaluation will judge it ([`Threshold::is_met_in`]), whatever the light (M003); a
    ///   forecast of execution below the budget (M004);
    /// - goal completion and budget execution more than the profile's divergence apart (M005):
    ///   goal completion is the report's `goal_completion`, else the mean over the paced
    ///   indicators of completed ÷ annual target (each at most 100%);
    /// - a flag for every line that could not be judged, with the reason (M006, M007);
    /// - under [`ReasonRule::ByPossibility`], a missing 完成目标可能性 (M008); 需要整改 without
    ///   整改要求 (M009); a stated 执行率 that does not match executed ÷ budget (M010).
    ///
    /// Nothing stops the rest: every line is judged or flagged.
    ///
    /// ```
    /// use jixiao::monitor::{import, Light, Profile};
    /// let doc = import::parse(include_str!("../../data/monitor-tianjin-2025-07.tsv"), None)?;
    /// let s = Profile::central().monitor(&doc.reports[0]);
    /// assert_eq!(s.budget.signal.as_ref().unwrap().value, Some("85.71".parse()?)); // 190.50 ÷ 381.00 ÷ 7/12
    /// assert_eq!(s.worst, Some(Light::Red));
    /// assert_eq!(s.findings.len(), 4);
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn monitor(&self, report: &Report) -> Summary {
        let month = report.month();
        let project = &report.project;
        let year = project.year();
        let mut findings = Vec::new();
        let budget = self.budget_line(report, &mut findings);
        let mut paced = Vec::new();
        let mut items = Vec::with_capacity(project.indicators.len());
        for (i, ind) in project.indicators.iter().enumerate() {
            let line = self.item_line(i, ind, report.progress_of(i), month, year, &mut findings);
            if let Some(s) = &line.signal {
                paced.extend(goal_share(s));
            }
            items.push(line);
        }
        for p in report.progress().iter().filter(|p| p.index >= project.indicators.len()) {
            not_judged(Subject::Project, &CannotJudge::NoSuchIndicator(p.index), &mut findings);
        }
        if let Some(limit) = self.divergence {
            self.divergence_check(report, &budget, &paced, limit, &mut findings);
        }
        let mut counts = LightCounts::default();
        counts.count(budget.signal.as_ref().map(|s| s.light));
        for i in &items {
            counts.count(i.signal.as_ref().map(|s| s.light));
        }
        let worst = budget.signal.iter().chain(items.iter().filter_map(|i| i.signal.as_ref())).map(|s| s.light).min();
        Summary { project: project.name.clone(), year, month, profile: self.name.clone(), budget, items, counts, worst, findings }
    }

    fn budget_line(&self, report: &Report, findings: &mut Vec<Finding>) -> BudgetLine {
        let b = &report.budget;
        let total = report.budget_total();
        let signal = match (total, b.executed) {
            (None, _) => Err(CannotJudge::NoBudget),
            (Some(_), None) => Err(CannotJudge::NoExecuted),
            (Some(t), Some(e)) => self.budget_signal(t, e, report.month()),
        };
        let exact_rate = match (total, b.executed) {
            (Some(t), Some(e)) if t > Decimal::ZERO => e.checked_mul(Decimal::ONE_HUNDRED).and_then(|x| x.checked_div(t)),
            _ => None,
        };
        let signal = match signal {
            Ok(s) => Some(s),
            Err(e) => {
                not_judged(Subject::Budget, &e, findings);
                None
            }
        };
        // the budget has no 完成目标可能性: by possibility, it goes by its light
        let reason_required = signal.as_ref().is_some_and(|s| match self.reasons {
            ReasonRule::RedOnly => s.light == Light::Red,
            _ => s.light <= Light::Yellow,
        });
        if let (true, Some(s)) = (reason_required, &signal) {
            self.require(Subject::Budget, &Need::Light(s), b.reasons.as_ref(), b.remedy.as_deref(), findings);
        }
        if let (Some(f), Some(t)) = (b.forecast, total) {
            if f < t && t > Decimal::ZERO {
                let rate = f.checked_mul(Decimal::ONE_HUNDRED).and_then(|x| x.checked_div(t)).map(floor2).unwrap_or_default();
                findings.push(Finding::new(
                    Code::BudgetForecastShort,
                    Subject::Budget,
                    Message::chinese(format!("全年预计执行数 {f} 低于预算数 {t}（预计执行率 {rate}%）"))
                        .english(format!("the year-end forecast of execution {f} is below the budget {t} (forecast rate {rate}%)")),
                ));
            }
        }
        if let (Some(stated), Some(exact)) = (b.rate, exact_rate) {
            // the stated rate is rounded to its own places; so is ours before they are compared
            let mut ours = exact.round_dp_with_strategy(stated.scale(), RoundingStrategy::MidpointAwayFromZero);
            ours.rescale(stated.scale());
            if ours != stated {
                findings.push(Finding::new(
                    Code::RateMismatch,
                    Subject::Budget,
                    Message::chinese(format!("填报执行率 {stated}% 与 执行数 ÷ 预算数 = {ours}% 不符"))
                        .english(format!("the stated execution rate {stated}% differs from executed ÷ budget = {ours}%")),
                ));
            }
        }
        BudgetLine {
            budget: total,
            executed: b.executed,
            rate: exact_rate.map(floor2),
            forecast: b.forecast,
            money_unit: report.project.budget.money_unit,
            signal,
            reason_required,
            reasons: b.reasons.clone(),
            remedy: b.remedy.clone(),
        }
    }

    fn item_line(
        &self,
        i: usize,
        ind: &Indicator,
        progress: Option<&Progress>,
        month: u8,
        year: Option<u16>,
        findings: &mut Vec<Finding>,
    ) -> ItemLine {
        let subject = || Subject::indicator(i, ind);
        let judged = match (ind.parsed(), progress.and_then(Progress::completed_actual)) {
            (Err(e), _) => Err(CannotJudge::Target(e.clone())),
            (Ok(_), None) => Err(CannotJudge::NoProgress),
            (Ok(_), Some(Err(e))) if e.kind() == ParseErrorKind::Empty => Err(CannotJudge::NoProgress),
            (Ok(_), Some(Err(e))) => Err(CannotJudge::Progress(e)),
            (Ok(_), Some(Ok(a))) => self.judge(ind, &a, month, year),
        };
        let signal = match judged {
            Ok(s) => Some(s),
            Err(e) => {
                not_judged(subject(), &e, findings);
                None
            }
        };
        let possibility = progress.and_then(|p| p.possibility);
        let reasons = progress.and_then(|p| p.reasons.as_ref());
        let remedy = progress.and_then(|p| p.remedy.as_deref());
        let need = match (self.reasons, &signal) {
            (ReasonRule::ByPossibility, _) => match possibility {
                Some(p @ (Possibility::Possible | Possibility::Impossible)) => Some(Need::Possibility(p)),
                Some(Possibility::Certain) => None,
                None => {
                    findings.push(Finding::new(Code::MissingPossibility, subject(), Message::chinese("未填写完成目标可能性（确定能 / 有可能 / 完全不可能）, 无法判断是否需说明偏差原因").english("no possibility of reaching the target (确定能 / 有可能 / 完全不可能): whether a reason is needed cannot be told")));
                    None
                }
            },
            (ReasonRule::RedOnly, Some(s)) if s.light == Light::Red => Some(Need::Light(s)),
            (ReasonRule::RedAndYellow, Some(s)) if s.light <= Light::Yellow => Some(Need::Light(s)),
            _ => None,
        };
        if let Some(need) = &need {
            self.require(subject(), need, reasons, remedy, findings);
        }
        let reason_required = need.is_some();
        let forecast_met = progress.and_then(|p| forecast(ind, p, year, subject, findings));
        if progress.is_some_and(|p| p.rectify == Some(true) && !p.rectification.as_deref().is_some_and(is_given)) {
            findings.push(Finding::new(
                Code::MissingRectification,
                subject(),
                Message::chinese("是否需要整改为“是”, 但未填写整改要求")
                    .english("rectification is needed (是否需要整改: 是) and no requirement (整改要求) is given"),
            ));
        }
        ItemLine {
            index: i,
            level1: ind.level1.clone(),
            level2: ind.level2.clone(),
            name: ind.name.clone(),
            target: ind.value().to_string(),
            completed: progress.and_then(|p| p.completed.clone()),
            forecast: progress.and_then(|p| p.forecast.clone()),
            signal,
            forecast_met,
            reason_required,
            reasons: reasons.cloned(),
            possibility,
            remedy: remedy.map(str::to_string),
        }
    }

    /// The findings of a line that needs a reason and a corrective measure.
    fn require(&self, subject: Subject, need: &Need<'_>, reasons: Option<&Reasons>, remedy: Option<&str>, findings: &mut Vec<Finding>) {
        let (why_zh, why_en) = match need {
            Need::Light(s) => (s.light.zh().to_string(), format!("a {} light", s.light.en())),
            Need::Possibility(p) => (format!("完成目标可能性为“{}”", p.zh()), format!("a target that is {} to reach", p.en())),
        };
        if !reasons.is_some_and(Reasons::is_given) {
            let (zh, en) = match need {
                Need::Light(s) => (
                    format!("{why_zh}需填写偏差原因分析: {}", s.rule_zh()),
                    format!("{why_en} needs a reason for the deviation: {}", s.rule_en()),
                ),
                Need::Possibility(_) => (format!("{why_zh}, 需填写偏差原因分析"), format!("{why_en} needs a reason for the deviation")),
            };
            findings.push(Finding::new(Code::MissingReason, subject.clone(), Message::chinese(zh).english(en)));
        }
        if self.remedy_required && !remedy.is_some_and(is_given) {
            let zh = match need {
                Need::Light(_) => format!("{why_zh}需填写纠偏措施"),
                Need::Possibility(_) => format!("{why_zh}, 需填写纠偏措施"),
            };
            findings.push(Finding::new(
                Code::MissingRemedy,
                subject,
                Message::chinese(zh).english(format!("{why_en} needs a corrective measure")),
            ));
        }
    }

    /// Goal completion against budget execution.
    fn divergence_check(&self, report: &Report, budget: &BudgetLine, paced: &[Decimal], limit: Decimal, findings: &mut Vec<Finding>) {
        let (Some(t), Some(e)) = (budget.budget, budget.executed) else { return };
        let Some(rate) = e.checked_mul(Decimal::ONE_HUNDRED).and_then(|x| x.checked_div(t)) else { return };
        let (goal, computed) = match report.goal_completion {
            Some(g) => (g, false),
            None if paced.is_empty() => {
                not_judged(Subject::Project, &CannotJudge::NoGoalCompletion, findings);
                return;
            }
            None => {
                let sum = paced.iter().try_fold(Decimal::ZERO, |acc, x| acc.checked_add(*x));
                match sum.and_then(|s| s.checked_div(Decimal::from(paced.len()))) {
                    Some(g) => (g, true),
                    None => return not_judged(Subject::Project, &CannotJudge::Overflow, findings),
                }
            }
        };
        let gap = (goal - rate).abs();
        if gap > limit {
            let show = |x: Decimal| x.round_dp_with_strategy(2, RoundingStrategy::MidpointAwayFromZero).normalize();
            let (g, r, d) = (show(goal), show(rate), show(gap));
            let (how_zh, how_en) = if computed {
                (
                    "（目标完成进度按正向指标 完成值 ÷ 年度指标值 的平均计, 每项至多100%）",
                    " (goal completion: the mean of completed ÷ annual target over the paced indicators, each at most 100%)",
                )
            } else {
                ("", "")
            };
            findings.push(Finding::new(
                Code::Divergence,
                Subject::Project,
                Message::chinese(format!("目标完成进度 {g}% 与预算执行率 {r}% 相差 {d} 个百分点, 超过 {limit} 个百分点{how_zh}"))
                    .english(format!("goal completion {g}% and budget execution {r}% differ by {d} points, more than {limit}{how_en}")),
            ));
        }
    }
}

/// A paced indicator's share of its annual target in percent (at most 100), for goal
/// completion.
fn goal_share(s: &Signal) -> Option<Decimal> {
    match (&s.why, s.rule) {
        (_, LightRule::NothingDone) => Some(Decimal::ZERO),
        (Why::Pace { completed, target, .. }, _) => {
            let a = completed.value_in(target.unit()).ok()?;
            let share = a.checked_mul(Decimal::ONE_HUNDRED)?.checked_div(target.normalized())?;
            Some(share.min(Decimal::ONE_HUNDRED))
        }
        _ => None,
    }
}

/// The year-end forecast against the annual target: whether it meets it, with a finding when
/// it does not, or a flag when it cannot be told.
fn forecast(ind: &Indicator, p: &Progress, year: Option<u16>, subject: impl Fn() -> Subject, findings: &mut Vec<Finding>) -> Option<bool> {
    let text = p.forecast.as_deref().filter(|t| !t.trim().is_empty())?;
    // a target that does not parse is flagged with the light already
    let target = &ind.target().ok()?;
    let met = crate::actual::Actual::parse(text).map_err(CannotJudge::Progress).and_then(|a| {
        // a forecast in words (`达到预期`) is the unit's statement, as the light reads a stated
        // band (LightRule::Stated); the self-evaluation will ask for the number
        if crate::threshold::claims_reached(target, &a) {
            return Ok((true, a));
        }
        Ok((target.is_met_in(&a, year)?, a))
    });
    match met {
        Ok((true, _)) => Some(true),
        Ok((false, a)) => {
            // where the target is a number, say how it would score: the self-evaluation's scale
            let pct = match target {
                Threshold::Compare(_) | Threshold::Range(_) => {
                    score::Profile::central().score_indicator(target, &a, Decimal::ONE_HUNDRED).ok().map(|s| s.score.normalize())
                }
                _ => None,
            };
            let (zh_more, en_more) = match pct {
                Some(s) => (format!("（按自评规则得分率 {s}%）"), format!(" (it would score {s}% by the self-evaluation rules)")),
                None => (String::new(), String::new()),
            };
            findings.push(Finding::new(
                Code::ForecastMisses,
                subject(),
                Message::chinese(format!("全年预计完成 {a}, 未达到年度指标值 {target}{zh_more}"))
                    .english(format!("the year-end forecast {a} misses the annual target {target}{en_more}")),
            ));
            Some(false)
        }
        Err(e) => {
            let e = match e {
                CannotJudge::Progress(pe) => {
                    (format!("全年预计完成情况无法解析：{}", pe.zh()), format!("the forecast does not parse: {pe}"))
                }
                other => (other.zh(), other.to_string()),
            };
            findings.push(Finding::new(
                Code::ForecastNotJudged,
                subject(),
                Message::chinese(format!("无法判断全年预计完成情况: {}", e.0))
                    .english(format!("the year-end forecast cannot be judged: {}", e.1)),
            ));
            None
        }
    }
}

/// The flag of a line that got no light.
fn not_judged(subject: Subject, why: &CannotJudge, findings: &mut Vec<Finding>) {
    let en = match why {
        // the parse error is the source of these: written out here, where there is no chain
        CannotJudge::Target(e) | CannotJudge::Progress(e) => format!("{why}: {e}"),
        _ => why.to_string(),
    };
    findings.push(Finding::new(
        Code::NotJudged,
        subject,
        Message::chinese(format!("无法判断预警灯: {}", why.zh())).english(format!("no light: {en}")),
    ));
}
