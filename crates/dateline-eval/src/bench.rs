//! `dateline-eval bench`: corpus-scale throughput of the full pipeline (issue #9).
//!
//! Inputs: directories of `.txt` articles, `.txt` files, or JSON Lines with a `text` (or
//! `pagetext`) field per line. Prints articles/s and MB/s single-threaded (a plain loop of
//! `Pipeline::parse`) and with N threads (`dateline::parse_many`, the library's rayon path, with
//! `RAYON_NUM_THREADS=N`), per-article latency percentiles, the slowest articles, and the
//! process's peak RSS (`VmHWM`). `benches/corpus.sh` drives it over the shared corpora.

use std::fs;
use std::io::Read;
use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};

use anyhow::{bail, Context, Result};
use dateline::{Options, Pipeline};

/// Arguments of `dateline-eval bench`.
#[derive(clap::Args, Debug)]
pub struct BenchArgs {
    /// Directories of .txt files, .txt files, or .jsonl files (gzipped or not; {"text"} or
    /// {"pagetext"} per line).
    #[arg(required = true)]
    inputs: Vec<PathBuf>,
    /// Thread counts to measure (comma list); 1 is a plain loop, N > 1 uses `parse_many`.
    #[arg(long, default_value = "1,2")]
    threads: String,
    /// Runs per measurement; the best is reported.
    #[arg(long, default_value_t = 3)]
    repeat: usize,
    /// Parse the corpus this many times per run (copies), for small corpora.
    #[arg(long, default_value_t = 1)]
    copies: usize,
    /// Only the first N articles.
    #[arg(long)]
    limit: Option<usize>,
    /// Largest input accepted, in bytes (default: the library's).
    #[arg(long, default_value_t = dateline::DEFAULT_MAX_INPUT_BYTES)]
    max_input_bytes: usize,
}

struct Doc {
    id: String,
    text: String,
}

fn load(inputs: &[PathBuf], limit: Option<usize>) -> Result<Vec<Doc>> {
    let mut docs = Vec::new();
    for input in inputs {
        load_path(input, &mut docs)?;
    }
    if let Some(n) = limit {
        docs.truncate(n);
    }
    docs.retain(|d| !d.text.trim().is_empty());
    if docs.is_empty() {
        bail!("no articles in {inputs:?}");
    }
    Ok(docs)
}

fn load_path(path: &Path, docs: &mut Vec<Doc>) -> Result<()> {
    if path.is_dir() {
        let mut entries: Vec<PathBuf> = fs::read_dir(path)
            .with_context(|| format!("reading {}", path.display()))?
            .filter_map(|e| e.ok().map(|e| e.path()))
            .filter(|p| p.extension().is_some_and(|e| e == "txt" || e == "jsonl"))
            .collect();
        entries.sort();
        for e in entries {
            load_path(&e, docs)?;
        }
        return Ok(());
    }
    let gzipped = path.extension().is_some_and(|e| e == "gz");
    let text = if gzipped {
        let mut text = String::new();
        let file = fs::File::open(path).with_context(|| format!("opening {}", path.display()))?;
        flate2::read::GzDecoder::new(file)
            .read_to_string(&mut text)
            .with_context(|| format!("reading {}", path.display()))?;
        text
    } else {
        fs::read_to_string(path).with_context(|| format!("reading {}", path.display()))?
    };
    // `corpus.jsonl.gz` is JSON Lines too.
    let inner = if gzipped {
        path.file_stem().map(Path::new)
    } else {
        Some(path)
    };
    if inner
        .and_then(Path::extension)
        .is_some_and(|e| e == "jsonl" || e == "ndjson")
    {
        for (n, line) in text.lines().enumerate() {
            if line.trim().is_empty() {
                continue;
            }
            let v: serde_json::Value = serde_json::from_str(line)
                .with_context(|| format!("{}:{}", path.display(), n + 1))?;
            let body = v
                .get("text")
                .or_else(|| v.get("pagetext"))
                .and_then(|t| t.as_str())
                .unwrap_or_default();
            let id = v
                .get("id")
                .map(|i| i.to_string())
                .unwrap_or_else(|| format!("{}:{}", path.display(), n + 1));
            docs.push(Doc {
                id,
                text: body.to_string(),
            });
        }
    } else {
        docs.push(Doc {
            id: path.display().to_string(),
            text,
        });
    }
    Ok(())
}

/// Peak resident set size of this process in KiB (Linux `VmHWM`), if known.
fn peak_rss_kib() -> Option<u64> {
    let status = fs::read_to_string("/proc/self/status").ok()?;
    let line = status.lines().find(|l| l.starts_with("VmHWM:"))?;
    line.split_whitespace().nth(1)?.parse().ok()
}

/// CPU time (user + system) of this process so far, from `/proc/self/stat` (clock ticks of
/// 1/100 s), if known. Compared with wall time it tells how well threads ran on a loaded machine.
fn cpu_seconds() -> Option<f64> {
    let stat = fs::read_to_string("/proc/self/stat").ok()?;
    // Fields after the command name (which is in parentheses and may hold spaces).
    let rest = stat.rsplit_once(')')?.1;
    let fields: Vec<&str> = rest.split_whitespace().collect();
    let utime: f64 = fields.get(11)?.parse().ok()?;
    let stime: f64 = fields.get(12)?.parse().ok()?;
    Some((utime + stime) / 100.0)
}

fn load_average() -> String {
    fs::read_to_string("/proc/loadavg")
        .ok()
        .and_then(|s| s.split_whitespace().next().map(str::to_string))
        .unwrap_or_else(|| "?".into())
}

