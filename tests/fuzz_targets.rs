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

#[path = "../fuzz/src/lib.rs"]
#[allow(dead_code)]
mod kaa_fuzz;

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
