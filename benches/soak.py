"""Soak test of the Python binding: parses N documents (default 100,000) and prints the
resident set size every 10,000; memory must stay flat after warm-up. Not a test.

    python benches/soak.py [--n 100000] [--batch 500] [--every 10000]

Documents cycle through the article fixtures, the shared GUM texts when present, and hostile
inputs (empty, oversized, NUL bytes), half through parse and half through parse_many. Build the
extension with `cd python && maturin develop --release` for a quick run.
"""

from __future__ import annotations

import argparse
import gc
import resource
import time
from pathlib import Path

import dateline

ROOT = Path(__file__).resolve().parents[1]


def rss_mb() -> float:
    """Current resident set size in MB (Linux /proc; else the peak from getrusage)."""
    try:
        for line in Path("/proc/self/status").read_text().splitlines():
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) / 1024
    except OSError:
        pass
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def documents() -> list[str]:
    texts = [p.read_text(encoding="utf-8") for p in sorted((ROOT / "tests/fixtures/articles").glob("*.txt"))]
    gum = ROOT.parent / "shared" / "data" / "corpus" / "gum_wikinews" / "txt"
    if gum.is_dir():
        texts += [p.read_text(encoding="utf-8") for p in sorted(gum.glob("*.txt"))[:40]]
    texts += ["", "\x00" * 100, "“" * 1000, "Officials said 3,000 homes lost power. " * 50]
    return texts


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--n", type=int, default=100_000)
    ap.add_argument("--batch", type=int, default=500)
    ap.add_argument("--every", type=int, default=10_000)
    args = ap.parse_args()
    texts = documents()
    print(f"{len(texts)} distinct documents, {args.n} parses")
    start = time.perf_counter()
    done = errors = 0
    first_rss = None
    print(f"{'parsed':>8} {'rss MB':>8} {'seconds':>8}")
    print(f"{0:>8} {rss_mb():8.1f} {0.0:8.1f}")
    while done < args.n:
        batch = [texts[(done + i) % len(texts)] for i in range(min(args.batch, args.n - done))]
        if (done // args.batch) % 2 == 0:
            results = dateline.parse_many(batch, max_input_bytes=200_000)
            errors += sum(isinstance(r, dateline.DatelineError) for r in results)
        else:
            for t in batch:
                try:
                    dateline.parse(t, max_input_bytes=200_000)
                except dateline.DatelineError:
                    errors += 1
        done += len(batch)
        if done % args.every == 0:
            gc.collect()
            rss = rss_mb()
            first_rss = first_rss or rss
            print(f"{done:>8} {rss:8.1f} {time.perf_counter() - start:8.1f}", flush=True)
    print(f"errors (expected, from the hostile inputs): {errors}")
    if first_rss is not None:
        print(f"rss growth after the first {args.every}: {rss_mb() - first_rss:+.1f} MB")


if __name__ == "__main__":
    main()
