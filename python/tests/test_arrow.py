"""dateline.arrow: Arrow tables of articles, quotes, figures, entities, mentions; Parquet."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

import dateline
from dateline import arrow

pa = pytest.importorskip("pyarrow", reason="pyarrow is needed for dateline.arrow")

CHILDREN = {"quotes": "quotes", "figures": "figures", "entities": "entities"}


def test_schema_is_the_documented_one() -> None:
    assert list(arrow.TABLES) == ["articles", "quotes", "figures", "entities", "mentions"]
    for name, columns in arrow.TABLES.items():
        s = arrow.schema(name)
        assert s.names == [c[0] for c in columns] and s.names[0] == "article"
        assert s.field("article").type == pa.int64()
        assert arrow.schema(name, "string").field("article").type == pa.string()
        assert s.metadata[b"dateline.table"] == name.encode()
    quotes = arrow.schema("quotes")
    assert quotes.field("parts").type == pa.list_(
        pa.struct([("start", pa.int64()), ("end", pa.int64())])
    )
    assert quotes.field("speaker_entity").metadata == {b"doc": b"entities.id of the speaker"}
    with pytest.raises(ValueError, match="table"):
        arrow.schema("sentences")


def test_rust_tables_have_the_documented_schema(rich: dateline.Article) -> None:
    """The Rust crate dateline-arrow mirrors TABLES: names, types, docs, schema metadata."""
    for id_type, ids in (("int64", None), ("string", ["a"])):
        native = dateline.to_arrow([rich], ids=ids, backend="arrow")
        assert list(native) == list(arrow.TABLES)
        for name, table in native.items():
            expected = arrow.schema(name, id_type)  # type: ignore[arg-type]
            got = pa.schema(table)
            assert got.equals(expected, check_metadata=True), (name, got, expected)
            for field in expected:
                assert got.field(field.name).metadata == field.metadata, (name, field.name)


def test_rust_tables_equal_the_python_flattening(
    rich: dateline.Article, corpus_texts: list[str]
) -> None:
    """The tables built in Rust hold what the Python flattening (``arrow.rows``) gives."""
    articles: list[Any] = [
        rich, *dateline.parse_many(corpus_texts), dateline.EmptyInputError("empty")
    ]
    for id_type, ids in (("int64", None), ("string", [f"doc{i}" for i in range(len(articles))])):
        rows = arrow.rows(articles, ids)
        tables = dateline.to_arrow(articles, ids)
        for name in arrow.TABLES:
            expected = pa.Table.from_pylist(
                rows[name], schema=arrow.schema(name, id_type)  # type: ignore[arg-type]
            )
            assert tables[name].equals(expected), name
            assert tables[name].to_pylist() == expected.to_pylist(), name


def test_arrow_backend_needs_no_pyarrow(rich: dateline.Article, tmp_path: Path) -> None:
    """backend="arrow" objects are read by any Arrow PyCapsule consumer; polars (when
    installed) reads them with pyarrow blocked."""
    native = dateline.parse_to_arrow([rich.text, ""], ids=["a", "b"], backend="arrow")
    quotes = native["quotes"]
    assert hasattr(quotes, "__arrow_c_stream__") and len(quotes) == quotes.num_rows > 0
    assert pa.table(quotes).equals(dateline.parse_to_arrow([rich.text], ids=["a"])["quotes"])
    import subprocess
    import sys

    code = (
        "import sys; sys.modules['pyarrow'] = None\n"
        "import dateline\n"
        "t = dateline.parse_to_arrow(['“Yes,” said Jane Smith.', ''], backend='arrow')\n"
        "assert t['articles'].num_rows == 2 and len(t['quotes']) == 1\n"
        "try:\n"
        "    import polars\n"
        "except ImportError:\n"
        "    print('no polars'); raise SystemExit(0)\n"
        "df = polars.DataFrame(t['quotes'])\n"
        "assert df['speaker_name'].to_list() == ['Jane Smith'], df\n"
        "assert polars.DataFrame(t['articles']).height == 2\n"
        "p = dateline.parse_to_arrow(['Prices rose 5%.'], backend='polars')\n"
        "assert p['figures']['kind'].to_list() == ['percent'], p['figures']\n"
        "print('polars ok')\n"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert result.returncode == 0, result.stderr
    if "no polars" in result.stdout:
        pytest.skip("polars is not installed")
    assert "polars ok" in result.stdout
    with pytest.raises(ValueError, match="backend"):
        dateline.to_arrow(rich, backend="pandas")  # type: ignore[arg-type]


def test_schema_covers_every_model_field(rich: dateline.Article) -> None:
    """A field added to the model must be added to TABLES (or to DROPPED) deliberately."""
    rows = arrow.rows(rich)
    for name, table_rows in rows.items():
        assert table_rows, f"the rich article has no {name}"
        columns = set(arrow.schema(name).names) | set(arrow.DROPPED.get(name, ()))
        for row in table_rows:
            missing = set(row) - columns
            assert not missing, f"{name}: columns missing from TABLES: {sorted(missing)}"


def test_row_counts_and_contents(rich: dateline.Article, corpus_texts: list[str]) -> None:
    articles = [rich, *dateline.parse_many(corpus_texts)]
    tables = dateline.to_arrow(articles)
    assert tables["articles"].num_rows == len(articles)
    for table, attr in CHILDREN.items():
        assert tables[table].num_rows == sum(len(getattr(a, attr)) for a in articles)
    assert tables["mentions"].num_rows == sum(
        len(e.mentions) for a in articles for e in a.entities
    )
    # The same flattening as the frames (minus nested mentions, which have their own table).
    frame_rows: Any = dateline.quotes_frame(articles, backend="records")
    assert tables["quotes"].to_pylist() == frame_rows
    entity_rows: Any = dateline.entities_frame(articles, backend="records")
    assert tables["entities"].to_pylist() == [
        {k: v for k, v in r.items() if k != "mentions"} for r in entity_rows
    ]
    first = tables["articles"].to_pylist()[0]
    assert first["article"] == 0 and first["error"] is None
    assert first["n_quotes"] == len(rich.quotes) and first["dateline_place"] == "Kraków"
    assert first["text"] == rich.text and first["n_chars"] == len(rich.text)
    mention = tables["mentions"].to_pylist()[1]
    assert mention == {"article": 0, "entity": 0, **rich.entities[0].mentions[1].to_dict()}


def test_ids_errors_and_selection(rich: dateline.Article) -> None:
    results = [rich, dateline.EmptyInputError("empty"), rich]
    tables = dateline.to_arrow(results, ids=["a", "b", "c"])
    articles = tables["articles"].to_pylist()
    assert [a["article"] for a in articles] == ["a", "b", "c"]
    assert articles[1]["error"] is not None and articles[1]["n_quotes"] is None
    assert tables["quotes"].column("article").to_pylist() == ["a", "a", "c", "c"]
    assert tables["quotes"].schema.field("article").type == pa.string()
    ints = dateline.to_arrow({10: rich, 20: rich}, tables=["figures"])
    assert list(ints) == ["figures"] and ints["figures"].column("article").to_pylist() == [
        10, 10, 20, 20,
    ]
    mixed = dateline.to_arrow([rich], ids=[7], id_type="string")
    assert mixed["quotes"].column("article").to_pylist() == ["7", "7"]
    with pytest.raises(ValueError, match="ids"):
        dateline.to_arrow(results, ids=["a"])
    with pytest.raises(ValueError, match="tables"):
        dateline.to_arrow(rich, tables=["sentences"])
    empty = dateline.to_arrow([])
    assert all(t.num_rows == 0 for t in empty.values())
    assert empty["quotes"].schema.names == arrow.schema("quotes").names


def test_parse_to_arrow_matches_parse(corpus_texts: list[str]) -> None:
    tables = dateline.parse_to_arrow(corpus_texts + [""], ids=list("abcdefghijklm"), threads=2)
    expected = dateline.to_arrow(
        [dateline.parse(t) for t in corpus_texts], ids=list("abcdefghijkl")
    )
    for name in ("quotes", "figures", "entities", "mentions"):
        assert tables[name].equals(expected[name])
    assert tables["articles"].column("error").to_pylist()[-1].startswith("empty_input")


def test_arrow_c_stream_and_pandas(rich: dateline.Article) -> None:
    table = dateline.to_arrow(rich)["quotes"]
    assert hasattr(table, "__arrow_c_stream__")

    class Stream:  # any consumer of the PyCapsule protocol sees the same table
        def __arrow_c_stream__(self, requested_schema: Any = None) -> Any:
            return table.__arrow_c_stream__(requested_schema)

    assert pa.table(Stream()).equals(table)
    pd = pytest.importorskip("pandas")
    df = table.to_pandas(types_mapper=pd.ArrowDtype)
    assert len(df) == 2 and list(df.columns) == arrow.schema("quotes").names


def test_parquet_round_trip(tmp_path: Path, corpus_texts: list[str]) -> None:
    pq = pytest.importorskip("pyarrow.parquet")
    from dateline import parquet

    src = tmp_path / "in"
    (src / "sub").mkdir(parents=True)
    for i, text in enumerate(corpus_texts):
        (src / ("sub" if i % 2 else "") / f"{i:02}.txt").write_text(text, encoding="utf-8")
    out = tmp_path / "out"
    assert parquet.main([str(src), str(out), "--jobs", "2", "--batch-size", "5"]) == 0
    names = [str(p.relative_to(src)) for p in sorted(src.rglob("*.txt"))]
    texts = [(src / n).read_text(encoding="utf-8") for n in names]
    expected = dateline.parse_to_arrow(texts, ids=names, id_type="string")
    for name in arrow.TABLES:
        table = pq.read_table(out / f"{name}.parquet")
        assert table.schema.equals(arrow.schema(name, "string"))
        assert table.schema.metadata[b"dateline.table"] == name.encode()
        assert table.schema.field("article").metadata == {b"doc": b"the article's id"}
        assert table.num_rows == expected[name].num_rows
        assert table.to_pylist() == expected[name].to_pylist()
    # JSON Lines in (per-line dates win), then that Parquet's articles as Parquet in.
    import json

    jsonl = tmp_path / "a.jsonl"
    jsonl.write_text("".join(
        json.dumps({"id": n, "text": t, "published": "2020-01-02"}) + "\n"
        for n, t in zip(names, texts)
    ), encoding="utf-8")
    counts = parquet.write(jsonl, tmp_path / "j", published="1999-01-01")
    assert counts["quotes"] == expected["quotes"].num_rows
    published = pq.read_table(tmp_path / "j" / "articles.parquet").column("published")
    assert set(published.to_pylist()) == {"2020-01-02"}
    counts = parquet.write(out / "articles.parquet", tmp_path / "p")
    assert counts["articles"] == len(names) and counts["quotes"] == expected["quotes"].num_rows


def test_missing_pyarrow_is_a_clear_import_error(
    rich: dateline.Article, monkeypatch: pytest.MonkeyPatch
) -> None:
    import sys

    monkeypatch.setitem(sys.modules, "pyarrow", None)
    with pytest.raises(ImportError, match="pip install pyarrow"):
        dateline.to_arrow(rich)


def test_engines_are_lazy() -> None:
    import subprocess
    import sys

    code = (
        "import sys, dateline; dateline.to_arrow; "
        "assert 'pyspark' not in sys.modules and 'dask' not in sys.modules; "
        "assert 'pyarrow' not in sys.modules"
    )
    subprocess.run([sys.executable, "-c", code], check=True)
