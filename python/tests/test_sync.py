"""The Python classes stay in sync with the Rust model: every field that the core writes to
JSON is an attribute of the matching Python class, with the same value, and nothing else is.

This fails when the lead adds a field to model.rs and the binding has no getter for it
(bindings/python/src/convert.rs, the `record!` field lists) or the stub lacks it."""

from __future__ import annotations

from typing import Any

import dateline
from conftest import TRICKY


def compare(obj: Any, data: Any, path: str) -> None:
    if isinstance(data, dict):
        cls = type(obj)
        assert hasattr(cls, "__match_args__"), f"{path}: expected a dateline record, found {obj!r}"
        fields = set(cls.__match_args__)
        missing = sorted(set(data) - fields)
        extra = sorted(fields - set(data))
        assert not missing, f"{path} ({cls.__name__}): model fields without attributes: {missing}"
        assert not extra, f"{path} ({cls.__name__}): attributes not in the model: {extra}"
        for key, value in data.items():
            compare(getattr(obj, key), value, f"{path}.{key}")
    elif isinstance(data, list):
        assert isinstance(obj, list) and len(obj) == len(data), path
        for i, (o, d) in enumerate(zip(obj, data)):
            compare(o, d, f"{path}[{i}]")
    else:
        assert obj == data and type(obj) is type(data), f"{path}: {obj!r} != {data!r}"


def test_every_model_field_is_an_attribute(rich: dateline.Article) -> None:
    # The JSON comes from the core's serde, so it has every field of the current model.
    import json

    compare(rich, json.loads(rich.to_json()), "article")
    compare(dateline.parse(TRICKY), json.loads(dateline.parse(TRICKY).to_json()), "article")


def test_seed_article_is_in_sync(seed_text: str) -> None:
    import json

    article = dateline.parse(seed_text, published="2026-02-14")
    compare(article, json.loads(article.to_json()), "article")


def test_stub_lists_every_attribute() -> None:
    """Each class's properties in _dateline.pyi are exactly its fields, in model order."""
    import ast
    from pathlib import Path

    stub = Path(dateline.__file__).with_name("_dateline.pyi")
    tree = ast.parse(stub.read_text(encoding="utf-8"))
    for node in tree.body:
        if isinstance(node, ast.ClassDef) and hasattr(getattr(dateline, node.name), "__match_args__"):
            props = [
                f.name
                for f in node.body
                if isinstance(f, ast.FunctionDef)
                and any(isinstance(d, ast.Name) and d.id == "property" for d in f.decorator_list)
            ]
            assert tuple(props) == getattr(dateline, node.name).__match_args__, node.name
