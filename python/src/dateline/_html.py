"""Article._repr_html_: the text with quotes, figures and entities highlighted, displaCy-like.

Quotes are underlined and tinted in their speaker's colour; figures and entity mentions are
marked in their kind's colour with a small label; hovering shows the speaker, value or name.
Presentation only: everything shown comes from the Article's fields.
"""

from __future__ import annotations

from html import escape
from typing import Any, Optional

# displaCy's palette where it has the kind, close tones otherwise.
ENTITY_COLOURS = {
    "person": "#aa9cfc",
    "organization": "#7aecec",
    "location": "#feca74",
    "event": "#ffeb80",
    "nationality": "#c887fb",
    "group": "#9cc9cc",
    "work": "#f0d0ff",
}
FIGURE_COLOURS = {
    "money": "#a5e38c",
    "percent": "#e4e7d2",
    "count": "#bfe1d9",
    "number": "#d8e5df",
    "quantity": "#e0d7c1",
    "age": "#f4c8a8",
    "ordinal": "#dcdcdc",
    "date": "#bfd8f2",
    "year": "#c8d3f0",
}
ENTITY_LABELS = {"organization": "ORG", "location": "LOC", "nationality": "NORP"}
SPEAKER_COLOURS = [
    "#e45756", "#4c78a8", "#f58518", "#54a24b", "#b279a2",
    "#9d755d", "#eeca3b", "#72b7b2", "#ff9da6", "#bab0ac",
]
UNATTRIBUTED = "#888888"
DEFAULT_MARK = "#dddddd"

STYLE = """<style>
.dateline-article { font-family: -apple-system, "Segoe UI", Helvetica, Arial, sans-serif;
  line-height: 2.3; white-space: pre-wrap; max-width: 60em; }
.dateline-article .dl-quote { border-bottom: 3px solid; padding-bottom: 1px; }
.dateline-article mark.dl-mark { padding: 0.15em 0.35em; margin: 0 0.1em;
  border-radius: 0.35em; line-height: 1; color: inherit; }
.dateline-article .dl-label { font-size: 0.6em; font-weight: bold; text-transform: uppercase;
  vertical-align: middle; margin-left: 0.4em; opacity: 0.75; }
.dateline-legend { font-family: -apple-system, "Segoe UI", Helvetica, Arial, sans-serif;
  font-size: 0.85em; margin-bottom: 0.8em; line-height: 2; }
.dateline-legend .dl-chip { padding: 0.1em 0.5em; margin-right: 0.4em; border-radius: 0.35em; }
</style>
"""


class _Mark:
    """An interval to highlight: a quote part (layer 0) or a figure/mention (layer 1)."""

    __slots__ = ("start", "end", "layer", "colour", "title", "label")

    def __init__(
        self, start: int, end: int, layer: int, colour: str, title: str, label: str = ""
    ) -> None:
        self.start, self.end, self.layer = start, end, layer
        self.colour, self.title, self.label = colour, title, label


def _fmt_value(value: Optional[float]) -> str:
    if value is None:
        return ""
    return f"{value:,.0f}" if float(value).is_integer() else f"{value:,}"


def _speaker_key(quote: Any) -> Optional[str]:
    sp = quote.speaker
    # An unresolved pronoun (no entity, no name) is an unknown speaker.
    if sp is None or (sp.entity is None and sp.name is None):
        return None
    return f"e{sp.entity}" if sp.entity is not None else f"n{sp.name}"


def _speakers(article: Any) -> dict[str, tuple[str, str]]:
    """Speaker key → (name, colour), in order of first quote."""
    speakers: dict[str, tuple[str, str]] = {}
    for quote in article.quotes:
        key = _speaker_key(quote)
        if key is not None and key not in speakers:
            colour = SPEAKER_COLOURS[len(speakers) % len(SPEAKER_COLOURS)]
            speakers[key] = (quote.speaker.name, colour)
    return speakers


