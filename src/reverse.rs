//! Reverse indicators (反向指标): a count or rate of something that went wrong (事故, 投诉, 逾期,
//! 差错, 预算调整 …), where less is better. The review warns of one written as a floor (J025);
//! [`crate::Indicator::target`] reads a bare value of one as a ceiling. One list of words for
//! both.

/// The words that make an indicator a reverse one (反向指标: less is better).
const REVERSE_WORDS: &[&str] = &["逾期", "事故", "投诉", "差错", "变质", "流失", "故障", "违规", "违纪", "出错", "预算调整", "超支"];

/// Words between a reverse word and its rate that make the rate one of handling it
/// (`投诉处理率`, `故障修复率`, `违规整改率`): more is better there.
const HANDLING: &[&str] = &["处理", "修复", "整改", "解决", "办结", "化解", "查处", "回复", "响应", "排除", "处置", "纠正", "追回", "清收"];

/// A rate or count after a few words (`逾期发放率`, `差错发生率`): the words say what went wrong.
fn rate_after_words(tail: &str) -> bool {
    let Some(middle) = ["率", "比例", "次数", "起数", "件数"].iter().find_map(|r| tail.strip_suffix(r)) else { return false };
    let n = middle.chars().count();
    (1..=3).contains(&n) && middle.chars().all(crate::text::is_cjk) && !HANDLING.iter().any(|h| middle.contains(h))
}

/// What may follow a reverse word in a reverse indicator's name: nothing, or a rate or a count
/// of it (`安全事故发生率`, `有效投诉次数`, `逾期贷款金额`). Anything else makes the name about
/// handling it (`投诉处理率`, `故障修复及时率`), which is no reverse indicator.
const REVERSE_TAILS: &[&str] = &[
    "",
    "率",
    "次数",
    "数",
    "数量",
    "起数",
    "件数",
    "量",
    "人数",
    "人次",
    "金额",
    "比例",
    "比率",
    "占比",
    "起",
    "件",
    "次",
    "事件",
    "事件数",
    "案件",
    "案件数",
];

/// Words before a reverse word that turn it around (`减少投诉`, `无安全事故`): the indicator
/// then measures the fall or the absence, and more is better.
const REVERSE_NEGATIONS: &[&str] = &["减少", "降低", "下降", "避免", "杜绝", "防止", "无", "零", "未发生", "不发生"];

/// A reverse indicator (反向指标): a count or rate of something bad, where less is better
/// (`安全事故发生率`, `有效投诉次数`, `贷款逾期率`, `变质率`, `人才流失率`). Returns the word.
pub(crate) fn reverse_word(core: &str) -> Option<&'static str> {
    REVERSE_WORDS.iter().copied().find(|w| {
        let Some(at) = core.rfind(w) else { return false };
        let (before, after) = (&core[..at], &core[at + w.len()..]);
        let tail = after.strip_prefix("发生").or_else(|| after.strip_prefix("出现")).unwrap_or(after);
        (REVERSE_TAILS.contains(&tail) || rate_after_words(tail)) && !REVERSE_NEGATIONS.iter().any(|n| before.contains(n))
    })
}

/// Whether `core` (a name without its row label) counts what went wrong and nothing else: a
/// reverse word followed by nothing, a count, or a rate (`安全事故发生率`, `有效投诉次数`,
/// `贷款逾期率`, `预算调整率`), no word of handling, satisfying or lessening it after the word
/// (`投诉满意率`, `水土流失治理率`, `安全事故减少率`, `预算调整完成率`: more is better there) and
/// none of avoiding it before (`无安全事故`). Stricter than [`reverse_word`], which warns: this
/// turns a bare value into a ceiling, and so decides a score.
pub(crate) fn counts_what_went_wrong(core: &str) -> bool {
    REVERSE_WORDS.iter().any(|w| {
        let Some(at) = core.rfind(w) else { return false };
        let (before, after) = (&core[..at], &core[at + w.len()..]);
        let tail = after.strip_prefix("发生").or_else(|| after.strip_prefix("出现")).unwrap_or(after);
        REVERSE_TAILS.contains(&tail) && !REVERSE_NEGATIONS.iter().any(|n| before.contains(n))
    })
}
