//! [`Limits`]: how much of a file the importers read before they refuse it.

/// How much the importers read before they refuse a file with
/// [`ImportError::TooLarge`](super::ImportError::TooLarge): the bounds that keep a zip bomb, an
/// XML entity bomb or a huge sheet from taking the machine.
///
/// The defaults ([`Limits::DEFAULT`]): at most **10 000 zip entries**, at most **100 MiB
/// uncompressed** in all (the sizes the archive declares, which the zip reader enforces while
/// it inflates; a real DOCX or XLSX of target tables is well under 1 MiB), XML elements nested
/// at most **256** deep, and at most **1 000 000 rows** in one sheet. XML entity declarations
/// (`<!ENTITY …>`) are never expanded: DOCX and XLSX have no use for them, so a
/// billion-laughs file reads as text with its `&lol9;` references left as written.
///
/// ```
/// use jixiao::import::{Limits, Options};
/// assert_eq!(Limits::DEFAULT.max_entries, 10_000);
/// assert_eq!(Limits::default(), Limits::DEFAULT);
/// let mut limits = Limits::DEFAULT;
/// limits.max_rows = 5_000; // a service that takes only small sheets
/// assert_eq!(Options::new().limits(limits).get_limits().max_rows, 5_000);
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
#[non_exhaustive]
pub struct Limits {
    /// The most entries a zip archive may have.
    pub max_entries: usize,
    /// The most bytes all entries of an archive may hold uncompressed.
    pub max_uncompressed: u64,
    /// The deepest XML nesting read.
    pub max_depth: usize,
    /// The most rows of one sheet.
    pub max_rows: usize,
}

impl Limits {
    /// The defaults, as stated above.
    pub const DEFAULT: Limits = Limits { max_entries: 10_000, max_uncompressed: 100 << 20, max_depth: 256, max_rows: 1_000_000 };
}

impl Default for Limits {
    fn default() -> Limits {
        Limits::DEFAULT
    }
}
