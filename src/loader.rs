//! Module loaders: the host serves `import` from memory, a virtual file
//! system or precompiled [`Program`]s ([`InterpreterBuilder::module_loader`],
//! [`Interpreter::set_module_loader`]).
//!
//! # Notes
//!
//! **Where the loader sits.** It is a meta-path finder (PEP 451), written in
//! Rust: the module `_kaa_host_loader`, whose `find_spec`, `create_module`
//! and `exec_module` are host functions, placed on `sys.meta_path` after the
//! built-in and frozen importers and before the path finder. So built-in
//! and standard-library modules are found first (a loader cannot replace
//! `json`), then the host's modules, then `.py` files on `sys.path` (only
//! where the host granted reading). `find_spec` asks the host's closure for
//! the name; its source (or program) travels in the spec's `loader_state`,
//! and `exec_module` compiles and runs it in the new module's namespace, as
//! CPython's source loaders do. Packages get an empty `__path__`, so their
//! submodules and relative imports (`from . import x`) come back to the
//! loader with their full dotted names.
//!
//! **The sandbox.** A loader is the host's grant: what it returns is
//! imported whatever the file-system grants, and nothing else is opened.

use std::sync::Arc;

use kaa_vm::object::str::PyStr;
use kaa_vm::object::PyObjectRef;

use crate::host::ModuleBuilder;
use crate::limits::InterpreterBuilder;
use crate::value::{Context, Exception, Value};
use crate::{Error, Interpreter, Program};

/// The host's loader, shared by the interpreters built with it.
pub(crate) type LoaderFn = Arc<dyn Fn(&str) -> Option<Source> + Send + Sync>;

/// An [`InterpreterBuilder`]'s loader, if it was given one.
#[derive(Clone, Default)]
pub(crate) struct LoaderSlot(Option<LoaderFn>);

impl std::fmt::Debug for LoaderSlot {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(if self.0.is_some() { "Some(<loader>)" } else { "None" })
    }
}

impl LoaderSlot {
    /// Install the loader in a new interpreter.
    pub(crate) fn install(self, interp: &mut Interpreter) {
        if let Some(l) = self.0 {
            // Fails only if the import machinery itself is broken, and then
            // imports fail as they would anyway.
            let _ = interp.install_loader(l);
        }
    }
}

const MODULE: &str = "_kaa_host_loader";

/// A module a loader serves: Python source or a precompiled [`Program`],
/// its file name (for tracebacks and `__file__`), and whether it is a
/// package (`pkg/__init__.py`; its submodules are asked for as `pkg.sub`).
///
/// ```
/// let s = kaa::Source::new("x = 1").filename("lib/util.py");
/// let p = kaa::Source::program(kaa::Program::compile("", "pkg/__init__.py").unwrap()).package();
/// # let _ = (s, p);
/// ```
#[derive(Clone, Debug)]
pub struct Source {
    body: Body,
    filename: Option<String>,
    package: bool,
}

#[derive(Clone, Debug)]
enum Body {
    Text(String),
    Program(Program),
}

impl Source {
    /// Python source text; its file name is `<module name>` unless given.
    ///
    /// ```
    /// let mut interp = kaa::Interpreter::builder()
    ///     .module_loader(|name| (name == "greet").then(|| kaa::Source::new("def hi():\n    return 'hi'")))
    ///     .build();
    /// assert_eq!(interp.eval::<String>("__import__('greet').hi()").unwrap(), "hi");
    /// assert_eq!(interp.eval::<String>("__import__('greet').__file__").unwrap(), "<greet>");
    /// ```
    pub fn new(text: impl Into<String>) -> Source {
        Source {
            body: Body::Text(text.into()),
            filename: None,
            package: false,
        }
    }

    /// A precompiled program; its file name is the program's.
    ///
    /// ```
    /// let p = kaa::Program::compile("VALUE = 42", "consts.py").unwrap();
    /// let mut interp = kaa::Interpreter::builder()
    ///     .module_loader(move |name| (name == "consts").then(|| kaa::Source::program(p.clone())))
    ///     .build();
    /// interp.exec("from consts import VALUE").unwrap();
    /// assert_eq!(interp.get_global::<i64>("VALUE").unwrap(), 42);
    /// ```
    pub fn program(program: Program) -> Source {
        Source {
            filename: Some(program.filename().to_string()),
            body: Body::Program(program),
            package: false,
        }
    }

