//! `dateline`: parse news articles into JSON or Parquet from the command line.

mod input;
mod parquet_out;
mod summary;

use std::io::{self, IsTerminal, Write};
use std::path::PathBuf;
use std::process::ExitCode;

use anyhow::{bail, Context, Result};
use clap::{Parser, Subcommand, ValueEnum};
use dateline::{Article, Options, Pipeline};
use rayon::prelude::*;
use serde::Serialize;

use crate::input::{InputFormat, Item};
use crate::parquet_out::ParquetOut;

/// Documents parsed together; bounds memory for any batch size.
const CHUNK: usize = 256;

#[derive(Parser, Debug)]
#[command(
    name = "dateline",
    version,
    about = "Turn news articles into structured, checkable data"
)]
struct Cli {
    #[command(subcommand)]
    command: Command,
}

#[derive(Subcommand, Debug)]
enum Command {
    /// Parse articles (files, directories, JSONL, or standard input) and print the model, or
    /// write it as Parquet tables.
    Parse(ParseArgs),
}

#[derive(clap::Args, Debug)]
struct ParseArgs {
    /// Files or directories to read; standard input when none, or for `-`. A `.jsonl` file holds one
    /// article per line as {"id": …, "text": …, "published"?: "YYYY-MM-DD"}; `.html`/`.htm`
    /// (and gzipped `.html.gz`) files are web pages.
    files: Vec<PathBuf>,
    /// Output format: one pretty JSON document, JSON Lines, a readable summary, or Parquet
    /// files (with `--out`).
    #[arg(long, short, value_enum, default_value_t = Format::Json)]
    format: Format,
    /// Folder for `--format parquet`: articles, quotes, figures, entities and mentions
    /// `.parquet` files are written there (created if needed; existing files replaced).
    #[arg(long, short, value_name = "DIR")]
    out: Option<PathBuf>,
    /// How to read the inputs: by file extension (auto), as plain text, as JSONL, or as HTML
    /// pages (`.html`, `.htm` and `.html.gz` files are HTML under auto).
    #[arg(long, value_enum, default_value_t = InputFormat::Auto)]
    input: InputFormat,
    /// Publication date (YYYY-MM-DD), the anchor for "on Friday", "last week"….
    #[arg(long)]
    published: Option<String>,
    /// Worker threads (default: all cores).
    #[arg(long, short)]
    jobs: Option<usize>,
    /// Largest input accepted per article, in bytes.
    #[arg(long, default_value_t = dateline::DEFAULT_MAX_INPUT_BYTES)]
    max_input_bytes: usize,
    /// Never show a progress bar.
    #[arg(long)]
    quiet: bool,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, ValueEnum)]
enum Format {
    Json,
    Jsonl,
    Text,
    /// Five Parquet tables (as `dateline.arrow.TABLES` in Python) in the `--out` folder.
    Parquet,
}

/// One output record of a batch: the article, or the error for that input.
#[derive(Serialize)]
struct Record<'a> {
    id: &'a str,
    #[serde(skip_serializing_if = "Option::is_none")]
    error: Option<ErrorRecord>,
    #[serde(flatten, skip_serializing_if = "Option::is_none")]
    article: Option<&'a Article>,
}

#[derive(Serialize)]
struct ErrorRecord {
    code: String,
    message: String,
}

fn main() -> ExitCode {
    let cli = Cli::parse();
    let result = match cli.command {
        Command::Parse(args) => run_parse(args),
    };
    match result {
        Ok(code) => code,
        Err(e) => {
            if is_broken_pipe(&e) {
                return ExitCode::SUCCESS;
            }
            eprintln!("dateline: error: {e:#}");
            ExitCode::from(2)
        }
    }
}

fn is_broken_pipe(e: &anyhow::Error) -> bool {
    e.chain().any(|c| {
        c.downcast_ref::<io::Error>()
            .is_some_and(|io| io.kind() == io::ErrorKind::BrokenPipe)
            // Records are written with serde_json, which wraps the io::Error (issue #10:
            // `dateline parse --format jsonl DIR | head -1` printed "error: Broken pipe", exit 2).
            || c.downcast_ref::<serde_json::Error>()
                .is_some_and(|j| j.io_error_kind() == Some(io::ErrorKind::BrokenPipe))
    })
}

