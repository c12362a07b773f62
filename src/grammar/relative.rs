//! Relative targets (相对目标): a value against a baseline the table does not state.
//!
//! ```text
//! relative = [comparator] baseline [水平] [以内|之内|内] [mark] 不低于上年, ≤预算数, 控制在预算数以内, 不低于上年（含）
//!          | 保持 baseline [水平]                                保持上年水平: ≥ baseline
//!          | (较|比|与) baseline [相比] change [amount]          较上年增长5%, 比上年提高2个百分点
//!          | (同比|环比) change [amount]                         同比下降10%
//!          | (较|比|与) baseline [相比] (持平|相当) | (同比|环比) 持平   与上年持平: = baseline
//!          | … 基本持平                                          与上年基本持平: about the baseline
//!          | … 持平或 change | … change 或持平                    较上年持平或增长: ≥ baseline
//! change   = 增长 | 提高 | … | 下降 | 降低 | … , after 有所 or not
//! amount   = [comparator] quantity [以上|以下]
//! ```

use super::comparator::{comparator, suffix};
use super::quantity::quantity;
use super::{err, is_space, skip_spaces, strip_any, Value, K};
use crate::comparator::Comparator;
use crate::error::ParseError;
use crate::threshold::{Baseline, Change, Relative};

/// The words of each baseline, longer first where two share a start.
const BASELINES: &[(&str, Baseline)] = &[
    ("上年同期", Baseline::SamePeriod),
    ("去年同期", Baseline::SamePeriod),
    ("上一年度", Baseline::PreviousYear),
    ("上年度", Baseline::PreviousYear),
    ("上一年", Baseline::PreviousYear),
    ("上年", Baseline::PreviousYear),
    ("去年", Baseline::PreviousYear),
    ("前一年", Baseline::PreviousYear),
    ("上期", Baseline::PreviousPeriod),
    ("年初预算数", Baseline::Budget),
    ("年度预算数", Baseline::Budget),
    ("年初预算", Baseline::Budget),
    ("年度预算", Baseline::Budget),
    ("预算数", Baseline::Budget),
    ("预算金额", Baseline::Budget),
    ("预算", Baseline::Budget),
    ("批复数", Baseline::Approved),
    ("批复金额", Baseline::Approved),
    ("批复预算数", Baseline::Approved),
    ("批复预算", Baseline::Approved),
    ("批复", Baseline::Approved),
    ("计划数", Baseline::Plan),
    ("计划", Baseline::Plan),
    ("市场平均价格", Baseline::MarketPrice),
    ("市场平均价", Baseline::MarketPrice),
    ("同期市场价格", Baseline::MarketPrice),
    ("同期市场价", Baseline::MarketPrice),
    ("市场价格", Baseline::MarketPrice),
    ("市场价", Baseline::MarketPrice),
];

const INCREASE: &[&str] = &["增长", "增加", "提高", "提升", "上升", "增幅"];
const DECREASE: &[&str] = &["下降", "降低", "减少", "压缩", "降幅"];

fn baseline(s: &str) -> Option<(Baseline, &str)> {
    BASELINES.iter().find_map(|&(w, b)| s.strip_prefix(w).map(|r| (b, r)))
}

/// `持平或增长` (or `增长或持平`): the baseline or more, `≥`; `持平或下降`: `≤`.
fn level_or_change(s: &str) -> Option<Comparator> {
    let (c, rest) = match s.strip_prefix("持平或") {
        Some(r) => change(r)?,
        None => {
            let (c, r) = change(s)?;
            (c, r.strip_prefix("或持平")?)
        }
    };
    rest.is_empty().then_some(if c == Change::Increase { Comparator::Ge } else { Comparator::Le })
}

/// Whether `s` starts with a word of change (`增长`, `下降` …): what a relative target says of
/// its baseline.
pub(super) fn starts_with_change(s: &str) -> bool {
    INCREASE.iter().chain(DECREASE).any(|w| s.starts_with(w))
}

fn change(s: &str) -> Option<(Change, &str)> {
    let s = s.strip_prefix("有所").unwrap_or(s).trim_start_matches(is_space);
    if let Some(r) = strip_any(s, INCREASE) {
        return Some((Change::Increase, r));
    }
    strip_any(s, DECREASE).map(|r| (Change::Decrease, r))
}

/// Whether `s` starts with a word that only a relative target starts with (较, 比, 与, 同比,
/// 环比, 保持); the other relative targets start with a comparator.
pub(super) fn starts_with_relative_word(s: &str) -> bool {
    // by a lookup of the first character first, without decoding it: most values start with
    // none of these, and this is asked of every sentence, twice
    super::chars::three(s.as_bytes(), 0).is_some_and(|cp| RELATIVE_STARTS.has(cp))
        && (s.starts_with(['较', '比', '与', '同', '环']) || s.starts_with("保持"))
}

/// The first characters of the words [`starts_with_relative_word`] looks for.
static RELATIVE_STARTS: super::chars::CharSet = super::chars::CharSet::of("较比与同环保");

