//! [`ImportError`] (导入失败): why an input is no document the importers read at all.

use std::error::Error;
use std::fmt;
use std::sync::Arc;

/// Why an input is not a document the importers read at all (导入失败).
///
/// Problems inside a document are [`Diagnostic`](super::Diagnostic)s, not errors. As every
/// error of the crate: [`ImportError::kind`] to match on, a position where there is one
/// ([`ImportError::line`]), `Display` in English, [`ImportError::zh`] in Chinese, and
/// `source()` giving the reader's own error (a zip or XML error) without repeating it in the
/// message.
///
/// ```
/// use jixiao::import::{parse_bytes, ImportErrorKind};
/// let err = parse_bytes("这不是表格。\n".as_bytes(), "notes.txt").unwrap_err();
/// assert_eq!(err.kind(), ImportErrorKind::NotRecognised);
/// assert_eq!(err.to_string(), "not a performance target table: no tabs or commas between cells");
/// assert_eq!(err.zh(), "不是绩效目标表：单元格之间没有制表符或逗号");
/// assert!(std::error::Error::source(&err).is_none());
/// ```
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
#[non_exhaustive]
pub enum ImportError {
    /// The input is empty or only whitespace.
    #[error("empty input: there is no text to import")]
    Empty,
    /// The input holds control characters or replacement characters (`\u{fffd}`): binary data
    /// or text in the wrong encoding.
    #[error("not text: binary or wrongly encoded data at line {line}")]
    Binary {
        /// The line (1-based) of the first bad character.
        line: usize,
    },
    /// The input is not a performance target table.
    #[error("not a performance target table: {reason}")]
    NotRecognised {
        /// What was looked for and not found.
        reason: &'static str,
    },
    /// A DOCX or workbook that cannot be read: truncated, corrupt, or not what its content
    /// says it is. `source()` gives the reader's error.
    #[error("the file is damaged: cannot read {part}")]
    Corrupt {
        /// The part that could not be read (`the zip archive`, `word/document.xml`, `sheet 表1`).
        part: String,
        /// The reader's error.
        #[source]
        source: Cause,
    },
    /// The file is over one of the [`Limits`](super::Limits) (a zip bomb, an XML entity
    /// bomb, a sheet beyond the row limit).
    #[error("the file is too large to import: {what} over the limit of {limit}")]
    TooLarge {
        /// What is over the limit (`entries`, `uncompressed bytes`, `rows`, `XML nesting`).
        what: &'static str,
        /// The limit.
        limit: u64,
    },
    /// The file is in a format this build does not read: `.docx` without the `docx` feature,
    /// `.xlsx`/`.xls` without `xlsx`.
    #[error("{format} files need the `{feature}` feature of jixiao")]
    NeedsFeature {
        /// The format (`DOCX`, `XLSX`, `XLS`).
        format: &'static str,
        /// The cargo feature that reads it.
        feature: &'static str,
    },
    /// An import option out of its range ([`Options`](super::Options): a year outside
    /// 1900–2100).
    #[error("the option {what} = {value} is out of range")]
    InvalidOption {
        /// The option (`year`).
        what: &'static str,
        /// The value given.
        value: String,
    },
    /// The file could not be read from disk ([`parse_file`](super::parse_file)).
    #[error("cannot read {path}")]
    Io {
        /// The path as given.
        path: String,
        /// The I/O error.
        #[source]
        source: Cause,
    },
}

/// The kinds of [`ImportError`], to match on.
///
/// ```
/// use jixiao::import::{parse_text, ImportErrorKind};
/// assert_eq!(parse_text("  \n").unwrap_err().kind(), ImportErrorKind::Empty);
/// let err = parse_text("三级指标\t指标值\n验收\u{0}通过率\t≥95%\n").unwrap_err();
/// assert_eq!((err.kind(), err.line()), (ImportErrorKind::Binary, Some(2)));
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum ImportErrorKind {
    /// [`ImportError::Empty`].
    Empty,
    /// [`ImportError::Binary`].
    Binary,
    /// [`ImportError::NotRecognised`].
    NotRecognised,
    /// [`ImportError::Corrupt`].
    Corrupt,
    /// [`ImportError::TooLarge`].
    TooLarge,
    /// [`ImportError::NeedsFeature`].
    NeedsFeature,
    /// [`ImportError::Io`].
    Io,
    /// [`ImportError::InvalidOption`].
    InvalidOption,
}

impl ImportError {
    /// The kind of error.
    pub fn kind(&self) -> ImportErrorKind {
        match self {
            ImportError::Empty => ImportErrorKind::Empty,
            ImportError::Binary { .. } => ImportErrorKind::Binary,
            ImportError::NotRecognised { .. } => ImportErrorKind::NotRecognised,
            ImportError::Corrupt { .. } => ImportErrorKind::Corrupt,
            ImportError::TooLarge { .. } => ImportErrorKind::TooLarge,
            ImportError::NeedsFeature { .. } => ImportErrorKind::NeedsFeature,
            ImportError::Io { .. } => ImportErrorKind::Io,
            ImportError::InvalidOption { .. } => ImportErrorKind::InvalidOption,
        }
    }

