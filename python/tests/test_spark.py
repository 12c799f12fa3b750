"""dateline.spark on a real local Spark (local[2]): same rows as the single-process tables."""

from __future__ import annotations

import os
import sys
import time
from collections.abc import Iterator
from typing import Any

import pytest

from conftest import sort_rows

pytest.importorskip("pyarrow", reason="pyarrow is needed for dateline.spark")
pytest.importorskip("pyspark", reason="PySpark is not installed: pip install pyspark")

pytestmark = pytest.mark.engines


@pytest.fixture(scope="module")
def spark() -> Iterator[Any]:
    from pyspark.sql import SparkSession

    os.environ.setdefault("PYSPARK_PYTHON", sys.executable)
    os.environ.setdefault("PYSPARK_DRIVER_PYTHON", sys.executable)
    session = (
        SparkSession.builder.master("local[2]")
        .appName("dateline-tests")
        .config("spark.ui.enabled", "false")
        .config("spark.ui.showConsoleProgress", "false")
        .config("spark.sql.shuffle.partitions", "2")
        .config("spark.sql.execution.arrow.maxRecordsPerBatch", "64")
        .getOrCreate()
    )
    session.sparkContext.setLogLevel("ERROR")
    yield session
    session.stop()


@pytest.fixture(scope="module")
def texts_df(spark: Any, engine_corpus: tuple[list[str], list[str]]) -> Any:
    ids, texts = engine_corpus
    return spark.createDataFrame(list(zip(ids, texts)), ["id", "text"]).repartition(4)


def collect(df: Any) -> list[dict[str, Any]]:
    # Via Arrow, so nested lists come back as plain lists of dicts, like pyarrow's to_pylist.
    return sort_rows(df.toArrow().to_pylist())


@pytest.mark.parametrize("table", ["quotes", "figures", "entities", "mentions", "articles"])
def test_tables_equal_single_process(
    texts_df: Any, engine_reference: dict[str, Any], table: str
) -> None:
    from dateline import spark as ds
    from dateline.arrow import schema

    started = time.perf_counter()
    df = getattr(ds, f"{table}_df")(texts_df, text_col="text", id_col="id")
    assert df.schema == ds.spark_schema(table, "string")
    assert df.columns == schema(table).names
    rows = collect(df)
    expected = sort_rows(engine_reference[table])
    assert len(rows) == len(expected) > 0
    assert rows == expected
    print(f"spark {table}: {len(rows)} rows in {time.perf_counter() - started:.1f}s")


def test_integer_ids_and_null_texts(spark: Any, engine_corpus: tuple[list[str], list[str]]) -> None:
    import dateline
    from dateline import spark as ds

    _, texts = engine_corpus
    data = [(10, texts[0]), (20, None), (30, texts[1])]
    df = spark.createDataFrame(data, "id long, text string")
    quotes = ds.quotes_df(df)
    assert quotes.schema["article"].dataType.simpleString() == "bigint"
    expected = dateline.to_arrow({10: dateline.parse(texts[0]), 30: dateline.parse(texts[1])})
    assert collect(quotes) == sort_rows(expected["quotes"].to_pylist())
    articles = {r["article"]: r for r in collect(ds.articles_df(df))}
    assert articles[20]["error"].startswith("empty_input") and articles[10]["error"] is None
    with pytest.raises(TypeError, match="DataFrame"):
        ds.quotes_df([("a", "b")])
