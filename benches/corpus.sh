#!/usr/bin/env bash
# Corpus-scale speed and memory of the full pipeline (issue #9). Not a test.
#
#   bash benches/corpus.sh              # builds release binaries, runs everything
#   SKIP_BUILD=1 bash benches/corpus.sh # reuse target/release
#   CORPUS=/path/to/shared/data/corpus THREADS=1,2 REPEAT=3 bash benches/corpus.sh
#
# Prints, per corpus: articles/s, MB/s and words/s single-threaded and with N threads
# (`dateline-eval bench`), CPU use, latency percentiles, the slowest articles and peak RSS
# (`/usr/bin/time -v`); then memory on one 10 MB document (target: peak RSS <= 20x input) and
# flatness over a streamed batch (`dateline parse big.jsonl --format jsonl > /dev/null`, the
# same 10 MB as 100x more articles). Load average is printed with every measurement: on a shared
# machine, compare callgrind instruction counts instead (docs/performance.md).
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
CORPUS="${CORPUS:-$ROOT/../shared/data/corpus}"
THREADS="${THREADS:-1,2}"
REPEAT="${REPEAT:-3}"
TARGET="${CARGO_TARGET_DIR:-$ROOT/target}"
BIN="$TARGET/release"
WORK="$(mktemp -d "${TMPDIR:-/tmp}/dateline-bench.XXXXXX")"
trap 'rm -rf "$WORK"' EXIT

if [[ -z "${SKIP_BUILD:-}" ]]; then
  (cd "$ROOT" && cargo build --release -p dateline-cli -p dateline-eval)
fi
EVAL="$BIN/dateline-eval"
CLI="$BIN/dateline"
TIME=(/usr/bin/time -f "  /usr/bin/time: wall %e s, user %U s, sys %S s, peak RSS %M KB")
[[ -x /usr/bin/time ]] || TIME=()

header() { echo; echo "== $* ($(uptime | sed 's/.*load average/load average/'))"; }

# -- corpora --------------------------------------------------------------------------------
header "fixtures ($ROOT/tests/fixtures/articles)"
"${TIME[@]}" "$EVAL" bench "$ROOT/tests/fixtures/articles" --threads "$THREADS" --repeat "$REPEAT" --copies 20

if [[ -d "$CORPUS/gum_wikinews/txt" ]]; then
  header "GUM Wikinews ($CORPUS/gum_wikinews/txt)"
  "${TIME[@]}" "$EVAL" bench "$CORPUS/gum_wikinews/txt" --threads "$THREADS" --repeat "$REPEAT" --copies 5
else
  echo "GUM Wikinews: $CORPUS/gum_wikinews/txt not found, skipped"
fi

if [[ -f "$CORPUS/pagetext_stress.jsonl.gz" ]]; then
  # The plain text of the naeb pages (and, separately, all 602 pages incl. Zyte AEB).
  python3 - "$CORPUS/pagetext_stress.jsonl.gz" "$WORK" <<'EOF'
import gzip, json, sys
src, out = sys.argv[1], sys.argv[2]
with open(f"{out}/naeb.jsonl", "w") as naeb, open(f"{out}/all.jsonl", "w") as every:
    for line in gzip.open(src, "rt", encoding="utf-8"):
        r = json.loads(line)
        rec = json.dumps({"id": f"{r['set']}-{r['id']}", "text": r["pagetext"]}) + "\n"
        every.write(rec)
        if r["set"] == "naeb":
            naeb.write(rec)
EOF
  header "naeb page text ($CORPUS/pagetext_stress.jsonl.gz, set=naeb)"
  "${TIME[@]}" "$EVAL" bench "$WORK/naeb.jsonl" --threads "$THREADS" --repeat "$REPEAT"
  header "all page text (naeb + zyte_aeb)"
  "${TIME[@]}" "$EVAL" bench "$WORK/all.jsonl" --threads "$THREADS" --repeat 1
else
  echo "page text: $CORPUS/pagetext_stress.jsonl.gz not found, skipped"
fi

# -- memory ---------------------------------------------------------------------------------
python3 - "$ROOT/tests/fixtures/articles" "$WORK" <<'EOF'
import glob, json, sys
fx = [open(p, encoding="utf-8").read() for p in sorted(glob.glob(f"{sys.argv[1]}/*.txt"))]
out = sys.argv[2]
def concat(n):
    parts, size, i = [], 0, 0
    while size < n:
        parts.append(fx[i % len(fx)]); size += len(parts[-1].encode()) + 2; i += 1
    return "\n\n".join(parts).encode()[:n].decode("utf-8", "ignore")
open(f"{out}/big10mb.txt", "w").write(concat(10_000_000))
open(f"{out}/small100kb.txt", "w").write(concat(100_000))
# The same 10 MB as a streamed batch: 100 articles of 100 KB, and 1,000 of 10 KB.
with open(f"{out}/batch100.jsonl", "w") as f:
    for i in range(100):
        f.write(json.dumps({"id": str(i), "text": concat(100_000)}) + "\n")
with open(f"{out}/batch1000.jsonl", "w") as f:
    for i in range(1000):
        f.write(json.dumps({"id": str(i), "text": concat(10_000)}) + "\n")
EOF
header "memory: one 100 KB document (CLI)"
"${TIME[@]}" "$CLI" parse "$WORK/small100kb.txt" --format jsonl -j 1 > /dev/null
header "memory: one 10 MB document (CLI; target peak RSS <= 20x = 200 MB)"
"${TIME[@]}" "$CLI" parse "$WORK/big10mb.txt" --format jsonl -j 1 > /dev/null
header "memory: streamed batch, 100 x 100 KB (CLI, -j 1 and -j 2)"
"${TIME[@]}" "$CLI" parse "$WORK/batch100.jsonl" --format jsonl -j 1 > /dev/null
"${TIME[@]}" "$CLI" parse "$WORK/batch100.jsonl" --format jsonl -j 2 > /dev/null
header "memory: streamed batch, 1,000 x 10 KB (CLI, -j 2)"
"${TIME[@]}" "$CLI" parse "$WORK/batch1000.jsonl" --format jsonl -j 2 > /dev/null
