"""Shared fixtures. Paths to shared data are relative to the repository root: ../shared/…"""

from __future__ import annotations

import copy
from pathlib import Path
from typing import Any

import pytest

import dateline

REPO = Path(__file__).resolve().parents[2]
SHARED = REPO.parent / "shared"
SEED = SHARED / "seeds" / "rutte-munich-2026.txt"
CORPUS = SHARED / "data" / "corpus" / "gum_wikinews" / "txt"

# Code points before the quote: 2 emoji (one astral), curly quotes, accents, CJK.
TRICKY = (
    "Zoë Müller 🙂 reported from Kraków.\n\n"
    "“Ça va très bien 🚀,” said Zoë Müller on Friday. "
    "She added that prices rose 5% to €1,200 in 東京 — ‘a record’."
)


@pytest.fixture(scope="session")
def seed_text() -> str:
    if not SEED.exists():
        pytest.skip(f"seed article absent: {SEED} (the shared/ folder beside the repo)")
    return SEED.read_text(encoding="utf-8")


@pytest.fixture(scope="session")
def corpus_texts() -> list[str]:
    if not CORPUS.is_dir():
        pytest.skip(f"corpus absent: {CORPUS} (the shared/ folder beside the repo)")
    return [p.read_text(encoding="utf-8") for p in sorted(CORPUS.glob("*.txt"))[:12]]


def span_of(text: str, needle: str, nth: int = 0) -> dict[str, int]:
    start = -1
    for _ in range(nth + 1):
        start = text.index(needle, start + 1)
    return {"start": start, "end": start + len(needle)}


def rich_article_dict() -> dict[str, Any]:
    """An article with one record of every class and every optional field set, built on a
    real parse (so it carries every top-level field of the model) with hand-made analysis,
    independent of what the pipeline finds today."""
    text = TRICKY + "\n\nRead more: Record prices https://example.invalid/a\n\nPhoto: AP"
    base = dateline.parse(text, published="2026-02-13").to_dict()
    d = copy.deepcopy(base)
    s = lambda needle, nth=0: span_of(text, needle, nth)  # noqa: E731
    zoe, zoe2 = s("Zoë Müller"), s("Zoë Müller", 1)
    part = s("Ça va très bien 🚀")
    d["entities"] = [
        {
            "id": 0, "kind": "person", "name": "Zoë Müller", "aliases": ["Müller"],
            "roles": ["reporter"], "media": False,
            "mentions": [
                {**zoe, "text": "Zoë Müller", "form": "name"},
                {**zoe2, "text": "Zoë Müller", "form": "name"},
            ],
        },
        {
            "id": 1, "kind": "location", "name": "東京", "aliases": [], "roles": [],
            "media": False, "mentions": [{**s("東京"), "text": "東京", "form": "name"}],
        },
    ]
    d["quotes"] = [
        {
            "id": 0, "kind": "direct", "text": "Ça va très bien 🚀", "parts": [part],
            "speaker": {"entity": 0, "name": "Zoë Müller", **zoe2},
            "cue": {"text": "said", "lemma": "say", **s("said")},
            "addressee": {"entity": None, "name": "reporters", "start": 0, "end": 0},
            "date": "2026-02-13", "parent": None,
        },
        {
            "id": 1, "kind": "partial", "text": "a record", "parts": [s("a record")],
            "speaker": None, "cue": None, "addressee": None, "date": None, "parent": None,
        },
    ]
    d["figures"] = [
        {
            "id": 0, "kind": "percent", "text": "5%", **s("5%"), "value": 5.0,
            "value_max": None, "unit": "percent", "currency": None, "currency_assumed": False,
            "bound": None, "approximate": False, "counted": None, "category": "change",
            "date": None, "date_anchor": None, "quote": None, "speaker": 0,
        },
        {
            "id": 1, "kind": "money", "text": "€1,200", **s("€1,200"), "value": 1200.0,
            "value_max": 1300.5, "unit": None, "currency": "EUR", "currency_assumed": True,
            "bound": "at_least", "approximate": True, "counted": "prices", "category": "price",
            "date": "2026-02", "date_anchor": "published", "quote": 0, "speaker": 0,
        },
    ]
    d["captions"] = [
        {"text": "Zoë Müller", **zoe, "credit": "AP", "credit_span": s("AP")}
    ]
    url = "https://example.invalid/a"
    d["links"] = [{"url": url, "kind": "article", **s(url)}]
    d["related"] = [{"title": "Record prices", "url": url, **s("Record prices")}]
    d["dateline"] = {"place": "Kraków", "region": "Poland", "agency": "AP", **s("Kraków")}
    d["headline"] = "Zoë <b>&</b> “headline”"
    d["standfirst"] = "A standfirst"
    d["published_source"] = "given"
    d["authors"] = ["Zoë Müller"]
    return d


@pytest.fixture()
def rich() -> dateline.Article:
    return dateline.Article.from_dict(rich_article_dict())


PAGETEXT = SHARED / "data" / "corpus" / "pagetext_stress.jsonl.gz"
ENGINE_PAGETEXTS = 200  # with the 43 GUM articles: a few hundred real articles


@pytest.fixture(scope="session")
def engine_corpus() -> tuple[list[str], list[str]]:
    """(ids, texts) of a few hundred real articles for the Spark/Dask tests: every GUM
    Wikinews text and the first pagetext_stress pages (read in place, never copied)."""
    import gzip
    import json

    if not CORPUS.is_dir() or not PAGETEXT.exists():
        pytest.skip(f"corpus absent: {CORPUS} / {PAGETEXT} (the shared/ folder beside the repo)")
    ids, texts = [], []
    for p in sorted(CORPUS.glob("*.txt")):
        ids.append(f"gum/{p.stem}")
        texts.append(p.read_text(encoding="utf-8"))
    with gzip.open(PAGETEXT, "rt", encoding="utf-8") as f:
        for line, _ in zip(f, range(ENGINE_PAGETEXTS)):
            obj = json.loads(line)
            ids.append(f"{obj['set']}/{obj['id']}")
            texts.append(obj["pagetext"])
    return ids, texts


@pytest.fixture(scope="session")
def engine_reference(engine_corpus: tuple[list[str], list[str]]) -> dict[str, Any]:
    """The single-process tables of `engine_corpus`, as lists of row dicts."""
    pytest.importorskip("pyarrow", reason="pyarrow is needed for dateline.arrow")
    ids, texts = engine_corpus
    tables = dateline.parse_to_arrow(texts, ids=ids)
    return {name: table.to_pylist() for name, table in tables.items()}


def sort_rows(rows: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Rows in a canonical order (engines do not keep the input order across partitions)."""
    def key(row: dict[str, Any]) -> tuple[str, int, int]:
        return (str(row["article"]), row.get("id", row.get("entity")) or 0, row.get("start") or 0)

    return sorted(rows, key=key)
