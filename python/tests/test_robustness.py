"""Robustness (issue #10): bad input raises a Python exception and never crashes the
interpreter; parse_many isolates failures; parse is thread-safe and deadlock-free."""

from __future__ import annotations

import concurrent.futures
import subprocess
import sys
import textwrap

import pytest

import dateline
from conftest import TRICKY

HOSTILE = [
    "",
    "\x00" * 1000,
    "\ufeff\r\n\r\n",
    "“" * 5000,
    "(" * 5000 + ")" * 5000,
    "9" * 5000,
    "e\u0301" * 2000,
    "🙂\u200d" * 2000,
    "שלום «اختبار» " * 200,
    "word\r" * 2000,
    TRICKY,
]


@pytest.mark.parametrize("text", HOSTILE, ids=range(len(HOSTILE)))
def test_hostile_text_parses_or_raises_a_dateline_error(text: str) -> None:
    try:
        article = dateline.parse(text)
    except dateline.DatelineError as e:
        assert e.code == "empty_input"
    else:
        assert isinstance(article.text, str)
    try:
        dateline.parse_html(text)
    except dateline.DatelineError as e:
        assert e.code == "empty_input"


@pytest.mark.parametrize(
    ("call", "exc"),
    [
        (lambda: dateline.parse("\ud800 lone surrogate"), UnicodeError),
        (lambda: dateline.parse(None), TypeError),  # type: ignore[arg-type]
        (lambda: dateline.parse(42), TypeError),  # type: ignore[arg-type]
        (lambda: dateline.parse("x", max_input_bytes=-1), (OverflowError, ValueError)),
        (lambda: dateline.parse("x", max_input_bytes=2**80), (OverflowError, ValueError)),
        (lambda: dateline.parse("x", published="2026-02-30"), dateline.InvalidOptionError),
        (lambda: dateline.parse("x", published=20260214), TypeError),  # type: ignore[arg-type]
        (lambda: dateline.parse_many(["ok", None]), TypeError),  # type: ignore[list-item]
        (lambda: dateline.parse_many(["ok", "\udfff"]), UnicodeError),
        (lambda: dateline.parse_many("not a list of texts", threads=-1), (OverflowError, ValueError)),
    ],
)
def test_bad_arguments_raise(call, exc) -> None:  # type: ignore[no-untyped-def]
    with pytest.raises(exc):
        call()


def test_exceptions_never_crash_the_interpreter() -> None:
    """The same hostile calls in a child interpreter: it must exit normally (no abort, no
    segfault, no Rust panic reaching Python as a crash)."""
    code = textwrap.dedent(
        """
        import dateline
        for text in ["", "\\x00", "\\ud800", "“" * 3000, "9" * 3000, None, 1]:
            for f in (dateline.parse, dateline.parse_html):
                try:
                    f(text)
                except Exception:
                    pass
        try:
            dateline.parse_many(["a", "", "\\ud800"])
        except Exception:
            pass
        print("survived")
        """
    )
    out = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, timeout=120, check=False
    )
    assert out.returncode == 0, out.stderr
    assert out.stdout.strip() == "survived"
    assert "panicked" not in out.stderr


def test_parse_many_isolates_each_failure() -> None:
    texts = ["One story, officials said.", "", "x" * 200, "\x00\x00", TRICKY, " \n "]
    results = dateline.parse_many(texts, max_input_bytes=190)  # TRICKY is 172 bytes
    kinds = [type(r).__name__ for r in results]
    assert kinds == [
        "Article",
        "EmptyInputError",
        "InputTooLargeError",
        "EmptyInputError",
        "Article",
        "EmptyInputError",
    ]
    assert [getattr(r, "index", None) for r in results] == [None, 1, 2, 3, None, 5]
    # The successes equal what a lone parse gives: a failing neighbour changes nothing.
    assert results[0] == dateline.parse(texts[0])
    assert results[4] == dateline.parse(TRICKY)


def _corpus() -> list[str]:
    texts = [
        f"Story {i}: “Words {i} 🙂,” said Ana Lopez on Friday. Prices rose {i}% to ${i},000."
        for i in range(60)
    ]
    return texts + HOSTILE


def test_eight_threads_give_the_serial_results() -> None:
    texts = _corpus()

    def one(text: str) -> object:
        try:
            return dateline.parse(text, published="2026-02-14")
        except dateline.DatelineError as e:
            return ("error", e.code)

    serial = [one(t) for t in texts]
    with concurrent.futures.ThreadPoolExecutor(max_workers=8) as pool:
        futures = [pool.submit(one, t) for t in texts * 4]
        # A deadlock fails here instead of hanging the suite.
        done, pending = concurrent.futures.wait(futures, timeout=120)
        assert not pending, f"{len(pending)} parses still running after 120 s"
    concurrent_results = [f.result() for f in futures]
    assert concurrent_results == serial * 4


def test_parse_many_from_several_threads_at_once() -> None:
    texts = _corpus()
    serial = dateline.parse_many(texts, published="2026-02-14")
    with concurrent.futures.ThreadPoolExecutor(max_workers=8) as pool:
        futures = [
            pool.submit(dateline.parse_many, texts, published="2026-02-14", threads=t)
            for t in (None, 1, 2, None, 3, None, 1, 2)
        ]
        done, pending = concurrent.futures.wait(futures, timeout=120)
        assert not pending, "parse_many deadlocked"
    for f in futures:
        got = f.result()
        assert [type(r) for r in got] == [type(r) for r in serial]
        assert [r for r in got if isinstance(r, dateline.Article)] == [
            r for r in serial if isinstance(r, dateline.Article)
        ]
