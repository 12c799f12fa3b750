//! Shared helpers for dateline's cross-crate tests.
