"""dateline: news articles as structured, checkable data.

>>> import dateline
>>> article = dateline.parse("MUNICH, Germany — Rutte said it was “clear”.", published="2026-02-14")
>>> article.published
'2026-02-14'

Every ``start``/``end`` is a code-point offset into ``article.text`` (end exclusive), so
``article.text[span.start:span.end]`` is the text a record points at. Kinds (``quote.kind``,
``entity.kind``, ``figure.kind``…) are the strings of the JSON contract (``"direct"``,
``"person"``, ``"money"``…). Records are immutable, comparable, hashable and picklable; ``to_dict()``
and ``to_json()`` give the JSON contract, ``Article.from_json()`` reads it back.
"""

from __future__ import annotations

from typing import Any

from dateline._dateline import (
    DEFAULT_MAX_INPUT_BYTES,
    SCHEMA_VERSION,
    Addressee,
    Article,
    Block,
    Caption,
    Cue,
    DatelineError,
    Dateline,
    EmptyInputError,
    Entity,
    Figure,
    InputTooLargeError,
    InvalidOptionError,
    Link,
    Mention,
    Paragraph,
    Quote,
    RelatedArticle,
    Span,
    Speaker,
    __version__,
    parse,
    parse_html,
    parse_many,
)
from dateline._frames import entities_frame, figures_frame, quotes_frame
from dateline.arrow import parse_to_arrow, to_arrow

# Submodules with heavy optional dependencies, imported on first use: ``dateline.spark``
# (PySpark), ``dateline.dask`` (Dask), ``dateline.parquet`` (pyarrow.parquet).
_LAZY = ("spark", "dask", "parquet")


def __getattr__(name: str) -> Any:
    if name in _LAZY:
        import importlib

        return importlib.import_module(f"dateline.{name}")
    raise AttributeError(f"module 'dateline' has no attribute {name!r}")

__all__ = [
    "DEFAULT_MAX_INPUT_BYTES",
    "SCHEMA_VERSION",
    "Addressee",
    "Article",
    "Block",
    "Caption",
    "Cue",
    "DatelineError",
    "Dateline",
    "EmptyInputError",
    "Entity",
    "Figure",
    "InputTooLargeError",
    "InvalidOptionError",
    "Link",
    "Mention",
    "Paragraph",
    "Quote",
    "RelatedArticle",
    "Span",
    "Speaker",
    "__version__",
    "entities_frame",
    "figures_frame",
    "parse",
    "parse_html",
    "parse_many",
    "parse_to_arrow",
    "quotes_frame",
    "to_arrow",
]
