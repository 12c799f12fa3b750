"""Throughput of the Python binding: parse_many vs a Python loop of parse vs the Rust CLI.

    python benches/python_batch.py [DIR] [--repeat N] [--threads N]

DIR defaults to ../shared/data/corpus/gum_wikinews/txt (relative to the repository root).
The CLI is timed when target/release/dateline exists (`cargo build --release -p dateline-cli`).
Build the extension with `maturin develop --release` for meaningful numbers. Not a test.
"""

from __future__ import annotations

import argparse
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import dateline

ROOT = Path(__file__).resolve().parents[1]


def report(name: str, seconds: float, articles: int, size: int) -> None:
    print(
        f"{name:<28} {seconds:8.3f} s  {articles / seconds:9.1f} articles/s  "
        f"{size / seconds / 1e6:7.2f} MB/s"
    )


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument(
        "dir", nargs="?", type=Path,
        default=ROOT.parent / "shared" / "data" / "corpus" / "gum_wikinews" / "txt",
    )
    parser.add_argument("--repeat", type=int, default=5, help="copies of the corpus to parse")
    parser.add_argument("--threads", type=int, default=None)
    args = parser.parse_args()
    paths = sorted(args.dir.glob("*.txt"))
    if not paths:
        print(f"no .txt files in {args.dir}", file=sys.stderr)
        return 1
    texts = [p.read_text(encoding="utf-8") for p in paths] * args.repeat
    size = sum(len(t.encode("utf-8")) for t in texts)
    print(f"{len(texts)} articles, {size / 1e6:.2f} MB ({len(paths)} files x {args.repeat})")

    dateline.parse_many(texts[: len(paths)])  # warm-up: lexicons, thread pool
    started = time.perf_counter()
    results = dateline.parse_many(texts, threads=args.threads)
    report("parse_many", time.perf_counter() - started, len(texts), size)
    assert all(isinstance(r, dateline.Article) for r in results)

    started = time.perf_counter()
    for t in texts:
        dateline.parse(t)
    report("loop of parse", time.perf_counter() - started, len(texts), size)

    started = time.perf_counter()
    for r in results:
        r.quotes, r.figures, r.entities  # noqa: B018 (conversion cost of the records)
    report("  + read quotes/figures/ents", time.perf_counter() - started, len(texts), size)

    cli = ROOT / "target" / "release" / "dateline"
    if cli.exists():
        with tempfile.TemporaryDirectory() as tmp:
            for i, t in enumerate(texts):
                (Path(tmp) / f"{i:05}.txt").write_text(t, encoding="utf-8")
            started = time.perf_counter()
            subprocess.run(
                [str(cli), "parse", tmp, "--format", "jsonl"],
                check=True, stdout=subprocess.DEVNULL,
            )
            report("CLI parse --format jsonl", time.perf_counter() - started, len(texts), size)
    else:
        print(f"CLI: {cli} not built (cargo build --release -p dateline-cli); skipped")
    return 0


if __name__ == "__main__":
    sys.exit(main())
