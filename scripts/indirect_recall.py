#!/usr/bin/env python3
"""Recall of indirect attributions split by the kind of cue, for PolNeAR-style gold.

usage: python3 scripts/indirect_recall.py GOLD.jsonl PRED.jsonl

PRED comes from `dateline-eval quotes GOLD --write-pred PRED`. A gold indirect attribution counts
as "speech" when a word of its cue is one of the speech-verb forms of dateline's `CUES` table
(read from crates/dateline/src/quote.rs), else as "other" (beliefs, intentions, evidence,
stances, noun cues). Found = some predicted indirect part overlaps one of its parts, as the
reference scorer's overlap match counts (without its 1:1 matching: an upper bound).
"""
import json, os, re, sys

if len(sys.argv) != 3:
    sys.exit(__doc__)
root = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
src = open(os.path.join(root, "crates/dateline/src/quote.rs"), encoding="utf-8").read()
table = src[src.index("const CUES"):src.index("const NOUN_ADJECTIVES")]
cues = set(re.findall(r'\("([a-z ]+)", "[a-z ]+", (?:true|false)\)', table))


def parts(q):
    return [(p[0], p[1]) if isinstance(p, list) else (p["start"], p["end"]) for p in q["parts"]]


pred = {}
for line in open(sys.argv[2], encoding="utf-8"):
    d = json.loads(line)
    pred[d["id"]] = [s for q in d["quotes"] if q["kind"] == "indirect" for s in parts(q)]
counts = {"speech": [0, 0], "other": [0, 0]}
for line in open(sys.argv[1], encoding="utf-8"):
    d = json.loads(line)
    found = pred.get(d["id"], [])
    for q in d["quotes"]:
        if q["kind"] != "indirect":
            continue
        kind = "speech" if any(w in cues for w in (q.get("cue") or "").lower().split()) else "other"
        hit = any(s < e2 and s2 < e for s, e in parts(q) for s2, e2 in found)
        counts[kind][0] += 1
        counts[kind][1] += hit
for kind, (n, hit) in counts.items():
    print(f"{kind:7} {n:5} attributions, recall {100 * hit / max(n, 1):.1f}")
