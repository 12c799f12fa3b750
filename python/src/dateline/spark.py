"""Run dateline inside PySpark: DataFrame of texts → DataFrame of quotes, figures, entities…

>>> from dateline import spark as ds                                   # doctest: +SKIP
>>> quotes = ds.quotes_df(df, text_col="text", id_col="id")            # doctest: +SKIP

Each helper selects ``id_col`` and ``text_col``, parses every partition with
``DataFrame.mapInArrow`` (Arrow batches in, Arrow batches out: no per-row Python objects
cross the JVM boundary) and returns a DataFrame whose schema is :func:`spark_schema` — the
Spark form of :data:`dateline.arrow.TABLES`. The ``article`` column is ``long`` when
``id_col`` is an integer column, else ``string``.

Each helper parses the texts again: to get several tables from one parse, persist the input
partitioning and accept the cost, or write all tables with :mod:`dateline.parquet` per input
shard (see docs/large-archives.md). ``threads`` (default 1) is the parse threads per Spark
task: Spark already runs one task per core. Executors need ``dateline`` and ``pyarrow``
installed; ``spark.sql.execution.arrow.maxRecordsPerBatch`` sets the texts per batch.
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from typing import Any

from dateline.arrow import TABLES, IdType, parse_to_arrow

try:
    from pyspark.sql import DataFrame
    from pyspark.sql import functions as F
    from pyspark.sql import types as T
except ImportError as e:  # pragma: no cover - depends on the environment
    raise ImportError("dateline.spark needs PySpark: pip install pyspark pyarrow") from e

_INTEGERS = (T.ByteType, T.ShortType, T.IntegerType, T.LongType)


def _spark_type(kind: str, id_type: IdType) -> Any:
    if kind == "id":
        kind = id_type
    if kind == "list<string>":
        return T.ArrayType(T.StringType())
    if kind == "list<span>":
        return T.ArrayType(T.StructType([
            T.StructField("start", T.LongType()), T.StructField("end", T.LongType()),
        ]))
    return {"int64": T.LongType(), "float64": T.DoubleType(), "bool": T.BooleanType(),
            "string": T.StringType()}[kind]


def spark_schema(table: str, id_type: IdType = "int64") -> Any:
    """The ``StructType`` of `table`, built from :data:`dateline.arrow.TABLES`."""
    if table not in TABLES:
        raise ValueError(f"table: expected one of {', '.join(TABLES)}, found {table!r}")
    return T.StructType([
        T.StructField(name, _spark_type(kind, id_type), True, {"comment": doc} if doc else {})
        for name, kind, doc in TABLES[table]
    ])


def _mapper(
    table: str, id_type: IdType, published: str | date | None, threads: int | None
) -> Any:
    def parse_batches(batches: Iterator[Any]) -> Iterator[Any]:
        for batch in batches:
            ids = batch.column(0).to_pylist()
            texts = [t if t is not None else "" for t in batch.column(1).to_pylist()]
            out = parse_to_arrow(
                texts, ids=ids, published=published, threads=threads, id_type=id_type,
                tables=[table],
            )[table]
            yield from out.to_batches()

    return parse_batches


def table_df(
    df: Any,
    table: str,
    text_col: str = "text",
    id_col: str = "id",
    *,
    published: str | date | None = None,
    threads: int | None = 1,
) -> Any:
    """`table` (articles, quotes, figures, entities or mentions) of the texts of `df`."""
    if not isinstance(df, DataFrame):
        raise TypeError(f"expected a pyspark.sql.DataFrame, found {type(df).__name__}")
    integer = isinstance(df.schema[id_col].dataType, _INTEGERS)
    id_type: IdType = "int64" if integer else "string"
    source = df.select(
        F.col(id_col).cast("long" if integer else "string").alias("article"),
        F.col(text_col).cast("string").alias("text"),
    )
    return source.mapInArrow(
        _mapper(table, id_type, published, threads), spark_schema(table, id_type)
    )


def articles_df(df: Any, text_col: str = "text", id_col: str = "id", **kw: Any) -> Any:
    """One row per input row: metadata, counts and ``error`` (see ``TABLES["articles"]``)."""
    return table_df(df, "articles", text_col, id_col, **kw)


def quotes_df(df: Any, text_col: str = "text", id_col: str = "id", **kw: Any) -> Any:
    """One row per quote (see ``TABLES["quotes"]``)."""
    return table_df(df, "quotes", text_col, id_col, **kw)


def figures_df(df: Any, text_col: str = "text", id_col: str = "id", **kw: Any) -> Any:
    """One row per figure (see ``TABLES["figures"]``)."""
    return table_df(df, "figures", text_col, id_col, **kw)


def entities_df(df: Any, text_col: str = "text", id_col: str = "id", **kw: Any) -> Any:
    """One row per entity (see ``TABLES["entities"]``)."""
    return table_df(df, "entities", text_col, id_col, **kw)


def mentions_df(df: Any, text_col: str = "text", id_col: str = "id", **kw: Any) -> Any:
    """One row per entity mention (see ``TABLES["mentions"]``)."""
    return table_df(df, "mentions", text_col, id_col, **kw)


__all__ = [
    "articles_df", "entities_df", "figures_df", "mentions_df", "quotes_df", "spark_schema",
    "table_df",
]
