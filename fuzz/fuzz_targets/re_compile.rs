//! libFuzzer entry for the `re_compile` target (see `src/lib.rs`).
#![no_main]

libfuzzer_sys::fuzz_target!(|data: &[u8]| kaa_fuzz::re_compile(data));
