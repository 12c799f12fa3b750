#!/usr/bin/env bash
# Generates the Kotlin and Swift bindings of `dateline-ffi` in UniFFI library mode, from the
# debug cdylib, into target/ffi-bindings/{kotlin,swift} (or the directory given as $1).
#
#   scripts/ffi/generate.sh            # builds `cargo build -p dateline-ffi` first
#   FFI_SKIP_BUILD=1 scripts/ffi/generate.sh   # reuse the library as it is
#   DATELINE_FFI_LIB=path/to/libdateline_ffi.so  # generate from another build of the library
#                                              # (scripts/ffi/test.sh: the `cargo test` build)
#
# Output:
#   kotlin/org/dateline/dateline_ffi.kt           (package org.dateline, loads libdateline_ffi via JNA)
#   swift/Dateline.swift                          (module Dateline)
#   swift/DatelineFFI.h, swift/DatelineFFI.modulemap (the C module the Swift file imports)
set -euo pipefail

root=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
cd "$root"
target_dir=${CARGO_TARGET_DIR:-$root/target}
out=${1:-$target_dir/ffi-bindings}

if [[ -z "${FFI_SKIP_BUILD:-}" ]]; then
    # Same features as `cargo build/test --workspace`: the library and the bindgen binary come
    # from one build, so the bindings describe exactly the library that is tested.
    cargo build -p dateline-ffi --lib --bin uniffi-bindgen
fi

case "$(uname -s)" in
    Darwin) lib="$target_dir/debug/libdateline_ffi.dylib" ;;
    *) lib="$target_dir/debug/libdateline_ffi.so" ;;
esac
lib=${DATELINE_FFI_LIB:-$lib}
bindgen="$target_dir/debug/uniffi-bindgen"
for f in "$lib" "$bindgen"; do
    [[ -f "$f" ]] || { echo "generate.sh: missing $f (run cargo build -p dateline-ffi)" >&2; exit 1; }
done

rm -rf "$out/kotlin" "$out/swift"
mkdir -p "$out/kotlin" "$out/swift"
# Passing a cdylib selects library mode (the old `--library` flag is deprecated in uniffi 0.32).
# uniffi.toml of the crate sets the Kotlin package and the Swift module names.
"$bindgen" generate "$lib" --language kotlin --out-dir "$out/kotlin" --no-format --metadata-no-deps
"$bindgen" generate "$lib" --language swift --out-dir "$out/swift" --no-format --metadata-no-deps
echo "generated bindings in $out:"
(cd "$out" && find kotlin swift -type f | sort | sed 's/^/  /')
