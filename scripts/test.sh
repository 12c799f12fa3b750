#!/usr/bin/env bash
# Runs every test of the project: Rust (unit, golden, property, evaluation floors), Python
# (package, stubs, schema) and the UniFFI bindings (Kotlin run, Swift checks).
# Installs what it needs (Python venv + PyPI packages, kotlin-compiler from npm, JNA from Debian).
# Usage: bash scripts/test.sh            (CI=true is honoured; no stdin is read)
set -euo pipefail
cd "$(dirname "$0")/.."
export CARGO_TERM_COLOR=${CARGO_TERM_COLOR:-never}
step() { printf '\n==> %s\n' "$*"; }

step "cargo fmt --check"
cargo fmt --all -- --check

step "cargo clippy (workspace, all targets, -D warnings)"
cargo clippy --workspace --all-targets -- -D warnings

step "cargo test --workspace"
cargo test --workspace

step "Python package (maturin develop + pytest)"
bash python/run_tests.sh

if [ -f scripts/ffi/test.sh ]; then
    step "UniFFI bindings (Kotlin tests, Swift checks)"
    bash scripts/ffi/test.sh
fi

step "all tests passed"
