//! Reading inputs: files, directories, JSON Lines and standard input, as a stream.
//!
//! Inputs are read lazily, one file or one JSONL line at a time, so memory does not grow with the
//! size of a batch. Unreadable inputs become [`Item::Failed`] in their place, so the order of the
//! output follows the order of the inputs.

use std::collections::VecDeque;
use std::fs;
use std::io::{self, BufRead, BufReader, Read};
use std::path::{Path, PathBuf};

use clap::ValueEnum;

/// How to read an input.
#[derive(Clone, Copy, Debug, PartialEq, Eq, ValueEnum)]
pub(crate) enum InputFormat {
    /// By extension: `.jsonl`/`.ndjson` as JSON Lines, `.html`/`.htm` (also gzipped, `.html.gz`)
    /// as HTML pages, anything else as plain text.
    Auto,
    /// Plain text, one article per file.
    Text,
    /// JSON Lines, one article per line: {"id", "text", "published"?}.
    Jsonl,
    /// An HTML page per file: the article is extracted from the markup and its metadata.
    Html,
}

/// How one input's bytes are read.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Kind {
    Text,
    Jsonl,
    Html,
}

/// One article to parse.
pub(crate) struct Document {
    /// The file name, `FILE:LINE` for JSONL, or the record's "id".
    pub id: String,
    pub text: String,
    pub published: Option<String>,
    /// `text` is an HTML page.
    pub html: bool,
}

/// One input, in order: an article, or what went wrong with it.
pub(crate) enum Item {
    Doc(Document),
    /// An input that could not be read; already reported on stderr with its name.
    Failed,
}

/// The stream of inputs.
pub(crate) struct Inputs {
    format: InputFormat,
    /// Files still to read; `None` stands for standard input.
    pending: VecDeque<Option<PathBuf>>,
    /// The JSON Lines source being read: its name, reader and line number.
    lines: Option<(String, Box<dyn BufRead>, usize)>,
}

/// Opens the inputs: the files under `paths` (directories walked, sorted, hidden entries skipped),
/// or standard input when `paths` is empty; a path `-` is standard input too.
pub(crate) fn open(paths: &[PathBuf], format: InputFormat) -> Inputs {
    let mut pending = VecDeque::new();
    if paths.is_empty() {
        pending.push_back(None);
    }
    for path in paths {
        if path.as_os_str() == "-" {
            pending.push_back(None);
            continue;
        }
        let mut files = Vec::new();
        match walk(path, &mut files) {
            Ok(()) => pending.extend(files.into_iter().map(Some)),
            // Reported when reached, in order.
            Err(_) => pending.push_back(Some(path.clone())),
        }
    }
    Inputs {
        format,
        pending,
        lines: None,
    }
}

impl Iterator for Inputs {
    type Item = Item;

    fn next(&mut self) -> Option<Item> {
        loop {
            if let Some(item) = self.next_line() {
                return Some(item);
            }
            let source = self.pending.pop_front()?;
            let name = source
                .as_ref()
                .map_or_else(|| "<stdin>".to_string(), |p| p.display().to_string());
            let kind = self.kind_of(&name, source.is_none());
            let reader: Box<dyn Read> = match &source {
                None => Box::new(io::stdin()),
                Some(path) => match fs::File::open(path) {
                    Ok(f) if name.to_ascii_lowercase().ends_with(".gz") => {
                        Box::new(flate2::read::GzDecoder::new(f))
                    }
                    Ok(f) => Box::new(f),
                    Err(e) => return Some(failed(name, format!("cannot read: {e}"))),
                },
            };
            if kind == Kind::Jsonl {
                self.lines = Some((name, Box::new(BufReader::new(reader)), 0));
                continue;
            }
            let mut bytes = Vec::new();
            if let Err(e) = BufReader::new(reader).read_to_end(&mut bytes) {
                return Some(failed(name, format!("cannot read: {e}")));
            }
            let text = decode(&name, &bytes);
            return Some(Item::Doc(Document {
                id: name,
                text,
                published: None,
                html: kind == Kind::Html,
            }));
        }
    }
}

