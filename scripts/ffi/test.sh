#!/usr/bin/env bash
# Tests the Kotlin and Swift bindings of dateline-ffi for real, non-interactively (CI=true, no
# stdin). Installs what it needs, reuses the debug library of `cargo build -p dateline-ffi`:
#
#   1. cargo test --workspace --no-run: a no-op right after `cargo test --workspace` (CI runs that
#      first). Not `cargo build -p dateline-ffi`: with `-p`, cargo unifies features over this
#      package only (uniffi's clap, tempfile, getrandom differ), so it would compile uniffi and
#      dateline-ffi a second time. The test build holds the cdylib in target/debug/deps and the
#      uniffi-bindgen binary in target/debug (bindings/ffi/tests/generate.rs makes cargo build it).
#   2. scripts/ffi/generate.sh -> target/ffi-bindings/{kotlin,swift}, from that cdylib
#   3. Kotlin: npm ci (kotlin-compiler, pinned in bindings/ffi/kotlin), JNA from Debian's
#      libjna-java, kotlinc the bindings + bindings/ffi/tests/bindings/DatelineTest.kt, run it on
#      the JVM against that cdylib
#   4. Swift (no toolchain needed): scripts/ffi/check_swift.py in a venv with tree-sitter-swift
#      (syntax of the generated module and of DatelineTests.swift, the C header with gcc, header
#      vs exported symbols, checksums); with DATELINE_FFI_SWIFT=1 and `swift` on PATH, also
#      scripts/ffi/swift-test.sh (the XCTest suite).
#
# Prints `kotlin: N passed, M failed`, `swift-checks: N passed, M failed` and a total
# `N passed, M failed` last; exits non-zero on any failure.
# Env: DATELINE_SEED (seed article; default ../shared/seeds/rutte-munich-2026.txt beside the repo),
#      DATELINE_FFI_STRICT=1 (pending checks fail), CARGO_TARGET_DIR.
set -euo pipefail
exec </dev/null

root=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
cd "$root"
target_dir=${CARGO_TARGET_DIR:-$root/target}
tools="$target_dir/ffi-tools"
bindings="$target_dir/ffi-bindings"
seed=${DATELINE_SEED:-$root/../shared/seeds/rutte-munich-2026.txt}
export CI=${CI:-true} DEBIAN_FRONTEND=noninteractive npm_config_yes=true
start=$(date +%s)
step() { echo "== $* ($(( $(date +%s) - start ))s)"; }
total_passed=0
total_failed=0
tally() { # label, output file, exit code
    local line
    line=$(grep -E '^[0-9]+ passed, [0-9]+ failed$' "$2" | tail -n 1 || true)
    if [[ -z "$line" ]]; then
        echo "$1: no summary line (exit code $3)"
        total_failed=$((total_failed + 1))
        return
    fi
    local p=${line%% passed*} f=${line#*, }
    f=${f%% failed*}
    total_passed=$((total_passed + p))
    total_failed=$((total_failed + f))
    if [[ "$3" != 0 && "$f" == 0 ]]; then total_failed=$((total_failed + 1)); fi
    echo "$1: $line"
}

step "cargo test --workspace --no-run"
cargo test --workspace --no-run
libdir="$target_dir/debug/deps"
lib="$libdir/libdateline_ffi.so"
if [[ "$(uname -s)" == Darwin ]]; then lib="$libdir/libdateline_ffi.dylib"; fi

step "generate bindings"
DATELINE_FFI_LIB="$lib" FFI_SKIP_BUILD=1 scripts/ffi/generate.sh "$bindings"

# --- tools -----------------------------------------------------------------------------------
step "tools"
if [[ ! -f /usr/share/java/jna.jar ]]; then
    apt-get update -qq
    apt-get install -y -qq libjna-java >/dev/null
fi
jna=/usr/share/java/jna.jar
kotlin_dir="$root/bindings/ffi/kotlin"
kotlin_home="$kotlin_dir/node_modules/kotlin-compiler"
wanted=$(sed -n 's/.*"kotlin-compiler": "\([^"]*\)".*/\1/p' "$kotlin_dir/package.json")
have=$(sed -n 's/.*"version": "\([^"]*\)".*/\1/p' "$kotlin_home/package.json" 2>/dev/null | head -n 1 || true)
if [[ "$have" != "$wanted" ]]; then
    (cd "$kotlin_dir" && npm ci --no-audit --no-fund --loglevel=error)
fi
venv="$tools/venv"
if ! "$venv/bin/python" -c 'import tree_sitter, tree_sitter_swift' 2>/dev/null; then
    rm -rf "$venv"
    python3 -m venv "$venv"
    "$venv/bin/pip" install --quiet --disable-pip-version-check \
        tree-sitter==0.26.1 tree-sitter-swift==0.7.4
fi

# --- Kotlin ----------------------------------------------------------------------------------
step "kotlin: compile"
kt_bindings="$bindings/kotlin/org/dateline/dateline_ffi.kt"
kt_test="$root/bindings/ffi/tests/bindings/DatelineTest.kt"
classes="$tools/kotlin-classes"
stamp=$(cat "$kt_bindings" "$kt_test" "$kotlin_home/package.json" | sha256sum | cut -d' ' -f1)
if [[ "$(cat "$classes.stamp" 2>/dev/null || true)" != "$stamp" ]]; then
    rm -rf "$classes" "$classes.stamp"
    # JAVA_OPTS for the compiler's own JVM; -nowarn keeps the log to errors.
    bash "$kotlin_home/bin/kotlinc" -nowarn -cp "$jna" -d "$classes" "$kt_bindings" "$kt_test"
    echo "$stamp" >"$classes.stamp"
else
    echo "unchanged since the last run: reusing $classes"
fi

step "kotlin: run"
kt_out="$tools/kotlin-test.log"
set +e
java -Djna.library.path="$libdir" \
    -cp "$classes:$jna:$kotlin_home/lib/kotlin-stdlib.jar" DatelineTestKt "$seed" 2>&1 | tee "$kt_out"
kt_rc=${PIPESTATUS[0]}
set -e

# --- Swift -----------------------------------------------------------------------------------
step "swift: checks without a toolchain"
sw_out="$tools/swift-checks.log"
set +e
"$venv/bin/python" scripts/ffi/check_swift.py --swift-dir "$bindings/swift" \
    --lib "$lib" \
    "$root/bindings/ffi/tests/bindings/DatelineTests.swift" 2>&1 | tee "$sw_out"
sw_rc=${PIPESTATUS[0]}
set -e

if [[ "${DATELINE_FFI_SWIFT:-}" == 1 ]] && command -v swift >/dev/null; then
    step "swift: XCTest"
    st_out="$tools/swift-test.log"
    set +e
    DATELINE_SEED="$seed" FFI_SKIP_BUILD=1 scripts/ffi/swift-test.sh 2>&1 | tee "$st_out"
    st_rc=${PIPESTATUS[0]}
    set -e
fi

step "done"
tally kotlin "$kt_out" "$kt_rc"
tally swift-checks "$sw_out" "$sw_rc"
if [[ -n "${st_out:-}" ]]; then
    if [[ "$st_rc" == 0 ]]; then total_passed=$((total_passed + 1)); echo "swift-xctest: passed"
    else total_failed=$((total_failed + 1)); echo "swift-xctest: failed (exit code $st_rc)"; fi
fi
echo "$total_passed passed, $total_failed failed"
[[ "$total_failed" == 0 ]]
