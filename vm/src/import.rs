//! `import`: built-in modules, and `.py` files found along `sys.path`.

use crate::object::dict::PyDict;
use crate::object::int::{IntValue, PyInt};
use crate::object::list::PyList;
use crate::object::module::PyModule;
use crate::object::str::PyStr;
use crate::object::tuple::PyTuple;
use crate::object::PyObjectRef;
use crate::vm::{PyResult, Vm};

/// A standard-library module written in Python, compiled to bytecode when
/// Kaa was built (`kaa_compiler::marshal`), or kept as source when that
/// failed, so that the error surfaces as a `SyntaxError` at import.
#[derive(Debug, Clone, Copy)]
pub struct FrozenModule {
    /// The full dotted name (`collections.abc`).
    pub name: &'static str,
    /// Whether it is a package (`collections/__init__.py`).
    pub package: bool,
    pub body: FrozenBody,
}

/// What a [`FrozenModule`] holds.
#[derive(Debug, Clone, Copy)]
pub enum FrozenBody {
    /// Serialised code (`kaa_compiler::marshal::dumps`).
    Code(&'static [u8]),
    /// Source text that did not compile at build time.
    Source(&'static str),
}

fn module_dict(m: &PyObjectRef) -> Option<PyObjectRef> {
    m.downcast_ref::<PyModule>().map(|m| m.dict.clone())
}

/// Make the module-level built-in functions of a module made in Rust name it
/// as their `__self__` (and so their `__module__`), as CPython's do. Done once,
/// when the module is made: each such function is replaced by one that
/// carries the module.
pub(crate) fn adopt_functions(vm: &mut Vm, m: &PyObjectRef) {
    use crate::object::function::{Binding, PyBuiltinFunction};
    let Some(d) = module_dict(m) else { return };
    let items = d.downcast_ref::<PyDict>().map(|d| d.items_vec()).unwrap_or_default();
    // One replacement per function: aliases (`operator.__lt__ is operator.lt`) stay one object.
    let mut made: Vec<(PyObjectRef, PyObjectRef)> = Vec::new();
    for (k, v) in items {
        if let Some((_, f)) = made.iter().find(|(old, _)| old.is(&v)) {
            let f = f.clone();
            let _ = vm.dict_set(&d, k, f);
            continue;
        }
        let Some(b) = v.downcast_ref::<PyBuiltinFunction>() else {
            continue;
        };
        if b.binding != Binding::Function || b.self_.is_some() || b.owner.is_some() || b.data.is_some() {
            continue;
        }
        let f = PyBuiltinFunction {
            name: b.name,
            owner: None,
            func: b.func,
            binding: Binding::Function,
            self_: Some(m.clone()),
            needs_frame: b.needs_frame,
            data: None,
        };
        let f = PyObjectRef::new(f, &vm.types.builtin_function);
        made.push((v.clone(), f.clone()));
        let _ = vm.dict_set(&d, k, f);
    }
}

/// `IMPORT_NAME`: import `name` (dotted) and return the top package, or the
/// module itself when `fromlist` is non-empty.
pub fn import_name(
    vm: &mut Vm,
    name: &PyObjectRef,
    fromlist: &PyObjectRef,
    level: &PyObjectRef,
    globals: &PyObjectRef,
) -> PyResult {
    let name = name
        .downcast_ref::<PyStr>()
        .map(|s| s.as_str().to_string())
        .unwrap_or_default();
    let level = match level.downcast_ref::<PyInt>().map(|i| &i.value) {
        Some(IntValue::Small(l)) => *l,
        _ => 0,
    };
    let full = if level > 0 {
        resolve_relative(vm, &name, level, globals)?
    } else {
        name.clone()
    };
    let has_fromlist = !vm.is_none(fromlist) && fromlist.downcast_ref::<PyTuple>().is_some_and(|t| !t.items.is_empty());
    let mut module = None;
    let mut prefix = String::new();
    let mut top = None;
    for part in full.split('.') {
        if !prefix.is_empty() {
            prefix.push('.');
        }
        prefix.push_str(part);
        let m = import_module(vm, &prefix)?;
        if top.is_none() {
            top = Some(m.clone());
        }
        module = Some(m);
    }
    let module = module.ok_or_else(|| vm.new_value_error("Empty module name"))?;
    if has_fromlist || level > 0 && name.is_empty() {
        Ok(module)
    } else if level > 0 {
        // `from . import x` handled above; `import .x` is not valid syntax.
        Ok(module)
    } else {
        Ok(top.unwrap_or(module))
    }
}

fn resolve_relative(vm: &mut Vm, name: &str, level: i64, globals: &PyObjectRef) -> PyResult<String> {
    let pkg = vm.dict_get_item_opt(globals, &vm.names.__package__.clone())?;
    let pkg = match pkg.and_then(|p| p.downcast_ref::<PyStr>().map(|s| s.as_str().to_string())) {
        Some(p) => p,
        None => {
            let n = vm.dict_get_item_opt(globals, &vm.names.__name__.clone())?;
            let n = n
                .and_then(|p| p.downcast_ref::<PyStr>().map(|s| s.as_str().to_string()))
                .unwrap_or_default();
            let is_pkg = vm.dict_get_item_opt(globals, &vm.names.__path__.clone())?.is_some();
            if is_pkg {
                n
            } else {
                n.rsplit_once('.').map(|(a, _)| a.to_string()).unwrap_or_default()
            }
        }
    };
    if pkg.is_empty() {
        let cls = vm.exc.import_error.clone();
        return Err(vm.new_exception_msg(&cls, "attempted relative import with no known parent package"));
    }
    let mut base = pkg.as_str();
    for _ in 1..level {
        match base.rsplit_once('.') {
            Some((a, _)) => base = a,
            None => {
                let cls = vm.exc.import_error.clone();
                return Err(vm.new_exception_msg(&cls, "attempted relative import beyond top-level package"));
            }
        }
    }
    Ok(if name.is_empty() {
        base.to_string()
    } else {
        format!("{base}.{name}")
    })
}

/// The search path: `sys.path` if the `sys` module has a list there.
fn search_path(vm: &mut Vm) -> Vec<String> {
    let key = vm.new_str("sys");
    let mods = vm.modules.clone();
    if let Ok(Some(sys)) = vm.dict_get_item_opt(&mods, &key) {
        if let Some(d) = module_dict(&sys) {
            if let Some(p) = d.downcast_ref::<PyDict>().and_then(|d| d.get_str(vm, "path")) {
                if let Some(l) = p.downcast_ref::<PyList>() {
                    return l
                        .items
                        .borrow()
                        .iter()
                        .filter_map(|s| s.downcast_ref::<PyStr>().map(|s| s.as_str().to_string()))
                        .collect();
                }
            }
        }
    }
    vm.path.borrow().clone()
}

/// Import one module by its full dotted name.
pub fn import_module(vm: &mut Vm, fullname: &str) -> PyResult {
    let key = vm.new_str(fullname.to_string());
    let mods = vm.modules.clone();
    if let Some(m) = vm.dict_get_item_opt(&mods, &key)? {
        if vm.is_none(&m) {
            return Err(module_not_found(vm, fullname));
        }
        return Ok(m);
    }
    let native = vm.native_modules.borrow().get(fullname).copied();
    if let Some(init) = native {
        let m = init(vm)?;
        adopt_functions(vm, &m);
        vm.dict_set(&mods, key, m.clone())?;
        return Ok(m);
    }
    if let Some(code) = frozen_code(vm, fullname)? {
        return exec_new_module(vm, fullname, code);
    }
    // Then the embedder's modules (`kaa::ModuleBuilder`), made the same way.
    let host = vm.host_modules.borrow().get(fullname).cloned();
    if let Some(init) = host {
        let m = init(vm)?;
        vm.dict_set(&mods, key, m.clone())?;
        return Ok(m);
    }
    let Some((path, is_pkg)) = find_file(vm, fullname)? else {
        return Err(module_not_found(vm, fullname));
    };
    let (code, pathstr) = compile_file(vm, &path)?;
    let dir = if is_pkg {
        path.parent().map(|p| p.to_string_lossy().to_string())
    } else {
        None
    };
    exec_module(vm, fullname, &code, Some(&pathstr), dir)
}

/// The file of module `fullname` on `sys.path` (or in its parent package's
/// `__path__`, importing the parent), and whether it is a package's
/// `__init__.py`. Only directories the script may read are searched.
fn find_file(vm: &mut Vm, fullname: &str) -> PyResult<Option<(std::path::PathBuf, bool)>> {
    // Submodules are searched in the parent package's __path__.
    let (dirs, leaf) = match fullname.rsplit_once('.') {
        Some((parent, leaf)) => {
            let pm = import_module(vm, parent)?;
            let pd = module_dict(&pm);
            let path = match pd {
                Some(d) => vm.dict_get_item_opt(&d, &vm.names.__path__.clone())?,
                None => None,
            };
            let dirs = match path {
                Some(p) => vm
                    .collect(&p)?
                    .iter()
                    .filter_map(|s| s.downcast_ref::<PyStr>().map(|s| s.as_str().to_string()))
                    .collect(),
                None => return Err(module_not_found_in(vm, fullname, parent)),
            };
            (dirs, leaf.to_string())
        }
        None => (search_path(vm), fullname.to_string()),
    };
    // A sandboxed interpreter finds files only in directories it may read
    // (`limits.rs`).
    let dirs: Vec<_> = dirs
        .into_iter()
        .filter(|d| {
            let p = if d.is_empty() { "." } else { d.as_str() };
            vm.limits
                .path_granted(std::path::Path::new(p), crate::limits::Access::Read)
        })
        .collect();
    for dir in dirs {
        let base = if dir.is_empty() {
            std::path::PathBuf::from(".")
        } else {
            std::path::PathBuf::from(&dir)
        };
        let pkg_init = base.join(&leaf).join("__init__.py");
        let file = base.join(format!("{leaf}.py"));
        if pkg_init.is_file() {
            return Ok(Some((pkg_init, true)));
        }
        if file.is_file() {
            return Ok(Some((file, false)));
        }
    }
    Ok(None)
}

/// Read and compile a module's source file; the code and the path as text.
fn compile_file(vm: &mut Vm, path: &std::path::Path) -> PyResult<(PyObjectRef, String)> {
    let source = match std::fs::read(path) {
        Ok(b) => String::from_utf8_lossy(&b).into_owned(),
        Err(e) => {
            let cls = vm.exc.import_error.clone();
            return Err(vm.new_exception_msg(&cls, e.to_string()));
        }
    };
    let pathstr = path.to_string_lossy().to_string();
    let code = vm.compile(&source, &pathstr, kaa_compiler::Mode::Exec)?;
    Ok((code, pathstr))
}

/// A module's code found without running it (`kaa -m`, CPython's `runpy`).
pub struct ModuleCode {
    pub code: PyObjectRef,
    /// The source file (`None` for the built-in standard library).
    pub file: Option<String>,
    /// Whether it is a package (whose `__main__` is what `-m` runs).
    pub package: bool,
}

/// Find module `fullname`'s code as `import` would (the built-in Python
/// standard library, then `sys.path`), importing its parent packages but not
/// the module itself. `None` if there is no such module, or it is written in
/// Rust (it has no code to run).
pub fn find_module_code(vm: &mut Vm, fullname: &str) -> PyResult<Option<ModuleCode>> {
    if let Some((code, package)) = frozen_code(vm, fullname)? {
        return Ok(Some(ModuleCode {
            code,
            file: None,
            package,
        }));
    }
    let Some((path, package)) = find_file(vm, fullname)? else {
        return Ok(None);
    };
    let (code, file) = compile_file(vm, &path)?;
    Ok(Some(ModuleCode {
        code,
        file: Some(file),
        package,
    }))
}

/// The code of standard-library module `name` if Kaa has it in Python: from
/// `Vm::stdlib_dir` when a developer set one and it holds the file, else
/// from the table built into the binary.
fn frozen_code(vm: &mut Vm, name: &str) -> PyResult<Option<(PyObjectRef, bool)>> {
    let dir = vm.stdlib_dir.borrow().clone();
    if let Some(dir) = dir {
        let rel = name.replace('.', "/");
        for (path, package) in [
            (dir.join(&rel).join("__init__.py"), true),
            (dir.join(format!("{rel}.py")), false),
        ] {
            if let Ok(bytes) = std::fs::read(&path) {
                let source = String::from_utf8_lossy(&bytes);
                let code = vm.compile(&source, &path.to_string_lossy(), kaa_compiler::Mode::Exec)?;
                return Ok(Some((code, package)));
            }
        }
    }
    let table = vm.frozen_modules.get();
    let Ok(i) = table.binary_search_by(|m| m.name.cmp(name)) else {
        return Ok(None);
    };
    let m = table[i];
    let code = match m.body {
        FrozenBody::Code(bytes) => match kaa_compiler::marshal::loads(bytes) {
            Ok(code) => vm.load_code(&code),
            Err(e) => {
                let cls = vm.exc.import_error.clone();
                return Err(vm.new_exception_msg(&cls, format!("bad frozen module {name}: {e}")));
            }
        },
        FrozenBody::Source(src) => vm.compile(src, &format!("<frozen {name}>"), kaa_compiler::Mode::Exec)?,
    };
    Ok(Some((code, m.package)))
}

/// Make frozen module `name` from its code (a package gets an empty
/// `__path__`: its submodules are found in the frozen table by full name).
fn exec_new_module(vm: &mut Vm, name: &str, (code, package): (PyObjectRef, bool)) -> PyResult {
    exec_module(vm, name, &code, None, package.then(String::new))
}

/// Create module `fullname` in `sys.modules`, run `code` in it, and bind it
/// in its parent package. `pkg_dir` is `Some` for a package (its `__path__`
/// entry; empty for a frozen package). On error the module is removed again.
fn exec_module(
    vm: &mut Vm,
    fullname: &str,
    code: &PyObjectRef,
    file: Option<&str>,
    pkg_dir: Option<String>,
) -> PyResult {
    let mods = vm.modules.clone();
    let (m, d) = vm.new_module_with_dict(fullname, file)?;
    if let Some(dir) = pkg_dir {
        let items = if dir.is_empty() {
            Vec::new()
        } else {
            vec![vm.new_str(dir)]
        };
        let l = vm.new_list(items);
        vm.dict_set_str(&d, "__path__", l)?;
        let p = vm.new_str(fullname.to_string());
        vm.dict_set_str(&d, "__package__", p)?;
    } else {
        let parent = fullname
            .rsplit_once('.')
            .map(|(a, _)| a.to_string())
            .unwrap_or_default();
        let p = vm.new_str(parent);
        vm.dict_set_str(&d, "__package__", p)?;
    }
    if let Err(e) = vm.run_code(code, &d, None) {
        let k = vm.new_str(fullname.to_string());
        let _ = vm.dict_del(&mods, &k);
        return Err(e);
    }
    // The module may have replaced itself in sys.modules.
    let k = vm.new_str(fullname.to_string());
    let m = vm.dict_get_item_opt(&mods, &k)?.unwrap_or(m);
    // Bind the submodule as an attribute of its parent package.
    if let Some((parent, leaf)) = fullname.rsplit_once('.') {
        let pk = vm.new_str(parent.to_string());
        if let Some(pm) = vm.dict_get_item_opt(&mods, &pk)? {
            if let Some(pd) = module_dict(&pm) {
                vm.dict_set_str(&pd, leaf, m.clone())?;
            }
        }
    }
    Ok(m)
}

fn module_not_found(vm: &mut Vm, name: &str) -> PyObjectRef {
    let cls = vm.exc.module_not_found_error.clone();
    let e = vm.new_exception_msg(&cls, format!("No module named '{name}'"));
    if let Some(d) = e.dict().cloned() {
        let n = vm.new_str(name.to_string());
        let _ = vm.dict_set_str(&d, "name", n);
    }
    e
}

fn module_not_found_in(vm: &mut Vm, name: &str, parent: &str) -> PyObjectRef {
    let cls = vm.exc.module_not_found_error.clone();
    vm.new_exception_msg(&cls, format!("No module named '{name}'; '{parent}' is not a package"))
}

/// `IMPORT_FROM`: `from module import name`.
pub fn import_from(vm: &mut Vm, module: &PyObjectRef, name: &PyObjectRef) -> PyResult {
    if let Some(v) = vm.get_attr_opt(module, name)? {
        return Ok(v);
    }
    let mname = match module_dict(module) {
        Some(d) => vm
            .dict_get_item_opt(&d, &vm.names.__name__.clone())?
            .and_then(|n| n.downcast_ref::<PyStr>().map(|s| s.as_str().to_string())),
        None => None,
    };
    let n = crate::object::typ::attr_name(name).to_string();
    if let Some(m) = &mname {
        // A submodule not yet imported.
        let full = format!("{m}.{n}");
        if let Ok(sub) = import_module(vm, &full) {
            return Ok(sub);
        }
    }
    let file = match module_dict(module) {
        Some(d) => vm
            .dict_get_item_opt(&d, &vm.names.__file__.clone())?
            .and_then(|n| n.downcast_ref::<PyStr>().map(|s| s.as_str().to_string())),
        None => None,
    };
    let m = mname.unwrap_or_else(|| "<unknown module name>".to_string());
    let msg = match file {
        Some(f) => format!("cannot import name '{n}' from '{m}' ({f})"),
        None => format!("cannot import name '{n}' from '{m}' (unknown location)"),
    };
    let cls = vm.exc.import_error.clone();
    Err(vm.new_exception_msg(&cls, msg))
}

/// `from module import *` into the namespace `ns`.
pub fn import_star(vm: &mut Vm, module: &PyObjectRef, ns: &PyObjectRef) -> PyResult<()> {
    let Some(d) = module_dict(module) else { return Ok(()) };
    let all = vm.dict_get_item_opt(&d, &vm.names.__all__.clone())?;
    let names: Vec<PyObjectRef> = match all {
        Some(a) => vm.collect(&a)?,
        None => d
            .downcast_ref::<PyDict>()
            .map(|dd| dd.keys_vec())
            .unwrap_or_default()
            .into_iter()
            .filter(|k| k.downcast_ref::<PyStr>().is_some_and(|s| !s.as_str().starts_with('_')))
            .collect(),
    };
    for n in names {
        let n = vm.intern_obj(&n);
        let v = vm.get_attr(module, &n)?;
        if ns.class().is(&vm.types.dict) {
            vm.dict_set(ns, n, v)?;
        } else {
            vm.set_item(ns, &n, v)?;
        }
    }
    Ok(())
}
