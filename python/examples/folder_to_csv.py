"""Parse a folder of .txt articles into tables of quotes and figures.

    python examples/folder_to_csv.py ARTICLES_DIR OUT_DIR [--published YYYY-MM-DD] [--parquet]

Writes OUT_DIR/quotes.csv and OUT_DIR/figures.csv (or .parquet with --parquet, which needs
pyarrow), one row per quote or figure with the article's file name in the `article` column.
Needs pandas; shows a tqdm progress bar when tqdm is installed. Files that fail to parse
(empty, too large) are reported on stderr and skipped.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import Any

import dateline

BATCH = 64


def _progress(total: int) -> Any:
    try:
        from tqdm import tqdm
    except ImportError:
        return None
    return tqdm(total=total, unit="article")


def _flat(value: Any) -> Any:
    """Lists and dicts as JSON text, so that every cell fits CSV and Parquet."""
    return json.dumps(value, ensure_ascii=False) if isinstance(value, (list, dict)) else value


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("articles", type=Path, help="folder of .txt articles (UTF-8)")
    parser.add_argument("out", type=Path, help="output folder")
    parser.add_argument("--published", help="publication date of all articles, YYYY-MM-DD")
    parser.add_argument("--parquet", action="store_true", help="write Parquet (needs pyarrow)")
    parser.add_argument("--threads", type=int, help="parser threads (default: one per core)")
    args = parser.parse_args(argv)

    import pandas as pd

    paths = sorted(args.articles.glob("*.txt"))
    if not paths:
        print(f"no .txt files in {args.articles}", file=sys.stderr)
        return 1
    bar = _progress(len(paths))
    quotes, figures, failed = [], [], 0
    for i in range(0, len(paths), BATCH):
        batch = paths[i : i + BATCH]
        texts = [p.read_text(encoding="utf-8", errors="replace") for p in batch]
        results = dateline.parse_many(texts, published=args.published, threads=args.threads)
        for path, result in zip(batch, results):
            if isinstance(result, dateline.DatelineError):
                print(f"{path.name}: {result.code}: {result}", file=sys.stderr)
                failed += 1
        ids = [p.name for p in batch]
        quotes.append(dateline.quotes_frame(results, ids=ids))
        figures.append(dateline.figures_frame(results, ids=ids))
        if bar is not None:
            bar.update(len(batch))
    if bar is not None:
        bar.close()

    args.out.mkdir(parents=True, exist_ok=True)
    for name, frames in (("quotes", quotes), ("figures", figures)):
        df = pd.concat(frames, ignore_index=True)
        df = df.apply(lambda column: column.map(_flat))
        if args.parquet:
            target = args.out / f"{name}.parquet"
            df.to_parquet(target, index=False)
        else:
            target = args.out / f"{name}.csv"
            df.to_csv(target, index=False)
        print(f"{target}: {len(df)} rows")
    print(f"{len(paths) - failed} articles parsed, {failed} failed")
    return 0


if __name__ == "__main__":
    sys.exit(main())
