//! `kaa-stdlib`: Kaa's built-in modules written in Rust.
//!
//! | file | module |
//! |---|---|
//! | `sys.rs` | `sys` (and the struct-sequence types other modules reuse) |
//! | `math.rs` | `math` |
//! | `time.rs` | `time` |
//!
//! [`install`] registers them with an interpreter; `import` then creates each one
//! on first use (`sys` is created at once).

use kaa_vm::Vm;

pub mod math;
pub mod sys;
pub mod time;

/// Register the native modules with `vm` and import `sys`, so that `print` and
/// the other built-ins find `sys.stdout` from the start.
pub fn install(vm: &mut Vm) {
    vm.native_modules.insert("sys".to_string(), sys::init);
    vm.native_modules.insert("math".to_string(), math::init);
    vm.native_modules.insert("time".to_string(), time::init);
    if let Err(e) = kaa_vm::import::import_module(vm, "sys") {
        vm.print_exception(&e);
    }
}