    /// The file name shown in tracebacks and as `__file__`.
    ///
    /// ```
    /// let mut interp = kaa::Interpreter::builder()
    ///     .module_loader(|name| (name == "bad").then(|| kaa::Source::new("1 / 0").filename("vfs/bad.py")))
    ///     .build();
    /// let e = interp.exec("import bad").unwrap_err();
    /// assert!(e.traceback.contains("File \"vfs/bad.py\", line 1"), "{}", e.traceback);
    /// ```
    pub fn filename(mut self, name: impl Into<String>) -> Source {
        self.filename = Some(name.into());
        self
    }

    /// Make it a package: scripts may import its submodules (`pkg.sub`,
    /// which the loader is asked for by that full name) and, inside it,
    /// use relative imports.
    ///
    /// ```
    /// let mut interp = kaa::Interpreter::builder()
    ///     .module_loader(|name| match name {
    ///         "shop" => Some(kaa::Source::new("from .tax import rate").package()),
    ///         "shop.tax" => Some(kaa::Source::new("rate = 0.2")),
    ///         _ => None,
    ///     })
    ///     .build();
    /// assert_eq!(interp.eval::<f64>("__import__('shop').rate").unwrap(), 0.2);
    /// let e = interp.exec("import shop.nothing").unwrap_err();
    /// assert_eq!(e.message, "No module named 'shop.nothing'");
    /// ```
    pub fn package(mut self) -> Source {
        self.package = true;
        self
    }
}

impl InterpreterBuilder {
    /// Serve `import` from the host: `loader(name)` is asked for each module
    /// not found among the built-in and standard-library modules (with the
    /// full dotted name), and returns its [`Source`] or `None` (then
    /// `sys.path` is searched, where the host granted reading). See
    /// [`Interpreter::set_module_loader`].
    ///
    /// ```
    /// use std::collections::HashMap;
    /// let files: HashMap<&str, &str> = [("helpers", "def double(x):\n    return 2 * x")].into();
    /// let mut interp = kaa::Interpreter::builder()
    ///     .module_loader(move |name| files.get(name).map(|s| kaa::Source::new(*s)))
    ///     .build();
    /// interp.exec("import helpers\nx = helpers.double(21)").unwrap();
    /// assert_eq!(interp.get_global::<i64>("x").unwrap(), 42);
    /// assert_eq!(interp.exec("import nothere").unwrap_err().type_name, "ModuleNotFoundError");
    /// ```
    pub fn module_loader(mut self, loader: impl Fn(&str) -> Option<Source> + Send + Sync + 'static) -> Self {
        self.loader = LoaderSlot(Some(Arc::new(loader)));
        self
    }
}

impl Interpreter {
    /// Serve `import` from the host (see [`InterpreterBuilder::module_loader`]);
    /// a second loader replaces the first for later imports (modules already
    /// imported stay in `sys.modules`).
    ///
    /// ```
    /// let mut interp = kaa::Interpreter::new();
    /// interp.set_module_loader(|name| (name == "cfg").then(|| kaa::Source::new("mode = 'fast'"))).unwrap();
    /// assert_eq!(interp.eval::<String>("__import__('cfg').mode").unwrap(), "fast");
    /// ```
    pub fn set_module_loader(
        &mut self,
        loader: impl Fn(&str) -> Option<Source> + Send + Sync + 'static,
    ) -> Result<(), Error> {
        self.install_loader(Arc::new(loader))
    }

