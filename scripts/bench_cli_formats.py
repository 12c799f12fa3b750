"""Articles/s of the release CLI for `--format jsonl` and `--format parquet` on one input.

    cargo build --release -p dateline-cli
    python3 scripts/bench_cli_formats.py [INPUT] [--jobs 2] [--repeat 5]

INPUT (default ../shared/data/corpus/gum_wikinews/txt) is anything `dateline parse` reads.
Prints the best wall time of --repeat runs per format, articles/s and the output sizes (JSON
Lines to a temporary file, Parquet to a temporary folder; nothing is written in the repository).
"""

from __future__ import annotations

import argparse
import os
import subprocess
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
DEFAULT = ROOT.parent / "shared" / "data" / "corpus" / "gum_wikinews" / "txt"


def best(cmd: list[str], repeat: int, stdout: Path | None = None) -> float:
    times = []
    for _ in range(repeat):
        with open(stdout or os.devnull, "wb") as out:
            started = time.perf_counter()
            subprocess.run(cmd, stdout=out, stderr=subprocess.DEVNULL, check=False)
            times.append(time.perf_counter() - started)
    return min(times)


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("input", nargs="?", type=Path, default=DEFAULT)
    ap.add_argument("--jobs", type=int, default=2)
    ap.add_argument("--repeat", type=int, default=5)
    args = ap.parse_args()
    cli = Path(os.environ.get("CARGO_TARGET_DIR", ROOT / "target")) / "release" / "dateline"
    tmp = Path(tempfile.mkdtemp(prefix="dateline-bench-"))
    base = [str(cli), "parse", str(args.input), "--jobs", str(args.jobs), "--quiet"]
    out = tmp / "out.jsonl"
    jsonl = best([*base, "--format", "jsonl"], args.repeat, out)
    with open(out, "rb") as f:
        lines = sum(1 for _ in f)
    pq = tmp / "pq"
    parquet = best([*base, "--format", "parquet", "--out", str(pq)], args.repeat)
    print(f"{args.input}: {lines} articles, jobs={args.jobs}, best of {args.repeat}, "
          f"load {os.getloadavg()[0]:.1f}")
    print(f"jsonl    {jsonl:6.2f} s  {lines / jsonl:7.1f} articles/s  "
          f"{out.stat().st_size / 1e6:.2f} MB")
    sizes = {p.name: p.stat().st_size for p in sorted(pq.glob("*.parquet"))}
    print(f"parquet  {parquet:6.2f} s  {lines / parquet:7.1f} articles/s  "
          f"{sum(sizes.values()) / 1e6:.2f} MB "
          f"({', '.join(f'{k} {v / 1e3:.0f} kB' for k, v in sizes.items())})")


if __name__ == "__main__":
    main()
