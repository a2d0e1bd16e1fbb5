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
pub fn adopt_functions(vm: &mut Vm, m: &PyObjectRef) {
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
    if has_fromlist {
        if let Some(d) = module_dict(&module) {
            if vm.dict_get_item_opt(&d, &vm.names.__path__.clone())?.is_some() {
                handle_fromlist(vm, &module, &full, fromlist, false)?;
            }
        }
    }
    if has_fromlist || level > 0 && name.is_empty() {
        Ok(module)
    } else if level > 0 {
        // `from . import x` handled above; `import .x` is not valid syntax.
        Ok(module)
    } else {
        Ok(top.unwrap_or(module))
    }
}

/// `from package import a, b`: import the submodules named in the list
/// that the package does not have as attributes (CPython's
/// `_handle_fromlist`); `*` stands for the package's `__all__`.
fn handle_fromlist(
    vm: &mut Vm,
    module: &PyObjectRef,
    full: &str,
    fromlist: &PyObjectRef,
    in_all: bool,
) -> PyResult<()> {
    for item in vm.collect(fromlist)? {
        let Some(x) = item.downcast_ref::<PyStr>().map(|s| s.as_str().to_string()) else {
            let what = if in_all { "``__all__''" } else { "``from list''" };
            let msg = format!("Item in {what} must be str, not {}", item.ty().name());
            return Err(vm.new_type_error(msg));
        };
        if x == "*" {
            if in_all {
                continue;
            }
            let all = vm.intern("__all__");
            if let Some(all) = vm.get_attr_opt(module, &all)? {
                handle_fromlist(vm, module, full, &all, true)?;
            }
            continue;
        }
        let n = vm.new_str(x.clone());
        if vm.get_attr_opt(module, &n)?.is_some() {
            continue;
        }
        let sub = format!("{full}.{x}");
        if let Err(e) = import_module(vm, &sub) {
            let mnf = vm.exc.module_not_found_error.clone();
            let name = vm.instance_get_str(&e, "name");
            let same = name
                .and_then(|n| n.downcast_ref::<PyStr>().map(|s| s.as_str() == sub))
                .unwrap_or(false);
            if !(e.is_instance_of(&mnf) && same) {
                return Err(e);
            }
        }
    }
    Ok(())
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
    if let Some(p) = sys_attr(vm, "path") {
        if let Some(l) = p.downcast_ref::<PyList>() {
            return l
                .items
                .borrow()
                .iter()
                .filter_map(|s| s.downcast_ref::<PyStr>().map(|s| s.as_str().to_string()))
                .collect();
        }
    }
    vm.path.borrow().clone()
}

/// An attribute of the live `sys` module.
fn sys_attr(vm: &mut Vm, name: &str) -> Option<PyObjectRef> {
    let key = vm.new_str("sys");
    let mods = vm.modules.clone();
    let sys = vm.dict_get_item_opt(&mods, &key).ok().flatten()?;
    let d = module_dict(&sys)?;
    let v = d.downcast_ref::<PyDict>().and_then(|d| d.get_str(vm, name));
    v
}

/// The kinds of module `_frozen_importlib._kaa_spec` describes.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Kind {
    Builtin = 0,
    Frozen = 1,
    Source = 2,
    Namespace = 3,
}

/// The import system's Python objects, once `_frozen_importlib` is loaded
/// (`None` before that, while it loads, and in an interpreter without it).
struct Boot {
    module: PyObjectRef,
    builtin: PyObjectRef,
    frozen: PyObjectRef,
    path_finder: PyObjectRef,
    path_hook: PyObjectRef,
}

const BOOT_KEY: &str = "import._frozen_importlib";
const BOOTING_KEY: &str = "import.booting";
/// Present in `Vm::module_state` when `-X importtime` is on.
pub const IMPORTTIME_KEY: &str = "import.importtime";

