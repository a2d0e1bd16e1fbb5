//! libFuzzer entry for the `struct_unpack` target (see `src/lib.rs`).
#![no_main]

libfuzzer_sys::fuzz_target!(|data: &[u8]| kaa_fuzz::struct_unpack(data));
