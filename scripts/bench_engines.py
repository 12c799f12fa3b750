"""Articles/s through the plain CLI, dateline.parquet, Spark (local[N]) and Dask (threads).

    python scripts/bench_engines.py [--cores 2] [--repeat 2]

Needs the release CLI (cargo build --release -p dateline-cli), the Python package built with
DATELINE_PY_RELEASE=1, pyarrow, pyspark and dask[dataframe]; reads the 602 pages of
../shared/data/corpus/pagetext_stress.jsonl.gz and writes them as .txt files under a
temporary folder (never into the repository). Engine start-up is excluded.
"""

from __future__ import annotations

import argparse
import gzip
import json
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
PAGETEXT = ROOT.parent / "shared" / "data" / "corpus" / "pagetext_stress.jsonl.gz"


def best(fn, repeat: int) -> float:  # type: ignore[no-untyped-def]
    times = []
    for _ in range(repeat):
        started = time.perf_counter()
        fn()
        times.append(time.perf_counter() - started)
    return min(times)


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--cores", type=int, default=2)
    ap.add_argument("--repeat", type=int, default=2)
    args = ap.parse_args()
    n = args.cores
    with gzip.open(PAGETEXT, "rt", encoding="utf-8") as f:
        docs = [json.loads(line) for line in f]
    ids = [f"{d['set']}/{d['id']}" for d in docs]
    texts = [d["pagetext"] for d in docs]
    mb = sum(len(t.encode()) for t in texts) / 1e6
    print(f"{len(texts)} pages, {mb:.1f} MB, cores={n}, load {os.getloadavg()}")
    tmp = Path(tempfile.mkdtemp(prefix="dateline-bench-"))
    src = tmp / "txt"
    src.mkdir()
    for i, t in zip(ids, texts):
        (src / (i.replace("/", "_") + ".txt")).write_text(t, encoding="utf-8")
    results = {}

    cli = ROOT / "target" / "release" / "dateline"
    results["CLI parse --format jsonl"] = best(lambda: subprocess.run(
        [str(cli), "parse", str(src), "--format", "jsonl", "--jobs", str(n)],
        stdout=subprocess.DEVNULL, check=True), args.repeat)

    import dateline

    results["parse_to_arrow (in-process)"] = best(
        lambda: dateline.parse_to_arrow(texts, ids=ids, threads=n), args.repeat)
    results["python -m dateline.parquet"] = best(lambda: subprocess.run(
        [sys.executable, "-m", "dateline.parquet", str(src), str(tmp / "pq"), "--jobs", str(n)],
        check=True, stderr=subprocess.DEVNULL), args.repeat)

    import pandas as pd
    import dask.dataframe as dd
    from dateline import dask as ddl

    ddf = dd.from_pandas(pd.DataFrame({"id": ids, "text": texts}), npartitions=4 * n)
    results["Dask quotes_df (threads)"] = best(
        lambda: ddl.quotes_df(ddf).compute(scheduler="threads", num_workers=n), args.repeat)
    results["Dask 5 tables (5 parses)"] = best(lambda: [
        getattr(ddl, f"{t}_df")(ddf).compute(scheduler="threads", num_workers=n)
        for t in ("articles", "quotes", "figures", "entities", "mentions")], 1)

    os.environ.setdefault("PYSPARK_PYTHON", sys.executable)
    from pyspark.sql import SparkSession
    from dateline import spark as ds

    spark = (SparkSession.builder.master(f"local[{n}]").config("spark.ui.enabled", "false")
             .config("spark.ui.showConsoleProgress", "false").getOrCreate())
    spark.sparkContext.setLogLevel("ERROR")
    sdf = spark.createDataFrame(list(zip(ids, texts)), ["id", "text"]).repartition(4 * n).cache()
    sdf.count()
    ds.quotes_df(sdf).write.format("noop").mode("overwrite").save()  # warm the workers
    results["Spark quotes_df (local)"] = best(
        lambda: ds.quotes_df(sdf).write.format("noop").mode("overwrite").save(), args.repeat)
    spark.stop()

    print(f"{'path':32} {'s':>7} {'articles/s':>11} {'per core':>9}")
    for name, s in results.items():
        per = len(texts) / s
        if name.startswith("Dask 5"):
            per *= 5
        print(f"{name:32} {s:7.2f} {per:11.1f} {per / n:9.1f}")
    print(f"load after: {os.getloadavg()}")


if __name__ == "__main__":
    main()