/// Load `_frozen_importlib` the first time a module is imported, and let
/// it fill `sys.meta_path` and `sys.path_hooks` (CPython's `_install`).
fn boot(vm: &mut Vm) -> Option<Boot> {
    let get = |vm: &Vm, k: &str| vm.module_state.borrow().get(k).cloned();
    let module = match get(vm, BOOT_KEY) {
        Some(m) => m,
        None => {
            if get(vm, BOOTING_KEY).is_some() {
                return None;
            }
            let t = vm.true_.clone();
            vm.module_state.borrow_mut().insert(BOOTING_KEY.into(), t);
            let r = (|| {
                frozen_code(vm, "_frozen_importlib").ok().flatten()?;
                let m = import_module(vm, "_frozen_importlib").ok()?;
                import_module(vm, "_frozen_importlib_external").ok()?;
                vm.call_method(&m, "_kaa_install", &[]).ok()?;
                Some(m)
            })();
            match r {
                Some(m) => {
                    vm.module_state.borrow_mut().insert(BOOT_KEY.into(), m.clone());
                    m
                }
                // Stays "booting": an interpreter without the module never retries.
                None => return None,
            }
        }
    };
    let attr = |vm: &mut Vm, m: &PyObjectRef, n: &str| {
        let n = vm.intern(n);
        vm.get_attr(m, &n).ok()
    };
    let mods = vm.modules.clone();
    let k = vm.new_str("_frozen_importlib_external");
    let ext = vm.dict_get_item_opt(&mods, &k).ok().flatten()?;
    Some(Boot {
        builtin: attr(vm, &module, "BuiltinImporter")?,
        frozen: attr(vm, &module, "FrozenImporter")?,
        path_finder: attr(vm, &ext, "PathFinder")?,
        path_hook: attr(vm, &ext, "_DEFAULT_PATH_HOOK")?,
        module,
    })
}

/// Import one module by its full dotted name.
pub fn import_module(vm: &mut Vm, fullname: &str) -> PyResult {
    let key = vm.new_str(fullname.to_string());
    let mods = vm.modules.clone();
    if let Some(m) = vm.dict_get_item_opt(&mods, &key)? {
        if vm.is_none(&m) {
            let cls = vm.exc.module_not_found_error.clone();
            let e = vm.new_exception_msg(&cls, format!("import of {fullname} halted; None in sys.modules"));
            set_error_name(vm, &e, fullname);
            return Err(e);
        }
        if vm.import_locks.borrow().is_idle() || !is_initializing(vm, &m) {
            return Ok(m);
        }
        // Another thread may be running its code: wait for the finished
        // module (or, if it failed, import it afresh).
        crate::import_lock::wait(vm, fullname)?;
        if let Some(m) = vm.dict_get_item_opt(&mods, &key)? {
            return Ok(m);
        }
    }
    // The parent package first; its `__path__` is where the module is.
    let parent_path = match fullname.rsplit_once('.') {
        Some((parent, _)) => {
            let pm = import_module(vm, parent)?;
            // Importing the parent may have imported this module.
            if let Some(m) = vm.dict_get_item_opt(&mods, &key)? {
                return Ok(m);
            }
            let path = match module_dict(&pm) {
                Some(d) => vm.dict_get_item_opt(&d, &vm.names.__path__.clone())?,
                None => None,
            };
            match path {
                Some(p) => Some(p),
                None => return Err(module_not_found_in(vm, fullname, parent)),
            }
        }
        None => None,
    };
    // One thread at a time runs a module's import (`import_lock.rs`).
    crate::import_lock::wait(vm, fullname)?;
    if let Some(m) = vm.dict_get_item_opt(&mods, &key)? {
        return Ok(m);
    }
    crate::import_lock::acquire(vm, fullname);
    let r = if !vm.module_state.borrow().contains_key(IMPORTTIME_KEY) {
        load_new(vm, fullname, parent_path)
    } else {
        importtime(vm, fullname, |vm| load_new(vm, fullname, parent_path))
    };
    crate::import_lock::release(vm, fullname);
    r
}

thread_local! {
    /// `-X importtime`: for each import under way, the time its nested
    /// imports took (microseconds).
    static NESTED: std::cell::RefCell<Vec<u128>> = const { std::cell::RefCell::new(Vec::new()) };
}

