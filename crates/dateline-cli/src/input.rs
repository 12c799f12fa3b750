//! Reading inputs: files, directories, JSON Lines and standard input.

use std::fs;
use std::io::{self, Read};
use std::path::{Path, PathBuf};

use anyhow::Result;
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

/// A failed input: its name and what went wrong.
pub(crate) type Failure = (String, String);

/// Reads every input; unreadable inputs become failures (reported on stderr) and the rest go on.
pub(crate) fn collect(
    paths: &[PathBuf],
    format: InputFormat,
) -> Result<(Vec<Document>, Vec<Failure>)> {
    let mut docs = Vec::new();
    let mut failures = Vec::new();
    if paths.is_empty() {
        let mut bytes = Vec::new();
        io::stdin().lock().read_to_end(&mut bytes)?;
        let kind = match format {
            InputFormat::Jsonl => Kind::Jsonl,
            InputFormat::Html => Kind::Html,
            InputFormat::Auto | InputFormat::Text => Kind::Text,
        };
        add_bytes("<stdin>", &bytes, kind, &mut docs, &mut failures);
        return Ok((docs, failures));
    }
    for path in paths {
        let mut files = Vec::new();
        if let Err(e) = walk(path, &mut files) {
            report(
                &mut failures,
                path.display().to_string(),
                format!("cannot read: {e}"),
            );
            continue;
        }
        for file in files {
            let name = file.display().to_string();
            match fs::read(&file) {
                Ok(bytes) => {
                    let name_lower = name.to_ascii_lowercase();
                    let gz = name_lower.ends_with(".gz");
                    let stem = name_lower.trim_end_matches(".gz");
                    let kind = match format {
                        InputFormat::Jsonl => Kind::Jsonl,
                        InputFormat::Text => Kind::Text,
                        InputFormat::Html => Kind::Html,
                        InputFormat::Auto
                            if stem.ends_with(".jsonl") || stem.ends_with(".ndjson") =>
                        {
                            Kind::Jsonl
                        }
                        InputFormat::Auto if stem.ends_with(".html") || stem.ends_with(".htm") => {
                            Kind::Html
                        }
                        InputFormat::Auto => Kind::Text,
                    };
                    let bytes = if gz {
                        match gunzip(&bytes) {
                            Ok(b) => b,
                            Err(e) => {
                                report(&mut failures, name, format!("cannot decompress: {e}"));
                                continue;
                            }
                        }
                    } else {
                        bytes
                    };
                    add_bytes(&name, &bytes, kind, &mut docs, &mut failures);
                }
                Err(e) => report(&mut failures, name, format!("cannot read: {e}")),
            }
        }
    }
    Ok((docs, failures))
}

fn report(failures: &mut Vec<Failure>, name: String, message: String) {
    eprintln!("dateline: {name}: {message}");
    failures.push((name, message));
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
        Ok(s) => s.to_string(),
        Err(e) => {
            eprintln!("dateline: warning: {name}: invalid UTF-8 at byte {}; invalid bytes replaced with U+FFFD", e.valid_up_to());
            String::from_utf8_lossy(bytes).into_owned()
        }
    }
}

fn gunzip(bytes: &[u8]) -> io::Result<Vec<u8>> {
    let mut out = Vec::new();
    flate2::read::GzDecoder::new(bytes).read_to_end(&mut out)?;
    Ok(out)
}

fn add_bytes(
    name: &str,
    bytes: &[u8],
    kind: Kind,
    docs: &mut Vec<Document>,
    failures: &mut Vec<Failure>,
) {
    let text = decode(name, bytes);
    if kind != Kind::Jsonl {
        docs.push(Document {
            id: name.to_string(),
            text,
            published: None,
            html: kind == Kind::Html,
        });
        return;
    }
    for (n, line) in text.lines().enumerate() {
        if line.trim().is_empty() {
            continue;
        }
        let where_ = format!("{name}:{}", n + 1);
        let value: serde_json::Value = match serde_json::from_str(line) {
            Ok(v) => v,
            Err(e) => {
                report(failures, where_, format!("invalid JSON: {e}"));
                continue;
            }
        };
        let Some(text) = value.get("text").and_then(|t| t.as_str()) else {
            report(
                failures,
                where_,
                "expected an object with a \"text\" string".to_string(),
            );
            continue;
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
        docs.push(Document {
            id,
            text: text.to_string(),
            published,
            html: false,
        });
    }
}
