//! `kaa-stdlib`: Kaa's built-in modules written in Rust.
//!
//! | file | module |
//! |---|---|
//! | `sys.rs` | `sys` (and the struct-sequence types other modules reuse) |
//! | `math.rs` | `math` |
//! | `time.rs` | `time` |
//! | `gc.rs` | `gc` |
//! | `atexit.rs` | `atexit` |
//! | `weakref.rs` | `_weakref`, and `weakref` from the embedded `py/weakref.py` |
//! | `dis.rs` | `dis` (the listing of `kaa --dis`) |
//!
//! [`install`] registers them with an interpreter; `import` then creates each one
//! on first use (`sys` is created at once).

use kaa_vm::Vm;

pub mod atexit;
pub mod dis;
pub mod gc;
pub mod interpreters;
pub mod math;
pub mod sys;
pub mod thread;
pub mod time;
pub mod weakref;

/// Register the native modules with `vm` and import `sys`, so that `print` and
/// the other built-ins find `sys.stdout` from the start.
pub fn install(vm: &mut Vm) {
    vm.native_modules.borrow_mut().insert("sys".to_string(), sys::init);
    vm.native_modules.borrow_mut().insert("math".to_string(), math::init);
    vm.native_modules.borrow_mut().insert("gc".to_string(), gc::init);
    vm.native_modules
        .borrow_mut()
        .insert("atexit".to_string(), atexit::init);
    vm.native_modules
        .borrow_mut()
        .insert("_weakref".to_string(), weakref::init_native);
    vm.native_modules
        .borrow_mut()
        .insert("weakref".to_string(), weakref::init);
    vm.native_modules.borrow_mut().insert("time".to_string(), time::init);
    vm.native_modules.borrow_mut().insert("dis".to_string(), dis::init);
    vm.native_modules
        .borrow_mut()
        .insert("_thread".to_string(), thread::init);
    vm.native_modules
        .borrow_mut()
        .insert("threading".to_string(), init_threading);
    vm.native_modules.borrow_mut().insert("queue".to_string(), init_queue);
    vm.native_modules.borrow_mut().insert("heapq".to_string(), init_heapq);
    vm.native_modules
        .borrow_mut()
        .insert("_interpreters".to_string(), interpreters::init);
    vm.native_modules
        .borrow_mut()
        .insert("concurrent".to_string(), init_concurrent);
    vm.native_modules
        .borrow_mut()
        .insert("concurrent.interpreters".to_string(), init_concurrent_interpreters);
    if let Err(e) = kaa_vm::import::import_module(vm, "sys") {
        vm.print_exception(&e);
    }
}

/// Run the embedded source of module `name` in a new module.
pub(crate) fn py_module(vm: &mut Vm, name: &str, source: &str) -> kaa_vm::PyResult {
    let (m, d) = vm.new_module_with_dict(name, None)?;
    let code = vm.compile(source, &format!("<frozen {name}>"), kaa_compiler::Mode::Exec)?;
    vm.run_code(&code, &d, None)?;
    Ok(m)
}

/// `threading` (Python, `py/threading.py`) over `_thread`.
fn init_threading(vm: &mut Vm) -> kaa_vm::PyResult {
    py_module(vm, "threading", include_str!("py/threading.py"))
}

/// `queue` (Python, `py/queue.py`).
fn init_queue(vm: &mut Vm) -> kaa_vm::PyResult {
    py_module(vm, "queue", include_str!("py/queue.py"))
}

/// `heapq` (Python, `py/heapq.py`).
fn init_heapq(vm: &mut Vm) -> kaa_vm::PyResult {
    py_module(vm, "heapq", include_str!("py/heapq.py"))
}

/// `concurrent`: a package holding `concurrent.interpreters`.
fn init_concurrent(vm: &mut Vm) -> kaa_vm::PyResult {
    let (m, d) = vm.new_module_with_dict("concurrent", None)?;
    let path = vm.new_list(Vec::new());
    vm.dict_set_str(&d, "__path__", path)?;
    Ok(m)
}

/// `concurrent.interpreters` (Python, `py/concurrent_interpreters.py`) over
/// `_interpreters`; bound as an attribute of the `concurrent` package.
fn init_concurrent_interpreters(vm: &mut Vm) -> kaa_vm::PyResult {
    let parent = kaa_vm::import::import_module(vm, "concurrent")?;
    let m = py_module(
        vm,
        "concurrent.interpreters",
        include_str!("py/concurrent_interpreters.py"),
    )?;
    let name = vm.intern("interpreters");
    vm.set_attr(&parent, &name, m.clone())?;
    Ok(m)
}
