//! The fuzz targets of `fuzz/` (issue 16), driven on the stable toolchain.
//!
//! * `cargo test --test fuzz_targets` runs every target once on each of its
//!   seeds: the targets keep compiling, and the seeds keep passing.
//! * `cargo test --test fuzz_targets -- --ignored --nocapture` fuzzes each
//!   target with the simple mutator of `fuzz/src/lib.rs` for
//!   `KAA_FUZZ_SECONDS` (default 60) seconds; `KAA_FUZZ_TARGETS` (comma
//!   separated) picks targets, `KAA_FUZZ_SEED` the PRNG seed. Crashing inputs
//!   land in `fuzz/artifacts/<target>/`; a stack overflow kills the process
//!   and leaves its input in `fuzz/artifacts/<target>/current`.
//!
//! `fuzz/run.sh TARGET SECONDS` runs the same functions under libFuzzer when
//! cargo-fuzz is installed.
//!
//! The fuzz crate's binaries are compiled here too, on the stable toolchain:
//! the libFuzzer entry points (`fuzz/fuzz_targets/*.rs`, with a stand-in
//! for `libfuzzer_sys::fuzz_target!` that makes each a plain function) and
//! the stable driver (`fuzz/src/bin/kaa-fuzz.rs`); and
//! `fuzz_crate_lists_every_target` checks that `fuzz/Cargo.toml` declares a
//! binary for each target. Only linking against libFuzzer is left to
//! `cargo +nightly fuzz build`.

#[path = "../fuzz/src/lib.rs"]
#[allow(dead_code)]
mod kaa_fuzz_lib;

// The fuzz crate's binaries name `kaa_fuzz` and `libfuzzer_sys` as crates:
// both resolve to this test crate, which re-exports the library and defines
// the stand-in macro.
extern crate self as kaa_fuzz;
extern crate self as libfuzzer_sys;
pub use kaa_fuzz_lib::*;

/// Stand-in for `libfuzzer_sys::fuzz_target!`: the entry becomes `run`.
#[macro_export]
macro_rules! fuzz_target {
    (|$data:ident: &[u8]| $body:expr) => {
        pub fn run($data: &[u8]) {
            $body
        }
    };
}

// The libFuzzer entry points and the stable driver, compiled as modules
// (`#![no_main]` in each is a crate-level attribute, ignored here).
#[path = "../fuzz/src/bin/kaa-fuzz.rs"]
#[allow(dead_code)]
mod driver;
#[path = "../fuzz/fuzz_targets/compile.rs"]
#[allow(unused_attributes)]
mod entry_compile;
#[path = "../fuzz/fuzz_targets/exec.rs"]
#[allow(unused_attributes)]
mod entry_exec;
#[path = "../fuzz/fuzz_targets/fromisoformat.rs"]
#[allow(unused_attributes)]
mod entry_fromisoformat;
#[path = "../fuzz/fuzz_targets/json_loads.rs"]
#[allow(unused_attributes)]
mod entry_json_loads;
#[path = "../fuzz/fuzz_targets/number_parse.rs"]
#[allow(unused_attributes)]
mod entry_number_parse;
#[path = "../fuzz/fuzz_targets/re_compile.rs"]
#[allow(unused_attributes)]
mod entry_re_compile;
#[path = "../fuzz/fuzz_targets/snippets.rs"]
#[allow(unused_attributes)]
mod entry_snippets;
#[path = "../fuzz/fuzz_targets/struct_unpack.rs"]
#[allow(unused_attributes)]
mod entry_struct_unpack;

/// Each libFuzzer entry point by target name.
const ENTRIES: &[(&str, fn(&[u8]))] = &[
    ("compile", entry_compile::run),
    ("exec", entry_exec::run),
    ("snippets", entry_snippets::run),
    ("json_loads", entry_json_loads::run),
    ("re_compile", entry_re_compile::run),
    ("struct_unpack", entry_struct_unpack::run),
    ("fromisoformat", entry_fromisoformat::run),
    ("number_parse", entry_number_parse::run),
];

#[test]
fn fuzz_crate_lists_every_target() {
    let dir = kaa_fuzz::fuzz_dir();
    let manifest = std::fs::read_to_string(dir.join("Cargo.toml")).unwrap();
    let mut files: Vec<String> = std::fs::read_dir(dir.join("fuzz_targets"))
        .unwrap()
        .filter_map(|e| e.ok()?.file_name().into_string().ok())
        .filter(|f| f.ends_with(".rs"))
        .collect();
    files.sort();
    let mut names: Vec<&str> = kaa_fuzz::TARGETS.iter().map(|(n, _)| *n).collect();
    names.sort();
    let expected: Vec<String> = names.iter().map(|n| format!("{n}.rs")).collect();
    assert_eq!(files, expected, "fuzz/fuzz_targets/ and kaa_fuzz::TARGETS differ");
    let entries: Vec<&str> = ENTRIES.iter().map(|(n, _)| *n).collect();
    assert_eq!(
        entries.len(),
        names.len(),
        "a target is missing from this file's `entries`"
    );
    for name in names {
        assert!(entries.contains(&name), "{name}: no entry compiled here");
        let bin = format!("[[bin]]\nname = \"{name}\"\npath = \"fuzz_targets/{name}.rs\"\n");
        let at = manifest
            .find(&bin)
            .unwrap_or_else(|| panic!("fuzz/Cargo.toml has no [[bin]] {name} at fuzz_targets/{name}.rs"));
        let rest = &manifest[at + bin.len()..];
        let section = &rest[..rest.find("[[").unwrap_or(rest.len())];
        assert!(
            section.contains("required-features = [\"libfuzzer\"]"),
            "fuzz/Cargo.toml: {name} must need the libfuzzer feature"
        );
    }
}

#[test]
fn entry_points_run() {
    // Each libFuzzer entry point calls its target (on an empty input and a
    // one-line program).
    for (_, entry) in ENTRIES {
        entry(b"");
        entry(b"x = 1\n");
    }
}

#[test]
fn every_target_passes_its_seeds() {
    for (name, target) in kaa_fuzz::TARGETS {
        for seed in kaa_fuzz::load_seeds(name) {
            target(&seed);
        }
    }
}

#[test]
#[ignore]
fn fuzz_each_target() {
    let secs: u64 = std::env::var("KAA_FUZZ_SECONDS")
        .ok()
        .and_then(|s| s.parse().ok())
        .unwrap_or(60);
    let seed: u64 = std::env::var("KAA_FUZZ_SEED")
        .ok()
        .and_then(|s| s.parse().ok())
        .unwrap_or(0x5EED);
    let only = std::env::var("KAA_FUZZ_TARGETS").unwrap_or_default();
    std::panic::set_hook(Box::new(|_| {}));
    let mut failed = Vec::new();
    for (name, target) in kaa_fuzz::TARGETS {
        if !only.is_empty() && !only.split(',').any(|t| t == *name) {
            continue;
        }
        let r = kaa_fuzz::fuzz_for(name, *target, secs, seed);
        eprintln!(
            "fuzz {name}: {} runs in {:.0}s ({:.1} runs/s), {} crashes",
            r.runs,
            r.seconds,
            r.runs as f64 / r.seconds.max(1e-9),
            r.crashes
        );
        if r.crashes > 0 {
            failed.push(*name);
        }
    }
    let _ = std::panic::take_hook();
    assert!(failed.is_empty(), "crashes in {failed:?}: see fuzz/artifacts/");
}
