//! Mid-year monitoring (绩效运行监控): how far a project has come against the calendar, as
//! warning lights (预警灯).
//!
//! Between the target table (绩效目标表, before the year) and the self-evaluation (绩效自评, after
//! it), every unit reports at least once during the year how far each project has come: the
//! 绩效监控表 (财预〔2019〕136号 and its provincial versions; typically at the end of July, often
//! monthly in budget systems). Finance departments turn it into lights — 红灯, 黄灯, 绿灯, and in
//! some systems 蓝灯 for far ahead — and require a reason (偏差原因分析) and a corrective measure
//! (纠偏措施) for every light that is not green.
//!
//! - A [`Report`] holds the project (its targets, budget and year), the month reported (1–X月),
//!   the budget executed so far ([`BudgetProgress`]: 1–X月执行数, 执行率, 全年预计执行数) and each
//!   indicator's [`Progress`]: 1–X月执行情况 (当前完成值), 全年预计完成情况, 偏差原因分析 ([`Reasons`]
//!   with their [`ReasonCategory`]: 经费保障, 制度保障, 人员保障, 硬件条件保障, 其他), 完成目标可能性
//!   ([`Possibility`]: 确定能, 有可能, 完全不可能), 纠偏措施, 是否需要整改 and 整改要求.
//! - A [`Profile`] holds one scheme's rules; [`Profile::monitor`] turns a report into a
//!   [`Summary`]: each line's [`Signal`] — its [`Light`] and the rule that gave it, in Chinese and
//!   English — the lights counted, the worst light, and the [`Finding`]s. Its `Display` prints
//!   the monitoring table.
//! - [`import::parse`] reads monitoring tables from TSV or CSV.
//!
//! ## The rules
//!
//! With `m` the month reported and 序时进度 = m/12 (the share of the year gone):
//!
//! | line | rule ([`Profile::central`]) |
//! |---|---|
//! | budget execution | value = (executed ÷ budget) ÷ (m/12) × 100: red below 60, yellow 60 to below 80, green from 80 |
//! | higher-is-better counts and amounts (`≥`, `>`, `=`, bare) of 数量, 效益, 满意度 | standard = target × m/12, value = completed ÷ standard × 100: red below 60, yellow 60 to below 80, green 80 to below 120, blue from 120; nothing completed is red |
//! | lower-is-better targets (`≤`, `<`), every 质量, 时效, 成本 target, ranges; rates, ratios and points (`≥90%`, `≥85分`), which do not grow with the calendar | green inside the target, red outside |
//! | a target of 0 (`0起` accidents) | green only while the completed value is 0 |
//! | deadlines, in the project's year | green while ahead or done on time; yellow when due in month m and not done; red once passed and not done, or done late |
//! | qualitative, or a band stated for any target | 达到预期 green, 部分达到并具备一定效果 yellow, 未达到 red |
//!
//! The variants go through [`Profile::builder`]: fixed budget checkpoints (25% by the end of
//! April, 40% by June, 60% by August, 80% by October, with a finding where goal completion and
//! budget execution differ by more than 10 points: [`Profile::checkpoints`]), other bands,
//! rates and ratios paced like counts ([`ProfileBuilder::pace_ratios`]), and when reasons are required
//! ([`ReasonRule`]: red and yellow, red only, or by 完成目标可能性).
//!
//! Every light is decided on exact decimals, by cross-multiplying (`59.995` is below 60, even
//! though 60.00 would be its value rounded); the value shown is rounded down to two decimals.
//! Units convert as everywhere: `9000人` against `≥2万人` is paced in 人.
//!
//! The year-end forecast (全年预计完成情况) is judged against the full annual target as the
//! self-evaluation will judge it ([`Threshold::is_met_in`](crate::Threshold::is_met_in)): a
//! forecast that misses the target is a finding even when the light is green, and the finding
//! says how it would score ([`crate::score`]).
//!
//! What the crate cannot judge — a progress of the wrong kind, units that do not convert, a
//! deadline without the project's year, a target that does not parse, a line left empty — gets no
//! light: it is a flag ([`Code::NotJudged`]) with the reason ([`CannotJudge`]), never a guess.
//!
//! ## Findings
//!
//! | code | severity | rule |
//! |---|---|---|
//! | M001 | error | a light that needs a reason has no 偏差原因分析 |
//! | M002 | warning | a light that needs a reason has no 纠偏措施 (where the profile asks for one) |
//! | M003 | warning | the year-end forecast misses the annual target, whatever the light |
//! | M004 | warning | 全年预计执行数 is below the budget |
//! | M005 | warning | goal completion and budget execution differ by more than the profile allows |
//! | M006 | warning | a line got no light (the reason is given) |
//! | M007 | warning | the year-end forecast cannot be judged (the reason is given) |
//! | M008 | warning | no 完成目标可能性, where reasons go by it |
//! | M009 | warning | 是否需要整改 is 是 and no 整改要求 is given |
//! | M010 | note | the stated 执行率 differs from executed ÷ budget |
//!
//! ## Example
//!
//! ```
//! use jixiao::monitor::{Light, Possibility, Profile, Progress, Report};
//! use jixiao::{Budget, Decimal, Indicator, Level1, Level2, Project};
//!
//! let mut p = Project::new("天津市生态环境信息网络、设备及系统运行维护");
//! p.set_year(2025)?;
//! p.budget = Budget::fiscal_only("381.00".parse()?);
//! p.indicators.push(Indicator::new(Some(Level1::Output), Some(Level2::Quantity), "软件维护数量", "≥19个"));
//! p.indicators.push(Indicator::new(Some(Level1::Output), Some(Level2::Timeliness), "运行维护响应时间", "≤60分钟"));
//! p.indicators.push(Indicator::new(Some(Level1::Benefit), Some(Level2::Social), "系统服务对象数量", "≥2万人"));
//!
//! let mut r = Report::new(p, 7)?;
//! r.budget.executed = Some("190.50".parse()?);
//! r.set_progress(Progress::new(0).completed("8个").forecast("19个").reasons("经费保障：合同7月签订").remedy("8月完成采购").possibility(Possibility::Possible));
//! r.set_progress(Progress::new(1).completed("1.5小时"));
//! r.set_progress(Progress::new(2).completed("2万人").forecast("1.8万人"));
//!
//! let s = Profile::central().monitor(&r);
//! let lights: Vec<Light> = s.items.iter().map(|i| i.signal.as_ref().unwrap().light).collect();
//! assert_eq!(lights, [Light::Yellow, Light::Red, Light::Blue]);
//! assert_eq!(s.budget.signal.as_ref().unwrap().light, Light::Green); // 50% of the budget by July: 85.71
//! assert_eq!(s.worst, Some(Light::Red));
//! // the red light has no reason and no measure; the forecast of 1.8万人 misses 2万人
//! let codes: Vec<&str> = s.findings.iter().map(|f| f.code().as_str()).collect();
//! assert_eq!(codes, ["M001", "M002", "M003"]);
//! assert_eq!(s.findings[0].zh(), "红灯需填写偏差原因分析: 反向指标 ≤60分钟: 完成值 1.5小时 超出目标, 红灯");
//! println!("{s}");
//! # Ok::<(), Box<dyn std::error::Error>>(())
//! ```

mod display;
mod error;
mod finding;
pub mod import;
mod judge;
mod light;
mod profile;
mod reason;
mod report;
mod run;
mod summary;
#[cfg(test)]
mod tests;
pub(crate) mod why;

#[cfg(feature = "serde")]
pub(crate) use error::check_month;
pub use error::{CannotJudge, MonitorError};
pub use finding::{Code, Finding};
pub use light::{Light, LightRule, Signal};
pub use profile::{Bands, BudgetRule, Checkpoint, Profile, ProfileBuilder, ReasonRule};
pub use reason::{Possibility, ReasonCategory, Reasons};
pub use report::{BudgetProgress, Progress, Report};
pub use summary::{BudgetLine, ItemLine, LightCounts, Summary};
