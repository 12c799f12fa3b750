from __future__ import annotations

import threading
import time

import pytest

import dateline
from conftest import TRICKY

TEXTS = [f"Story {i}: “Words {i} 🙂,” said Ana Lopez on Friday. Prices rose {i}%." for i in range(40)]


def test_results_keep_input_order() -> None:
    results = dateline.parse_many(TEXTS, published="2026-02-14")
    assert len(results) == len(TEXTS)
    for text, result in zip(TEXTS, results):
        assert isinstance(result, dateline.Article)
        assert result == dateline.parse(text, published="2026-02-14")


@pytest.mark.parametrize("threads", [None, 1, 3])
def test_threads(threads: int | None) -> None:
    results = dateline.parse_many(TEXTS, threads=threads)
    assert [r.text for r in results if isinstance(r, dateline.Article)] == TEXTS


def test_invalid_arguments() -> None:
    with pytest.raises(ValueError, match="threads"):
        dateline.parse_many(TEXTS, threads=0)
    with pytest.raises(ValueError, match="errors"):
        dateline.parse_many(TEXTS, errors="ignore")  # type: ignore[arg-type]


def test_failing_documents_get_an_error_in_their_slot() -> None:
    texts = ["One story.", "", "x" * 100, TRICKY]
    results = dateline.parse_many(texts, max_input_bytes=50)
    assert isinstance(results[0], dateline.Article)
    assert isinstance(results[1], dateline.EmptyInputError)
    assert results[1].code == "empty_input" and results[1].index == 1
    assert str(results[1]).startswith("document 1: ")
    assert isinstance(results[2], dateline.InputTooLargeError) and results[2].index == 2
    assert isinstance(results[3], dateline.InputTooLargeError)  # TRICKY is > 50 bytes


def test_errors_raise_names_the_first_failing_index() -> None:
    with pytest.raises(dateline.EmptyInputError, match=r"^document 2: ") as info:
        dateline.parse_many(["A.", "B.", " ", ""], errors="raise")
    assert info.value.index == 2
    assert info.value.code == "empty_input"


def test_accepts_any_iterable() -> None:
    results = dateline.parse_many(t for t in TEXTS[:3])
    assert [r.text for r in results if isinstance(r, dateline.Article)] == TEXTS[:3]
    assert dateline.parse_many([]) == []


def test_releases_the_gil() -> None:
    """While parse_many runs in a thread, the main thread keeps running Python code: the
    longest pause between its iterations is much shorter than the whole call."""
    texts = [TRICKY * 10] * 16
    started = time.perf_counter()
    dateline.parse_many(texts, threads=1)
    duration = time.perf_counter() - started
    if duration < 0.3:
        texts = texts * int(0.3 / max(duration, 1e-3) + 1)
        started = time.perf_counter()
        dateline.parse_many(texts, threads=1)
        duration = time.perf_counter() - started
    worker = threading.Thread(target=dateline.parse_many, args=(texts,), kwargs={"threads": 1})
    worker.start()
    longest, last = 0.0, time.perf_counter()
    while worker.is_alive():
        now = time.perf_counter()
        longest, last = max(longest, now - last), now
    worker.join()
    assert longest < duration / 2, f"main thread paused {longest:.3f}s of {duration:.3f}s"
