//! `kaa-stdlib`: Kaa's standard library.
//!
//! Two kinds of module, registered from one place ([`install`]):
//!
//! - **Rust modules**, one file each under `src/` named after the module
//!   (an accelerator `_name` lives in `name.rs`), listed in [`NATIVE`];
//! - **Python modules**, one file each under `py/` (a package is a folder
//!   with `__init__.py`), compiled to bytecode by `build.rs` when Kaa is
//!   built and shipped in the binary ([`FROZEN`]). Adding a `.py` file there
//!   is all it takes to add one.
//!
//! `stdlib/README.md` lists every module with its language and status.

use kaa_vm::import::{FrozenBody, FrozenModule};
use kaa_vm::{PyObjectRef, PyResult, Vm};

pub mod abc;
pub mod array;
pub mod asyncio;
pub mod atexit;
pub mod binascii;
pub mod bisect;
pub mod cmath;
pub mod collections;
pub mod contextvars;
pub mod csv;
#[cfg(feature = "decimal")]
pub mod decimal;
pub mod dis;
pub mod r#enum;
pub mod errno;
pub mod functools;
pub mod gc;
#[cfg(feature = "hashlib")]
pub mod hashlib;
pub mod heapq;
pub mod imp;
pub mod interpreters;
pub mod io;
pub mod itertools;
pub mod json;
pub mod locale;
pub mod marshal;
pub mod math;
pub mod native_next;
pub mod operator;
pub mod posix;
pub mod random;
pub mod select;
pub mod signal;
pub mod socket;
#[cfg(feature = "sqlite3")]
pub mod sqlite3;
pub mod sre;
pub mod r#struct;
pub mod subprocess;
pub mod sys;
pub mod thread;
pub mod time;
pub mod traceback;
#[cfg(feature = "unicodedata")]
pub mod unicodedata;
pub mod weakref;
#[cfg(feature = "zlib")]
pub mod zlib;

/// How a Rust module is made on first import.
pub type InitFn = fn(&mut Vm) -> PyResult<PyObjectRef>;

/// The Rust modules, by import name. The heavier ones are behind cargo
/// features of the same name (on by default; `Cargo.toml`).
pub const NATIVE: &[(&str, InitFn)] = &[
    ("_abc", abc::init),
    ("_asyncio", asyncio::init),
    ("_bisect", bisect::init),
    ("_collections", collections::init),
    ("_contextvars", contextvars::init),
    ("_csv", csv::init),
    #[cfg(feature = "decimal")]
    ("_decimal", decimal::init),
    ("_enum", r#enum::init),
    ("_functools", functools::init),
    #[cfg(feature = "hashlib")]
    ("_hashlib", hashlib::init),
    ("_heapq", heapq::init),
    ("_imp", imp::init),
    ("_interpreters", interpreters::init),
    ("_io", io::init),
    ("_json", json::init),
    ("_locale", locale::init),
    ("_operator", operator::init_private),
    ("_random", random::init),
    ("_signal", signal::init),
    ("_socket", socket::init),
    #[cfg(feature = "sqlite3")]
    ("_sqlite3", sqlite3::init),
    ("_sre", sre::init),
    ("_struct", r#struct::init),
    ("_subprocess", subprocess::init),
    ("_thread", thread::init),
    ("_traceback", traceback::init),
    ("_weakref", weakref::init_native),
    ("array", array::init),
    ("atexit", atexit::init),
    ("binascii", binascii::init),
    ("cmath", cmath::init),
    ("dis", dis::init),
    ("errno", errno::init),
    ("gc", gc::init),
    ("itertools", itertools::init),
    ("marshal", marshal::init),
    ("math", math::init),
    ("operator", operator::init),
    ("posix", posix::init),
    ("select", select::init),
    ("sys", sys::init),
    ("time", time::init),
    #[cfg(feature = "unicodedata")]
    ("unicodedata", unicodedata::init),
    #[cfg(feature = "zlib")]
    ("zlib", zlib::init),
];

/// The Python modules, compiled at build time, sorted by name (`build.rs`).
pub static FROZEN: &[FrozenModule] = include!(concat!(env!("OUT_DIR"), "/frozen.rs"));

/// A hash of the frozen modules' bytecode: it changes with the compiler, and
/// with it the magic number of the bytecode cache (`kaa_vm::import_cache`).
const BYTECODE_FINGERPRINT: u32 = include!(concat!(env!("OUT_DIR"), "/fingerprint.rs"));

/// Register the standard library with `vm` and import `sys`, so that `print`
/// and the other built-ins find `sys.stdout` from the start (the CLI).
pub fn install(vm: &mut Vm) {
    install_lazy(vm);
    if let Err(e) = kaa_vm::import::import_module(vm, "sys") {
        vm.print_exception(&e);
    }
}

/// Register the standard library with `vm`, importing nothing: `sys` (with
/// `_io` and the standard streams, a third of an interpreter's start-up
/// cost) is made on its first import. Until then `print`, `input` and
/// tracebacks use the interpreter's sinks directly, which is where
/// `sys.stdout` and friends write too (an embedded interpreter; see
/// `docs/internals/interpreter-creation.md`).
pub fn install_lazy(vm: &mut Vm) {
    {
        let mut native = vm.native_modules.borrow_mut();
        for &(name, init) in NATIVE {
            native.insert(name.to_string(), init);
        }
    }
    vm.frozen_modules.set(FROZEN);
    vm.rust_state.borrow_mut().insert(
        kaa_vm::import_cache::FINGERPRINT_KEY,
        std::sync::Arc::new(BYTECODE_FINGERPRINT),
    );
    // `open` imports `_io` on its first call (which then takes its place).
    let open = vm.new_builtin_function("open", io::lazy_open);
    let builtins = vm.builtins_dict.clone();
    let _ = vm.dict_set_str(&builtins, "open", open);
}

/// Every module name the standard library provides (Rust and Python), sorted.
pub fn module_names() -> Vec<&'static str> {
    let mut names: Vec<&str> = NATIVE
        .iter()
        .map(|m| m.0)
        .chain(FROZEN.iter().map(|m| m.name))
        .collect();
    names.sort_unstable();
    names
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_python_module_compiled_at_build_time() {
        let failed: Vec<&str> = FROZEN
            .iter()
            .filter(|m| matches!(m.body, FrozenBody::Source(_)))
            .map(|m| m.name)
            .collect();
        assert!(failed.is_empty(), "stdlib/py modules that do not compile: {failed:?}");
    }

    #[test]
    fn tables_are_sorted_and_disjoint() {
        assert!(FROZEN.windows(2).all(|w| w[0].name < w[1].name));
        let names = module_names();
        assert!(
            names.windows(2).all(|w| w[0] != w[1]),
            "a module is both Rust and Python"
        );
    }
}
