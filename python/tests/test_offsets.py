"""Offsets are code points: Python slicing of article.text gives each record's text."""

from __future__ import annotations

from typing import Any

import pytest

import dateline
from conftest import TRICKY


def spans(obj: Any, path: str = "article") -> list[tuple[str, Any]]:
    """Every record with start/end (and every Span) reachable from obj, with its path."""
    found = []
    if hasattr(type(obj), "__match_args__"):
        fields = type(obj).__match_args__
        if "start" in fields and "end" in fields:
            found.append((path, obj))
        for name in fields:
            value = getattr(obj, name)
            if isinstance(value, list):
                for i, item in enumerate(value):
                    found += spans(item, f"{path}.{name}[{i}]")
            else:
                found += spans(value, f"{path}.{name}")
    return found


def check_offsets(article: dateline.Article) -> int:
    """Asserts every offset is in bounds and every record's text is its slice; returns the
    number of spans checked."""
    text = article.text
    n = len(text)
    records = spans(article)
    for path, r in records:
        assert 0 <= r.start <= r.end <= n, f"{path} out of bounds: {r!r} (len {n})"
    for e in article.entities:
        for m in e.mentions:
            assert text[m.start : m.end] == m.text, f"mention {m!r}"
    for q in article.quotes:
        pieces = [text[p.start : p.end] for p in q.parts]
        assert q.text == " … ".join(pieces), f"quote {q.id}: {q.text!r} vs {pieces!r}"
        if q.cue is not None:
            assert text[q.cue.start : q.cue.end] == q.cue.text
        for part in q.parts:
            assert "“" not in text[part.start : part.end][:1], "parts exclude the marks"
    for f in article.figures:
        assert text[f.start : f.end] == f.text, f"figure {f!r}"
    for c in article.captions:
        assert text[c.start : c.end] == c.text
        if c.credit is not None and c.credit_span is not None:
            assert text[c.credit_span.start : c.credit_span.end] == c.credit
    for r in article.related:
        assert text[r.start : r.end] == r.title
    for link in article.links:
        assert text[link.start : link.end] == link.url
    return len(records)


def test_non_ascii_offsets_slice_python_strings() -> None:
    article = dateline.parse(TRICKY)
    assert article.text == TRICKY  # nothing to normalize in this text
    check_offsets(article)
    # Paragraphs slice at code points, after the astral emoji.
    second = article.paragraphs[-1]
    assert article.text[second.start : second.end].startswith("“Ça va")


def test_hand_made_article_offsets(rich: dateline.Article) -> None:
    assert check_offsets(rich) > 10
    q = rich.quotes[0]
    assert rich.text[q.parts[0].start : q.parts[0].end] == "Ça va très bien 🚀"


@pytest.mark.parametrize(
    "text",
    [
        "🙂🙂 “Quoted 🙂 words,” he said. “More.”",
        "Emoji 👩‍👩‍👧 family, then ‘single’ and «guillemets» quotes, said Ana.",
        "Arabic ملخص عربي and “mixed” text 🇩🇪 flags, said Ana.\r\nSecond line\u00a0here.",
        "e\u0301 combining accents: “café” said José.",
    ],
)
def test_offsets_on_tricky_text(text: str) -> None:
    check_offsets(dateline.parse(text))


def test_seed_offsets(seed_text: str) -> None:
    article = dateline.parse(seed_text, published="2026-02-14")
    assert check_offsets(article) > 0


def test_corpus_offsets(corpus_texts: list[str]) -> None:
    for article in dateline.parse_many(corpus_texts):
        assert isinstance(article, dateline.Article)
        check_offsets(article)
