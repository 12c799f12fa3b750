"""Articles as Arrow tables: one table each for articles, quotes, figures, entities and mentions.

>>> tables = dateline.parse_to_arrow(texts, ids=names)       # doctest: +SKIP
>>> tables["quotes"].num_rows                                 # doctest: +SKIP

Every table has an ``article`` column holding the article's id (its position in the batch
unless ``ids`` are given), so the tables join on ``article`` (and ``entity``/``quote`` ids
within an article). The columns are those of :func:`dateline.quotes_frame` and friends (the
same flattening), with fixed Arrow types, listed in :data:`TABLES` — the one definition that
:mod:`dateline.parquet`, :mod:`dateline.spark` and :mod:`dateline.dask` reuse, and that the
Rust crate ``dateline-arrow`` mirrors (a test compares them). The schema is stable: columns may
be added at the end in a later schema version, never renamed or retyped.

``article`` is ``int64`` when every id is an integer (the default: positions), else ``string``
(ids are converted with ``str``); pass ``id_type`` to fix it.

The tables are built in Rust (``dateline-arrow``) and handed over through the Arrow PyCapsule
interface (``__arrow_c_stream__``), without a copy. ``backend`` chooses what you get:

- ``"pyarrow"`` (default): ``pyarrow.Table`` objects (``pip install pyarrow``);
- ``"arrow"``: dateline's own Arrow tables, which need no other package: any consumer of the
  PyCapsule interface reads them (``pyarrow.table(t)``, ``polars.DataFrame(t)``, ``duckdb``,
  ``arro3.core.Table(t)``); ``len(t)`` and ``t.num_rows`` count rows;
- ``"polars"``: ``polars.DataFrame`` objects.

``table.to_pandas(types_mapper=pandas.ArrowDtype)`` gives a pandas frame over a pyarrow
table's buffers.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from datetime import date
from typing import Any, Literal, Optional, Protocol

from dateline import _dateline
from dateline._dateline import SCHEMA_VERSION, Article
from dateline._frames import Articles, _pairs, _row

IdType = Literal["int64", "string"]
Backend = Literal["pyarrow", "arrow", "polars"]


class ArrowTable(Protocol):
    """What ``backend="arrow"`` gives: a table built in Rust (pyo3-arrow's ``Table``) that
    exports itself through the Arrow PyCapsule interface; pass it to ``pyarrow.table``,
    ``polars.DataFrame``, ``duckdb``…"""

    @property
    def num_rows(self) -> int: ...
    def __len__(self) -> int: ...
    def __arrow_c_stream__(self, requested_schema: object | None = None) -> object: ...
    def __arrow_c_schema__(self) -> object: ...

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
            "dateline's pyarrow tables need pyarrow: pip install pyarrow "
            "(or backend='arrow' for tables any Arrow consumer reads, without pyarrow)"
        ) from e
    return pyarrow


def _backend(backend: str) -> Any:
    """Checks `backend` and imports what it needs, before any parsing."""
    if backend == "pyarrow":
        return _pa()
    if backend == "polars":
        try:
            import polars
        except ImportError as e:
            raise ImportError(
                "backend='polars' needs polars: pip install polars (or use backend='arrow')"
            ) from e
        return polars
    if backend == "arrow":
        return None
    raise ValueError(
        f"backend: expected 'pyarrow', 'arrow' or 'polars', found {backend!r}"
    )


def _selected(tables: Sequence[str] | None) -> list[str]:
    selected = list(TABLES) if tables is None else list(tables)
    for name in selected:
        if name not in TABLES:
            raise ValueError(f"tables: expected names among {', '.join(TABLES)}, found {name!r}")
    return selected


def _convert(
    native: dict[str, Any], selected: list[str], backend: str, module: Any
) -> dict[str, Any]:
    if backend == "pyarrow":
        return {name: module.table(native[name]) for name in selected}
    if backend == "polars":
        return {name: module.DataFrame(native[name]) for name in selected}
    return {name: native[name] for name in selected}


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
    backend: Backend = "pyarrow",
) -> dict[str, Any]:
    """Articles → ``{"articles", "quotes", "figures", "entities", "mentions"}`` → table, with
    the schemas of :func:`schema`; built in Rust.

    `articles` is an Article, a list from :func:`dateline.parse_many` (errors become rows of
    the articles table with ``error`` set, and nothing else) or a mapping id → Article; `ids`
    (one per article) replace positions or keys. `tables` selects some tables only. `backend`:
    ``"pyarrow"`` (``pyarrow.Table``), ``"arrow"`` (Arrow PyCapsule objects, no dependency) or
    ``"polars"`` (``polars.DataFrame``)."""
    module = _backend(backend)
    selected = _selected(tables)
    pairs = _pairs(articles, ids)
    if id_type is None:
        id_type = _infer_id_type(i for i, _ in pairs)
    native = _dateline.to_arrow_tables(
        [a for _, a in pairs], ids=[_id(i, id_type) for i, _ in pairs], id_type=id_type
    )
    return _convert(native, selected, backend, module)


def parse_to_arrow(
    texts: Iterable[str],
    ids: Sequence[Any] | None = None,
    published: str | date | None = None,
    threads: Optional[int] = None,
    *,
    id_type: IdType | None = None,
    tables: Sequence[str] | None = None,
    max_input_bytes: int | None = None,
    backend: Backend = "pyarrow",
) -> dict[str, Any]:
    """Parses `texts` in parallel (as :func:`dateline.parse_many`, without the GIL) and builds
    the tables of :func:`to_arrow`, all in Rust: no Python object per article or row.

    A text that cannot be parsed is an ``articles`` row with ``error`` set (``"code:
    message"``)."""
    texts = list(texts)
    if ids is not None and len(ids) != len(texts):
        raise ValueError(f"ids: expected {len(texts)} ids, one per text, found {len(ids)}")
    module = _backend(backend)  # fail before parsing
    selected = _selected(tables)
    if id_type is None:
        id_type = "int64" if ids is None else _infer_id_type(ids)
    native = _dateline.parse_to_arrow_tables(
        texts,
        ids=None if ids is None else [_id(i, id_type) for i in ids],
        id_type=id_type,
        published=published,
        threads=threads,
        max_input_bytes=max_input_bytes,
    )
    return _convert(native, selected, backend, module)


def empty(table: str, id_type: IdType = "int64") -> Any:
    """An empty ``pyarrow.Table`` with the schema of `table`."""
    return schema(table, id_type).empty_table()


__all__ = [
    "DROPPED", "TABLES", "ArrowTable", "Backend", "empty", "parse_to_arrow", "rows", "schema",
    "to_arrow",
]
