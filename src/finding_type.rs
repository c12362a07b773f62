//! One definition for the findings of the review and of monitoring (审核意见, 监控发现): a
//! stable code, its severity, the [`Subject`](crate::Subject) it concerns, and its
//! [`Message`](crate::Message) in Chinese and English, read through methods.

/// Declares a finding type over a code table made by `stable_codes!` (which gives the code its
/// `severity()`): the struct, `new`, the readers, and `Display` (`J013 警告 指标3「…」：…`, with
/// the English under it for `{:#}`).
macro_rules! finding_type {
    ($(#[$attr:meta])* pub struct $name:ident($code:ty);) => {
        // the derives first: the attributes given (docs, a schema name) may use their helpers
        #[derive(Clone, Debug, PartialEq, Eq, Hash)]
        #[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
        #[cfg_attr(feature = "schemars", derive(schemars::JsonSchema))]
        #[non_exhaustive]
        $(#[$attr])*
        pub struct $name {
            /// The rule's stable code.
            code: $code,
            /// How serious it is: the code's severity (written out for JSON readers).
            severity: crate::severity::Severity,
            /// What it concerns: the project, its budget line or one indicator.
            subject: crate::subject::Subject,
            /// 中文说明: what is wrong and how to fix it.
            zh: String,
            /// The same in English.
            en: String,
        }

        impl $name {
            /// A finding with the severity of its code; the message is built with
            /// [`Message::chinese`](crate::Message::chinese), so that its two languages
            /// cannot be swapped.
            pub fn new(code: $code, subject: crate::subject::Subject, message: crate::message::Message) -> $name {
                let (zh, en) = message.into_parts();
                $name { code, severity: code.severity(), subject, zh, en }
            }

            /// The rule's stable code.
            pub fn code(&self) -> $code {
                self.code
            }

            /// How serious it is: always the code's.
            pub fn severity(&self) -> crate::severity::Severity {
                self.code.severity()
            }

            /// What it concerns: the project, its budget line or one indicator.
            pub fn subject(&self) -> &crate::subject::Subject {
                &self.subject
            }

            /// The indicator it concerns, from 0; `None` for the project or its budget line.
            pub fn index(&self) -> Option<usize> {
                self.subject.index()
            }

            /// 中文说明: what is wrong and how to fix it.
            pub fn zh(&self) -> &str {
                &self.zh
            }

            /// The same in English.
            pub fn en(&self) -> &str {
                &self.en
            }
        }

        impl core::fmt::Display for $name {
            /// `J013 警告 指标3「响应及时率」：…`; with `{:#}` the English follows on the next line.
            fn fmt(&self, f: &mut core::fmt::Formatter<'_>) -> core::fmt::Result {
                write!(f, "{} {} {}：{}", self.code, self.severity().zh(), self.subject, self.zh)?;
                if f.alternate() {
                    write!(f, "\n      {}", self.en)?;
                }
                Ok(())
            }
        }
    };
}

pub(crate) use finding_type;