    pub(crate) fn install_loader(&mut self, loader: LoaderFn) -> Result<(), Error> {
        let _entered = self.vm.enter();
        let module = ModuleBuilder::new(MODULE)
            .doc("The host's module loader (a meta-path finder and its loader).")
            .function_named(
                "find_spec",
                &["name", "path", "target"],
                move |cx: &mut Context, name: String, _path: Option<Value>, _target: Option<Value>| {
                    find_spec(cx, &loader, &name)
                },
            )
            .function_named("create_module", &["spec"], |cx: &mut Context, _spec: Value| cx.none())
            .function_named("exec_module", &["module"], exec_module);
        self.add_module(module)?;
        // After the built-in and frozen importers; an earlier loader's
        // finder is taken off.
        let finder = self.import(MODULE)?;
        let r = (|| -> Result<(), Exception> {
            let sys = self.import("sys").map_err(Exception::from)?;
            let meta = sys.getattr(self, "meta_path")?;
            let items: Vec<Value> = meta.to(self)?;
            let mut names = Vec::new();
            for f in &items {
                let n = f.getattr(self, "__name__").ok().and_then(|n| n.to::<String>(self).ok());
                names.push(n.unwrap_or_default());
            }
            for i in (0..names.len()).rev() {
                if names[i] == MODULE {
                    meta.call_method(self, "pop", (i,))?;
                    names.remove(i);
                }
            }
            let at = names
                .iter()
                .position(|n| n == "FrozenImporter")
                .or_else(|| names.iter().position(|n| n == "BuiltinImporter"))
                .map_or(0, |i| i + 1);
            meta.call_method(self, "insert", (at, finder))?;
            Ok(())
        })();
        r.map_err(|e| crate::Runtime::__wrap(self, e))
    }
}

/// `find_spec(name, path, target)`: the spec of a module the host serves.
fn find_spec(cx: &mut Context, loader: &LoaderFn, name: &str) -> Result<Value, Exception> {
    // The host's closure may panic; the host function wrapper turns that into
    // an exception.
    let Some(source) = loader(name) else {
        return Ok(cx.none());
    };
    let filename = source.filename.unwrap_or_else(|| format!("<{name}>"));
    let state: PyObjectRef = match &source.body {
        Body::Text(t) => {
            let code = cx.vm().new_str(t.as_str());
            let file = cx.vm().new_str(filename.as_str());
            cx.vm().new_tuple(vec![code, file])
        }
        Body::Program(p) => p.load(cx.vm()),
    };
    let importlib = kaa_vm::import::import_module(cx.vm(), "_frozen_importlib")?;
    let n = cx.vm().intern("ModuleSpec");
    let spec_class = Value::from_obj(cx.vm().get_attr(&importlib, &n)?);
    let finder = Value::from_obj(kaa_vm::import::import_module(cx.vm(), MODULE)?);
    let kwargs = crate::kwargs! {
        origin: filename.as_str(),
        loader_state: Value::from_obj(state),
        is_package: source.package,
    };
    let spec = spec_class.call_kw(cx, (name, finder), kwargs)?;
    // `__file__` is the file name.
    spec.setattr(cx, "has_location", true)?;
    Ok(spec)
}

/// `exec_module(module)`: run the module's code (its spec's `loader_state`:
/// a code object, or source and file name to compile) in its namespace.
fn exec_module(cx: &mut Context, module: Value) -> Result<(), Exception> {
    let spec = module.getattr(cx, "__spec__")?;
    let state = spec.getattr(cx, "loader_state")?;
    let dict = module.getattr(cx, "__dict__")?;
    let vm = cx.vm();
    let state = state.raw().clone();
    let code = match state.downcast_ref::<kaa_vm::object::tuple::PyTuple>() {
        Some(t) if t.items.len() == 2 => {
            let text = t.items[0].downcast_ref::<PyStr>().map(|s| s.as_str().to_string());
            let file = t.items[1].downcast_ref::<PyStr>().map(|s| s.as_str().to_string());
            match (text, file) {
                (Some(text), Some(file)) => vm.compile(&text, &file, kaa_compiler::Mode::Exec)?,
                _ => return Err(Exception::import_error("bad loader state")),
            }
        }
        _ => state,
    };
    vm.run_code(&code, dict.raw(), None)?;
    Ok(())
}

impl Exception {
    fn import_error(message: &str) -> Exception {
        Exception::new("ImportError", message)
    }
}
