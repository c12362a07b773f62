//! Errors of the tool (错误): every message in Chinese and English, and the exit status.

use std::fmt;
use std::io;
use std::path::Path;

use jixiao::import::ImportError;
use jixiao::monitor::MonitorError;

/// Why a command stopped.
#[derive(Debug)]
pub enum Error {
    /// A reason to tell the user, in both languages: exit status 1.
    Message(Message),
    /// Writing the output failed; a closed pipe (`| head`) is the end, not an error.
    Io(io::Error),
    /// The problems were already printed (a value that does not parse, files of a directory
    /// that did not import): exit status 1 with nothing more to say.
    Reported,
}

impl From<io::Error> for Error {
    fn from(e: io::Error) -> Error {
        Error::Io(e)
    }
}

impl From<Message> for Error {
    fn from(m: Message) -> Error {
        Error::Message(m)
    }
}

/// A message in Chinese (`zh`) and English (`en`).
#[derive(Debug, Clone, PartialEq, Eq)]
#[cfg_attr(test, derive(Default))]
pub struct Message {
    /// 中文.
    pub zh: String,
    /// English.
    pub en: String,
}

impl Message {
    /// A message from its two texts.
    pub fn new(zh: impl Into<String>, en: impl Into<String>) -> Message {
        Message { zh: zh.into(), en: en.into() }
    }

    /// `path` does not exist (文件不存在).
    pub fn no_such_file(path: &Path) -> Message {
        let p = path.display();
        Message::new(format!("文件不存在：{p}"), format!("no such file: {p}"))
    }

    /// `path` could not be read (无法读取).
    pub fn unreadable(path: &Path, e: &io::Error) -> Message {
        let p = path.display();
        Message::new(format!("无法读取文件：{p}（{}）", io_zh(e)), format!("cannot read {p}: {e}"))
    }

    /// `path` was read but is no table the importers read (无法导入).
    pub fn import(path: &Path, e: &ImportError) -> Message {
        let p = path.display();
        Message::new(format!("无法导入：{p}：{}", e.zh()), format!("cannot import {p}: {e}"))
    }

    /// `path` is no monitoring table the importer reads.
    pub fn monitor(path: &Path, e: &MonitorError) -> Message {
        let p = path.display();
        let en = match e {
            MonitorError::Import(inner) => format!("cannot import {p}: {e}: {inner}"),
            _ => format!("cannot import {p}: {e}"),
        };
        Message::new(format!("无法导入：{p}：{}", e.zh()), en)
    }

    /// The workbook `path` could not be written.
    pub fn xlsx(path: &Path, e: &rust_xlsxwriter::XlsxError) -> Message {
        let p = path.display();
        Message::new(format!("无法写入工作簿：{p}（{e}）"), format!("cannot write the workbook {p}: {e}"))
    }
}

impl fmt::Display for Message {
    /// `错误：文件不存在：x.tsv / error: no such file: x.tsv`.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "错误：{} / error: {}", self.zh, self.en)
    }
}

/// The Chinese words for the common I/O errors.
fn io_zh(e: &io::Error) -> &'static str {
    match e.kind() {
        io::ErrorKind::NotFound => "文件不存在",
        io::ErrorKind::PermissionDenied => "没有读取权限",
        io::ErrorKind::IsADirectory => "这是一个目录",
        io::ErrorKind::InvalidData => "数据无效",
        _ => "读写错误",
    }
}

/// Whether a write failed because the reader went away (`jixiao report | head -1`).
pub fn is_closed_pipe(e: &io::Error) -> bool {
    e.kind() == io::ErrorKind::BrokenPipe
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn both_languages() {
        let m = Message::no_such_file(Path::new("x.tsv"));
        assert_eq!(m.to_string(), "错误：文件不存在：x.tsv / error: no such file: x.tsv");
    }
}