/// Run one module's import and print its `-X importtime` line on stderr.
fn importtime(vm: &mut Vm, fullname: &str, f: impl FnOnce(&mut Vm) -> PyResult) -> PyResult {
    if !vm.module_state.borrow().contains_key("import.importtime_header") {
        let t = vm.true_.clone();
        vm.module_state
            .borrow_mut()
            .insert("import.importtime_header".into(), t);
        vm.write_stderr("import time: self [us] | cumulative | imported package\n");
    }
    let depth = NESTED.with(|n| {
        let mut n = n.borrow_mut();
        n.push(0);
        n.len() - 1
    });
    let start = std::time::Instant::now();
    let r = f(vm);
    let cumulative = start.elapsed().as_micros();
    let nested = NESTED.with(|n| {
        let mut n = n.borrow_mut();
        let nested = n.pop().unwrap_or(0);
        if let Some(parent) = n.last_mut() {
            *parent += cumulative;
        }
        nested
    });
    if r.is_ok() {
        let own = cumulative.saturating_sub(nested);
        let indent = "  ".repeat(depth);
        vm.write_stderr(&format!(
            "import time: {own:>9} | {cumulative:>10} | {indent}{fullname}\n"
        ));
    }
    r
}

/// Find and load a module not yet in `sys.modules`, asking the finders on
/// `sys.meta_path` in order. Kaa's own three (built-in, frozen, path) are
/// done natively here; any other is called as CPython calls it.
fn load_new(vm: &mut Vm, fullname: &str, parent_path: Option<PyObjectRef>) -> PyResult {
    // Until a module written in Python is imported, built-in modules load
    // without the Python machinery (`sys` at start-up); `_kaa_install` gives
    // them their specs later.
    let booted = vm.module_state.borrow().contains_key(BOOT_KEY);
    if !booted && parent_path.is_none() && vm.native_modules.borrow().contains_key(fullname) {
        if let Some(m) = native_find_load(vm, fullname, Kind::Builtin, None, None)? {
            return Ok(m);
        }
    }
    let b = boot(vm);
    if !booted && b.is_some() {
        // Loading the machinery may have imported this module.
        let key = vm.new_str(fullname.to_string());
        let mods = vm.modules.clone();
        if let Some(m) = vm.dict_get_item_opt(&mods, &key)? {
            return Ok(m);
        }
    }
    let Some(b) = b else {
        // Bootstrapping: the built-in, frozen and file finders in order.
        for kind in [Kind::Builtin, Kind::Frozen, Kind::Source] {
            if let Some(m) = native_find_load(vm, fullname, kind, parent_path.as_ref(), None)? {
                return Ok(m);
            }
        }
        return Err(module_not_found(vm, fullname));
    };
    let meta = match sys_attr(vm, "meta_path") {
        Some(l) if l.downcast_ref::<PyList>().is_some() => l
            .downcast_ref::<PyList>()
            .map(|l| l.items.borrow().clone())
            .unwrap_or_default(),
        Some(l) if vm.is_none(&l) => {
            let cls = vm.exc.import_error.clone();
            return Err(vm.new_exception_msg(&cls, "sys.meta_path is None, Python is likely shutting down"));
        }
        Some(l) => vm.collect(&l)?,
        None => Vec::new(),
    };
    for finder in meta {
        let kind = if finder.is(&b.builtin) {
            Kind::Builtin
        } else if finder.is(&b.frozen) {
            Kind::Frozen
        } else if finder.is(&b.path_finder) {
            Kind::Source
        } else {
            // A finder written in Python.
            let n_find_spec = vm.intern("find_spec");
            let Some(find_spec) = vm.get_attr_opt(&finder, &n_find_spec)? else {
                continue;
            };
            let name = vm.new_str(fullname.to_string());
            let path = parent_path.clone().unwrap_or_else(|| vm.none());
            let none = vm.none();
            let spec = vm.call(&find_spec, crate::Args::positional(&[name, path, none]))?;
            if vm.is_none(&spec) {
                continue;
            }
            let m = vm.call_method(&b.module, "_kaa_load", &[spec])?;
            bind_in_parent(vm, fullname, &m)?;
            return Ok(m);
        };
        if let Some(m) = native_find_load(vm, fullname, kind, parent_path.as_ref(), Some(&b))? {
            return Ok(m);
        }
    }
    Err(module_not_found(vm, fullname))
}

