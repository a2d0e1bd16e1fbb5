//! Link the `kaa` binary (only the binaries: the library, tests and
//! examples are linked as before):
//!
//! - as a position-dependent executable: a PIE binary has about 20,000
//!   relocations that the dynamic loader applies at every start, touching
//!   (and so mapping) about 0.8 MB of the file and spending 0.55 million
//!   instructions, a sixth of an empty program's start-up
//!   (docs/performance.md, "Session 8: start-up and footprint");
//! - in release builds linked by lld, with the functions that start-up and
//!   small programs run placed together at the start of `.text`
//!   (`link/kaa.order`, written by `link/gen_order.py`): scattered over 7 MB
//!   of code they made 4.7 MB of it resident (docs/performance.md,
//!   "Session 10: footprint"). Without lld the binary is linked as before.
use std::path::{Path, PathBuf};

fn main() {
    println!("cargo:rerun-if-changed=build.rs");
    println!("cargo:rerun-if-changed=link/kaa.order");
    let var = |name: &str| std::env::var(name).unwrap_or_default();
    if var("CARGO_CFG_TARGET_OS") != "linux" || var("CARGO_CFG_TARGET_ENV") != "gnu" {
        return;
    }
    println!("cargo:rustc-link-arg-bins=-no-pie");
    if var("PROFILE") != "release" {
        return;
    }
    let order = Path::new(&var("CARGO_MANIFEST_DIR")).join("link").join("kaa.order");
    if !order.is_file() {
        return;
    }
    // The file names the x86_64 build's symbols; elsewhere it would match
    // nothing.
    if var("TARGET") != "x86_64-unknown-linux-gnu" {
        return;
    }
    let Some(lld) = lld_args() else { return };
    for arg in lld {
        println!("cargo:rustc-link-arg-bins={arg}");
    }
    println!(
        "cargo:rustc-link-arg-bins=-Wl,--symbol-ordering-file={}",
        order.display()
    );
    // Names that no longer exist (the code changed since the file was
    // written) are skipped, silently.
    println!("cargo:rustc-link-arg-bins=-Wl,--no-warn-symbol-ordering");
}

/// The C compiler driver's arguments that make it link with lld, or `None`
/// when there is no lld or the build chose its own linker (which may not
/// know `--symbol-ordering-file`).
fn lld_args() -> Option<Vec<String>> {
    if std::env::var_os("RUSTC_LINKER").is_some() {
        return None;
    }
    let flags = std::env::var("CARGO_ENCODED_RUSTFLAGS").unwrap_or_default();
    if ["linker", "fuse-ld", "link-self-contained"]
        .iter()
        .any(|f| flags.contains(f))
    {
        return None;
    }
    // The lld that rustc ships (and uses by default on x86_64 Linux since
    // Rust 1.90), behind the `gcc-ld/ld.lld` wrapper rustc itself passes
    // to the driver with `-B`.
    let rustc = std::env::var("RUSTC").unwrap_or_else(|_| "rustc".into());
    let target = std::env::var("TARGET").ok()?;
    if let Ok(out) = std::process::Command::new(rustc).args(["--print", "sysroot"]).output() {
        let sysroot = String::from_utf8_lossy(&out.stdout).trim().to_string();
        let dir: PathBuf = [&sysroot, "lib", "rustlib", &target, "bin", "gcc-ld"].iter().collect();
        if out.status.success() && dir.join("ld.lld").is_file() {
            return Some(vec![format!("-B{}", dir.display()), "-fuse-ld=lld".into()]);
        }
    }
    // A system lld.
    let path = std::env::var_os("PATH")?;
    std::env::split_paths(&path)
        .any(|d| d.join("ld.lld").is_file())
        .then(|| vec!["-fuse-ld=lld".to_string()])
}
