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
    parse_many,
)
from dateline._frames import entities_frame, figures_frame, quotes_frame

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
    "parse_many",
    "quotes_frame",
]
