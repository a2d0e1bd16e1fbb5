//! Link the `kaa` binary as a position-dependent executable: a PIE binary
//! has about 20,000 relocations that the dynamic loader applies at every
//! start, touching (and so mapping) about 0.8 MB of the file and spending
//! 0.55 million instructions, a sixth of an empty program's start-up
//! (docs/performance.md, "Session 8: start-up and footprint"). Only the
//! binaries: the library, tests and examples are linked as before.
fn main() {
    let os = std::env::var("CARGO_CFG_TARGET_OS").unwrap_or_default();
    let env = std::env::var("CARGO_CFG_TARGET_ENV").unwrap_or_default();
    if os == "linux" && env == "gnu" {
        println!("cargo:rustc-link-arg-bins=-no-pie");
    }
    println!("cargo:rerun-if-changed=build.rs");
}
