"""Run dateline on Dask DataFrames: partitions of texts → partitions of quotes, figures…

>>> from dateline import dask as dd_                                   # doctest: +SKIP
>>> quotes = dd_.quotes_df(ddf, text_col="text", id_col="id")          # doctest: +SKIP

Each helper is a ``map_partitions`` with ``meta``: every partition is parsed with
:func:`dateline.parse_to_arrow` and converted to pandas with Arrow-backed dtypes
(``pandas.ArrowDtype``), so the columns and types are :data:`dateline.arrow.TABLES` exactly.
``id_col=None`` uses the index as the article id. The ``article`` column is ``int64`` when the
ids are integers, else ``string``. ``threads`` (default 1) is the parse threads per partition
task: with the threaded scheduler, parse_many releases the GIL, so tasks run in parallel.
Each helper parses the texts again; for several tables from one parse, see
docs/large-archives.md.
"""

from __future__ import annotations

from datetime import date
from typing import Any, Optional

from dateline.arrow import TABLES, IdType, empty, parse_to_arrow

try:
    import dask.dataframe as dd
    import pandas as pd
except ImportError as e:  # pragma: no cover - depends on the environment
    raise ImportError("dateline.dask needs Dask: pip install 'dask[dataframe]' pyarrow") from e


def meta(table: str, id_type: IdType = "int64") -> Any:
    """The empty pandas frame (Arrow-backed dtypes) that describes `table`."""
    return empty(table, id_type).to_pandas(types_mapper=pd.ArrowDtype)


def _partition(
    part: Any,
    table: str,
    text_col: str,
    id_col: Optional[str],
    id_type: IdType,
    published: str | date | None,
    threads: int | None,
) -> Any:
    ids = list(part.index if id_col is None else part[id_col])
    ids = [None if pd.isna(i) else i for i in ids]
    if id_type == "int64":
        ids = [None if i is None else int(i) for i in ids]
    texts = [t if isinstance(t, str) else "" for t in part[text_col]]
    out = parse_to_arrow(
        texts, ids=ids, published=published, threads=threads, id_type=id_type, tables=[table]
    )[table]
    return out.to_pandas(types_mapper=pd.ArrowDtype)


def table_df(
    ddf: Any,
    table: str,
    text_col: str = "text",
    id_col: Optional[str] = "id",
    *,
    published: str | date | None = None,
    threads: int | None = 1,
) -> Any:
    """`table` (articles, quotes, figures, entities or mentions) of the texts of `ddf`."""
    if not isinstance(ddf, dd.DataFrame):
        raise TypeError(f"expected a dask.dataframe.DataFrame, found {type(ddf).__name__}")
    if table not in TABLES:
        raise ValueError(f"table: expected one of {', '.join(TABLES)}, found {table!r}")
    dtype = ddf.index.dtype if id_col is None else ddf[id_col].dtype
    integer = pd.api.types.is_integer_dtype(dtype)
    id_type: IdType = "int64" if integer else "string"
    frame: Any = ddf  # dask's map_partitions is untyped
    return frame.map_partitions(
        _partition, table, text_col, id_col, id_type, published, threads,
        meta=meta(table, id_type), enforce_metadata=False,
    )


def articles_df(ddf: Any, text_col: str = "text", id_col: Optional[str] = "id", **kw: Any) -> Any:
    """One row per input row: metadata, counts and ``error`` (see ``TABLES["articles"]``)."""
    return table_df(ddf, "articles", text_col, id_col, **kw)


def quotes_df(ddf: Any, text_col: str = "text", id_col: Optional[str] = "id", **kw: Any) -> Any:
    """One row per quote (see ``TABLES["quotes"]``)."""
    return table_df(ddf, "quotes", text_col, id_col, **kw)


def figures_df(ddf: Any, text_col: str = "text", id_col: Optional[str] = "id", **kw: Any) -> Any:
    """One row per figure (see ``TABLES["figures"]``)."""
    return table_df(ddf, "figures", text_col, id_col, **kw)


def entities_df(ddf: Any, text_col: str = "text", id_col: Optional[str] = "id", **kw: Any) -> Any:
    """One row per entity (see ``TABLES["entities"]``)."""
    return table_df(ddf, "entities", text_col, id_col, **kw)


def mentions_df(ddf: Any, text_col: str = "text", id_col: Optional[str] = "id", **kw: Any) -> Any:
    """One row per entity mention (see ``TABLES["mentions"]``)."""
    return table_df(ddf, "mentions", text_col, id_col, **kw)


__all__ = [
    "articles_df", "entities_df", "figures_df", "meta", "mentions_df", "quotes_df", "table_df",
]
