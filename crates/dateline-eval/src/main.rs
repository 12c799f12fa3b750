//! `dateline-eval`: run dateline's evaluations from the command line.
//!
//! ```text
//! dateline-eval quotes GOLD.jsonl [--kinds direct,mixed] [--fragments] [--filter-pred]
//!                                 [--published-from-gold] [--write-pred PRED.jsonl] [--pred PRED.jsonl]
//! dateline-eval figures DIR [--verbose] [--suite NAME]
//! dateline-eval entities FILE
//! dateline-eval bench DIR|FILE.jsonl… [--threads 1,2] [--repeat N] [--copies N]
//! dateline-eval html DIR… [--limit N] [--verbose]
//! dateline-eval pagetext FILE [--limit N] [--verbose]
//! ```

use std::fs::File;
use std::io::{BufWriter, Write};
use std::path::PathBuf;
use std::time::Instant;

use anyhow::{Context, Result};
use clap::{Parser, Subcommand};
use dateline_eval::{entities, figures, html, pagetext, quotes};

mod bench;

#[derive(Parser, Debug)]
#[command(name = "dateline-eval", about = "Evaluate dateline against gold data")]
struct Cli {
    #[command(subcommand)]
    command: Command,
}

#[derive(Subcommand, Debug)]
enum Command {
    /// Quotes and speakers against PolNeAR-style JSONL (the report of score_quotes.py).
    ///
    /// Without --kinds/--fragments/--filter-pred, prints two sections: gold direct+mixed against
    /// predicted direct+partial at fragment level (the headline), and indirect speech at
    /// attribution level. With any of them, prints one report exactly like
    /// `score_quotes.py GOLD PRED <the same flags>`.
    Quotes {
        /// Gold JSONL.
        gold: PathBuf,
        /// Gold kinds to keep (comma list), like score_quotes.py --kinds.
        #[arg(long)]
        kinds: Option<String>,
        /// Score each content part separately.
        #[arg(long)]
        fragments: bool,
        /// Apply --kinds to the predictions too.
        #[arg(long)]
        filter_pred: bool,
        /// Pass each gold document's publication_date to the parser.
        #[arg(long)]
        published_from_gold: bool,
        /// Write the predictions (gold offsets) as JSONL for score_quotes.py.
        #[arg(long)]
        write_pred: Option<PathBuf>,
        /// Score this prediction file instead of running dateline.
        #[arg(long)]
        pred: Option<PathBuf>,
    },
    /// Figures against the converted peer suites in DIR.
    Figures {
        /// Directory holding numbers.jsonl, currency.jsonl, ...
        dir: PathBuf,
        /// Print every failed case.
        #[arg(long, short)]
        verbose: bool,
        /// Only this suite (file stem).
        #[arg(long)]
        suite: Option<String>,
    },
    /// Corpus-scale speed: articles/s and MB/s with 1 and N threads, latency, peak RSS.
    Bench(bench::BenchArgs),
    /// Named mentions and coreference against GUM news JSONL.
    Entities {
        /// gum_news.jsonl
        file: PathBuf,
    },
    /// HTML extraction (`parse_html`) against article-extraction corpora: directories holding
    /// `articles.jsonl` and gzipped pages (`shared/data/corpus/naeb`, `…/zyte_aeb`). Body F1 as
    /// the Zyte benchmark's evaluate.py defines it; title, date and author accuracy; ms/page.
    Html {
        /// Corpus directories.
        #[arg(required = true)]
        dirs: Vec<PathBuf>,
        /// Only the first N pages of each corpus.
        #[arg(long)]
        limit: Option<usize>,
        /// List every page's scores and mismatches.
        #[arg(long, short)]
        verbose: bool,
        /// Write each page's gold and predicted body to this directory
        /// (`<id>.gold.txt`, `<id>.pred.txt`).
        #[arg(long)]
        dump: Option<PathBuf>,
    },
    /// The plain-text layout stage (`parse`) on whole-page text copies
    /// (`shared/data/corpus/pagetext_stress.jsonl.gz`), against the gold of the naeb and zyte_aeb
    /// pages they come from (`<set>/articles.jsonl` next to FILE). Body bag-of-words P/R/F1
    /// averaged over pages; exact title, authors and date.
    Pagetext {
        /// JSON Lines of {"set", "id", "url", "pagetext"}, gzipped or not.
        file: PathBuf,
        /// Only the first N pages of the file.
        #[arg(long)]
        limit: Option<usize>,
        /// List the pages whose title, authors or date do not match, and the lowest body F1s.
        #[arg(long, short)]
        verbose: bool,
    },
}

