//! Stable codes (编号): one macro for the four tables of codes the crate gives, so that review
//! findings (`J001`), import diagnostics (`I001`), scorecard flags (`S001`) and monitoring
//! findings (`M001`) read, print, serialise and parse the same way.

/// Declares a code enum from a table of `Variant = "X001", [Severity,] "中文标题";` rows: the
/// enum (serialised as its code string), `ALL`, `as_str`, `title`, `severity` when the rows
/// give one, `parse` (returning [`crate::ParseError`] with
/// [`crate::ParseErrorKind::UnknownCode`]), `FromStr` and `Display`.
macro_rules! stable_codes {
    (
        $(#[$doc:meta])*
        pub enum $name:ident, example $example:literal {
            $( $(#[$vdoc:meta])* $v:ident = $code:literal, $sev:ident, $title:literal; )*
        }
    ) => {
        stable_codes!(@enum $(#[$doc])* $name, $example, $( $(#[$vdoc])* $v = $code, $title; )*);

        impl $name {
            /// The severity every item with this code has.
            pub const fn severity(self) -> crate::severity::Severity {
                match self { $($name::$v => crate::severity::Severity::$sev,)* }
            }
        }
    };
    (
        $(#[$doc:meta])*
        pub enum $name:ident, example $example:literal {
            $( $(#[$vdoc:meta])* $v:ident = $code:literal, $title:literal; )*
        }
    ) => {
        stable_codes!(@enum $(#[$doc])* $name, $example, $( $(#[$vdoc])* $v = $code, $title; )*);
    };
    (@enum $(#[$doc:meta])* $name:ident, $example:literal, $( $(#[$vdoc:meta])* $v:ident = $code:literal, $title:literal; )*) => {
        // the derives first: the attributes given (docs, a schema name) may use their helpers
        #[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
        #[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
        #[cfg_attr(feature = "schemars", derive(schemars::JsonSchema))]
        #[non_exhaustive]
        $(#[$doc])*
        pub enum $name {
            $( $(#[$vdoc])* #[cfg_attr(feature = "serde", serde(rename = $code))] $v, )*
        }

        impl $name {
            /// Every code, in number order.
            pub const ALL: &'static [$name] = &[$($name::$v),*];

            #[doc = concat!("The code as printed (`", $example, "`).")]
            pub const fn as_str(self) -> &'static str {
                match self { $($name::$v => $code,)* }
            }

            /// A short Chinese title.
            pub const fn title(self) -> &'static str {
                match self { $($name::$v => $title,)* }
            }

            #[doc = concat!("The code for a string such as `", $example, "` (case-insensitive).")]
            ///
            /// # Errors
            /// [`ParseErrorKind::UnknownCode`](crate::ParseErrorKind::UnknownCode) for a string
            /// that names no code.
            pub fn parse(s: &str) -> Result<$name, crate::ParseError> {
                let t = s.trim();
                $name::ALL
                    .iter()
                    .copied()
                    .find(|c| c.as_str().eq_ignore_ascii_case(t))
                    .ok_or_else(|| crate::ParseError::new(crate::ParseErrorKind::UnknownCode, 0).located(s))
            }
        }

        impl core::str::FromStr for $name {
            type Err = crate::ParseError;
            fn from_str(s: &str) -> Result<Self, Self::Err> {
                $name::parse(s)
            }
        }

        impl core::fmt::Display for $name {
            fn fmt(&self, f: &mut core::fmt::Formatter<'_>) -> core::fmt::Result {
                f.write_str(self.as_str())
            }
        }
    };
}

pub(crate) use stable_codes;
