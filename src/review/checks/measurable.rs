//! Measurable where it could be: J016 a 数量指标 stated as text, J017 a 时效指标 without a date,
//! duration, rate or frequency, J018 a unit that does not fit what the name counts.

use crate::level::Level2;
use crate::message::Message;
use crate::review::text::{counted, counted_unit, is_count, is_per_time};
use crate::review::{Code, Ctx, Finding};
use crate::subject::Subject;
use crate::threshold::Threshold;
use crate::unit::{Dimension, KnownUnit, Unit};

pub(super) fn check(ctx: &Ctx<'_>, out: &mut Vec<Finding>) {
    for (i, ind, t) in ctx.parsed_indicators() {
        let subject = || Subject::indicator(i, ind);
        let value = ind.value().trim();
        // a bare number takes the unit of the name (`任务完成时限(月)` = `10`)
        let dim = t.unit().and_then(|u| u.dimension()).or_else(|| ind.unit_in_name().and_then(|(_, u)| u.dimension()));
        if ctx.is(i, &Level2::Quantity) && t.is_unread() {
            // text that holds numbers the grammar did not read: say so, and offer the number
            let (zh_hint, en_hint) = match stated_count(value) {
                Some(q) => (format!("；若目标是{q}，请写成「≥{q}」"), format!("; if the target is {q}, write ≥{q}")),
                None => {
                    ("；请写成数值和单位，如「≥3场」「≥2万人」".to_string(), "; write a number and unit such as ≥3场 or ≥2万人".to_string())
                }
            };
            out.push(Finding::new(
                Code::QualitativeQuantity,
                subject(),
                Message::chinese(format!("数量指标「{}」的指标值「{value}」是含数字的文字，未能识别为可计量的目标{zh_hint}。", ind.name))
                    .english(format!(
                        "quantity indicator `{}` has `{value}`, text with numbers that was not understood as a measurable target{en_hint}.",
                        ind.name
                    )),
            ));
        } else if ctx.is(i, &Level2::Quantity) && t.is_qualitative() {
            out.push(Finding::new(Code::QualitativeQuantity, subject(), Message::chinese(format!("数量指标「{}」的指标值「{value}」是文字表述，无法计量；请写成数值和单位，如「≥3场」「≥2万人」。", ind.name)).english(format!("quantity indicator `{}` has the text value `{value}`, which cannot be counted; write a number and unit such as ≥3场 or ≥2万人.", ind.name))));
        }
        if ctx.is(i, &Level2::Timeliness) && !measures_time(t, dim) {
            out.push(Finding::new(Code::TimelinessUnmeasured, subject(), Message::chinese(format!("时效指标「{}」的指标值「{value}」没有完成时限、时长、比率或频次；请写成「12月底前」「≤24小时」「1次/月」或「及时率≥95%」。", ind.name)).english(format!("timeliness indicator `{}` has the value `{value}`, with no deadline, duration, rate or frequency; write e.g. 12月底前, ≤24小时, 1次/月 or a rate ≥95%.", ind.name))));
        }
        let core = ctx.core(i);
        if !ctx.is(i, &Level2::Timeliness) && says_on_time(core) && counts_things(t) {
            // `按时发放 ≥1人/年` under 质量指标: the name asks when, the value counts people
            out.push(Finding::new(Code::UnitMismatch, subject(), Message::chinese(format!("「{}」是时效要求，指标值「{value}」却是数量；请写成完成时限或及时率，如「12月底前」「及时率≥95%」，并列入时效指标。", ind.name)).english(format!(
                    "`{}` asks for timeliness, yet its value `{value}` is a count; write a deadline or an on-time rate (12月底前, 及时率 ≥95%) and file it under 时效指标.",
                    ind.name
                ))));
        }
        if is_count(core) {
            if let Some(f) = unit_mismatch(core, t, dim) {
                let (zh, en) = f;
                out.push(Finding::new(
                    Code::UnitMismatch,
                    subject(),
                    Message::chinese(format!(
                        "「{}」是数量，指标值「{value}」{zh}；请改用与名称相符的计数单位，或改正指标名称。",
                        ind.name
                    ))
                    .english(format!(
                        "`{}` is a count but its value `{value}` {en}; use the count unit the name says, or correct the name.",
                        ind.name
                    )),
                ));
            }
        } else if ctx.is(i, &Level2::Quantity) && in_months_or_years(t) && !names_time(core) {
            // `制作宣传横幅、公益宣传牌等 =1年`: what was made is counted, not how long it took
            // (days and hours are left alone: `免费开放 =365天` counts days of service)
            out.push(Finding::new(Code::UnitMismatch, subject(), Message::chinese(format!("数量指标「{}」的名称没有时间含义，指标值「{value}」却是时长；请写明完成的数量和计数单位（条、块、个…），时间要求列入时效指标。", ind.name)).english(format!(
                    "quantity indicator `{}` names no time, yet its value `{value}` is a duration; state the number of things delivered in a count unit, and file the time under 时效指标.",
                    ind.name
                ))));
        }
    }
}

/// A name that asks for timeliness (`按时发放`, `及时拨付`), not a rate of it (`按时发放率`).
fn says_on_time(core: &str) -> bool {
    // a rate of it (`及时率`) or a count of what was done on time (`及时救助人数`) is no such name
    ["按时", "及时", "准时", "如期", "按期", "限期"].iter().any(|w| core.contains(w))
        && !crate::review::text::is_rate(core)
        && !is_count(core)
}

