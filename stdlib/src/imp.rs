//! `_imp`: the native half of the import system, called by
//! `_frozen_importlib` and `_frozen_importlib_external` (stdlib/py), as
//! CPython's module of the same name: which modules are built in or frozen,
//! their code, and (Kaa's own, with a leading underscore) the path search
//! and the bytecode cache of `kaa_vm::import` and `kaa_vm::import_cache`.

use kaa_vm::import::Found;
use kaa_vm::object::str::PyStr;
use kaa_vm::object::PyObjectRef;
use kaa_vm::vm::NativeFn;
use kaa_vm::{Args, PyResult, Vm};

fn str_arg(vm: &mut Vm, o: &PyObjectRef, fname: &str) -> PyResult<String> {
    match o.downcast_ref::<PyStr>() {
        Some(s) => Ok(s.as_str().to_string()),
        None => Err(vm.new_type_error(format!("{fname}() argument must be str, not {}", o.ty().name()))),
    }
}

fn is_builtin(vm: &mut Vm, args: Args) -> PyResult {
    let [name] = args.exact::<1>(vm, "is_builtin")?;
    let name = str_arg(vm, name, "is_builtin")?;
    let found = name == "builtins"
        || vm.native_modules.borrow().contains_key(&name)
        || vm.host_modules.borrow().contains_key(&name);
    Ok(vm.new_int(i64::from(found)))
}

fn create_builtin(vm: &mut Vm, args: Args) -> PyResult {
    let [spec] = args.exact::<1>(vm, "create_builtin")?;
    let n = vm.intern("name");
    let name = vm.get_attr(spec, &n)?;
    let name = str_arg(vm, &name, "create_builtin")?;
    let mods = vm.modules.clone();
    let key = vm.new_str(name.clone());
    if let Some(m) = vm.dict_get_item_opt(&mods, &key)? {
        if name == "sys" || name == "builtins" {
            return Ok(m);
        }
    }
    if name == "builtins" {
        return Ok(vm.builtins.clone());
    }
    let native = vm.native_modules.borrow().get(&name).copied();
    if let Some(init) = native {
        let m = init(vm)?;
        kaa_vm::import::adopt_functions(vm, &m);
        return Ok(m);
    }
    let host = vm.host_modules.borrow().get(&name).cloned();
    if let Some(init) = host {
        return init(vm);
    }
    let cls = vm.exc.import_error.clone();
    Err(vm.new_exception_msg(&cls, format!("no built-in module named {name}")))
}

fn frozen_entry(vm: &Vm, name: &str) -> Option<kaa_vm::import::FrozenModule> {
    let table = vm.frozen_modules.get();
    table.binary_search_by(|m| m.name.cmp(name)).ok().map(|i| table[i])
}

fn is_frozen(vm: &mut Vm, args: Args) -> PyResult {
    let [name] = args.exact::<1>(vm, "is_frozen")?;
    let name = str_arg(vm, name, "is_frozen")?;
    let found = frozen_entry(vm, &name).is_some();
    Ok(vm.new_bool(found))
}

fn is_frozen_package(vm: &mut Vm, args: Args) -> PyResult {
    let [name] = args.exact::<1>(vm, "is_frozen_package")?;
    let name = str_arg(vm, name, "is_frozen_package")?;
    match frozen_entry(vm, &name) {
        Some(m) => Ok(vm.new_bool(m.package)),
        None => {
            let cls = vm.exc.import_error.clone();
            Err(vm.new_exception_msg(&cls, format!("No such frozen object named {name:?}")))
        }
    }
}

fn get_frozen_object(vm: &mut Vm, args: Args) -> PyResult {
    let pos = args.pos();
    let Some(name) = pos.first() else {
        return Err(vm.new_type_error("get_frozen_object() missing required argument 'name' (pos 1)"));
    };
    let name = str_arg(vm, name, "get_frozen_object")?;
    match kaa_vm::import::frozen_code(vm, &name)? {
        Some((code, _)) => Ok(code),
        None => {
            let cls = vm.exc.import_error.clone();
            Err(vm.new_exception_msg(&cls, format!("No such frozen object named {name:?}")))
        }
    }
}

