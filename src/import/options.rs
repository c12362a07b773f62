//! [`Options`] (导入选项): what the three entry points [`parse_text_with`](super::parse_text_with),
//! [`parse_bytes_with`](super::parse_bytes_with) and [`parse_file_with`](super::parse_file_with)
//! take beside the input.

use super::{ImportError, Imported, Limits};

/// How to import: the bounds on what is read, and the year (年度) of tables that do not state
/// one. [`Options::default`] is what [`parse_text`](super::parse_text),
/// [`parse_bytes`](super::parse_bytes) and [`parse_file`](super::parse_file) use.
///
/// ```
/// use jixiao::import::{self, Options};
///
/// // a table without a year in it: its year-less deadlines (`12月底前`) need one to be judged
/// let text = "项目名称\t培训项目\n三级指标\t指标值\n完成时间\t12月底前\n";
/// assert_eq!(import::parse_text(text)?.projects[0].year(), None);
/// let doc = import::parse_text_with(text, &Options::new().year(2025))?;
/// assert_eq!(doc.projects[0].year(), Some(2025));
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
#[non_exhaustive]
pub struct Options {
    limits: Limits,
    year: Option<u16>,
}

impl Options {
    /// The defaults, as a constant.
    pub const DEFAULT: Options = Options { limits: Limits::DEFAULT, year: None };

    /// The defaults: [`Limits::DEFAULT`], and the year only where a table states it.
    pub fn new() -> Options {
        Options::default()
    }

    /// The bounds on what is read from a file ([`Limits`]).
    #[must_use]
    pub fn limits(mut self, limits: Limits) -> Options {
        self.limits = limits;
        self
    }

    /// The year (年度) of the projects whose table does not state one; a year a table states
    /// wins. Years outside 1900–2100 are refused when the document is imported.
    ///
    /// ```
    /// use jixiao::import::{parse_text_with, Options};
    /// // a year the table states wins over the option
    /// let text = "年度\t2024\n项目名称\t培训项目\n三级指标\t指标值\n完成时间\t12月底前\n";
    /// assert_eq!(parse_text_with(text, &Options::new().year(2025))?.projects[0].year(), Some(2024));
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    #[must_use]
    pub fn year(mut self, year: u16) -> Options {
        self.year = Some(year);
        self
    }

    /// The bounds set.
    pub fn get_limits(&self) -> &Limits {
        &self.limits
    }

    /// Applies what is applied after reading: the year of projects that have none.
    pub(super) fn finish(&self, mut doc: Imported) -> Result<Imported, ImportError> {
        if let Some(y) = self.year {
            for p in doc.projects.iter_mut().filter(|p| p.year().is_none()) {
                p.set_year(y).map_err(|_| ImportError::InvalidOption { what: "year", value: y.to_string() })?;
            }
        }
        Ok(doc)
    }
}

impl Default for Options {
    fn default() -> Options {
        Options::DEFAULT
    }
}