impl Inputs {
    fn kind_of(&self, name: &str, stdin: bool) -> Kind {
        let lower = name.to_ascii_lowercase();
        let stem = lower.trim_end_matches(".gz");
        match self.format {
            InputFormat::Jsonl => Kind::Jsonl,
            InputFormat::Text => Kind::Text,
            InputFormat::Html => Kind::Html,
            InputFormat::Auto if stdin => Kind::Text,
            InputFormat::Auto if stem.ends_with(".jsonl") || stem.ends_with(".ndjson") => {
                Kind::Jsonl
            }
            InputFormat::Auto if stem.ends_with(".html") || stem.ends_with(".htm") => Kind::Html,
            InputFormat::Auto => Kind::Text,
        }
    }

    /// The next record of the JSON Lines source being read, if any.
    fn next_line(&mut self) -> Option<Item> {
        let (name, reader, line_no) = self.lines.as_mut()?;
        let mut buf = Vec::new();
        loop {
            buf.clear();
            match reader.read_until(b'\n', &mut buf) {
                Ok(0) => {
                    self.lines = None;
                    return None;
                }
                Ok(_) => {}
                Err(e) => {
                    let item = failed(
                        format!("{name}:{}", *line_no + 1),
                        format!("cannot read: {e}"),
                    );
                    self.lines = None;
                    return Some(item);
                }
            }
            *line_no += 1;
            let where_ = format!("{name}:{line_no}");
            let line = decode(&where_, &buf);
            if line.trim().is_empty() {
                continue;
            }
            return Some(record(&line, where_));
        }
    }
}

/// One JSON Lines record: {"id"?, "text", "published"?}.
fn record(line: &str, where_: String) -> Item {
    let value: serde_json::Value = match serde_json::from_str(line) {
        Ok(v) => v,
        Err(e) => return failed(where_, format!("invalid JSON: {e}")),
    };
    let Some(text) = value.get("text").and_then(|t| t.as_str()) else {
        return failed(
            where_,
            "expected an object with a \"text\" string".to_string(),
        );
    };
    let id = match value.get("id") {
        Some(serde_json::Value::String(s)) => s.clone(),
        Some(serde_json::Value::Number(n)) => n.to_string(),
        _ => where_,
    };
    let published = value
        .get("published")
        .and_then(|p| p.as_str())
        .map(str::to_string);
    let html = value.get("html").and_then(|h| h.as_bool()).unwrap_or(false);
    Item::Doc(Document {
        id,
        text: text.to_string(),
        published,
        html,
    })
}

fn failed(name: String, message: String) -> Item {
    eprintln!("dateline: {name}: {message}");
    Item::Failed
}

/// Files under `path` (itself when it is a file), sorted, hidden entries skipped.
fn walk(path: &Path, out: &mut Vec<PathBuf>) -> io::Result<()> {
    let meta = fs::metadata(path)?;
    if !meta.is_dir() {
        out.push(path.to_path_buf());
        return Ok(());
    }
    let mut entries: Vec<PathBuf> = fs::read_dir(path)?
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| {
            !p.file_name()
                .and_then(|n| n.to_str())
                .is_some_and(|n| n.starts_with('.'))
        })
        .collect();
    entries.sort();
    for entry in entries {
        // An unreadable subdirectory or file is reported when it is read, not here.
        if walk(&entry, out).is_err() {
            out.push(entry);
        }
    }
    Ok(())
}

fn decode(name: &str, bytes: &[u8]) -> String {
    match std::str::from_utf8(bytes) {
        Ok(s) => s.trim_end_matches(['\n', '\r']).to_string(),
        Err(e) => {
            eprintln!(
                "dateline: warning: {name}: invalid UTF-8 at byte {}; invalid bytes replaced with U+FFFD",
                e.valid_up_to()
            );
            String::from_utf8_lossy(bytes).into_owned()
        }
    }
}