/// `_find(fullname, dirs)`: the path search for the last part of
/// `fullname` in `dirs` (`None`: `sys.path`). `None`, or
/// `('source', file, [package dir] or None)`, or `('namespace', None, portions)`.
fn find(vm: &mut Vm, args: Args) -> PyResult {
    let [name, dirs] = args.exact::<2>(vm, "_find")?;
    let name = str_arg(vm, name, "_find")?;
    let dirs: Vec<String> = if vm.is_none(dirs) {
        let sys = kaa_vm::import::import_module(vm, "sys")?;
        let p = vm.intern("path");
        let p = vm.get_attr(&sys, &p)?;
        vm.collect(&p)?
    } else {
        vm.collect(dirs)?
    }
    .iter()
    .filter_map(|s| s.downcast_ref::<PyStr>().map(|s| s.as_str().to_string()))
    .collect();
    let leaf = name.rsplit('.').next().unwrap_or(&name).to_string();
    let strs = |vm: &mut Vm, v: Vec<String>| {
        let items = v.into_iter().map(|s| vm.new_str(s)).collect();
        vm.new_list(items)
    };
    Ok(match kaa_vm::import::find_in_dirs(vm, dirs, &leaf) {
        None => vm.none(),
        Some(Found::Source { path, package }) => {
            let kind = vm.new_str("source");
            let file = vm.new_str(path.to_string_lossy().to_string());
            let locations = match path.parent() {
                Some(p) if package => strs(vm, vec![p.to_string_lossy().to_string()]),
                _ => vm.none(),
            };
            vm.new_tuple(vec![kind, file, locations])
        }
        Some(Found::Namespace(portions)) => {
            let kind = vm.new_str("namespace");
            let none = vm.none();
            let l = strs(vm, portions);
            vm.new_tuple(vec![kind, none, l])
        }
    })
}

fn get_code(vm: &mut Vm, args: Args) -> PyResult {
    let [path] = args.exact::<1>(vm, "_get_code")?;
    let path = str_arg(vm, path, "_get_code")?;
    kaa_vm::import_cache::source_code(vm, std::path::Path::new(&path), true)
}

fn load_pyc(vm: &mut Vm, args: Args) -> PyResult {
    let [path] = args.exact::<1>(vm, "_load_pyc")?;
    let path = str_arg(vm, path, "_load_pyc")?;
    kaa_vm::import_cache::load_pyc(vm, std::path::Path::new(&path))
}

fn cache_from_source(vm: &mut Vm, args: Args) -> PyResult {
    let [path] = args.exact::<1>(vm, "_cache_from_source")?;
    let path = str_arg(vm, path, "_cache_from_source")?;
    match kaa_vm::import_cache::cache_from_source(std::path::Path::new(&path)) {
        Some(p) => Ok(vm.new_str(p.to_string_lossy().to_string())),
        None => Err(vm.new_value_error(format!("no file name in {path:?}"))),
    }
}

fn magic_number(vm: &mut Vm, args: Args) -> PyResult {
    args.exact::<0>(vm, "_magic_number")?;
    let m = kaa_vm::import_cache::magic(vm);
    Ok(vm.new_bytes(m.to_vec()))
}

fn extension_suffixes(vm: &mut Vm, args: Args) -> PyResult {
    args.exact::<0>(vm, "extension_suffixes")?;
    Ok(vm.new_list(Vec::new()))
}

/// `acquire_lock`, `release_lock`: the import lock (a no-op: imports run
/// under the interpreter's lock).
fn no_op(vm: &mut Vm, _args: Args) -> PyResult {
    Ok(vm.none())
}

fn lock_held(vm: &mut Vm, _args: Args) -> PyResult {
    Ok(vm.new_bool(false))
}

/// Create the `_imp` module.
pub fn init(vm: &mut Vm) -> PyResult<PyObjectRef> {
    let (m, d) = vm.new_module_with_dict("_imp", None)?;
    let functions: &[(&'static str, NativeFn)] = &[
        ("is_builtin", is_builtin),
        ("create_builtin", create_builtin),
        ("is_frozen", is_frozen),
        ("is_frozen_package", is_frozen_package),
        ("get_frozen_object", get_frozen_object),
        ("extension_suffixes", extension_suffixes),
        ("acquire_lock", no_op),
        ("release_lock", no_op),
        ("lock_held", lock_held),
        ("_find", find),
        ("_get_code", get_code),
        ("_load_pyc", load_pyc),
        ("_cache_from_source", cache_from_source),
        ("_magic_number", magic_number),
    ];
    for &(name, f) in functions {
        let func = vm.new_builtin_function(name, f);
        vm.dict_set_str(&d, name, func)?;
    }
    Ok(m)
}
