//! The UniFFI binding generator, pinned to the `uniffi` version this crate is built with.
//!
//! ```text
//! cargo run -p dateline-ffi --bin uniffi-bindgen -- generate \
//!     --library target/debug/libdateline_ffi.so --language kotlin --out-dir target/ffi-bindings/kotlin
//! ```

fn main() {
    uniffi::uniffi_bindgen_main()
}
