//! Full-pipeline throughput (issue #9). Run with
//!
//! ```text
//! cargo bench -p dateline --bench pipeline                 # everything
//! cargo bench -p dateline --bench pipeline -- seed         # one group (criterion filter)
//! DATELINE_BENCH_BIG=1 cargo bench -p dateline --bench pipeline -- size_sweep   # adds 10 MB
//! ```
//!
//! Groups (throughput in bytes, so criterion prints MiB/s):
//!
//! - `seed`: the seed article `tests/fixtures/articles/en-moscowtimes-000.txt`;
//! - `fixtures`: every fixture article, one iteration parses all of them;
//! - `gum_wikinews`: the GUM Wikinews texts (`$DATELINE_CORPUS/gum_wikinews/txt`, default
//!   `../shared/data/corpus` beside the repository), skipped when absent;
//! - `size_sweep`: 1 KB … 1 MB (10 MB with `DATELINE_BENCH_BIG=1`) made by concatenating the
//!   fixtures: equal MiB/s across sizes means linear scaling;
//! - `pathological`: 10,000 quote marks in one paragraph, 1 MB without spaces, 1 MB of digits and
//!   commas, a million short lines (4 MB), 20,000 cue-less first-person quotes in one paragraph
//!   (1.1 MB).
//!
//! Per-stage cost is measured with callgrind, not here: see `docs/performance.md`.

use std::path::{Path, PathBuf};
use std::time::Duration;

use criterion::{
    criterion_group, criterion_main, BenchmarkId, Criterion, SamplingMode, Throughput,
};
use dateline::{Options, Pipeline};

fn repo_root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../..")
}

fn read_dir_txt(dir: &Path) -> Vec<String> {
    let Ok(entries) = std::fs::read_dir(dir) else {
        return Vec::new();
    };
    let mut paths: Vec<PathBuf> = entries
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|e| e == "txt"))
        .collect();
    paths.sort();
    paths
        .iter()
        .filter_map(|p| std::fs::read_to_string(p).ok())
        .collect()
}

fn fixtures() -> Vec<String> {
    let texts = read_dir_txt(&repo_root().join("tests/fixtures/articles"));
    assert!(!texts.is_empty(), "no fixture articles found");
    texts
}

fn corpus_dir() -> PathBuf {
    std::env::var_os("DATELINE_CORPUS")
        .map(PathBuf::from)
        .unwrap_or_else(|| repo_root().join("../shared/data/corpus"))
}

/// Fixture articles joined by blank lines until `size` bytes, cut at a character boundary.
fn concatenated(size: usize) -> String {
    let fx = fixtures();
    let mut out = String::with_capacity(size + 8 * 1024);
    let mut i = 0;
    while out.len() < size {
        if !out.is_empty() {
            out.push_str("\n\n");
        }
        out.push_str(&fx[i % fx.len()]);
        i += 1;
    }
    let mut cut = size;
    while !out.is_char_boundary(cut) {
        cut -= 1;
    }
    out.truncate(cut);
    out
}

fn total_len(texts: &[String]) -> u64 {
    texts.iter().map(|t| t.len() as u64).sum()
}

fn parse_all(pipeline: &Pipeline, texts: &[String], options: &Options) -> usize {
    texts
        .iter()
        .map(|t| {
            let a = pipeline.parse(t, options).expect("parses");
            a.figures.len() + a.quotes.len() + a.entities.len()
        })
        .sum()
}

