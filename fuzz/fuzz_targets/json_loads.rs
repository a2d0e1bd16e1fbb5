//! libFuzzer entry for the `json_loads` target (see `src/lib.rs`).
#![no_main]

libfuzzer_sys::fuzz_target!(|data: &[u8]| kaa_fuzz::json_loads(data));
