//! libFuzzer entry for the `snippets` target (see `src/lib.rs`).
#![no_main]

libfuzzer_sys::fuzz_target!(|data: &[u8]| kaa_fuzz::snippets(data));
