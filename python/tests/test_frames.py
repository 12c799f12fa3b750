from __future__ import annotations

from typing import Any

import pytest

import dateline


def test_records_backend_needs_no_dependency(rich: dateline.Article) -> None:
    rows: Any = dateline.quotes_frame([rich, rich], backend="records")
    assert [r["article"] for r in rows] == [0, 0, 1, 1]
    first = rows[0]
    assert first["speaker_name"] == "Zoë Müller" and first["cue_lemma"] == "say"
    assert first["start"] == rich.quotes[0].parts[0].start and first["n_parts"] == 1
    assert rows[1]["speaker_name"] is None  # absent speaker: same columns, None
    figures: Any = dateline.figures_frame({"a": rich}, backend="records")
    assert [f["article"] for f in figures] == ["a", "a"] and figures[1]["currency"] == "EUR"
    entities: Any = dateline.entities_frame(rich, backend="records")
    assert entities[0]["n_mentions"] == 2 and entities[0]["mentions"][0]["text"] == "Zoë Müller"


def test_errors_are_skipped_and_ids_checked(rich: dateline.Article) -> None:
    results = [rich, dateline.EmptyInputError("x"), rich]
    rows: Any = dateline.quotes_frame(results, ids=["a", "b", "c"], backend="records")
    assert sorted({r["article"] for r in rows}) == ["a", "c"]
    with pytest.raises(ValueError, match="ids"):
        dateline.quotes_frame(results, ids=["a"])
    with pytest.raises(ValueError, match="backend"):
        dateline.quotes_frame(rich, backend="excel")  # type: ignore[arg-type]
    with pytest.raises(TypeError, match="Article"):
        dateline.quotes_frame(["not an article"])  # type: ignore[list-item]


def test_pandas(rich: dateline.Article) -> None:
    pd = pytest.importorskip("pandas")
    df = rich.quotes_frame()
    assert isinstance(df, pd.DataFrame) and len(df) == 2
    assert list(df.columns[:4]) == ["article", "id", "kind", "text"]
    assert df.loc[0, "speaker_name"] == "Zoë Müller"
    figures = dateline.figures_frame([rich, rich])
    assert len(figures) == 4 and figures["value"].tolist() == [5.0, 1200.0, 5.0, 1200.0]
    entities = rich.entities_frame()
    assert entities["name"].tolist() == ["Zoë Müller", "東京"]
    # Empty inputs still have the columns.
    empty = dateline.quotes_frame([])
    assert len(empty) == 0 and "speaker_name" in empty.columns


def test_polars(rich: dateline.Article) -> None:
    pl = pytest.importorskip("polars")
    df = rich.figures_frame(backend="polars")
    assert isinstance(df, pl.DataFrame) and df.height == 2


def test_missing_pandas_is_a_clear_import_error(
    rich: dateline.Article, monkeypatch: pytest.MonkeyPatch
) -> None:
    import sys

    monkeypatch.setitem(sys.modules, "pandas", None)
    with pytest.raises(ImportError, match="pip install pandas"):
        rich.quotes_frame()


def test_seed_frames(seed_text: str) -> None:
    article = dateline.parse(seed_text)
    rows: Any = article.figures_frame(backend="records")
    assert len(rows) == len(article.figures)
