"""The JSON contract: ``schema/article.schema.json`` describes exactly what ``Article.to_json()``
writes. Every article fixture is parsed and validated, and every key of the output must be listed
in the schema (no drift between the serde model and the schema)."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

import dateline
from conftest import rich_article_dict

jsonschema = pytest.importorskip(
    "jsonschema", reason="the jsonschema package is not installed (pip install jsonschema)"
)

REPO = Path(__file__).resolve().parents[2]
SCHEMA_PATH = REPO / "schema" / "article.schema.json"
FIXTURES = REPO / "tests" / "fixtures" / "articles"
# Every `<id>.txt` in the fixtures folder is an article; LICENSE-*.txt are licence texts.
ARTICLES = sorted(p for p in FIXTURES.glob("*.txt") if not p.name.startswith("LICENSE"))


@pytest.fixture(scope="module")
def schema() -> dict[str, Any]:
    return json.loads(SCHEMA_PATH.read_text(encoding="utf-8"))


@pytest.fixture(scope="module")
def validator(schema: dict[str, Any]) -> Any:
    jsonschema.Draft202012Validator.check_schema(schema)
    return jsonschema.Draft202012Validator(schema)


def _resolve(schema: dict[str, Any], node: dict[str, Any]) -> dict[str, Any]:
    """Follows local ``$ref``s (``#/$defs/Name``)."""
    while "$ref" in node:
        ref = node["$ref"]
        assert ref.startswith("#/$defs/"), f"unexpected $ref {ref}"
        node = schema["$defs"][ref.removeprefix("#/$defs/")]
    return node


def _undeclared_keys(schema: dict[str, Any], node: dict[str, Any], value: Any, path: str) -> list[str]:
    """Paths of the keys in ``value`` that the schema ``node`` does not list, recursively."""
    node = _resolve(schema, node)
    if "anyOf" in node:  # Option<Record>: a record or null
        if value is None:
            return []
        branches = [b for b in node["anyOf"] if _resolve(schema, b).get("type") != "null"]
        assert len(branches) == 1, f"{path}: expected one non-null branch"
        return _undeclared_keys(schema, branches[0], value, path)
    missing: list[str] = []
    if isinstance(value, dict):
        props = node.get("properties", {})
        for key, item in value.items():
            if key not in props:
                missing.append(f"{path}.{key}")
            else:
                missing += _undeclared_keys(schema, props[key], item, f"{path}.{key}")
    elif isinstance(value, list):
        items = node.get("items")
        if value:
            assert items is not None, f"{path}: array without items"
        for i, item in enumerate(value):
            missing += _undeclared_keys(schema, items, item, f"{path}[{i}]")
    return missing


def _check(schema: dict[str, Any], validator: Any, data: dict[str, Any], name: str) -> None:
    errors = sorted(validator.iter_errors(data), key=lambda e: list(e.absolute_path))
    assert not errors, f"{name}: " + "; ".join(
        f"{'/'.join(map(str, e.absolute_path)) or '<root>'}: {e.message}" for e in errors[:10]
    )
    assert _undeclared_keys(schema, schema, data, "$") == [], f"{name}: keys not in the schema"


def test_there_are_article_fixtures() -> None:
    assert ARTICLES, f"no article fixtures in {FIXTURES}"


@pytest.mark.parametrize("path", ARTICLES, ids=[p.stem for p in ARTICLES])
def test_fixture_output_matches_schema(path: Path, schema: dict[str, Any], validator: Any) -> None:
    article = dateline.parse(path.read_text(encoding="utf-8"))
    data = json.loads(article.to_json())
    _check(schema, validator, data, path.name)


def test_every_record_with_every_optional_set_matches_schema(
    schema: dict[str, Any], validator: Any
) -> None:
    # One record of every class with every optional field set, whatever the pipeline finds today.
    data = json.loads(dateline.Article.from_dict(rich_article_dict()).to_json())
    _check(schema, validator, data, "rich article")


def test_objects_are_closed_and_require_every_field(schema: dict[str, Any]) -> None:
    objects = {"Article": schema, **schema["$defs"]}
    for name, node in objects.items():
        if node.get("type") != "object":
            continue
        assert node.get("additionalProperties") is False, name
        assert sorted(node["required"]) == sorted(node["properties"]), name


def test_schema_rejects_drift(validator: Any) -> None:
    data = json.loads(dateline.parse("Rutte said it was “clear”.").to_json())
    assert validator.is_valid(data)
    assert not validator.is_valid({**data, "unknown": 1})
    missing = dict(data)
    del missing["headline"]
    assert not validator.is_valid(missing)