fn rate(label: &str, d: Duration, articles: usize, bytes: usize, words: usize) {
    let s = d.as_secs_f64();
    println!(
        "{label:<24} {s:9.3} s  {:9.1} articles/s  {:7.2} MB/s  {:10.0} words/s",
        articles as f64 / s,
        bytes as f64 / s / 1e6,
        words as f64 / s,
    );
}

/// Runs the benchmark and prints the report.
pub fn run(args: BenchArgs) -> Result<()> {
    let threads: Vec<usize> = args
        .threads
        .split(',')
        .map(|t| {
            t.trim()
                .parse::<usize>()
                .context("--threads: a comma list of numbers")
        })
        .collect::<Result<_>>()?;
    // The global rayon pool reads this once, at its first use (below, after loading).
    if let Some(&n) = threads.iter().filter(|&&n| n > 1).max() {
        if std::env::var_os("RAYON_NUM_THREADS").is_none() {
            std::env::set_var("RAYON_NUM_THREADS", n.to_string());
        }
    }
    let docs = load(&args.inputs, args.limit)?;
    let texts: Vec<&str> = std::iter::repeat_n(&docs, args.copies.max(1))
        .flatten()
        .map(|d| d.text.as_str())
        .collect();
    let bytes: usize = texts.iter().map(|t| t.len()).sum();
    let words: usize = texts
        .iter()
        .map(|t| {
            t.split(|c: char| !c.is_alphanumeric())
                .filter(|w| !w.is_empty())
                .count()
        })
        .sum();
    let largest = docs.iter().map(|d| d.text.len()).max().unwrap_or(0);
    let options = Options::default().max_input_bytes(args.max_input_bytes);
    let pipeline = Pipeline::shared();
    println!(
        "{} articles ({} x {} copies), {:.2} MB, {} words, largest {:.1} KB; {} CPUs, load {}",
        texts.len(),
        docs.len(),
        args.copies.max(1),
        bytes as f64 / 1e6,
        words,
        largest as f64 / 1e3,
        std::thread::available_parallelism().map_or(0, |n| n.get()),
        load_average(),
    );

    let started = Instant::now();
    let _ = pipeline.parse(texts[0], &options);
    println!(
        "first parse (lexicons, compiled patterns, one article): {:.1} ms",
        started.elapsed().as_secs_f64() * 1e3
    );

    let mut single = None;
    for &n in &threads {
        let mut best = Duration::MAX;
        let mut latencies = Vec::new();
        let mut errors = 0;
        let cpu_before = cpu_seconds();
        for _ in 0..args.repeat.max(1) {
            let t0 = Instant::now();
            if n <= 1 {
                let mut lat = Vec::with_capacity(texts.len());
                errors = 0;
                for (k, t) in texts.iter().enumerate() {
                    let a = Instant::now();
                    errors += usize::from(pipeline.parse(t, &options).is_err());
                    lat.push((a.elapsed(), k));
                }
                let d = t0.elapsed();
                if d < best {
                    latencies = lat;
                }
                best = best.min(d);
            } else {
                let results = dateline::parse_many(&texts, &options);
                best = best.min(t0.elapsed());
                errors = results.iter().filter(|r| r.is_err()).count();
            }
        }
        let label = if n <= 1 {
            "1 thread (loop)".to_string()
        } else {
            format!("{n} threads (parse_many)")
        };
        rate(&label, best, texts.len(), bytes, words);
        if let (Some(a), Some(b)) = (cpu_before, cpu_seconds()) {
            let runs = args.repeat.max(1) as f64;
            let cpu = (b - a) / runs;
            println!(
                "  CPU time per run {cpu:.3} s ({:.2} cores busy on average; load {}): \
                 {:.2} MB per CPU-second",
                cpu / best.as_secs_f64(),
                load_average(),
                bytes as f64 / cpu.max(1e-9) / 1e6
            );
        }
        if errors > 0 {
            println!("  {errors} inputs failed (empty or too large)");
        }
        if n <= 1 {
            single = Some(best);
            latencies.sort();
            let pct = |p: f64| {
                let i = ((latencies.len() - 1) as f64 * p).round() as usize;
                latencies[i].0.as_secs_f64() * 1e3
            };
            println!(
                "  latency per article: p50 {:.2} ms, p95 {:.2} ms, max {:.2} ms",
                pct(0.5),
                pct(0.95),
                pct(1.0)
            );
            for (d, k) in latencies.iter().rev().take(3) {
                let len = texts[*k].len();
                let id = &docs[*k % docs.len()].id;
                println!(
                    "  slow: {id} {:.1} KB in {:.1} ms ({:.2} MB/s)",
                    len as f64 / 1e3,
                    d.as_secs_f64() * 1e3,
                    len as f64 / d.as_secs_f64() / 1e6
                );
            }
        } else if let Some(s) = single {
            println!(
                "  speed-up over 1 thread: {:.2}x",
                s.as_secs_f64() / best.as_secs_f64()
            );
        }
    }
    if let Some(kib) = peak_rss_kib() {
        println!(
            "peak RSS {:.1} MB ({:.1}x the largest article, {:.1}x the corpus)",
            kib as f64 / 1024.0,
            kib as f64 * 1024.0 / largest.max(1) as f64,
            kib as f64 * 1024.0 / bytes.max(1) as f64
        );
    }
    println!("load after: {}", load_average());
    Ok(())
}