/// One of Kaa's own finders: find `fullname` and load it, or `None`.
fn native_find_load(
    vm: &mut Vm,
    fullname: &str,
    kind: Kind,
    parent_path: Option<&PyObjectRef>,
    b: Option<&Boot>,
) -> PyResult<Option<PyObjectRef>> {
    let mods = vm.modules.clone();
    match kind {
        Kind::Builtin => {
            // As CPython's BuiltinImporter: top-level names only.
            if parent_path.is_some() {
                return Ok(None);
            }
            let native = vm.native_modules.borrow().get(fullname).copied();
            let m = if let Some(init) = native {
                let m = init(vm)?;
                adopt_functions(vm, &m);
                m
            } else {
                // The embedder's modules (`kaa::ModuleBuilder`), made the same way.
                let host = vm.host_modules.borrow().get(fullname).cloned();
                let Some(init) = host else { return Ok(None) };
                init(vm)?
            };
            let key = vm.new_str(fullname.to_string());
            vm.dict_set(&mods, key, m.clone())?;
            if let Some(b) = b {
                let spec = new_spec(vm, b, fullname, Kind::Builtin, None, None)?;
                let loader = b.builtin.clone();
                if let Some(d) = module_dict(&m) {
                    vm.dict_set_str(&d, "__spec__", spec)?;
                    vm.dict_set_str(&d, "__loader__", loader)?;
                }
            }
            Ok(Some(m))
        }
        Kind::Frozen => {
            let Some((code, package)) = frozen_code(vm, fullname)? else {
                return Ok(None);
            };
            let locations = package.then(Vec::new);
            Ok(Some(exec_module(
                vm,
                fullname,
                &code,
                b,
                Kind::Frozen,
                None,
                locations,
            )?))
        }
        Kind::Source | Kind::Namespace => {
            // A custom path hook on sys.path_hooks: CPython's PathFinder in Python.
            if let Some(b) = b {
                if !default_path_hooks(vm, b) {
                    let name = vm.new_str(fullname.to_string());
                    let path = parent_path.cloned().unwrap_or_else(|| vm.none());
                    let spec = vm.call_method(&b.path_finder, "find_spec", &[name, path])?;
                    if vm.is_none(&spec) {
                        return Ok(None);
                    }
                    let m = vm.call_method(&b.module, "_kaa_load", &[spec])?;
                    bind_in_parent(vm, fullname, &m)?;
                    return Ok(Some(m));
                }
            }
            let dirs = match parent_path {
                Some(p) => vm
                    .collect(p)?
                    .iter()
                    .filter_map(|s| s.downcast_ref::<PyStr>().map(|s| s.as_str().to_string()))
                    .collect(),
                None => search_path(vm),
            };
            let leaf = fullname.rsplit('.').next().unwrap_or(fullname);
            match find_in_dirs(vm, dirs, leaf) {
                None => Ok(None),
                Some(Found::Namespace(portions)) => {
                    let code = vm.compile("", fullname, kaa_compiler::Mode::Exec)?;
                    Ok(Some(exec_module(
                        vm,
                        fullname,
                        &code,
                        b,
                        Kind::Namespace,
                        None,
                        Some(portions),
                    )?))
                }
                Some(Found::Source { path, package }) => {
                    let code = crate::import_cache::source_code(vm, &path, true)?;
                    let pathstr = path.to_string_lossy().to_string();
                    let locations = if package {
                        path.parent().map(|p| vec![p.to_string_lossy().to_string()])
                    } else {
                        None
                    };
                    Ok(Some(exec_module(
                        vm,
                        fullname,
                        &code,
                        b,
                        Kind::Source,
                        Some(&pathstr),
                        locations,
                    )?))
                }
            }
        }
    }
}

/// Whether `sys.path_hooks` holds only Kaa's own file finder hook (then
/// the path search stays native).
fn default_path_hooks(vm: &mut Vm, b: &Boot) -> bool {
    match sys_attr(vm, "path_hooks") {
        Some(l) => match l.downcast_ref::<PyList>() {
            Some(l) => {
                let items = l.items.borrow();
                items.is_empty() || items.len() == 1 && items[0].is(&b.path_hook)
            }
            None => false,
        },
        None => true,
    }
}

