#!/usr/bin/env bash
# Runs bindings/ffi/tests/bindings/DatelineTests.swift with XCTest on a machine with a Swift
# toolchain (macOS with Xcode or the command line tools, or Linux with swift.org's toolchain).
# Lays out a SwiftPM package in target/ffi-swift-package around the generated bindings:
#
#   Sources/DatelineFFI/   module.modulemap + DatelineFFI.h (a system library: links -ldateline_ffi)
#   Sources/Dateline/      Dateline.swift (generated)
#   Tests/DatelineTests/   DatelineTests.swift
#
# then `swift test` against target/debug/libdateline_ffi.{so,dylib}. Not run by CI here (no Swift
# toolchain on this machine kind); scripts/ffi/test.sh runs it with DATELINE_FFI_SWIFT=1.
set -euo pipefail

root=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
cd "$root"
target_dir=${CARGO_TARGET_DIR:-$root/target}
command -v swift >/dev/null || { echo "swift-test.sh: no swift on PATH" >&2; exit 2; }

if [[ -z "${FFI_SKIP_BUILD:-}" ]]; then
    scripts/ffi/generate.sh "$target_dir/ffi-bindings"
fi
gen="$target_dir/ffi-bindings/swift"
pkg="$target_dir/ffi-swift-package"
rm -rf "$pkg"
mkdir -p "$pkg/Sources/DatelineFFI" "$pkg/Sources/Dateline" "$pkg/Tests/DatelineTests"
cp "$gen/DatelineFFI.h" "$pkg/Sources/DatelineFFI/"
# A system-library module: the header plus the library to link.
cat >"$pkg/Sources/DatelineFFI/module.modulemap" <<'MAP'
module DatelineFFI {
    header "DatelineFFI.h"
    link "dateline_ffi"
    export *
}
MAP
cp "$gen/Dateline.swift" "$pkg/Sources/Dateline/"
cp bindings/ffi/tests/bindings/DatelineTests.swift "$pkg/Tests/DatelineTests/"
cat >"$pkg/Package.swift" <<SWIFT
// swift-tools-version:5.9
import PackageDescription

let package = Package(
    name: "Dateline",
    products: [.library(name: "Dateline", targets: ["Dateline"])],
    targets: [
        .systemLibrary(name: "DatelineFFI", path: "Sources/DatelineFFI"),
        .target(
            name: "Dateline",
            dependencies: ["DatelineFFI"],
            linkerSettings: [.unsafeFlags(["-L$target_dir/debug"])]
        ),
        .testTarget(name: "DatelineTests", dependencies: ["Dateline"]),
    ]
)
SWIFT
export DATELINE_SEED=${DATELINE_SEED:-$root/../shared/seeds/rutte-munich-2026.txt}
export LD_LIBRARY_PATH="$target_dir/debug${LD_LIBRARY_PATH:+:$LD_LIBRARY_PATH}"
export DYLD_LIBRARY_PATH="$target_dir/debug${DYLD_LIBRARY_PATH:+:$DYLD_LIBRARY_PATH}"
cd "$pkg"
swift test -Xlinker -L"$target_dir/debug"