/// A comparison in a count unit or a count per something that is no frequency (`≥1人/年`,
/// `230个`; not `1次/月`).
fn counts_things(t: &Threshold) -> bool {
    match (t, t.unit()) {
        (Threshold::Compare(_), Some(u @ Unit::Rate(r))) => r.numerator().dimension() == Dimension::Count && !is_per_time(u),
        (Threshold::Compare(_), Some(u)) => u.dimension() == Some(Dimension::Count),
        _ => false,
    }
}

/// A value in months, quarters or years (`=1年`, `≥6个月`).
fn in_months_or_years(t: &Threshold) -> bool {
    matches!(t.unit(), Some(Unit::Known(KnownUnit::Month | KnownUnit::Quarter | KnownUnit::Year)))
}

/// Words of a name that measures time (`开放天数`, `培训时长`, `服务期限`, `运行月数`) or of work
/// that goes on over a time (`免费开放`, `设备运行维护`, `日常巡查`): a duration fits those names.
/// Words, not characters: 年 in `老年人活动中心` and 期 in `期刊订阅` say nothing of time.
fn names_time(core: &str) -> bool {
    const TIME: &[&str] = &[
        "时间",
        "时长",
        "时限",
        "时效",
        "时段",
        "小时",
        "天数",
        "日数",
        "工作日",
        "月数",
        "年限",
        "年数",
        "期限",
        "周期",
        "工期",
        "期间",
        "寿命",
        "有效期",
        "服务期",
        "保障期",
        "质保期",
    ];
    const GOING_ON: &[&str] = &["开放", "运行", "运营", "维护", "运维", "服务", "保障", "值守", "巡查", "监测", "管护", "租赁", "驻点"];
    TIME.iter().chain(GOING_ON).any(|w| core.contains(w))
}

/// Whether a timeliness value says when or how fast: a deadline, a duration, a rate, a
/// frequency (`1次/月`, `2次/年`: a time standard), or text with a date or duration inside it.
fn measures_time(t: &Threshold, dim: Option<Dimension>) -> bool {
    match t {
        Threshold::Deadline(_) => true,
        Threshold::Compare(_) | Threshold::Range(_) => {
            matches!(dim, Some(Dimension::Duration | Dimension::Ratio)) || t.unit().is_some_and(is_per_time)
        }
        Threshold::Qualitative(q) | Threshold::Unread(q) => mentions_time(q.as_str()),
        Threshold::Relative(_) => false,
    }
}

/// Why a count's unit does not fit it: money or time on a count, or a count of something else
/// than the name counts (`人口数` in `户`, `户数` in `人次`).
fn unit_mismatch(core: &str, t: &Threshold, dim: Option<Dimension>) -> Option<(String, String)> {
    match dim {
        Some(Dimension::Money) => return Some(("却用了金额单位".into(), "is in a money unit".into())),
        Some(Dimension::Duration) => return Some(("却用了时间单位".into(), "is in a time unit".into())),
        _ => {}
    }
    let name_counts = counted_unit(core)?;
    // a count per something (`户/年`) counts what its numerator counts
    let written = match t.unit() {
        Some(Unit::Known(u)) => u,
        Some(Unit::Rate(r)) => &r.numerator(),
        _ => return None,
    };
    let written = *written;
    let (a, b) = (counted(name_counts)?, counted(written)?);
    (a != b).then(|| {
        (
            format!("按名称应以「{name_counts}」计，却用了「{written}」"),
            format!("counts in {written} where the name counts in {name_counts}"),
        )
    })
}

/// Words of a frequency (`按月安排`, `每季度通报`): a time standard as `1次/月` is.
const FREQUENCIES: &[&str] =
    &["每月", "按月", "逐月", "每季", "按季", "每周", "按周", "每年", "按年", "每日", "每天", "按日", "每半年", "每旬", "按旬"];

/// Text that carries a date, a duration or a frequency inside it (`12月底前100%到位`,
/// `3个工作日内办结`, `按月安排`): a number, Arabic or Chinese, directly followed by 年, 月, 日,
/// 天, 周, 小时, 个月 or (个)工作日, or a word of frequency.
fn mentions_time(text: &str) -> bool {
    if FREQUENCIES.iter().any(|w| text.contains(w)) {
        return true;
    }
    let is_number = |c: char| c.is_ascii_digit() || ('０'..='９').contains(&c) || "一二三四五六七八九十两".contains(c);
    text.char_indices().any(|(i, c)| {
        let rest = &text[i + c.len_utf8()..];
        is_number(c) && ["年", "月", "日", "天", "周", "小时", "个月", "个工作日", "工作日"].iter().any(|u| rest.starts_with(u))
    })
}

/// The first count a sentence states (`补助村卫生室352个。` gives `352个`): digits and the known
/// unit right after them.
fn stated_count(text: &str) -> Option<String> {
    // in any digits (`352个`, `３５２个`), read as the grammar reads a number
    let start = text.find(crate::grammar::numeral::is_digit)?;
    let (value, used) = crate::grammar::numeral::arabic(&text[start..]).ok()??;
    let rest = &text[start + used..];
    let (_, n) = crate::unit::KnownUnit::parse_prefix(rest)?;
    Some(format!("{value}{}", &rest[..n]))
}
