//! Generates the Kotlin and Swift bindings with the crate's own `uniffi-bindgen` from the
//! cdylib of this build, as `scripts/ffi/generate.sh` does, and checks the names `uniffi.toml`
//! sets. (It also makes `cargo test` build the bindgen binary with the test build's features, so
//! `scripts/ffi/test.sh` reuses it without rebuilding.)

use std::path::{Path, PathBuf};
use std::process::Command;

fn cdylib(dir: &Path) -> PathBuf {
    let name = format!(
        "{}dateline_ffi{}",
        std::env::consts::DLL_PREFIX,
        std::env::consts::DLL_SUFFIX
    );
    dir.join(name)
}

#[test]
fn bindgen_generates_kotlin_and_swift_from_the_cdylib() {
    let bindgen = PathBuf::from(env!("CARGO_BIN_EXE_uniffi-bindgen"));
    // The cdylib of this build sits beside the test executable (target/debug/deps): `cargo test`
    // does not copy it up to target/debug.
    let exe = std::env::current_exe().unwrap();
    let lib = cdylib(exe.parent().unwrap());
    assert!(lib.is_file(), "no cdylib at {}", lib.display());
    let out = std::env::temp_dir().join(format!("dateline-ffi-generate-{}", std::process::id()));
    for language in ["kotlin", "swift"] {
        let status = Command::new(&bindgen)
            .current_dir(env!("CARGO_MANIFEST_DIR"))
            .args([
                "generate",
                "--no-format",
                "--metadata-no-deps",
                "--language",
                language,
            ])
            .arg("--out-dir")
            .arg(out.join(language))
            .arg(&lib)
            .status()
            .unwrap();
        assert!(status.success(), "uniffi-bindgen {language}: {status}");
    }
    let kotlin = std::fs::read_to_string(out.join("kotlin/org/dateline/dateline_ffi.kt")).unwrap();
    assert!(kotlin.contains("package org.dateline"));
    assert!(kotlin.contains("sealed class DatelineException"));
    assert!(kotlin.contains("fun `parseMany`("));
    let swift = std::fs::read_to_string(out.join("swift/Dateline.swift")).unwrap();
    assert!(swift.contains("import DatelineFFI"));
    assert!(swift.contains("public func parse(text: String, options: Options = Options())"));
    assert!(out.join("swift/DatelineFFI.h").is_file());
    assert!(out.join("swift/DatelineFFI.modulemap").is_file());
    std::fs::remove_dir_all(&out).unwrap();
}
