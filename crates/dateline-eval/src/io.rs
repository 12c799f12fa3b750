//! Reading JSON Lines files and locating the shared data directory.

use std::fs;
use std::io::Read;
use std::path::{Path, PathBuf};

use serde::de::DeserializeOwned;

/// What can go wrong while evaluating.
#[derive(Debug, thiserror::Error)]
pub enum EvalError {
    /// A file could not be read or written.
    #[error("{path}: {source}")]
    Io {
        /// The file.
        path: PathBuf,
        /// The I/O error.
        source: std::io::Error,
    },
    /// A line of a JSON Lines file is not a valid record.
    #[error("{path}:{line}: {source}")]
    Json {
        /// The file.
        path: PathBuf,
        /// The 1-based line number.
        line: usize,
        /// The decoding error.
        source: serde_json::Error,
    },
    /// The library refused an input or an option.
    #[error("{context}: {source}")]
    Parse {
        /// Which document or case.
        context: String,
        /// The library's error.
        source: dateline::Error,
    },
}

/// Parses one text, turning a panic of the library into an error message, so that one crashing
/// input fails its case instead of aborting the evaluation.
///
/// # Errors
///
/// The library's error, or `"panic: …"` when it panicked.
pub fn parse_guarded(text: &str, options: &dateline::Options) -> Result<dateline::Article, String> {
    match std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| {
        dateline::parse(text, options)
    })) {
        Ok(result) => result.map_err(|e| e.to_string()),
        Err(payload) => {
            let message = payload
                .downcast_ref::<&str>()
                .map(|s| (*s).to_string())
                .or_else(|| payload.downcast_ref::<String>().cloned())
                .unwrap_or_default();
            Err(format!("{PANIC_PREFIX}{message}"))
        }
    }
}

/// The prefix of [`parse_guarded`]'s message for a panic.
pub const PANIC_PREFIX: &str = "panic: ";

/// Reads a JSON Lines file: one record per non-blank line. A file whose name ends in `.gz` is
/// decompressed first.
///
/// # Errors
///
/// [`EvalError::Io`] when the file cannot be read, decompressed or is not UTF-8,
/// [`EvalError::Json`] for a bad line.
pub fn read_jsonl<T: DeserializeOwned>(path: &Path) -> Result<Vec<T>, EvalError> {
    let io = |source| EvalError::Io {
        path: path.to_path_buf(),
        source,
    };
    let text = if path.extension().is_some_and(|e| e == "gz") {
        let mut text = String::new();
        flate2::read::GzDecoder::new(fs::File::open(path).map_err(io)?)
            .read_to_string(&mut text)
            .map_err(io)?;
        text
    } else {
        fs::read_to_string(path).map_err(io)?
    };
    text.lines()
        .enumerate()
        .filter(|(_, l)| !l.trim().is_empty())
        .map(|(i, l)| {
            serde_json::from_str(l).map_err(|source| EvalError::Json {
                path: path.to_path_buf(),
                line: i + 1,
                source,
            })
        })
        .collect()
}

/// The shared evaluation data directory for a repository root: `ROOT/../shared/data`, when it
/// exists. The data sets are not redistributable and live outside the repository; callers skip
/// their evaluation when this returns `None`.
pub fn data_dir(repo_root: &Path) -> Option<PathBuf> {
    let dir = repo_root.join("..").join("shared").join("data");
    dir.is_dir().then_some(dir)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn missing_data_dir_is_none() {
        assert_eq!(data_dir(Path::new("/nonexistent/dateline/repo")), None);
    }
}
