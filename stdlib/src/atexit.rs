//! `atexit`: functions to call when the interpreter finishes (`register`,
//! `unregister`). The VM calls `atexit._run_exitfuncs()` before it tears down
//! `__main__` (`Vm::finalize_main`), last registered first, as CPython.
//!
//! As in CPython's `atexitmodule.c`, the handlers are an array whose entries
//! `unregister` blanks out (here: sets to `None`) rather than removes, and a run
//! calls only the entries that existed when it started: a handler registered by
//! another handler is not called. An exception in a handler (even `SystemExit`)
//! is reported as "Exception ignored in atexit callback" and the run goes on.

use kaa_vm::object::list::PyList;
use kaa_vm::object::PyObjectRef;
use kaa_vm::{Args, PyResult, Vm};

/// The module's list of `(func, args, kwargs)` handlers.
fn handlers(vm: &mut Vm) -> PyResult {
    let m = kaa_vm::import::import_module(vm, "atexit")?;
    let n = vm.intern("_handlers");
    vm.get_attr(&m, &n)
}

fn atexit_register(vm: &mut Vm, args: Args) -> PyResult {
    let pos = args.pos();
    let Some(func) = pos.first().cloned() else {
        return Err(vm.new_type_error("register() takes at least 1 argument (0 given)"));
    };
    if !kaa_vm::builtins::is_callable(vm, &func) {
        return Err(vm.new_type_error("the first argument must be callable"));
    }
    let rest = vm.new_tuple(pos[1..].to_vec());
    let kw = vm.new_dict();
    for (k, v) in args.kwargs() {
        let k = vm.new_str(k);
        vm.dict_set(&kw, k, v.clone())?;
    }
    let entry = vm.new_tuple(vec![func.clone(), rest, kw]);
    let h = handlers(vm)?;
    if let Some(l) = h.downcast_ref::<PyList>() {
        l.items.borrow_mut().push(entry);
    }
    Ok(func)
}

fn atexit_unregister(vm: &mut Vm, args: Args) -> PyResult {
    let [func] = args.exact::<1>(vm, "unregister")?;
    let h = handlers(vm)?;
    let entries: Vec<PyObjectRef> = h
        .downcast_ref::<PyList>()
        .map(|l| l.items.borrow().clone())
        .unwrap_or_default();
    for (i, e) in entries.iter().enumerate() {
        if vm.is_none(e) {
            continue;
        }
        let f = vm.get_item(e, &vm.new_int(0))?;
        if vm.eq(&f, func)? {
            if let Some(l) = h.downcast_ref::<PyList>() {
                let none = vm.none();
                // Still the same entry (the comparison may have run Python code).
                let old = l
                    .items
                    .borrow_mut()
                    .get_mut(i)
                    .filter(|x| x.is(e))
                    .map(|x| std::mem::replace(x, none));
                drop(old);
            }
        }
    }
    Ok(vm.none())
}

/// CPython's `_PyErr_WriteUnraisableMsg("in atexit callback", func)`.
fn report(vm: &mut Vm, exc: &PyObjectRef, func: &PyObjectRef) {
    let r = vm
        .repr_string(func)
        .unwrap_or_else(|_| "<object repr() failed>".to_string());
    let tb = kaa_vm::traceback::format_exception(vm, exc);
    let _ = vm.out().flush();
    vm.write_stderr(&format!("Exception ignored in atexit callback: {r}\n{tb}"));
}

/// Call the handlers registered so far, last registered first; errors are
/// reported and ignored. The list is empty afterwards.
fn atexit_run_exitfuncs(vm: &mut Vm, args: Args) -> PyResult {
    args.exact::<0>(vm, "_run_exitfuncs")?;
    let h = handlers(vm)?;
    let n = h.downcast_ref::<PyList>().map_or(0, |l| l.items.borrow().len());
    for i in (0..n).rev() {
        let entry = h
            .downcast_ref::<PyList>()
            .and_then(|l| l.items.borrow().get(i).cloned());
        let Some(e) = entry.filter(|e| !vm.is_none(e)) else {
            continue;
        };
        let items = vm.collect(&e)?;
        let [f, a, k] = <[PyObjectRef; 3]>::try_from(items).map_err(|_| vm.new_type_error("bad atexit entry"))?;
        let mut argv = vm.collect(&a)?;
        let mut names = Vec::new();
        if let Some(d) = k.downcast_ref::<kaa_vm::object::dict::PyDict>() {
            for (kk, vv) in d.items_vec() {
                names.push(kk);
                argv.push(vv);
            }
        }
        if let Err(exc) = vm.call(&f, Args::new(&argv, &names)) {
            report(vm, &exc, &f);
        }
    }
    clear(&h);
    Ok(vm.none())
}

fn clear(h: &PyObjectRef) {
    let old = h
        .downcast_ref::<PyList>()
        .map(|l| std::mem::take(&mut *l.items.borrow_mut()));
    drop(old);
}

fn atexit_clear(vm: &mut Vm, args: Args) -> PyResult {
    args.exact::<0>(vm, "_clear")?;
    let h = handlers(vm)?;
    clear(&h);
    Ok(vm.none())
}

fn atexit_ncallbacks(vm: &mut Vm, args: Args) -> PyResult {
    args.exact::<0>(vm, "_ncallbacks")?;
    let h = handlers(vm)?;
    let n = h.downcast_ref::<PyList>().map_or(0, |l| l.items.borrow().len());
    Ok(vm.new_int(n as i64))
}

/// Create the `atexit` module.
pub fn init(vm: &mut Vm) -> PyResult<PyObjectRef> {
    let (m, d) = vm.new_module_with_dict("atexit", None)?;
    for (name, f) in [
        ("register", atexit_register as kaa_vm::vm::NativeFn),
        ("unregister", atexit_unregister),
        ("_run_exitfuncs", atexit_run_exitfuncs),
        ("_clear", atexit_clear),
        ("_ncallbacks", atexit_ncallbacks),
    ] {
        let func = vm.new_builtin_function(name, f);
        vm.dict_set_str(&d, name, func)?;
    }
    let l = vm.new_list(Vec::new());
    vm.dict_set_str(&d, "_handlers", l)?;
    Ok(m)
}