/// `_frozen_importlib._kaa_spec(...)`: the `ModuleSpec` of a module found natively.
fn new_spec(
    vm: &mut Vm,
    b: &Boot,
    name: &str,
    kind: Kind,
    origin: Option<&str>,
    locations: Option<&[String]>,
) -> PyResult {
    let n = vm.new_str(name.to_string());
    let k = vm.new_int(kind as i64);
    let o = match origin {
        Some(o) => vm.new_str(o.to_string()),
        None => vm.none(),
    };
    let l = match locations {
        Some(l) => {
            let items = l.iter().map(|s| vm.new_str(s.clone())).collect();
            vm.new_list(items)
        }
        None => vm.none(),
    };
    vm.call_method(&b.module, "_kaa_spec", &[n, k, o, l])
}

/// What the path finder found.
pub enum Found {
    /// A `.py` file (absolute), or a package's `__init__.py`.
    Source { path: std::path::PathBuf, package: bool },
    /// The directories of a namespace package (no `__init__.py` in any).
    Namespace(Vec<String>),
}

/// Look for module `leaf` in each of `dirs` (relative ones taken from the
/// current directory, so that `__file__` is absolute): a package, then a
/// `.py` file; directories without `__init__.py` are remembered and make a
/// namespace package if nothing else is found. Only directories the script
/// may read are searched (`limits.rs`).
pub fn find_in_dirs(vm: &mut Vm, dirs: Vec<String>, leaf: &str) -> Option<Found> {
    let mut portions = Vec::new();
    let cwd = std::env::current_dir().ok();
    for dir in dirs {
        let base = std::path::PathBuf::from(if dir.is_empty() { "." } else { dir.as_str() });
        if !vm.limits.path_granted(&base, crate::limits::Access::Read) {
            continue;
        }
        let base = match (&cwd, base.is_absolute()) {
            (Some(c), false) if dir.is_empty() || dir == "." => c.clone(),
            (Some(c), false) => c.join(base),
            _ => base,
        };
        let pkg = base.join(leaf);
        let pkg_init = pkg.join("__init__.py");
        if pkg_init.is_file() {
            return Some(Found::Source {
                path: pkg_init,
                package: true,
            });
        }
        let file = base.join(format!("{leaf}.py"));
        if file.is_file() {
            return Some(Found::Source {
                path: file,
                package: false,
            });
        }
        if pkg.is_dir() {
            portions.push(pkg.to_string_lossy().to_string());
        }
    }
    if portions.is_empty() {
        None
    } else {
        Some(Found::Namespace(portions))
    }
}

