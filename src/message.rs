//! [`Message`] (说明): what a report says, in Chinese and in English, built so that the two
//! cannot be swapped: `Message::chinese(…).english(…)` names each language where it is given.

use core::fmt;

/// A message in Chinese and English. Every report of the crate — an import diagnostic, a review
/// finding, a scorecard flag, a monitoring finding — carries one, read through its `zh()` and
/// `en()` methods.
///
/// ```
/// use jixiao::Message;
///
/// let m = Message::chinese("指标值为空").english("the target value is empty");
/// assert_eq!(m.zh(), "指标值为空");
/// assert_eq!(m.en(), "the target value is empty");
/// assert_eq!(m.to_string(), "指标值为空"); // Display is the Chinese
/// ```
#[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct Message {
    zh: String,
    en: String,
}

/// The Chinese half of a [`Message`], waiting for its English ([`Message::chinese`]).
///
/// ```
/// use jixiao::{Chinese, Message};
/// let half: Chinese = Message::chinese("指标值为空");
/// let m = half.english("the target value is empty");
/// assert_eq!(m.into_parts(), ("指标值为空".to_string(), "the target value is empty".to_string()));
/// ```
#[derive(Clone, Debug, PartialEq, Eq)]
#[must_use = "a message needs its English: call `.english(…)`"]
pub struct Chinese(String);

impl Message {
    /// Starts a message with its Chinese text; [`Chinese::english`] completes it.
    pub fn chinese(zh: impl Into<String>) -> Chinese {
        Chinese(zh.into())
    }

    /// The Chinese text.
    pub fn zh(&self) -> &str {
        &self.zh
    }

    /// The English text.
    pub fn en(&self) -> &str {
        &self.en
    }

    /// The two texts, Chinese first.
    pub fn into_parts(self) -> (String, String) {
        (self.zh, self.en)
    }
}

impl Chinese {
    /// The message with its English text.
    pub fn english(self, en: impl Into<String>) -> Message {
        Message { zh: self.0, en: en.into() }
    }
}

impl fmt::Display for Message {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.zh)
    }
}
