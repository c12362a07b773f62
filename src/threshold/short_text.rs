//! [`ShortText`]: the text of a qualitative target, kept inline when it is short.
//!
//! Most qualitative targets are a few Chinese characters (`持续保障`, `明显提升`, 4–12
//! characters); kept inline, parsing one allocates nothing and dropping it frees nothing, which
//! was a third of the time of a qualitative value.

use core::fmt;
use core::hash::{Hash, Hasher};

/// Bytes kept inline: 15 Chinese characters, and the whole value stays within the 64 bytes of a
/// [`crate::Threshold`].
const INLINE: usize = 46;

/// A string, inline up to [`INLINE`] bytes, else on the heap.
#[derive(Clone)]
pub(crate) enum ShortText {
    /// `len` bytes of UTF-8 at the start of `bytes`.
    Inline { len: u8, bytes: [u8; INLINE] },
    /// Longer text.
    Heap(Box<str>),
}

impl ShortText {
    pub(crate) fn new(s: &str) -> ShortText {
        match u8::try_from(s.len()) {
            Ok(len) if s.len() <= INLINE => {
                let mut bytes = [0; INLINE];
                bytes[..s.len()].copy_from_slice(s.as_bytes());
                ShortText::Inline { len, bytes }
            }
            _ => ShortText::Heap(s.into()),
        }
    }

    pub(crate) fn as_str(&self) -> &str {
        match self {
            // always valid UTF-8: copied whole from a `&str`
            ShortText::Inline { len, bytes } => core::str::from_utf8(&bytes[..usize::from(*len)]).unwrap_or_default(),
            ShortText::Heap(s) => s,
        }
    }

    /// The bytes of the text (those of a `str`), not checked again as [`ShortText::as_str`] does.
    pub(crate) fn as_bytes(&self) -> &[u8] {
        match self {
            ShortText::Inline { len, bytes } => &bytes[..usize::from(*len)],
            ShortText::Heap(s) => s.as_bytes(),
        }
    }
}

impl PartialEq for ShortText {
    fn eq(&self, other: &Self) -> bool {
        self.as_str() == other.as_str()
    }
}

impl Eq for ShortText {}

impl Hash for ShortText {
    fn hash<H: Hasher>(&self, state: &mut H) {
        self.as_str().hash(state);
    }
}

impl fmt::Debug for ShortText {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        fmt::Debug::fmt(self.as_str(), f)
    }
}

#[cfg(test)]
mod tests {
    use super::ShortText;

    #[test]
    fn short_and_long_text_read_back_alike() {
        let long = "严格按照指标任务落实工作并按时完成全部建设内容";
        for s in ["", "持续保障", "严格按照指标任务落实工作", "一二三四五六七八九十一二三四五", long] {
            let t = ShortText::new(s);
            assert_eq!(t.as_str(), s);
            assert_eq!(t, ShortText::new(s));
            assert_eq!(format!("{t:?}"), format!("{s:?}"));
        }
        assert!(matches!(ShortText::new("持续保障"), ShortText::Inline { .. }));
        assert!(matches!(ShortText::new(long), ShortText::Heap(_)));
    }
}