def _marks(article: Any, speakers: dict[str, tuple[str, str]]) -> list[_Mark]:
    marks = []
    for q in article.quotes:
        key = _speaker_key(q)
        name, colour = speakers[key] if key is not None else ("unattributed", UNATTRIBUTED)
        title = f"{q.kind} quote #{q.id} — speaker: {name}"
        if q.cue is not None:
            title += f"; cue: {q.cue.text}"
        if q.addressee is not None:
            title += f"; to: {q.addressee.name}"
        if q.date is not None:
            title += f"; date: {q.date}"
        for part in q.parts:
            marks.append(_Mark(part.start, part.end, 0, colour, title))
    entities = article.entities
    for e in entities:
        colour = ENTITY_COLOURS.get(e.kind, DEFAULT_MARK)
        label = ENTITY_LABELS.get(e.kind, e.kind)
        title = f"{e.kind}: {e.name}"
        if e.roles:
            title += f" ({'; '.join(e.roles)})"
        for m in e.mentions:
            marks.append(_Mark(m.start, m.end, 1, colour, f"{title} — “{m.text}”, {m.form}", label))
    for f in article.figures:
        details = [f"{f.kind}: {f.text}"]
        if f.value is not None:
            value = _fmt_value(f.value)
            if f.value_max is not None:
                value += f"–{_fmt_value(f.value_max)}"
            unit = f.currency or f.unit
            details.append(f"value {value}{' ' + unit if unit else ''}")
        for name in ("bound", "counted", "category", "date"):
            if getattr(f, name) is not None:
                details.append(f"{name} {getattr(f, name)}")
        if f.approximate:
            details.append("approximate")
        if f.speaker is not None and 0 <= f.speaker < len(entities):
            details.append(f"claimed by {entities[f.speaker].name}")
        colour = FIGURE_COLOURS.get(f.kind, DEFAULT_MARK)
        marks.append(_Mark(f.start, f.end, 1, colour, "; ".join(details), f.kind))
    return [m for m in marks if m.start < m.end]


def _innermost(active: list[_Mark]) -> Optional[_Mark]:
    return min(active, key=lambda m: (m.end - m.start, m.layer)) if active else None


def _body(text: str, marks: list[_Mark]) -> str:
    n = len(text)
    cuts = sorted({0, n, *(min(max(m.start, 0), n) for m in marks), *(min(m.end, n) for m in marks)})
    starts = sorted(marks, key=lambda m: m.start)
    out: list[str] = []
    active: list[_Mark] = []
    nxt = 0
    for a, b in zip(cuts, cuts[1:]):
        active = [m for m in active if m.end > a]
        while nxt < len(starts) and starts[nxt].start <= a:
            if starts[nxt].end > a:
                active.append(starts[nxt])
            nxt += 1
        chunk = escape(text[a:b])
        mark = _innermost([m for m in active if m.layer == 1])
        quote = _innermost([m for m in active if m.layer == 0])
        if mark is not None:
            label = (
                f'<span class="dl-label">{escape(mark.label)}</span>'
                if mark.label and b >= mark.end
                else ""
            )
            chunk = (
                f'<mark class="dl-mark" style="background: {mark.colour}" '
                f'title="{escape(mark.title)}">{chunk}{label}</mark>'
            )
        if quote is not None:
            chunk = (
                f'<span class="dl-quote" style="border-color: {quote.colour}; '
                f'background: {quote.colour}22" title="{escape(quote.title)}">{chunk}</span>'
            )
        out.append(chunk)
    return "".join(out)


def _legend(article: Any, speakers: dict[str, tuple[str, str]]) -> str:
    chips = []
    for name, colour in speakers.values():
        chips.append(
            f'<span class="dl-chip" style="border-bottom: 3px solid {colour}; '
            f'background: {colour}22">{escape(name)}</span>'
        )
    if any(q.speaker is None for q in article.quotes):
        chips.append(
            f'<span class="dl-chip" style="border-bottom: 3px solid {UNATTRIBUTED}">'
            "unattributed</span>"
        )
    kinds = sorted({e.kind for e in article.entities if e.mentions})
    for kind in kinds:
        colour = ENTITY_COLOURS.get(kind, DEFAULT_MARK)
        chips.append(f'<span class="dl-chip" style="background: {colour}">{escape(kind)}</span>')
    for kind in sorted({f.kind for f in article.figures}):
        colour = FIGURE_COLOURS.get(kind, DEFAULT_MARK)
        chips.append(f'<span class="dl-chip" style="background: {colour}">{escape(kind)}</span>')
    counts = (
        f"{len(article.quotes)} quotes · {len(article.figures)} figures · "
        f"{len(article.entities)} entities"
    )
    return f'<div class="dateline-legend"><b>{counts}</b><br>{"".join(chips)}</div>'


def render(article: Any) -> str:
    """The article as HTML: a legend, then the text with its highlights."""
    speakers = _speakers(article)
    body = _body(article.text, _marks(article, speakers))
    return (
        f'{STYLE}<div class="dateline">{_legend(article, speakers)}'
        f'<div class="dateline-article">{body}</div></div>'
    )