fn main() -> Result<()> {
    let cli = Cli::parse();
    let started = Instant::now();
    match cli.command {
        Command::Quotes {
            gold,
            kinds,
            fragments,
            filter_pred,
            published_from_gold,
            write_pred,
            pred,
        } => {
            let gold_docs =
                quotes::load(&gold).with_context(|| format!("reading {}", gold.display()))?;
            let pred_docs = match &pred {
                Some(p) => quotes::load(p).with_context(|| format!("reading {}", p.display()))?,
                None => {
                    let predictions = quotes::predict(
                        &gold_docs,
                        quotes::PredictOptions {
                            published_from_gold,
                        },
                    );
                    for (id, e) in &predictions.errors {
                        eprintln!("warning: {id}: {e} (no predictions)");
                    }
                    predictions.docs
                }
            };
            if let Some(path) = &write_pred {
                let file =
                    File::create(path).with_context(|| format!("creating {}", path.display()))?;
                let mut w = BufWriter::new(file);
                for d in &pred_docs {
                    serde_json::to_writer(&mut w, d)?;
                    writeln!(w)?;
                }
                w.flush()?;
            }
            let sections = if kinds.is_some() || fragments || filter_pred {
                vec![(
                    "custom",
                    quotes::ScoreOptions::from_flags(kinds.as_deref(), filter_pred, fragments),
                )]
            } else {
                quotes::default_sections()
            };
            let many = sections.len() > 1;
            for (title, opts) in sections {
                if many {
                    println!("== {title} (= score_quotes.py GOLD PRED {})", opts.flags());
                }
                println!("{}", quotes::score(&gold_docs, &pred_docs, &opts).dumps());
            }
        }
        Command::Figures {
            dir,
            verbose,
            suite,
        } => {
            let reports = match suite {
                Some(name) => vec![figures::evaluate_suite(
                    &name,
                    &dir.join(format!("{name}.jsonl")),
                )?],
                None => figures::evaluate_dir(&dir)?,
            };
            print!("{}", figures::render(&reports, verbose));
        }
        Command::Bench(args) => bench::run(args)?,
        Command::Entities { file } => {
            let (dev_test, all) = entities::evaluate_file(&file)?;
            print!("{}", dev_test.render());
            println!();
            print!("{}", all.render());
            // The train documents alone: the ones rules may be developed on.
            let docs = entities::load(&file)?;
            let train = entities::evaluate(&docs, "train (20 docs, for development)", |d| {
                d.split == "train"
            });
            println!();
            print!("{}", train.render());
        }
        Command::Html {
            dirs,
            limit,
            verbose,
            dump,
        } => {
            for dir in dirs {
                let out = dump
                    .as_ref()
                    .map(|d| d.join(dir.file_name().unwrap_or_default()));
                if let Some(out) = &out {
                    std::fs::create_dir_all(out)?;
                }
                let report = html::evaluate_dumping(&dir, limit, out.as_deref())
                    .with_context(|| format!("evaluating {}", dir.display()))?;
                print!("{}", report.render(verbose));
            }
        }
        Command::Pagetext {
            file,
            limit,
            verbose,
        } => {
            let report = pagetext::evaluate(&file, limit)
                .with_context(|| format!("evaluating {}", file.display()))?;
            print!("{}", report.render(verbose));
        }
    }
    eprintln!("({:.1}s)", started.elapsed().as_secs_f64());
    Ok(())
}