fn run_parse(args: ParseArgs) -> Result<ExitCode> {
    let mut parquet = match (&args.out, args.format) {
        (Some(dir), Format::Parquet) => Some(ParquetOut::create(dir)?),
        (None, Format::Parquet) => {
            bail!("--format parquet writes files: give their folder with --out DIR")
        }
        (Some(_), _) => bail!("--out is for --format parquet only; other formats print"),
        (None, _) => None,
    };
    let mut options = Options::default().max_input_bytes(args.max_input_bytes);
    if let Some(p) = &args.published {
        options = options.published(p)?;
    }
    if let Some(jobs) = args.jobs {
        rayon::ThreadPoolBuilder::new()
            .num_threads(jobs.max(1))
            .build_global()
            .context("starting worker threads")?;
    }
    let pipeline = Pipeline::shared();
    let stdout = io::stdout();
    let mut out = io::BufWriter::new(stdout.lock());
    let mut inputs = input::open(&args.files, args.input);
    // Bounded chunks keep memory flat for large batches while rayon keeps both cores busy.
    let mut chunk: Vec<Item> = inputs.by_ref().take(CHUNK).collect();
    let one_input = chunk.len() == 1;
    let single = one_input && matches!(chunk[0], Item::Doc(_)) && args.format == Format::Json;
    let progress = (!args.quiet && io::stderr().is_terminal() && chunk.len() == CHUNK).then(|| {
        let bar = indicatif::ProgressBar::new_spinner();
        bar.set_style(
            indicatif::ProgressStyle::with_template("{spinner} {pos} articles {per_sec} {elapsed}")
                .unwrap_or_else(|_| indicatif::ProgressStyle::default_spinner()),
        );
        bar
    });
    if args.format == Format::Json && !single {
        out.write_all(b"[\n")?;
    }
    let (mut first, mut total, mut failed) = (true, 0usize, 0usize);
    while !chunk.is_empty() {
        let results: Vec<Option<Result<Article, dateline::Error>>> = chunk
            .par_iter_mut()
            .map(|item| {
                let Item::Doc(d) = item else { return None };
                let opts = match &d.published {
                    Some(p) => match options.clone().published(p) {
                        Ok(o) => o,
                        Err(e) => return Some(Err(e)),
                    },
                    None => options.clone(),
                };
                // The text is not needed after parsing: hand it over, so a large file is not
                // held twice (peak memory, issue #9).
                let text = std::mem::take(&mut d.text);
                Some(if d.html {
                    pipeline.parse_html(&text, &opts)
                } else {
                    pipeline.parse_owned(text, &opts)
                })
            })
            .collect();
        for (item, result) in chunk.iter().zip(&results) {
            total += 1;
            let (Item::Doc(doc), Some(result)) = (item, result) else {
                failed += 1;
                continue;
            };
            if let Err(e) = result {
                eprintln!("dateline: {}: {} ({})", doc.id, e, e.code());
                failed += 1;
            }
            match args.format {
                Format::Parquet => {
                    if let Some(parquet) = parquet.as_mut() {
                        parquet.push(&doc.id, result)?;
                    }
                }
                Format::Text => {
                    if let Ok(a) = result {
                        if !first {
                            writeln!(out)?;
                        }
                        if !one_input {
                            writeln!(out, "== {} ==", doc.id)?;
                        }
                        summary::write(&mut out, a)?;
                    }
                }
                Format::Json if single => {
                    if let Ok(a) = result {
                        serde_json::to_writer_pretty(&mut out, a)?;
                        writeln!(out)?;
                    }
                }
                Format::Json | Format::Jsonl => {
                    let record = Record {
                        id: &doc.id,
                        error: result.as_ref().err().map(|e| ErrorRecord {
                            code: e.code().into(),
                            message: e.to_string(),
                        }),
                        article: result.as_ref().ok(),
                    };
                    if args.format == Format::Json && !first {
                        out.write_all(b",\n")?;
                    }
                    serde_json::to_writer(&mut out, &record)?;
                    if args.format == Format::Jsonl {
                        out.write_all(b"\n")?;
                    }
                }
            }
            first = false;
        }
        if let Some(bar) = &progress {
            bar.inc(chunk.len() as u64);
        }
        if let Some(parquet) = parquet.as_mut() {
            parquet.flush()?; // one row group per chunk
        }
        out.flush()?;
        chunk = inputs.by_ref().take(CHUNK).collect();
    }
    if args.format == Format::Json && !single {
        out.write_all(b"\n]\n")?;
    }
    out.flush()?;
    if let Some(bar) = progress {
        bar.finish_and_clear();
    }
    if let Some(parquet) = parquet {
        let summary = parquet.close()?;
        if !args.quiet {
            eprintln!("dateline: {summary}");
        }
    }
    if failed == 0 {
        Ok(ExitCode::SUCCESS)
    } else {
        eprintln!("dateline: {failed} of {total} inputs failed");
        Ok(ExitCode::from(1))
    }
}
