#!/usr/bin/env python3
"""Seeds fuzz/corpus/{parse,parse_html} (gitignored: page text is copyrighted).

parse:      tests/fixtures/articles/*.txt and up to N `pagetext` records of
            ../shared/data/corpus/pagetext_stress.jsonl.gz
parse_html: up to N pages of ../shared/data/corpus/{naeb,zyte_aeb}/html/*.html.gz

Inputs are cut to MAX bytes (at a UTF-8 boundary) to match `-max_len`.
Usage: python3 fuzz/seed_corpus.py [N]   (from the repository root; default N=300)
"""
import gzip
import hashlib
import json
import pathlib
import sys

ROOT = pathlib.Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared" / "data" / "corpus"
MAX = 65536
N = int(sys.argv[1]) if len(sys.argv) > 1 else 300


def put(target: str, data: bytes) -> None:
    data = data[:MAX].decode("utf-8", "ignore").encode("utf-8")
    out = ROOT / "fuzz" / "corpus" / target
    out.mkdir(parents=True, exist_ok=True)
    (out / hashlib.sha1(data).hexdigest()).write_bytes(data)


def main() -> None:
    for p in sorted((ROOT / "tests" / "fixtures" / "articles").glob("*.txt")):
        put("parse", p.read_bytes())
    stress = SHARED / "pagetext_stress.jsonl.gz"
    if stress.exists():
        with gzip.open(stress, "rt", encoding="utf-8") as f:
            for i, line in enumerate(f):
                if i >= N:
                    break
                put("parse", json.loads(line)["pagetext"].encode("utf-8"))
    pages = sorted(SHARED.glob("*/html/*.html.gz"))
    for p in pages[:N]:
        put("parse_html", gzip.decompress(p.read_bytes()))
    for t in ("parse", "parse_html"):
        d = ROOT / "fuzz" / "corpus" / t
        print(t, len(list(d.iterdir())) if d.exists() else 0, "seeds")


if __name__ == "__main__":
    main()
