"""Articles as Arrow tables: one table each for articles, quotes, figures, entities and mentions.

>>> tables = dateline.parse_to_arrow(texts, ids=names)       # doctest: +SKIP
>>> tables["quotes"].num_rows                                 # doctest: +SKIP

Every table has an ``article`` column holding the article's id (its position in the batch
unless ``ids`` are given), so the tables join on ``article`` (and ``entity``/``quote`` ids
within an article). The columns are those of :func:`dateline.quotes_frame` and friends (the
same flattening), with fixed Arrow types, listed in :data:`TABLES` — the one definition that
:mod:`dateline.parquet`, :mod:`dateline.spark` and :mod:`dateline.dask` reuse. The schema is
stable: columns may be added at the end in a later schema version, never renamed or retyped.

``article`` is ``int64`` when every id is an integer (the default: positions), else ``string``
(ids are converted with ``str``); pass ``id_type`` to fix it.

pyarrow is an optional dependency (``pip install pyarrow``). The returned ``pyarrow.Table``
objects implement the Arrow PyCapsule interface (``__arrow_c_stream__``), so
``polars.DataFrame(table)``, ``duckdb`` and other Arrow consumers read them without copying;
``table.to_pandas(types_mapper=pandas.ArrowDtype)`` gives a pandas frame backed by the same
buffers.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from datetime import date
from typing import Any, Literal, Optional

from dateline._dateline import SCHEMA_VERSION, Article, DatelineError, parse_many
from dateline._frames import Articles, _pairs, _row

IdType = Literal["int64", "string"]

#: The tables, in order: for each, its columns as (name, type, description). Types are
#: ``int64``, ``float64``, ``bool``, ``string``, ``list<string>``, ``list<span>`` (a list of
#: ``struct<start: int64, end: int64>``) and ``id`` (the article id: int64 or string). Every
#: column is nullable. Offsets (``start``/``end``) are code points into the article's ``text``.
TABLES: dict[str, tuple[tuple[str, str, str], ...]] = {
    "articles": (
        ("article", "id", "the article's id"),
        ("error", "string", "'code: message' when the article could not be parsed, else null"),
        ("schema_version", "int64", "the JSON contract's schema version"),
        ("headline", "string", ""),
        ("standfirst", "string", ""),
        ("published", "string", "publication date, ISO 8601 (YYYY, YYYY-MM or YYYY-MM-DD)"),
        ("published_source", "string", "given | text | url | metadata"),
        ("authors", "list<string>", ""),
        ("dateline_place", "string", "the dateline's place (MUNICH)"),
        ("dateline_region", "string", ""),
        ("dateline_agency", "string", ""),
        ("dateline_start", "int64", ""),
        ("dateline_end", "int64", ""),
        ("section", "string", "from HTML metadata"),
        ("url", "string", "canonical URL, from HTML metadata"),
        ("image", "string", "lead image URL, from HTML metadata"),
        ("text", "string", "the article text every offset points into"),
        ("n_chars", "int64", "length of text in code points"),
        ("n_captions", "int64", ""),
        ("n_paragraphs", "int64", ""),
        ("n_sentences", "int64", ""),
        ("n_links", "int64", ""),
        ("n_related", "int64", ""),
        ("n_blocks", "int64", ""),
        ("n_entities", "int64", "rows of this article in the entities table"),
        ("n_quotes", "int64", "rows of this article in the quotes table"),
        ("n_figures", "int64", "rows of this article in the figures table"),
    ),
    "quotes": (
        ("article", "id", "the article's id"),
        ("id", "int64", "the quote's id within the article"),
        ("kind", "string", "direct | indirect | mixed | partial | …"),
        ("text", "string", "the quoted words"),
        ("parts", "list<span>", "the quoted text's spans"),
        ("content_start", "int64", ""),
        ("content_end", "int64", ""),
        ("speaker_entity", "int64", "entities.id of the speaker"),
        ("speaker_name", "string", ""),
        ("speaker_start", "int64", ""),
        ("speaker_end", "int64", ""),
        ("cue_text", "string", ""),
        ("cue_lemma", "string", "say, tell, add…"),
        ("cue_start", "int64", ""),
        ("cue_end", "int64", ""),
        ("addressee_entity", "int64", ""),
        ("addressee_name", "string", ""),
        ("addressee_start", "int64", ""),
        ("addressee_end", "int64", ""),
        ("date", "string", "when it was said, ISO 8601"),
        ("parent", "int64", "quotes.id of the enclosing quote"),
        ("start", "int64", "first part's start"),
        ("end", "int64", "last part's end"),
        ("n_parts", "int64", ""),
    ),
    "figures": (
        ("article", "id", "the article's id"),
        ("id", "int64", "the figure's id within the article"),
        ("kind", "string", "number | money | percent | quantity | date | …"),
        ("text", "string", ""),
        ("start", "int64", ""),
        ("end", "int64", ""),
        ("value", "float64", ""),
        ("value_max", "float64", "upper end of a range"),
        ("unit", "string", ""),
        ("currency", "string", "ISO 4217"),
        ("currency_assumed", "bool", ""),
        ("bound", "string", ""),
        ("approximate", "bool", ""),
        ("counted", "string", "what is counted"),
        ("category", "string", ""),
        ("date", "string", ""),
        ("date_anchor", "string", ""),
        ("quote", "int64", "quotes.id the figure is in"),
        ("speaker", "int64", "entities.id of who gave it"),
    ),
    "entities": (
        ("article", "id", "the article's id"),
        ("id", "int64", "the entity's id within the article"),
        ("kind", "string", "person | organization | location | …"),
        ("name", "string", ""),
        ("aliases", "list<string>", ""),
        ("roles", "list<string>", ""),
        ("media", "bool", "a news organisation"),
        ("n_mentions", "int64", "rows of this entity in the mentions table"),
    ),
    "mentions": (
        ("article", "id", "the article's id"),
        ("entity", "int64", "entities.id"),
        ("start", "int64", ""),
        ("end", "int64", ""),
        ("text", "string", ""),
        ("form", "string", "name | alias | pronoun | …"),
    ),
}

#: Record fields deliberately not in a table: nested lists that have their own table or count.
DROPPED = {"entities": ("mentions",)}


def _pa() -> Any:
    try:
        import pyarrow
    except ImportError as e:
        raise ImportError(
            "dateline's Arrow/Parquet output needs pyarrow: pip install pyarrow "
            "(or use dateline.quotes_frame(..., backend='records'))"
        ) from e
    return pyarrow


def _arrow_type(pa: Any, name: str, id_type: IdType) -> Any:
    if name == "id":
        name = id_type
    if name == "list<string>":
        return pa.list_(pa.string())
    if name == "list<span>":
        return pa.list_(pa.struct([("start", pa.int64()), ("end", pa.int64())]))
    return {"int64": pa.int64(), "float64": pa.float64(), "bool": pa.bool_(),
            "string": pa.string()}[name]


def schema(table: str, id_type: IdType = "int64") -> Any:
    """The ``pyarrow.Schema`` of `table` (one of :data:`TABLES`); each field carries its
    description as ``doc`` metadata, the schema carries the table name and schema version."""
    pa = _pa()
    if table not in TABLES:
        raise ValueError(f"table: expected one of {', '.join(TABLES)}, found {table!r}")
    if id_type not in ("int64", "string"):
        raise ValueError(f"id_type: expected 'int64' or 'string', found {id_type!r}")
    fields = [
        pa.field(name, _arrow_type(pa, kind, id_type), metadata={"doc": doc} if doc else None)
        for name, kind, doc in TABLES[table]
    ]
    return pa.schema(fields, metadata={
        "dateline.table": table, "dateline.schema_version": str(SCHEMA_VERSION),
    })


def _infer_id_type(ids: Iterable[Any]) -> IdType:
    ok = all(i is None or (isinstance(i, int) and not isinstance(i, bool)) for i in ids)
    return "int64" if ok else "string"


def _id(value: Any, id_type: IdType) -> Any:
    if value is None or id_type == "int64":
        return value
    return str(value)


def _article_row(article_id: Any, article: Any) -> dict[str, Any]:
    if not isinstance(article, Article):
        code = getattr(article, "code", type(article).__name__)
        return {"article": article_id, "error": f"{code}: {article}"}
    row: dict[str, Any] = {"article": article_id}
    for name in Article.__match_args__:
        value = getattr(article, name)
        if isinstance(value, list) and name != "authors":
            row[f"n_{name}"] = len(value)
        elif name == "dateline":
            for field in ("place", "region", "agency", "start", "end"):
                row[f"dateline_{field}"] = None if value is None else getattr(value, field)
        else:
            row[name] = value
    row["n_chars"] = len(article.text)
    return row


def _quote_row(q: Any) -> dict[str, Any]:
    row = _row(q)
    parts = q.parts
    row["start"] = parts[0].start if parts else None
    row["end"] = parts[-1].end if parts else None
    row["n_parts"] = len(parts)
    return row


def rows(
    articles: Articles, ids: Sequence[Any] | None = None, id_type: IdType | None = None
) -> dict[str, list[dict[str, Any]]]:
    """The rows of every table as lists of dicts (what :func:`to_arrow` converts)."""
    pairs = _pairs(articles, ids)
    if id_type is None:
        id_type = _infer_id_type(i for i, _ in pairs)
    return _rows_of(pairs, id_type)


def _rows_of(pairs: list[tuple[Any, Any]], id_type: IdType) -> dict[str, list[dict[str, Any]]]:
    out: dict[str, list[dict[str, Any]]] = {name: [] for name in TABLES}
    for raw_id, article in pairs:
        article_id = _id(raw_id, id_type)
        out["articles"].append(_article_row(article_id, article))
        if not isinstance(article, Article):
            continue
        for q in article.quotes:
            out["quotes"].append({"article": article_id, **_quote_row(q)})
        for f in article.figures:
            out["figures"].append({"article": article_id, **_row(f)})
        for e in article.entities:
            mentions = e.mentions
            row = _row(e)
            row["n_mentions"] = len(mentions)
            out["entities"].append({"article": article_id, **row})
            for m in mentions:
                out["mentions"].append({"article": article_id, "entity": e.id, **_row(m)})
    return out


def to_arrow(
    articles: Articles,
    ids: Sequence[Any] | None = None,
    *,
    id_type: IdType | None = None,
    tables: Sequence[str] | None = None,
) -> dict[str, Any]:
    """Articles → ``{"articles", "quotes", "figures", "entities", "mentions"}`` →
    ``pyarrow.Table``, with the schemas of :func:`schema`.

    `articles` is an Article, a list from :func:`dateline.parse_many` (errors become rows of
    the articles table with ``error`` set, and nothing else) or a mapping id → Article; `ids`
    (one per article) replace positions or keys. `tables` selects some tables only."""
    pa = _pa()
    selected = list(TABLES) if tables is None else list(tables)
    for name in selected:
        if name not in TABLES:
            raise ValueError(f"tables: expected names among {', '.join(TABLES)}, found {name!r}")
    pairs = _pairs(articles, ids)
    if id_type is None:
        id_type = _infer_id_type(i for i, _ in pairs)
    all_rows = _rows_of(pairs, id_type)
    return {
        name: pa.Table.from_pylist(all_rows[name], schema=schema(name, id_type))
        for name in selected
    }


def parse_to_arrow(
    texts: Iterable[str],
    ids: Sequence[Any] | None = None,
    published: str | date | None = None,
    threads: Optional[int] = None,
    *,
    id_type: IdType | None = None,
    tables: Sequence[str] | None = None,
    max_input_bytes: int | None = None,
) -> dict[str, Any]:
    """:func:`dateline.parse_many` (in parallel, errors returned) then :func:`to_arrow`."""
    texts = list(texts)
    if ids is not None and len(ids) != len(texts):
        raise ValueError(f"ids: expected {len(texts)} ids, one per text, found {len(ids)}")
    _pa()  # fail before parsing
    results: list[Article | DatelineError] = parse_many(
        texts, published=published, threads=threads, errors="return",
        max_input_bytes=max_input_bytes,
    )
    return to_arrow(results, ids, id_type=id_type, tables=tables)


def empty(table: str, id_type: IdType = "int64") -> Any:
    """An empty ``pyarrow.Table`` with the schema of `table`."""
    return schema(table, id_type).empty_table()


__all__ = ["DROPPED", "TABLES", "empty", "parse_to_arrow", "rows", "schema", "to_arrow"]