    /// The line the error is on, where it has one ([`ImportError::Binary`]).
    pub fn line(&self) -> Option<usize> {
        match self {
            ImportError::Binary { line } => Some(*line),
            _ => None,
        }
    }

    /// The message in Chinese.
    ///
    /// ```
    /// use jixiao::import::parse_text;
    /// let err = parse_text("").unwrap_err();
    /// assert_eq!(err.to_string(), "empty input: there is no text to import");
    /// assert_eq!(err.zh(), "输入为空，没有可导入的内容");
    /// ```
    pub fn zh(&self) -> String {
        match self {
            ImportError::Empty => "输入为空，没有可导入的内容".to_string(),
            ImportError::Binary { line } => format!("不是文本：第{line}行起为二进制数据或编码错误"),
            ImportError::NotRecognised { reason } => format!("不是绩效目标表：{}", not_recognised_zh(reason)),
            ImportError::Corrupt { part, .. } => format!("文件已损坏：无法读取 {}", part_zh(part)),
            ImportError::TooLarge { what, limit } => format!("文件过大，无法导入：{}超过上限{limit}", what_zh(what)),
            ImportError::NeedsFeature { format, feature } => format!("读取{format}文件需要启用 jixiao 的“{feature}”功能"),
            ImportError::Io { path, .. } => format!("无法读取 {path}"),
            ImportError::InvalidOption { what, value } => {
                format!("导入选项{}={value}超出范围", if *what == "year" { "年度" } else { what })
            }
        }
    }

    #[cfg(any(feature = "docx", feature = "xlsx"))]
    pub(super) fn corrupt(part: impl Into<String>, source: impl Error + Send + Sync + 'static) -> ImportError {
        ImportError::Corrupt { part: part.into(), source: Cause(Arc::new(source)) }
    }
}

fn not_recognised_zh(reason: &str) -> &'static str {
    match reason {
        "no project (项目名称, budget or indicator rows) found" => "未找到项目（项目名称、预算或指标行）",
        "no header row naming 三级指标 or 指标值" => "没有列出三级指标或指标值的表头行",
        "no tabs or commas between cells" => "单元格之间没有制表符或逗号",
        "no table in the document" => "文档中没有表格",
        "no sheet holds a target table" => "没有工作表含有绩效目标表",
        "a zip archive that is neither a DOCX nor an XLSX" => "压缩包既不是 DOCX 也不是 XLSX",
        "an OLE file that is no workbook (a .doc?)" => "OLE 文件不是工作簿（可能是 .doc）",
        _ => "无法识别",
    }
}

fn part_zh(part: &str) -> String {
    match part {
        "the zip archive" => "zip 压缩包".to_string(),
        "the workbook" => "工作簿".to_string(),
        other => other.to_string(),
    }
}

fn what_zh(what: &str) -> &'static str {
    match what {
        "entries" => "压缩包条目数",
        "uncompressed bytes" => "解压后大小",
        "rows" => "行数",
        "XML nesting" => "XML 嵌套层数",
        _ => "大小",
    }
}

/// The reader's own error behind an [`ImportError`], shared so that the error stays `Clone`.
/// Two causes are equal when their messages are.
///
/// ```
/// use std::error::Error;
/// use jixiao::import::{parse_file, ImportError};
/// let err = parse_file("data/no-such-table.tsv").unwrap_err();
/// let ImportError::Io { source, .. } = &err else { panic!() };
/// let io = source.get().downcast_ref::<std::io::Error>().unwrap();
/// assert_eq!(io.kind(), std::io::ErrorKind::NotFound);
/// assert!(err.source().is_some()); // the chain reaches the I/O error
/// ```
#[derive(Clone)]
pub struct Cause(Arc<dyn Error + Send + Sync>);

impl Cause {
    /// The error as a plain `Error`.
    pub fn get(&self) -> &(dyn Error + Send + Sync + 'static) {
        &*self.0
    }
}

impl From<std::io::Error> for Cause {
    fn from(e: std::io::Error) -> Cause {
        Cause(Arc::new(e))
    }
}

impl fmt::Debug for Cause {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        fmt::Debug::fmt(&self.0, f)
    }
}

impl fmt::Display for Cause {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        fmt::Display::fmt(&self.0, f)
    }
}

impl PartialEq for Cause {
    fn eq(&self, other: &Cause) -> bool {
        self.0.to_string() == other.0.to_string()
    }
}

impl Eq for Cause {}

impl Error for Cause {
    fn source(&self) -> Option<&(dyn Error + 'static)> {
        self.0.source()
    }
}