/// A relative target filling the whole of `s`; `None` where `s` is not one.
pub(super) fn relative(s: &str, offset: usize) -> Option<Result<Value<'static>, ParseError>> {
    // 保持上年水平: keeping the baseline, at least
    if let Some(r) = s.strip_prefix("保持") {
        let (b, r) = baseline(r.trim_start_matches(is_space))?;
        let r = r.trim_start_matches(is_space);
        return matches!(r, "水平" | "").then(|| Ok(Value::Relative(Relative::against(Comparator::Ge, b))));
    }
    // 不低于上年, ≤预算数: the baseline itself
    if let Ok((r, op)) = comparator(s) {
        let (b, r) = baseline(r.trim_start_matches(is_space))?;
        let r = r.trim_start_matches(is_space);
        let r = r.strip_prefix("水平").unwrap_or(r).trim_start_matches(is_space);
        // an inclusion mark says the baseline itself is met (`不低于上年（含）`); an exclusion,
        // that it is not (`超过上年（不含）`)
        let (op, r) = match (super::comparator::inclusive_mark(r), super::comparator::exclusive_mark(r)) {
            (Some(("", rest)), _) => match op {
                // (included: `高于上年（含）` is ≥, as `高于95%（含）` is)
                Comparator::Gt => (Comparator::Ge, rest.trim_start_matches(is_space)),
                Comparator::Lt => (Comparator::Le, rest.trim_start_matches(is_space)),
                _ => (op, rest.trim_start_matches(is_space)),
            },
            (_, Some(("", rest))) => match op {
                Comparator::Ge | Comparator::Gt => (Comparator::Gt, rest.trim_start_matches(is_space)),
                Comparator::Le | Comparator::Lt => (Comparator::Lt, rest.trim_start_matches(is_space)),
                Comparator::Eq => return Some(Err(err(K::ConflictingComparators, offset + s.len() - r.len()))),
            },
            _ => (op, r),
        };
        let r = match strip_any(r, &["范围以内", "范围之内", "范围内", "以内", "之内", "内"]) {
            Some(rest) if op == Comparator::Le => rest,
            Some(_) => return Some(Err(err(K::ConflictingComparators, offset + s.len() - r.len()))),
            None => r,
        };
        return r.is_empty().then(|| Ok(Value::Relative(Relative::against(op, b))));
    }
    if !starts_with_relative_word(s) {
        return None;
    }
    // 同比下降10%, 较上年增长5%
    let (b, r) = if let Some(r) = s.strip_prefix("同比") {
        (Baseline::SamePeriod, r)
    } else if let Some(r) = s.strip_prefix("环比") {
        (Baseline::PreviousPeriod, r)
    } else {
        let r = strip_any(s, &["较", "比", "与"])?.trim_start_matches(is_space);
        let (b, r) = baseline(r)?;
        let r = r.trim_start_matches(is_space);
        (b, r.strip_prefix("相比").unwrap_or(r).trim_start_matches(['，', ',']).trim_start_matches(is_space))
    };
    // (spaces may stand between every part: `较上年 增长 5%`)
    let r = r.trim_start_matches(is_space);
    // 与上年持平, 同比持平: the baseline itself, neither more nor less; 基本持平: about it;
    // 持平或增长: not below it (增长或持平, 持平或下降 likewise)
    let level = r.trim_matches(is_space);
    if matches!(level, "持平" | "相当") {
        return Some(Ok(Value::Relative(Relative::against(Comparator::Eq, b))));
    }
    if matches!(level, "基本持平" | "基本相当" | "大致持平" | "大体持平") {
        return Some(Ok(Value::Relative(Relative::about(b))));
    }
    if let Some(op) = level_or_change(level) {
        return Some(Ok(Value::Relative(Relative::against(op, b))));
    }
    let (c, r) = change(r)?;
    let at = skip_spaces(s, s.len() - r.len());
    if at == s.len() {
        return Some(Ok(Value::Relative(Relative::changed(b, c, Comparator::Ge, None))));
    }
    let (op, at) = match comparator(&s[at..]) {
        Ok((rest, op)) => (Some(op), skip_spaces(s, s.len() - rest.len())),
        Err(_) => (None, at),
    };
    let q = match quantity(&s[at..], offset + at) {
        Ok(q) => q,
        Err(e) => return Some(Err(e)),
    };
    let mut pos = skip_spaces(s, at + q.len);
    let mut op = op;
    if let Ok((rest, suffix_op)) = suffix(&s[pos..]) {
        if op.is_some_and(|o| o != suffix_op) {
            return Some(Err(err(K::ConflictingComparators, offset + pos)));
        }
        op = Some(suffix_op);
        pos = s.len() - rest.len();
    }
    // (an inclusion mark after the amount says it is included, as the suffix does:
    // `较上年增长5%（含）`)
    if let Some(("", rest)) = super::comparator::inclusive_mark(&s[pos..]) {
        pos = skip_spaces(s, s.len() - rest.len());
    }
    if pos != s.len() {
        return Some(Err(err(K::TrailingText, offset + pos)));
    }
    Some(Ok(Value::Relative(Relative::changed(b, c, op.unwrap_or(Comparator::Ge), Some(q.quantity)))))
}
