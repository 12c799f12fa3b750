from __future__ import annotations

import re

import dateline


def test_html_highlights_quotes_figures_entities(rich: dateline.Article) -> None:
    html = rich._repr_html_()
    assert html.count('class="dl-quote"') >= 2  # two quotes, one part each
    assert "Ça va très bien 🚀" in html
    # Speaker colour and tooltip, unattributed quote too.
    assert 'title="direct quote #0 — speaker: Zoë Müller; cue: said' in html
    assert "partial quote #1 — speaker: unattributed" in html
    # Figures with value tooltips and kind labels.
    assert "money: €1,200; value 1,200–1,300.5 EUR" in html
    assert '<span class="dl-label">percent</span>' in html
    # Entities with kind colours and labels.
    assert "person: Zoë Müller (reporter)" in html
    assert '<span class="dl-label">LOC</span>' in html
    # Legend: counts, speakers, kinds.
    assert "2 quotes · 2 figures · 2 entities" in html
    legend = html[html.index("dateline-legend\"") :]
    assert "Zoë Müller" in legend and "unattributed" in legend and "location" in legend


def test_html_keeps_every_character_once(rich: dateline.Article) -> None:
    html = rich._repr_html_()
    body = html[html.index('<div class="dateline-article">') :]
    stripped = re.sub(r'<span class="dl-label">[^<]*</span>', "", body)
    stripped = re.sub(r"<[^>]+>", "", stripped)
    import html as h

    assert h.unescape(stripped) == rich.text


def test_html_escapes_the_text() -> None:
    article = dateline.parse('Evil <script>alert("x")</script> & “quotes” said Bob.')
    html = article._repr_html_()
    assert "<script>" not in html
    assert "&lt;script&gt;" in html and "&amp;" in html


def test_html_on_a_real_article(seed_text: str) -> None:
    html = dateline.parse(seed_text)._repr_html_()
    assert html.startswith("<style>") and html.endswith("</div></div>")
