//! End-to-end tests of the `dateline` binary: formats, batches, and bad input.

use std::path::PathBuf;
use std::process::{Command, Output, Stdio};

fn dateline(args: &[&str], stdin: Option<&[u8]>) -> Output {
    let mut cmd = Command::new(env!("CARGO_BIN_EXE_dateline"));
    cmd.args(args)
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .stdin(Stdio::piped());
    let mut child = cmd.spawn().expect("runs dateline");
    if let Some(bytes) = stdin {
        use std::io::Write;
        // dateline may exit (a usage error) before reading its input: a closed pipe is fine.
        if let Err(e) = child.stdin.take().unwrap().write_all(bytes) {
            assert_eq!(e.kind(), std::io::ErrorKind::BrokenPipe, "{e}");
        }
    } else {
        drop(child.stdin.take());
    }
    child.wait_with_output().unwrap()
}

fn scratch(name: &str) -> PathBuf {
    let dir = std::env::temp_dir().join(format!("dateline-cli-{}-{name}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).unwrap();
    dir
}

fn fixture(id: &str) -> String {
    format!(
        "{}/../../tests/fixtures/articles/{id}.txt",
        env!("CARGO_MANIFEST_DIR")
    )
}

#[test]
fn json_for_one_file_and_text_summary() {
    let out = dateline(&["parse", &fixture("en-wire-001")], None);
    assert!(out.status.success());
    let v: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(v["schema_version"], dateline::SCHEMA_VERSION);
    assert_eq!(v["dateline"]["place"], "Washington");
    let out = dateline(
        &["parse", "--format", "text", &fixture("en-wire-001")],
        None,
    );
    let text = String::from_utf8(out.stdout).unwrap();
    assert!(text.contains("Dateline:   Washington"), "{text}");
    assert!(text.contains("Quotes ("), "{text}");
}

#[test]
fn stdin_and_published_option() {
    let out = dateline(
        &["parse", "--published", "2026-02-14"],
        Some("He left on Friday, officials said.".as_bytes()),
    );
    assert!(out.status.success());
    let v: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(v["published"], "2026-02-14");
    assert_eq!(v["figures"][0]["date"], "2026-02-13");
    let bad = dateline(&["parse", "--published", "14/02/2026"], Some(b"text"));
    assert_eq!(bad.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&bad.stderr).contains("expected a date as YYYY-MM-DD"));
}

#[test]
fn invalid_utf8_is_decoded_with_a_warning() {
    let dir = scratch("utf8");
    let file = dir.join("bad.txt");
    std::fs::write(&file, b"Caf\xe9 owners said prices rose 5 percent.").unwrap();
    let out = dateline(&["parse", file.to_str().unwrap()], None);
    assert!(out.status.success());
    assert!(String::from_utf8_lossy(&out.stderr).contains("invalid UTF-8"));
    let v: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert!(v["text"].as_str().unwrap().contains('\u{FFFD}'));
}

#[test]
fn directory_with_a_bad_entry_reports_it_and_processes_the_rest() {
    let dir = scratch("dir");
    std::fs::write(
        dir.join("a.txt"),
        "The council said the line would open in 2028.",
    )
    .unwrap();
    std::fs::write(dir.join("b.txt"), "  \n").unwrap(); // empty: an error for that file only
    #[cfg(unix)]
    std::os::unix::fs::symlink(dir.join("missing.txt"), dir.join("c.txt")).unwrap();
    std::fs::write(dir.join("d.txt"), "“Yes,” said Jane Smith.").unwrap();
    let out = dateline(&["parse", "--format", "jsonl", dir.to_str().unwrap()], None);
    assert_eq!(
        out.status.code(),
        Some(1),
        "a failed input makes the exit code 1"
    );
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(
        stderr.contains("b.txt") && stderr.contains("empty_input"),
        "{stderr}"
    );
    #[cfg(unix)]
    assert!(stderr.contains("c.txt"), "{stderr}");
    let lines: Vec<serde_json::Value> = String::from_utf8(out.stdout)
        .unwrap()
        .lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect();
    let ids: Vec<&str> = lines.iter().map(|l| l["id"].as_str().unwrap()).collect();
    assert!(
        ids[0].ends_with("a.txt") && ids.last().unwrap().ends_with("d.txt"),
        "order kept: {ids:?}"
    );
    assert!(lines.iter().any(|l| l["error"]["code"] == "empty_input"));
}

#[test]
fn jsonl_input_reports_broken_lines_by_number() {
    let dir = scratch("jsonl");
    let file = dir.join("in.jsonl");
    std::fs::write(&file, "{\"id\": \"one\", \"text\": \"Rutte said it was clear.\"}\n{broken\n{\"id\": 3, \"text\": \"Prices rose 5%.\", \"published\": \"2026-02-14\"}\n").unwrap();
    let out = dateline(
        &["parse", "--format", "jsonl", file.to_str().unwrap()],
        None,
    );
    assert_eq!(out.status.code(), Some(1));
    assert!(String::from_utf8_lossy(&out.stderr).contains("in.jsonl:2"));
    let ids: Vec<String> = String::from_utf8(out.stdout)
        .unwrap()
        .lines()
        .map(|l| {
            serde_json::from_str::<serde_json::Value>(l).unwrap()["id"]
                .as_str()
                .unwrap()
                .to_string()
        })
        .collect();
    assert_eq!(ids, vec!["one", "3"]);
}

#[test]
fn empty_stdin_is_a_clear_error() {
    let out = dateline(&["parse"], Some(b""));
    assert_eq!(out.status.code(), Some(1));
    assert!(String::from_utf8_lossy(&out.stderr).contains("empty input"));
}

#[cfg(unix)]
#[test]
fn piped_into_head_exits_quietly() {
    // `dateline parse --format jsonl DIR | head -1`: head closes the pipe after one line; the
    // writer must stop without a panic ("failed printing to stdout") and exit successfully.
    let dir = scratch("sigpipe");
    let text = "“Yes,” said Jane Smith, adding that 3,000 homes lost power. ".repeat(20);
    for i in 0..300 {
        std::fs::write(dir.join(format!("{i:03}.txt")), &text).unwrap();
    }
    let script = format!(
        "set -o pipefail; '{}' parse --format jsonl --quiet '{}' | head -1 >/dev/null",
        env!("CARGO_BIN_EXE_dateline"),
        dir.display()
    );
    // bash for pipefail: the status is dateline's (or head's), not only head's.
    let out = Command::new("bash").args(["-c", &script]).output().unwrap();
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(!stderr.contains("panicked"), "{stderr}");
    assert!(stderr.is_empty(), "nothing on stderr: {stderr}");
    assert!(out.status.success(), "{:?} {stderr}", out.status);
}

#[test]
fn max_input_bytes_flag_rejects_large_inputs() {
    let text = "Officials said 3,000 homes lost power.";
    let out = dateline(&["parse", "--max-input-bytes", "10"], Some(text.as_bytes()));
    assert_eq!(out.status.code(), Some(1));
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(
        stderr.contains("input too large: 38 bytes, the limit is 10 bytes")
            && stderr.contains("input_too_large"),
        "{stderr}"
    );
    let ok = dateline(&["parse", "--max-input-bytes", "38"], Some(text.as_bytes()));
    assert!(ok.status.success());
    let help = dateline(&["parse", "--help"], None);
    let help = String::from_utf8_lossy(&help.stdout);
    assert!(
        help.contains("--max-input-bytes") && help.contains("16777216"),
        "{help}"
    );
}

#[test]
fn batch_failures_are_summed_up_on_stderr() {
    let dir = scratch("summary");
    std::fs::write(dir.join("a.txt"), "Officials said 3,000 homes lost power.").unwrap();
    std::fs::write(dir.join("b.txt"), "\u{FEFF}\0 \n").unwrap(); // empty once normalized
    std::fs::write(dir.join("c.txt"), "x".repeat(100)).unwrap(); // over the limit below
    let out = dateline(
        &[
            "parse",
            "--format",
            "jsonl",
            "--max-input-bytes",
            "50",
            dir.to_str().unwrap(),
        ],
        None,
    );
    assert_eq!(out.status.code(), Some(1));
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(
        stderr.contains("b.txt") && stderr.contains("empty_input"),
        "{stderr}"
    );
    assert!(
        stderr.contains("c.txt") && stderr.contains("input_too_large"),
        "{stderr}"
    );
    assert!(
        stderr
            .lines()
            .last()
            .unwrap_or("")
            .contains("2 of 3 inputs failed"),
        "{stderr}"
    );
    assert_eq!(String::from_utf8_lossy(&out.stdout).lines().count(), 3);
}

#[test]
fn dash_is_standard_input() {
    let out = dateline(&["parse", "-"], Some("“Yes,” said Jane Smith.".as_bytes()));
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let v: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(v["quotes"][0]["speaker"]["name"], "Jane Smith");
    // Among files: read in its place.
    let out = dateline(
        &["parse", "--format", "jsonl", &fixture("en-wire-001"), "-"],
        Some(b"Prices rose 5%."),
    );
    assert!(out.status.success());
    let ids: Vec<String> = String::from_utf8(out.stdout)
        .unwrap()
        .lines()
        .map(|l| serde_json::from_str::<serde_json::Value>(l).unwrap()["id"].to_string())
        .collect();
    assert_eq!(ids.len(), 2);
    assert_eq!(ids[1], "\"<stdin>\"");
}

fn read_parquet(path: &std::path::Path) -> Vec<arrow_array::RecordBatch> {
    read_parquet_schema(path).1
}

/// The file's Arrow schema (with its metadata) and its batches.
fn read_parquet_schema(
    path: &std::path::Path,
) -> (arrow_schema::SchemaRef, Vec<arrow_array::RecordBatch>) {
    let file = std::fs::File::open(path).unwrap();
    let builder =
        parquet::arrow::arrow_reader::ParquetRecordBatchReaderBuilder::try_new(file).unwrap();
    let schema = builder.schema().clone();
    let batches = builder.build().unwrap().map(Result::unwrap).collect();
    (schema, batches)
}

fn string_column(batches: &[arrow_array::RecordBatch], name: &str) -> Vec<Option<String>> {
    use arrow_array::cast::AsArray;
    batches
        .iter()
        .flat_map(|b| {
            b.column_by_name(name)
                .unwrap()
                .as_string::<i32>()
                .iter()
                .map(|s| s.map(str::to_string))
                .collect::<Vec<_>>()
        })
        .collect()
}

#[test]
fn parquet_format_writes_the_five_tables() {
    let dir = scratch("parquet");
    let input = dir.join("in");
    std::fs::create_dir_all(&input).unwrap();
    std::fs::write(input.join("a.txt"), "“Yes,” said Jane Smith.").unwrap();
    std::fs::write(input.join("b.txt"), " \n").unwrap(); // an error row
    std::fs::copy(fixture("en-wire-001"), input.join("c.txt")).unwrap();
    let out_dir = dir.join("out/nested");
    let out = dateline(
        &[
            "parse",
            "--format",
            "parquet",
            "--out",
            out_dir.to_str().unwrap(),
            input.to_str().unwrap(),
        ],
        None,
    );
    assert_eq!(out.status.code(), Some(1), "one input failed");
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(stderr.contains("wrote 3 articles"), "{stderr}");
    assert!(out.stdout.is_empty());
    // The same inputs as JSON Lines: the row counts must agree.
    let jsonl = dateline(
        &["parse", "--format", "jsonl", input.to_str().unwrap()],
        None,
    );
    let records: Vec<serde_json::Value> = String::from_utf8(jsonl.stdout)
        .unwrap()
        .lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect();
    let count = |key: &str| -> usize {
        records
            .iter()
            .map(|r| r[key].as_array().map_or(0, Vec::len))
            .sum()
    };
    let mentions: usize = records
        .iter()
        .flat_map(|r| r["entities"].as_array().cloned().unwrap_or_default())
        .map(|e| e["mentions"].as_array().unwrap().len())
        .sum();
    let rows = |table: &str| -> usize {
        read_parquet(&out_dir.join(format!("{table}.parquet")))
            .iter()
            .map(|b| b.num_rows())
            .sum()
    };
    assert_eq!(rows("articles"), 3);
    assert_eq!(rows("quotes"), count("quotes"));
    assert_eq!(rows("figures"), count("figures"));
    assert_eq!(rows("entities"), count("entities"));
    assert_eq!(rows("mentions"), mentions);
    assert!(rows("quotes") > 1);
    let (schema, articles) = read_parquet_schema(&out_dir.join("articles.parquet"));
    assert_eq!(schema.metadata()["dateline.table"], "articles");
    assert_eq!(
        schema.field_with_name("article").unwrap().metadata()["doc"],
        "the article's id"
    );
    let ids = string_column(&articles, "article");
    assert!(ids[0].as_deref().unwrap().ends_with("a.txt"), "{ids:?}");
    let errors = string_column(&articles, "error");
    assert!(errors[1].as_deref().unwrap().starts_with("empty_input: "));
    assert_eq!(errors[0], None);
    let quotes = read_parquet(&out_dir.join("quotes.parquet"));
    assert_eq!(
        string_column(&quotes, "speaker_name")[0].as_deref(),
        Some("Jane Smith")
    );
}

#[test]
fn parquet_format_needs_an_output_folder() {
    let out = dateline(&["parse", "--format", "parquet"], Some(b"Prices rose 5%."));
    assert_eq!(out.status.code(), Some(2));
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(stderr.contains("--out DIR"), "{stderr}");
    let dir = scratch("out-json");
    let out = dateline(
        &["parse", "--out", dir.to_str().unwrap()],
        Some(b"Prices rose 5%."),
    );
    assert_eq!(out.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&out.stderr).contains("--format parquet only"));
}
