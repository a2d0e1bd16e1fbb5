//! libFuzzer entry for the `fromisoformat` target (see `src/lib.rs`).
#![no_main]

libfuzzer_sys::fuzz_target!(|data: &[u8]| kaa_fuzz::fromisoformat(data));
