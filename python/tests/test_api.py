from __future__ import annotations

import copy
import datetime
import json
import pickle

import pytest

import dateline
from conftest import TRICKY, rich_article_dict

CLASSES = [
    dateline.Article, dateline.Quote, dateline.Speaker, dateline.Cue, dateline.Addressee,
    dateline.Figure, dateline.Entity, dateline.Mention, dateline.Caption, dateline.Link,
    dateline.RelatedArticle, dateline.Paragraph, dateline.Block, dateline.Dateline, dateline.Span,
]


def test_parse_returns_an_article() -> None:
    article = dateline.parse(TRICKY)
    assert isinstance(article, dateline.Article)
    assert article.schema_version == dateline.SCHEMA_VERSION
    assert article.text.startswith("Zoë")
    for name in ("quotes", "figures", "entities", "paragraphs", "blocks", "sentences"):
        assert isinstance(getattr(article, name), list)
    assert article.paragraphs, "a two-paragraph text has paragraphs"


def test_published_accepts_str_date_and_datetime() -> None:
    for value in ("2026-02-14", datetime.date(2026, 2, 14), datetime.datetime(2026, 2, 14, 23)):
        article = dateline.parse(TRICKY, published=value)
        assert article.published == "2026-02-14"
        assert article.published_source == "given"
    with pytest.raises(TypeError, match="published"):
        dateline.parse(TRICKY, published=20260214)  # type: ignore[arg-type]


def test_classes_are_public_names_of_the_package() -> None:
    for cls in CLASSES:
        assert cls.__module__ == "dateline"
        assert getattr(dateline, cls.__name__) is cls
        assert isinstance(cls.__match_args__, tuple)


def test_records_are_frozen(rich: dateline.Article) -> None:
    with pytest.raises(AttributeError):
        rich.text = "x"  # type: ignore[misc]
    with pytest.raises(AttributeError):
        rich.quotes[0].text = "x"  # type: ignore[misc]


def test_kinds_are_contract_strings(rich: dateline.Article) -> None:
    assert rich.quotes[0].kind == "direct"
    assert rich.entities[0].kind == "person"
    assert rich.entities[0].mentions[0].form == "name"
    assert rich.figures[1].kind == "money"
    assert rich.figures[1].bound == "at_least"
    assert rich.figures[1].date_anchor == "published"
    assert all(isinstance(b.kind, str) for b in rich.blocks)


def test_nested_records(rich: dateline.Article) -> None:
    q = rich.quotes[0]
    assert isinstance(q.parts[0], dateline.Span)
    assert isinstance(q.speaker, dateline.Speaker) and q.speaker.name == "Zoë Müller"
    assert isinstance(q.cue, dateline.Cue) and q.cue.lemma == "say"
    assert isinstance(q.addressee, dateline.Addressee) and q.addressee.entity is None
    assert rich.quotes[1].speaker is None
    assert isinstance(rich.dateline, dateline.Dateline)
    assert isinstance(rich.captions[0].credit_span, dateline.Span)
    assert rich.figures[1].value == 1200.0 and isinstance(rich.figures[1].value, float)


def test_unresolved_pronoun_speaker_has_no_name() -> None:
    a = dateline.parse("“We will not stop,” they said on Monday.")
    (q,) = a.quotes
    assert q.speaker is not None and q.speaker.entity is None and q.speaker.name is None
    assert a.text[q.speaker.start : q.speaker.end] == "they"
    assert q.to_dict()["speaker"]["name"] is None


def test_to_dict_to_json_and_back(rich: dateline.Article) -> None:
    d = rich.to_dict()
    assert d == json.loads(rich.to_json())
    assert dateline.Article.from_json(rich.to_json()) == rich
    assert dateline.Article.from_dict(d) == rich
    q = rich.quotes[0]
    assert dateline.Quote.from_json(q.to_json()) == q
    assert dateline.Quote.from_dict(q.to_dict()) == q
    assert q.to_dict()["speaker"]["name"] == "Zoë Müller"


def test_from_json_rejects_bad_input() -> None:
    with pytest.raises(ValueError, match="invalid JSON"):
        dateline.Article.from_json("{")
    with pytest.raises(ValueError, match="invalid JSON"):
        dateline.Span.from_json('{"start": "x", "end": 1}')


def test_equality_and_hash(rich: dateline.Article) -> None:
    other = dateline.Article.from_dict(rich_article_dict())
    assert rich == other and hash(rich) == hash(other)
    assert rich.quotes[0] == other.quotes[0]
    assert rich.quotes[0] != rich.quotes[1]
    assert rich != dateline.parse("Something else.")
    assert rich.quotes[0] != "a string"
    assert dateline.Span.from_dict({"start": 1, "end": 2}) != dateline.Paragraph.from_dict(
        {"start": 1, "end": 2}
    )
    assert len({rich.quotes[0], other.quotes[0], rich.quotes[1]}) == 2


def _records(article: dateline.Article) -> list[object]:
    q = article.quotes[0]
    e = article.entities[0]
    return [
        article, q, q.speaker, q.cue, q.addressee, q.parts[0], article.figures[1], e,
        e.mentions[0], article.captions[0], article.links[0], article.related[0],
        article.paragraphs[0], article.blocks[0], article.dateline,
    ]


def test_every_class_is_covered(rich: dateline.Article) -> None:
    assert {type(r) for r in _records(rich)} == set(CLASSES)


@pytest.mark.parametrize("protocol", [2, pickle.HIGHEST_PROTOCOL])
def test_pickle_round_trip(rich: dateline.Article, protocol: int) -> None:
    for record in _records(rich):
        back = pickle.loads(pickle.dumps(record, protocol=protocol))
        assert back == record and type(back) is type(record)
    assert copy.deepcopy(rich) == rich


def test_repr(rich: dateline.Article) -> None:
    r = repr(rich)
    assert r.startswith("Article(headline='Zoë <b>&</b> “headline”'")
    assert "quotes=2" in r and "figures=2" in r and "entities=2" in r
    assert repr(rich.quotes[0].parts[0]).startswith("Span(start=")
    q = repr(rich.quotes[0])
    assert q.startswith("Quote(id=0, kind='direct', text='Ça va très bien 🚀'")
    assert "speaker=Speaker(entity=0, name='Zoë Müller'" in q


def test_match_args(rich: dateline.Article) -> None:
    match rich.quotes[0].parts[0]:
        case dateline.Span(start, end):
            assert end > start
        case _:
            pytest.fail("Span does not match")


def test_version() -> None:
    assert isinstance(dateline.__version__, str) and dateline.__version__
    assert dateline.DEFAULT_MAX_INPUT_BYTES == 16 * 1024 * 1024
