"""Parse an archive into Parquet: ``python -m dateline.parquet IN OUT_DIR [--published DATE]
[--jobs N] [--batch-size N]``.

IN is a folder (``*.txt`` files, recursively; the id is the path relative to IN, as the CLI
names documents), a JSON Lines file (``.jsonl``/``.ndjson``, optionally ``.gz``; objects with
``"text"`` and optional ``"id"`` and ``"published"``, as ``dateline parse`` reads them), or a
Parquet file or folder of Parquet files with a ``text`` column (and optional ``id`` and
``published``). Writes OUT_DIR/{articles,quotes,figures,entities,mentions}.parquet with the
schemas of :data:`dateline.arrow.TABLES` (``article`` ids are strings). Texts are read, parsed
and written ``--batch-size`` at a time (one Parquet row group per batch and table), so memory
stays flat whatever the archive's size. Needs pyarrow.

The tables are built in Rust (:func:`dateline.parse_to_arrow`) and written by pyarrow (zstd).
The CLI writes the same files without Python: ``dateline parse IN --format parquet --out DIR``
(Snappy; no Parquet input).
"""

from __future__ import annotations

import argparse
import gzip
import json
import sys
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any, Optional

from dateline.arrow import TABLES, _pa, parse_to_arrow, schema

Doc = tuple[str, str, Optional[str]]  # id, text, published


def _jsonl(path: Path) -> Iterator[Doc]:
    opener: Any = gzip.open if path.suffix == ".gz" else open
    with opener(path, "rt", encoding="utf-8") as f:
        for n, line in enumerate(f, 1):
            if not line.strip():
                continue
            obj = json.loads(line)
            text = obj.get("text")
            if not isinstance(text, str):
                raise ValueError(f'{path}:{n}: expected an object with a "text" string')
            ident = obj.get("id")
            published = obj.get("published")
            yield (
                f"{path.name}:{n}" if ident is None else str(ident),
                text,
                published if isinstance(published, str) else None,
            )


def _parquet(paths: list[Path], batch_size: int) -> Iterator[Doc]:
    import pyarrow.parquet as pq

    for path in paths:
        f = pq.ParquetFile(path)
        names = set(f.schema_arrow.names)
        columns = [c for c in ("id", "text", "published") if c in names]
        if "text" not in names:
            raise ValueError(f"{path}: expected a 'text' column, found {sorted(names)}")
        row = 0
        for batch in f.iter_batches(batch_size=batch_size, columns=columns):
            data = batch.to_pydict()
            for i, text in enumerate(data["text"]):
                ident = data["id"][i] if "id" in data else None
                published = data["published"][i] if "published" in data else None
                yield (
                    f"{path.name}:{row}" if ident is None else str(ident),
                    text if isinstance(text, str) else "",
                    published if isinstance(published, str) else None,
                )
                row += 1


def documents(source: Path, batch_size: int = 256) -> Iterator[Doc]:
    """(id, text, published) of every document of `source`, lazily."""
    name = source.name.lower()
    if source.is_dir():
        parquets = sorted(source.rglob("*.parquet"))
        if parquets:
            yield from _parquet(parquets, batch_size)
            return
        for path in sorted(source.rglob("*.txt")):
            text = path.read_bytes().decode("utf-8", errors="replace")
            yield str(path.relative_to(source)), text, None
    elif name.endswith(".parquet"):
        yield from _parquet([source], batch_size)
    elif name.endswith((".jsonl", ".ndjson", ".jsonl.gz", ".ndjson.gz")):
        yield from _jsonl(source)
    else:
        yield source.name, source.read_bytes().decode("utf-8", errors="replace"), None


def _batches(docs: Iterator[Doc], size: int) -> Iterator[list[Doc]]:
    batch: list[Doc] = []
    for doc in docs:
        batch.append(doc)
        if len(batch) >= size:
            yield batch
            batch = []
    if batch:
        yield batch


def write(
    source: Path | str,
    out_dir: Path | str,
    *,
    published: str | None = None,
    jobs: int | None = None,
    batch_size: int = 256,
    compression: str = "zstd",
) -> dict[str, int]:
    """Parses every document of `source` into OUT_DIR/<table>.parquet; returns rows per table.
    A document's own ``published`` wins over `published`."""
    _pa()
    import pyarrow.parquet as pq

    out = Path(out_dir)
    out.mkdir(parents=True, exist_ok=True)
    writers = {
        t: pq.ParquetWriter(out / f"{t}.parquet", schema(t, "string"), compression=compression)
        for t in TABLES
    }
    counts = dict.fromkeys(TABLES, 0)
    try:
        for batch in _batches(documents(Path(source), batch_size), batch_size):
            # parse_many takes one publication date: group the batch by date.
            groups: dict[Optional[str], list[Doc]] = {}
            for doc in batch:
                groups.setdefault(doc[2] or published, []).append(doc)
            for date_, docs in groups.items():
                tables = parse_to_arrow(
                    [d[1] for d in docs], ids=[d[0] for d in docs], published=date_,
                    threads=jobs, id_type="string",
                )
                for name, table in tables.items():
                    writers[name].write_table(table)
                    counts[name] += table.num_rows
    finally:
        for writer in writers.values():
            writer.close()
    return counts


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog="python -m dateline.parquet",
        description="Parse a folder of .txt files, a JSON Lines file or Parquet (column 'text') "
        "into articles/quotes/figures/entities/mentions .parquet files.",
    )
    parser.add_argument("source", type=Path, help="folder, .jsonl[.gz] or .parquet")
    parser.add_argument("out_dir", type=Path)
    parser.add_argument("--published", help="publication date (YYYY-MM-DD) for every document")
    parser.add_argument("--jobs", type=int, default=None, help="parse threads (default: cores)")
    parser.add_argument("--batch-size", type=int, default=256, help="documents per batch")
    parser.add_argument("--compression", default="zstd")
    args = parser.parse_args(argv)
    if not args.source.exists():
        parser.error(f"{args.source}: no such file or folder")
    started = time.perf_counter()
    counts = write(
        args.source, args.out_dir, published=args.published, jobs=args.jobs,
        batch_size=args.batch_size, compression=args.compression,
    )
    seconds = time.perf_counter() - started
    summary = ", ".join(f"{n} {t}" for t, n in counts.items())
    print(f"{summary} in {seconds:.1f}s → {args.out_dir}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