/// The file of module `fullname` on `sys.path` (or in its parent package's
/// `__path__`, importing the parent), and whether it is a package's
/// `__init__.py`.
fn find_file(vm: &mut Vm, fullname: &str) -> PyResult<Option<(std::path::PathBuf, bool)>> {
    let (dirs, leaf) = match fullname.rsplit_once('.') {
        Some((parent, leaf)) => {
            let pm = import_module(vm, parent)?;
            let path = match module_dict(&pm) {
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
    match find_in_dirs(vm, dirs, &leaf) {
        Some(Found::Source { path, package }) => Ok(Some((path, package))),
        _ => Ok(None),
    }
}

/// Read and compile a module's source file (through the bytecode cache);
/// the code and the path as text.
fn compile_file(vm: &mut Vm, path: &std::path::Path) -> PyResult<(PyObjectRef, String)> {
    let code = crate::import_cache::source_code(vm, path, true)?;
    Ok((code, path.to_string_lossy().to_string()))
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
pub fn frozen_code(vm: &mut Vm, name: &str) -> PyResult<Option<(PyObjectRef, bool)>> {
    let dir = vm.stdlib_dir.borrow().clone();
    if let Some(dir) = dir {
        let rel = name.replace('.', "/");
        for (path, package) in [
            (dir.join(&rel).join("__init__.py"), true),
            (dir.join(format!("{rel}.py")), false),
        ] {
            if let Ok(bytes) = std::fs::read(&path) {
                let file = path.to_string_lossy().into_owned();
                let source = crate::source::decode_source(vm, &bytes, &file, crate::source::SourceKind::Import)?;
                let code = vm.compile(&source, &file, kaa_compiler::Mode::Exec)?;
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
        // Walked by `verify::verify_tree` when Kaa was built (`stdlib/build.rs`).
        FrozenBody::Code(bytes) => match kaa_compiler::marshal::loads(bytes) {
            Ok(code) => vm.load_code_verified(&code),
            Err(e) => {
                let cls = vm.exc.import_error.clone();
                return Err(vm.new_exception_msg(&cls, format!("bad frozen module {name}: {e}")));
            }
        },
        FrozenBody::Source(src) => vm.compile(src, &format!("<frozen {name}>"), kaa_compiler::Mode::Exec)?,
    };
    Ok(Some((code, m.package)))
}

/// Create module `fullname` in `sys.modules` with its import attributes
/// (`__spec__`, `__loader__`, `__file__`, `__cached__`, `__path__`,
/// `__package__`), run `code` in it, and bind it in its parent package.
/// `locations` is `Some` for a package (its `__path__`; empty for a frozen
/// package, whose submodules are found in the frozen table by full name).
/// While the code runs, `__spec__._initializing` is true (the "partially
/// initialized module" messages). On error the module is removed again.
fn exec_module(
    vm: &mut Vm,
    fullname: &str,
    code: &PyObjectRef,
    b: Option<&Boot>,
    kind: Kind,
    file: Option<&str>,
    locations: Option<Vec<String>>,
) -> PyResult {
    let mods = vm.modules.clone();
    let (m, d) = vm.new_module_with_dict(fullname, file)?;
    let spec = match b {
        Some(b) => Some(new_spec(vm, b, fullname, kind, file, locations.as_deref())?),
        None => None,
    };
    let package = if locations.is_some() {
        fullname.to_string()
    } else {
        fullname
            .rsplit_once('.')
            .map(|(a, _)| a.to_string())
            .unwrap_or_default()
    };
    let p = vm.new_str(package);
    vm.dict_set_str(&d, "__package__", p)?;
    match &spec {
        Some(spec) => {
            let n_loader = vm.intern("loader");
            let loader = vm.get_attr(spec, &n_loader)?;
            vm.dict_set_str(&d, "__loader__", loader)?;
            vm.dict_set_str(&d, "__spec__", spec.clone())?;
            if locations.is_some() {
                let n_submodule_search_locations = vm.intern("submodule_search_locations");
                let path = vm.get_attr(spec, &n_submodule_search_locations)?;
                vm.dict_set_str(&d, "__path__", path)?;
            }
            if kind == Kind::Source {
                if let Some(c) = file.and_then(|f| crate::import_cache::cache_from_source(std::path::Path::new(f))) {
                    let c = vm.new_str(c.to_string_lossy().to_string());
                    vm.dict_set_str(&d, "__cached__", c)?;
                }
            }
            if kind == Kind::Namespace {
                let none = vm.none();
                vm.dict_set_str(&d, "__file__", none)?;
            }
            let t = vm.true_.clone();
            let n_initializing = vm.intern("_initializing");
            vm.set_attr(spec, &n_initializing, t)?;
        }
        None => {
            if let Some(l) = locations {
                let items = l.into_iter().map(|s| vm.new_str(s)).collect();
                let l = vm.new_list(items);
                vm.dict_set_str(&d, "__path__", l)?;
            }
        }
    }
    let r = vm.run_code(code, &d, None);
    if let Some(spec) = &spec {
        let f = vm.false_.clone();
        let n_initializing = vm.intern("_initializing");
        vm.set_attr(spec, &n_initializing, f)?;
    }
    if let Err(e) = r {
        let k = vm.new_str(fullname.to_string());
        let _ = vm.dict_del(&mods, &k);
        return Err(e);
    }
    // The module may have replaced itself in sys.modules.
    let k = vm.new_str(fullname.to_string());
    let m = vm.dict_get_item_opt(&mods, &k)?.unwrap_or(m);
    bind_in_parent(vm, fullname, &m)?;
    Ok(m)
}

/// Bind a submodule as an attribute of its parent package.
fn bind_in_parent(vm: &mut Vm, fullname: &str, m: &PyObjectRef) -> PyResult<()> {
    if let Some((parent, leaf)) = fullname.rsplit_once('.') {
        let mods = vm.modules.clone();
        let pk = vm.new_str(parent.to_string());
        if let Some(pm) = vm.dict_get_item_opt(&mods, &pk)? {
            let leaf = vm.intern(leaf);
            // A parent that refuses the attribute (a module subclass) is not an error.
            let _ = vm.set_attr(&pm, &leaf, m.clone());
        }
    }
    Ok(())
}

fn set_error_name(vm: &mut Vm, e: &PyObjectRef, name: &str) {
    if let Some(d) = vm.instance_dict(&e) {
        let n = vm.new_str(name.to_string());
        let _ = vm.dict_set_str(&d, "name", n);
        let none = vm.none();
        let _ = vm.dict_set_str(&d, "path", none);
    }
}

fn module_not_found(vm: &mut Vm, name: &str) -> PyObjectRef {
    let cls = vm.exc.module_not_found_error.clone();
    let e = vm.new_exception_msg(&cls, format!("No module named '{name}'"));
    set_error_name(vm, &e, name);
    e
}

fn module_not_found_in(vm: &mut Vm, name: &str, parent: &str) -> PyObjectRef {
    let cls = vm.exc.module_not_found_error.clone();
    let e = vm.new_exception_msg(&cls, format!("No module named '{name}'; '{parent}' is not a package"));
    set_error_name(vm, &e, name);
    e
}

/// Whether `module.__spec__._initializing` is true: it is being imported.
fn is_initializing(vm: &mut Vm, module: &PyObjectRef) -> bool {
    let Some(d) = module_dict(module) else { return false };
    let n_spec = vm.intern("__spec__");
    let Ok(Some(spec)) = vm.dict_get_item_opt(&d, &n_spec) else {
        return false;
    };
    let n_initializing = vm.intern("_initializing");
    match vm.get_attr_opt(&spec, &n_initializing) {
        Ok(Some(v)) => vm.is_true(&v).unwrap_or(false),
        _ => false,
    }
}

/// The message of a missing module attribute, as CPython's `module.__getattr__`
/// words it while imports are under way (cold: only on the error path).
pub fn module_attribute_message(vm: &mut Vm, module: &PyObjectRef, mname: &str, n: &str) -> String {
    if is_initializing(vm, module) {
        return format!(
            "partially initialized module '{mname}' has no attribute '{n}' (most likely due to a circular import)"
        );
    }
    let mods = vm.modules.clone();
    let k = vm.new_str(format!("{mname}.{n}"));
    if let Ok(Some(sub)) = vm.dict_get_item_opt(&mods, &k) {
        if is_initializing(vm, &sub) {
            return format!("cannot access submodule '{n}' of module '{mname}' (most likely due to a circular import)");
        }
    }
    format!("module '{mname}' has no attribute '{n}'")
}

/// `IMPORT_FROM`: `from module import name`.
pub fn import_from(vm: &mut Vm, module: &PyObjectRef, name: &PyObjectRef) -> PyResult {
    if let Some(v) = vm.get_attr_or_none(module, name)? {
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
        let mods = vm.modules.clone();
        let k = vm.new_str(full.clone());
        if let Some(sub) = vm.dict_get_item_opt(&mods, &k)? {
            return Ok(sub);
        }
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
    let m = mname.clone().unwrap_or_else(|| "<unknown module name>".to_string());
    let location = file.clone().unwrap_or_else(|| "unknown location".to_string());
    let msg = if is_initializing(vm, module) {
        format!(
            "cannot import name '{n}' from partially initialized module '{m}' (most likely due to a circular import) ({location})"
        )
    } else {
        format!("cannot import name '{n}' from '{m}' ({location})")
    };
    let cls = vm.exc.import_error.clone();
    let e = vm.new_exception_msg(&cls, msg);
    if let Some(d) = vm.instance_dict(&e) {
        let v = match &mname {
            Some(s) => vm.new_str(s.clone()),
            None => vm.none(),
        };
        let _ = vm.dict_set_str(&d, "name", v);
        let v = match &file {
            Some(s) => vm.new_str(s.clone()),
            None => vm.none(),
        };
        let _ = vm.dict_set_str(&d, "path", v);
    }
    Err(e)
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
