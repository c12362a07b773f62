//! Zip archives (DOCX, XLSX) opened within the [`Limits`].

use std::io::Cursor;

use super::{ImportError, Limits};

/// Opens a zip archive and checks its entry count and declared uncompressed size (which the
/// zip reader enforces while it inflates: an entry cannot give more than it declares).
pub(crate) fn open_archive<'b>(bytes: &'b [u8], limits: &Limits) -> Result<zip::ZipArchive<Cursor<&'b [u8]>>, ImportError> {
    let mut archive = zip::ZipArchive::new(Cursor::new(bytes)).map_err(|e| ImportError::corrupt("the zip archive", e))?;
    if archive.len() > limits.max_entries {
        return Err(ImportError::TooLarge { what: "entries", limit: limits.max_entries as u64 });
    }
    let mut total = 0u64;
    for i in 0..archive.len() {
        let size = archive.by_index_raw(i).map_err(|e| ImportError::corrupt("the zip archive", e))?.size();
        total = total.saturating_add(size);
        if total > limits.max_uncompressed {
            return Err(ImportError::TooLarge { what: "uncompressed bytes", limit: limits.max_uncompressed });
        }
    }
    Ok(archive)
}
