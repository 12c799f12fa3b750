"""dateline.dask on Dask's threaded scheduler: same rows as the single-process tables."""

from __future__ import annotations

import time
from typing import Any

import pytest

from conftest import sort_rows

pytest.importorskip("pyarrow", reason="pyarrow is needed for dateline.dask")
pytest.importorskip("dask.dataframe", reason="Dask is not installed: pip install 'dask[dataframe]'")
pd = pytest.importorskip("pandas")

pytestmark = pytest.mark.engines


@pytest.fixture(scope="module")
def texts_ddf(engine_corpus: tuple[list[str], list[str]]) -> Any:
    import dask.dataframe as dd

    ids, texts = engine_corpus
    return dd.from_pandas(pd.DataFrame({"id": ids, "text": texts}), npartitions=4)


def rows_of(frame: Any) -> list[dict[str, Any]]:
    import pyarrow as pa

    table = pa.Table.from_pandas(frame, preserve_index=False)
    return sort_rows(table.to_pylist())


@pytest.mark.parametrize("table", ["quotes", "figures", "entities", "mentions", "articles"])
def test_tables_equal_single_process(
    texts_ddf: Any, engine_reference: dict[str, Any], table: str
) -> None:
    from dateline import dask as ddl
    from dateline.arrow import schema

    started = time.perf_counter()
    ddf = getattr(ddl, f"{table}_df")(texts_ddf, text_col="text", id_col="id")
    assert list(ddf.columns) == schema(table).names
    assert ddf.dtypes.equals(ddl.meta(table, "string").dtypes)
    frame = ddf.compute(scheduler="threads", num_workers=2)
    assert frame.dtypes.equals(ddl.meta(table, "string").dtypes)
    rows = rows_of(frame)
    expected = sort_rows(engine_reference[table])
    assert len(rows) == len(expected) > 0
    assert rows == expected
    print(f"dask {table}: {len(rows)} rows in {time.perf_counter() - started:.1f}s")


def test_index_ids_and_missing_texts(engine_corpus: tuple[list[str], list[str]]) -> None:
    import dask.dataframe as dd

    import dateline
    from dateline import dask as ddl

    _, texts = engine_corpus
    frame = pd.DataFrame({"text": [texts[0], None, texts[1]]}, index=[10, 20, 30])
    ddf = dd.from_pandas(frame, npartitions=2)
    quotes = ddl.quotes_df(ddf, id_col=None).compute(scheduler="threads")
    expected = dateline.to_arrow({10: dateline.parse(texts[0]), 30: dateline.parse(texts[1])})
    assert rows_of(quotes) == sort_rows(expected["quotes"].to_pylist())
    articles = ddl.articles_df(ddf, id_col=None).compute(scheduler="threads")
    errors = dict(zip(articles["article"], articles["error"]))
    assert errors[20].startswith("empty_input") and pd.isna(errors[10])
    with pytest.raises(TypeError, match="DataFrame"):
        ddl.quotes_df(frame)
