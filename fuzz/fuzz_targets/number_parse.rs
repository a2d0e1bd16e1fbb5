//! libFuzzer entry for the `number_parse` target (see `src/lib.rs`).
#![no_main]

libfuzzer_sys::fuzz_target!(|data: &[u8]| kaa_fuzz::number_parse(data));
