"""DataFrames over quotes, figures and entities: one row per item, with an ``article`` column.

pandas (default) and polars are optional dependencies; ``backend="records"`` returns the rows
as a list of dicts and needs neither.

Columns are the record's attributes (its JSON field names). Nested records are flattened with
an underscore (``speaker_name``, ``cue_lemma``); lists of records become lists of dicts.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from typing import Any, Literal, Union

from dateline._dateline import Addressee, Article, Cue, Entity, Figure, Quote, Span, Speaker

Backend = Literal["pandas", "polars", "records"]
Articles = Union[Article, Iterable[Union[Article, BaseException]], Mapping[Any, Article]]

# Nested records that are flattened into columns even when absent (`None`), so that every
# frame has the same columns whatever the data. Any other nested record found is flattened too.
_NESTED: dict[tuple[str, str], Any] = {
    ("Quote", "speaker"): Speaker,
    ("Quote", "cue"): Cue,
    ("Quote", "addressee"): Addressee,
    ("Quote", "content"): Span,
}


def _is_record(value: object) -> bool:
    return hasattr(type(value), "__match_args__") and hasattr(value, "to_dict")


def _plain(value: Any) -> Any:
    if _is_record(value):
        return value.to_dict()
    if isinstance(value, list):
        return [_plain(v) for v in value]
    return value


def _row(item: Any) -> dict[str, Any]:
    row: dict[str, Any] = {}
    cls: Any = type(item)
    for name in cls.__match_args__:
        value = getattr(item, name)
        nested: Any = type(value) if _is_record(value) else _NESTED.get((cls.__name__, name))
        if nested is None:
            row[name] = _plain(value)
            continue
        for field in nested.__match_args__:
            row[f"{name}_{field}"] = None if value is None else _plain(getattr(value, field))
    return row


def _pairs(articles: Articles, ids: Sequence[Any] | None) -> list[tuple[Any, Any]]:
    """(id, article or error) pairs, checked."""
    if isinstance(articles, Article):
        pairs: list[tuple[Any, Any]] = [(0, articles)]
    elif isinstance(articles, Mapping):
        pairs = list(articles.items())
    else:
        pairs = list(enumerate(articles))
    if ids is not None:
        ids = list(ids)
        if len(ids) != len(pairs):
            raise ValueError(f"ids: expected {len(pairs)} ids, one per article, found {len(ids)}")
        pairs = [(i, a) for i, (_, a) in zip(ids, pairs)]
    for _, article in pairs:
        if not isinstance(article, (Article, BaseException)):
            raise TypeError(f"expected dateline.Article objects, found {type(article).__name__}")
    return pairs


def _articles(articles: Articles, ids: Sequence[Any] | None) -> list[tuple[Any, Article]]:
    """(id, article) pairs; error objects from `parse_many` are skipped, keeping positions."""
    return [(i, a) for i, a in _pairs(articles, ids) if isinstance(a, Article)]


def _frame(rows: list[dict[str, Any]], columns: list[str], backend: Backend, what: str) -> Any:
    if backend == "records":
        return rows
    if backend == "pandas":
        try:
            import pandas as pd
        except ImportError as e:
            raise ImportError(
                f"{what} needs pandas: pip install pandas (or use backend='records')"
            ) from e
        return pd.DataFrame(rows, columns=columns)
    if backend == "polars":
        try:
            import polars as pl
        except ImportError as e:
            raise ImportError(
                f"{what} needs polars: pip install polars (or use backend='records')"
            ) from e
        if not rows:
            return pl.DataFrame(schema=columns)
        return pl.DataFrame(rows, strict=False)
    raise ValueError(f"backend: expected 'pandas', 'polars' or 'records', found {backend!r}")


def _columns(cls: Any, extra: Sequence[str]) -> list[str]:
    """The columns of an empty frame: the article, the record's (flattened) fields, extras."""
    columns = ["article"]
    for name in cls.__match_args__:
        nested = _NESTED.get((cls.__name__, name))
        if nested is None:
            columns.append(name)
        else:
            columns.extend(f"{name}_{f}" for f in nested.__match_args__)
    return columns + [c for c in extra if c not in columns]


def _rows(
    articles: Articles, ids: Sequence[Any] | None, attr: str, extra: Any
) -> list[dict[str, Any]]:
    rows = []
    for article_id, article in _articles(articles, ids):
        for item in getattr(article, attr):
            row = {"article": article_id, **_row(item)}
            for key, value in extra(item).items():
                row.setdefault(key, value)
            rows.append(row)
    return rows


def _union(rows: list[dict[str, Any]], columns: list[str]) -> list[str]:
    seen = dict.fromkeys(columns)
    for row in rows:
        seen.update(dict.fromkeys(row))
    return list(seen)


def quotes_frame(
    articles: Articles, *, ids: Sequence[Any] | None = None, backend: Backend = "pandas"
) -> Any:
    """One row per quote of `articles` (an Article, a list from `parse_many` or a mapping id →
    Article). Adds ``start``/``end`` (first part's start, last part's end) and ``n_parts``."""
    def extra(q: Any) -> dict[str, Any]:
        parts = q.parts
        return {
            "start": parts[0].start if parts else None,
            "end": parts[-1].end if parts else None,
            "n_parts": len(parts),
        }

    rows = _rows(articles, ids, "quotes", extra)
    columns = _union(rows, _columns(Quote, ["start", "end", "n_parts"]))
    return _frame(rows, columns, backend, "quotes_frame")


def figures_frame(
    articles: Articles, *, ids: Sequence[Any] | None = None, backend: Backend = "pandas"
) -> Any:
    """One row per figure of `articles`; ``quote`` and ``speaker`` are indexes into the same
    article's quotes and entities."""
    rows = _rows(articles, ids, "figures", lambda f: {})
    columns = _union(rows, _columns(Figure, []))
    return _frame(rows, columns, backend, "figures_frame")


def entities_frame(
    articles: Articles, *, ids: Sequence[Any] | None = None, backend: Backend = "pandas"
) -> Any:
    """One row per entity of `articles`, with ``n_mentions``; ``mentions`` holds the mentions
    as dicts."""
    rows = _rows(articles, ids, "entities", lambda e: {"n_mentions": len(e.mentions)})
    columns = _union(rows, _columns(Entity, ["n_mentions"]))
    return _frame(rows, columns, backend, "entities_frame")
