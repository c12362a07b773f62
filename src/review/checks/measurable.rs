//! Measurable where it could be: J016 a 数量指标 stated as text, J017 a 时效指标 without a date,
//! duration or rate, J018 a money or time unit on a count.

use crate::level::Level2;
use crate::review::text::{core_name, is_count};
use crate::review::{Code, Ctx, Finding, Subject};
use crate::threshold::Threshold;
use crate::unit::Dimension;

pub(super) fn check(ctx: &Ctx<'_>, out: &mut Vec<Finding>) {
    for (i, ind, t) in ctx.parsed_indicators() {
        let subject = || Subject::indicator(i, ind);
        let value = ind.value().trim();
        let dim = t.unit().and_then(|u| u.dimension());
        if ind.level2 == Some(Level2::Quantity) && t.is_qualitative() {
            out.push(Finding::new(
                Code::QualitativeQuantity,
                subject(),
                format!("数量指标「{}」的指标值「{value}」是文字表述，无法计量；请写成数值和单位，如「≥3场」「≥2万人」。", ind.name),
                format!("quantity indicator `{}` has the text value `{value}`, which cannot be counted; write a number and unit such as ≥3场 or ≥2万人.", ind.name),
            ));
        }
        if ind.level2 == Some(Level2::Timeliness) {
            let measured = match t {
                Threshold::Deadline(_) => true,
                Threshold::Compare { .. } | Threshold::Range(_) => matches!(dim, Some(Dimension::Duration | Dimension::Ratio)),
                Threshold::Qualitative(q) => mentions_time(q.as_str()),
            };
            if !measured {
                out.push(Finding::new(
                    Code::TimelinessUnmeasured,
                    subject(),
                    format!("时效指标「{}」的指标值「{value}」没有完成时限、时长或比率；请写成「12月底前」「≤24小时」或「及时率≥95%」。", ind.name),
                    format!("timeliness indicator `{}` has the value `{value}`, with no deadline, duration or rate; write e.g. 12月底前, ≤24小时 or a rate ≥95%.", ind.name),
                ));
            }
        }
        if is_count(&core_name(&ind.name)) {
            let what = match dim {
                Some(Dimension::Money) => Some(("金额", "money")),
                Some(Dimension::Duration) => Some(("时间", "time")),
                _ => None,
            };
            if let Some((zh, en)) = what {
                out.push(Finding::new(
                    Code::UnitMismatch,
                    subject(),
                    format!("「{}」是数量，指标值「{value}」却用了{zh}单位；请改用计数单位（个、人、次、家…），或改正指标名称。", ind.name),
                    format!("`{}` is a count but its value `{value}` is in a {en} unit; use a count unit (个, 人, 次, 家, …) or correct the name.", ind.name),
                ));
            }
        }
    }
}

/// Text that carries a date or duration inside it (`12月底前100%到位`, `3个工作日内办结`): a
/// number, Arabic or Chinese, directly followed by 年, 月, 日, 天, 周, 小时, 个月 or (个)工作日.
fn mentions_time(text: &str) -> bool {
    let is_number = |c: char| c.is_ascii_digit() || ('０'..='９').contains(&c) || "一二三四五六七八九十两".contains(c);
    text.char_indices().any(|(i, c)| {
        let rest = &text[i + c.len_utf8()..];
        is_number(c) && ["年", "月", "日", "天", "周", "小时", "个月", "个工作日", "工作日"].iter().any(|u| rest.starts_with(u))
    })
}
