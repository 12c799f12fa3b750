from __future__ import annotations

import pytest

import dateline


def test_hierarchy_and_codes() -> None:
    assert issubclass(dateline.DatelineError, Exception)
    for cls, code in [
        (dateline.InputTooLargeError, "input_too_large"),
        (dateline.EmptyInputError, "empty_input"),
        (dateline.InvalidOptionError, "invalid_option"),
    ]:
        assert issubclass(cls, dateline.DatelineError)
        assert cls.code == code
        assert cls.__module__ == "dateline"


@pytest.mark.parametrize("text", ["", "   \n\t  ", "\u0000\u0001"])
def test_empty_input(text: str) -> None:
    with pytest.raises(dateline.EmptyInputError) as info:
        dateline.parse(text)
    assert info.value.code == "empty_input"
    assert info.value.index is None
    assert str(info.value) == "empty input: no text to analyse"


def test_input_too_large() -> None:
    with pytest.raises(dateline.InputTooLargeError, match="11 bytes, the limit is 10") as info:
        dateline.parse("x" * 11, max_input_bytes=10)
    assert info.value.code == "input_too_large"
    big = "a" * (dateline.DEFAULT_MAX_INPUT_BYTES + 1)
    with pytest.raises(dateline.InputTooLargeError):
        dateline.parse(big)


def test_invalid_option() -> None:
    with pytest.raises(dateline.InvalidOptionError, match="published") as info:
        dateline.parse("A story.", published="14/02/2026")
    assert info.value.code == "invalid_option"
    assert "14/02/2026" in str(info.value)
    # The option is checked once, before any document, also in parse_many.
    with pytest.raises(dateline.InvalidOptionError):
        dateline.parse_many(["A story."], published="2026-13-45")


def test_catch_all_base() -> None:
    with pytest.raises(dateline.DatelineError):
        dateline.parse("")


def test_type_errors_are_not_dateline_errors() -> None:
    with pytest.raises(TypeError):
        dateline.parse(b"bytes")  # type: ignore[arg-type]
    with pytest.raises(TypeError):
        dateline.parse_many([1, 2])  # type: ignore[list-item]
