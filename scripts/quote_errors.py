#!/usr/bin/env python3
"""List quote/speaker errors of a prediction file against PolNeAR-style gold (for tuning on dev/train).

usage: python3 scripts/quote_errors.py GOLD.jsonl PRED.jsonl [--kinds direct,mixed] [--what speaker|missed|spurious|exact] [--limit N]

PRED comes from `dateline-eval quotes GOLD --write-pred PRED`. Matching and trimming are those of
the reference scorer (`score_quotes.py`, imported from the gold file's directory).
"""
import argparse, json, os, sys
from collections import Counter

ap = argparse.ArgumentParser()
ap.add_argument("gold"); ap.add_argument("pred")
ap.add_argument("--kinds", default="direct,mixed")
ap.add_argument("--what", default="speaker")
ap.add_argument("--limit", type=int, default=60)
ap.add_argument("--context", action="store_true", help="with --what exact: show the text around each error")
ap.add_argument("--only", help="with --what exact: only this error kind (pred-longer, pred-shorter, shifted)")
a = ap.parse_args()
sys.path.insert(0, os.path.dirname(os.path.abspath(a.gold)))
import score_quotes as sq  # noqa: E402

kinds = set(a.kinds.split(","))
gold, pred = sq.load(a.gold), sq.load(a.pred)
shown, stats = 0, Counter()


def ctx(text, s, e, width=160):
    lo, hi = max(0, s - width), min(len(text), e + width)
    return (text[lo:s] + "[[" + text[s:e] + "]]" + text[e:hi]).replace("\n", " | ")


def span(q, text):
    if q.get("speaker_start") is None:
        return None
    return text[q["speaker_start"]:q["speaker_end"]]


for doc_id, g in gold.items():
    text = g["text"]
    gq = sq.split_fragments([q for q in g["quotes"] if q.get("kind") in kinds])
    pq = sq.split_fragments([q for q in pred.get(doc_id, {"quotes": []})["quotes"] if q.get("kind") in kinds | {"direct", "partial", "mixed"}])
    G = [(sq.content(q, text), q) for q in gq]; G = [x for x in G if x[0]]
    P = [(sq.content(q, text), q) for q in pq]; P = [x for x in P if x[0]]
    pairs = sq.match(G, P, exact=False)
    exact = set(sq.match(G, P, exact=True))
    mg = {gi for gi, _ in pairs}; mp = {pi for _, pi in pairs}
    out = []
    if a.what == "speaker":
        for gi, pi in pairs:
            gs, ps = sq.speaker(G[gi][1], text), sq.speaker(P[pi][1], text)
            ok = (gs is None and ps is None) or (gs is not None and ps is not None and bool(gs & ps))
            if ok:
                continue
            kind = "pred-null" if ps is None else "gold-null" if gs is None else "wrong"
            stats[kind] += 1
            q = G[gi][1]
            out.append(f"[{kind}] gold={span(q, text)!r} pred={span(P[pi][1], text)!r} ({P[pi][1].get('speaker')})\n   {ctx(text, q['start'], q['end'])}")
    elif a.what == "missed":
        for gi, (c, q) in enumerate(G):
            if gi not in mg:
                stats[q.get('kind')] += 1
                out.append(f"[missed {q.get('kind')}] {ctx(text, q['start'], q['end'], 100)}")
    elif a.what == "spurious":
        for pi, (c, q) in enumerate(P):
            if pi not in mp:
                stats[q.get('kind')] += 1
                out.append(f"[spurious {q.get('kind')}] {ctx(text, q['start'], q['end'], 100)}")
    elif a.what == "exact":
        for gi, pi in pairs:
            if (gi, pi) in exact:
                continue
            g0, p0 = G[gi][0], P[pi][0]
            kind = "pred-longer" if p0 > g0 else "pred-shorter" if p0 < g0 else "shifted"
            stats[kind] += 1
            if a.only and kind != a.only:
                continue
            gl, gh, pl, ph = min(g0), max(g0) + 1, min(p0), max(p0) + 1
            line = f"[{kind}] gold={text[gl:gh]!r}\n   pred={text[pl:ph]!r}"
            if a.context:
                line += f"\n   ctx: {ctx(text, min(gl, pl), max(gh, ph), 120)}"
            out.append(line)
    for line in out:
        if shown < a.limit:
            print(line); shown += 1
print(dict(stats), file=sys.stderr)