fn bench_articles(c: &mut Criterion) {
    let pipeline = Pipeline::shared();
    let options = Options::default();
    // Warm up the lexicons and compiled patterns outside the measurements.
    let _ = pipeline.parse("Warm-up. “Yes,” she said.", &options);

    let seed =
        std::fs::read_to_string(repo_root().join("tests/fixtures/articles/en-moscowtimes-000.txt"))
            .expect("seed article");
    let mut g = c.benchmark_group("seed");
    g.throughput(Throughput::Bytes(seed.len() as u64));
    g.bench_function("en-moscowtimes-000", |b| {
        b.iter(|| {
            pipeline
                .parse(std::hint::black_box(&seed), &options)
                .expect("parses")
        })
    });
    g.finish();

    let fx = fixtures();
    let mut g = c.benchmark_group("fixtures");
    g.throughput(Throughput::Bytes(total_len(&fx)));
    g.bench_function(format!("all_{}", fx.len()), |b| {
        b.iter(|| parse_all(pipeline, std::hint::black_box(&fx), &options))
    });
    g.finish();

    let gum = read_dir_txt(&corpus_dir().join("gum_wikinews/txt"));
    if gum.is_empty() {
        eprintln!(
            "gum_wikinews: corpus not found under {}, skipped",
            corpus_dir().display()
        );
    } else {
        let mut g = c.benchmark_group("gum_wikinews");
        g.throughput(Throughput::Bytes(total_len(&gum)));
        g.sample_size(20);
        g.bench_function(format!("all_{}", gum.len()), |b| {
            b.iter(|| parse_all(pipeline, std::hint::black_box(&gum), &options))
        });
        g.finish();
    }
}

fn bench_sizes(c: &mut Criterion) {
    let pipeline = Pipeline::shared();
    let options = Options::default();
    let mut sizes = vec![
        ("1KB", 1_000),
        ("10KB", 10_000),
        ("100KB", 100_000),
        ("1MB", 1_000_000),
    ];
    if std::env::var_os("DATELINE_BENCH_BIG").is_some() {
        sizes.push(("10MB", 10_000_000));
    }
    let mut g = c.benchmark_group("size_sweep");
    for (name, size) in sizes {
        let text = concatenated(size);
        g.throughput(Throughput::Bytes(text.len() as u64));
        if size >= 1_000_000 {
            g.sampling_mode(SamplingMode::Flat);
            g.sample_size(10);
            g.measurement_time(Duration::from_secs(if size >= 10_000_000 {
                60
            } else {
                20
            }));
        } else {
            g.sampling_mode(SamplingMode::Auto);
            g.sample_size(30);
            g.measurement_time(Duration::from_secs(5));
        }
        g.bench_with_input(BenchmarkId::from_parameter(name), &text, |b, text| {
            b.iter(|| pipeline.parse(text, &options).expect("parses"))
        });
    }
    g.finish();
}

/// The pathological inputs, also used by `docs/performance.md`.
fn pathological() -> Vec<(&'static str, String)> {
    let quotes: String = (0..10_000)
        .map(|i| if i % 2 == 0 { "x \u{201C} " } else { "y \" " })
        .collect();
    let letters = "abcdefghijklmnopqrstuvwxyz".repeat(1_000_000 / 26 + 1)[..1_000_000].to_string();
    let digits = "1,234,567,".repeat(100_000);
    let lines = "Hi.\n".repeat(1_000_000);
    let first_person = format!(
        "Headline\n\nJohn Smith met Jane Doe. {}",
        "John Smith was very quickly found with him. \u{201C}I was there.\u{201D} ".repeat(20_000)
    );
    vec![
        ("quote_marks_10k", quotes),
        ("no_spaces_1MB", letters),
        ("digits_commas_1MB", digits),
        ("short_lines_1M", lines),
        ("first_person_quotes_20k", first_person),
    ]
}

fn bench_pathological(c: &mut Criterion) {
    let pipeline = Pipeline::shared();
    let options = Options::default();
    let mut g = c.benchmark_group("pathological");
    g.sampling_mode(SamplingMode::Flat);
    g.sample_size(10);
    g.measurement_time(Duration::from_secs(20));
    for (name, text) in pathological() {
        g.throughput(Throughput::Bytes(text.len() as u64));
        g.bench_with_input(BenchmarkId::from_parameter(name), &text, |b, text| {
            b.iter(|| pipeline.parse(text, &options))
        });
    }
    g.finish();
}

criterion_group!(benches, bench_articles, bench_sizes, bench_pathological);
criterion_main!(benches);
