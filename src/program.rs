//! Compiled programs and modules of their own: [`Program`] (bytecode that
//! any interpreter on any thread can run, and that can be saved as bytes),
//! [`Interpreter::new_module`], [`Interpreter::exec_in`] and
//! [`Interpreter::run_in`].
//!
//! # Notes
//!
//! **Why a `Program` is `Send + Sync`.** It holds the compiler's code object
//! (`kaa_compiler::CodeObject`: instructions, constants as a compiler-side
//! enum, names as `Arc<str>`), which is immutable and made of `Send + Sync`
//! parts; it holds no Python object. Each run turns it into the running
//! interpreter's own code object (`Vm::load_code`: constants made and names
//! interned there), as an import of a cached `.pyc` does, so interpreters
//! never share an object.
//!
//! **The bytes** are `kaa_compiler::marshal`'s, the format of the bytecode
//! cache's `.pyc` files after their 16-byte header. Like a `.pyc`, they are
//! checked for their format and version, not proven safe: load only bytes
//! your host wrote.

use std::sync::Arc;

use kaa_compiler::{CodeObject, Mode};
use kaa_vm::object::dict::PyDict;
use kaa_vm::object::module::PyModule;
use kaa_vm::object::PyObjectRef;
use kaa_vm::PyResult;

use crate::handle::Handle;
use crate::value::{Exception, Value};
use crate::{Error, Interpreter};

/// Python source compiled to bytecode, once, to run many times in any
/// interpreter: `Send + Sync` and cheap to clone (share it with an `Arc` or
/// by cloning), and serialisable ([`Program::to_bytes`]) so that a host can
/// compile its scripts ahead of time.
///
/// ```
/// use std::sync::Arc;
/// let p = Arc::new(kaa::Program::compile("total = sum(range(n))", "<sum>").unwrap());
/// let threads: Vec<_> = (0..3)
///     .map(|i| {
///         let p = p.clone();
///         std::thread::spawn(move || {
///             let mut interp = kaa::Interpreter::new();
///             interp.set_global("n", 10 * (i + 1)).unwrap();
///             interp.run(&p).unwrap();
///             interp.get_global::<i64>("total").unwrap()
///         })
///     })
///     .collect();
/// let totals: Vec<i64> = threads.into_iter().map(|t| t.join().unwrap()).collect();
/// assert_eq!(totals, [45, 190, 435]);
/// ```
#[derive(Clone)]
pub struct Program {
    code: Arc<CodeObject>,
}

impl std::fmt::Debug for Program {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "<kaa::Program {:?}>", self.filename())
    }
}

/// A `SyntaxError` as an [`Error`], its report as the CLI prints it.
fn syntax_error(e: &kaa_compiler::SyntaxError) -> Error {
    Error::from_syntax(e)
}

impl Program {
    /// Compile `source` as a module (tracebacks show `filename`). Needs no
    /// interpreter; a syntax error is an [`Error`] as
    /// [`Interpreter::exec`] gives it.
    ///
    /// ```
    /// let p = kaa::Program::compile("print('hi')", "hello.py").unwrap();
    /// assert_eq!(p.filename(), "hello.py");
    /// let e = kaa::Program::compile("x = (", "bad.py").unwrap_err();
    /// assert_eq!(e.type_name, "SyntaxError");
    /// assert_eq!(e.message, "'(' was never closed (bad.py, line 1)");
    /// ```
    pub fn compile(source: &str, filename: &str) -> Result<Program, Error> {
        match kaa_compiler::compile(source, filename, Mode::Exec) {
            Ok(code) => Ok(Program { code }),
            Err(e) => Err(syntax_error(&e)),
        }
    }

    /// The file name given at compilation.
    ///
    /// ```
    /// assert_eq!(kaa::Program::compile("", "<empty>").unwrap().filename(), "<empty>");
    /// ```
    pub fn filename(&self) -> &str {
        &self.code.co_filename
    }

    /// The compiled code as bytes (the bytecode cache's format), to store
    /// and load later with [`Program::from_bytes`], in this build of Kaa.
    ///
    /// ```
    /// let p = kaa::Program::compile("answer = 6 * 7", "<plugin>").unwrap();
    /// let bytes = p.to_bytes();
    /// let q = kaa::Program::from_bytes(&bytes).unwrap();
    /// let mut interp = kaa::Interpreter::new();
    /// interp.run(&q).unwrap();
    /// assert_eq!(interp.get_global::<i64>("answer").unwrap(), 42);
    /// ```
    pub fn to_bytes(&self) -> Vec<u8> {
        kaa_compiler::marshal::dumps(&self.code)
    }

    /// Read back what [`Program::to_bytes`] wrote. Bytes of another format
    /// or another version of Kaa are a `ValueError`. Only load bytes your
    /// host wrote: as with a `.pyc`, the bytecode itself is trusted.
    ///
    /// ```
    /// let e = kaa::Program::from_bytes(b"not code").unwrap_err();
    /// assert_eq!(e.to_string(), "ValueError: bad magic number in code data");
    /// ```
    pub fn from_bytes(bytes: &[u8]) -> Result<Program, Error> {
        match kaa_compiler::marshal::loads(bytes) {
            Ok(code) => Ok(Program { code }),
            Err(e) => Err(Error::plain(
                "ValueError".into(),
                e.to_string(),
                format!("ValueError: {e}\n"),
            )),
        }
    }
}

impl Program {
    /// The code object of this program in `vm`.
    pub(crate) fn load(&self, vm: &mut kaa_vm::Vm) -> PyObjectRef {
        vm.load_code(&self.code)
    }

    /// The code object of this program in `vm`, made at the program's first
    /// run there and kept for the next ones (see [`CodeCache`]).
    fn load_cached(&self, vm: &mut kaa_vm::Vm) -> PyObjectRef {
        let cache = code_cache(vm);
        let mut entries = cache.entries.lock().unwrap_or_else(|e| e.into_inner());
        let found = entries
            .iter()
            .find(|(w, _)| std::ptr::eq(w.as_ptr(), Arc::as_ptr(&self.code)));
        if let Some((_, h)) = found {
            if let Ok(o) = h.obj_in(crate::value::Context::from_vm(vm)) {
                return o.clone();
            }
        }
        let code = vm.load_code(&self.code);
        // Programs dropped since go first; then the oldest, past the cap.
        entries.retain(|(w, _)| w.strong_count() > 0);
        if entries.len() >= CodeCache::CAP {
            entries.remove(0);
        }
        entries.push((Arc::downgrade(&self.code), Handle::from_obj(vm, code.clone())));
        code
    }
}

/// The code objects that [`Interpreter::run`] and [`Interpreter::run_in`]
/// made for the programs they ran in one interpreter, so that running a
/// program again does not make its constants and names again.
///
/// An entry is keyed by the program's compiled code (the `Arc` a `Program`
/// and its clones share) and keeps a `Weak` to it: while the entry exists the
/// allocation cannot be reused, so another program made after the first one
/// is dropped never finds the first one's entry. Entries of dropped programs
/// are removed when the next one is added, and at most [`CodeCache::CAP`] are
/// kept (the oldest goes first). `exec_in` and `run_file`, which compile a
/// program for one run, do not use it.
#[derive(Default)]
struct CodeCache {
    entries: std::sync::Mutex<Vec<(std::sync::Weak<CodeObject>, Handle)>>,
}

impl CodeCache {
    const CAP: usize = 64;
}

/// The key of an interpreter's [`CodeCache`] in `Vm::rust_state`.
const CODE_CACHE_KEY: &str = "kaa::Program::code";

fn code_cache(vm: &kaa_vm::Vm) -> Arc<CodeCache> {
    let known = vm.rust_state.borrow().get(CODE_CACHE_KEY).cloned();
    if let Some(c) = known.and_then(|a| a.downcast::<CodeCache>().ok()) {
        return c;
    }
    let c = Arc::new(CodeCache::default());
    vm.rust_state.borrow_mut().insert(CODE_CACHE_KEY, c.clone());
    c
}

impl Interpreter {
    /// Compile `source` (as a module; tracebacks show `filename`) without
    /// running it: the same as [`Program::compile`]. Syntax errors come back
    /// as `Err` with CPython's message.
    ///
    /// ```
    /// let mut interp = kaa::Interpreter::new();
    /// interp.set_global("total", 0).unwrap();
    /// let step = interp.compile("total = total + 1", "<step>").unwrap();
    /// for _ in 0..3 {
    ///     interp.run(&step).unwrap();
    /// }
    /// assert_eq!(interp.eval::<i64>("total").unwrap(), 3);
    /// assert_eq!(interp.compile("x = (", "<bad>").unwrap_err().type_name, "SyntaxError");
    /// ```
    pub fn compile(&mut self, source: &str, filename: &str) -> Result<Program, Error> {
        Program::compile(source, filename)
    }

    /// Run a compiled program in `__main__`'s globals (the ones `exec`,
    /// `eval` and `get_global` see). Any interpreter can run any program.
    ///
    /// ```
    /// let p = kaa::Program::compile("hits = globals().get('hits', 0) + 1", "<count>").unwrap();
    /// let mut a = kaa::Interpreter::new();
    /// let mut b = kaa::Interpreter::new();
    /// a.run(&p).unwrap();
    /// a.run(&p).unwrap();
    /// b.run(&p).unwrap();
    /// assert_eq!(a.get_global::<i64>("hits").unwrap(), 2);
    /// assert_eq!(b.get_global::<i64>("hits").unwrap(), 1);
    /// ```
    pub fn run(&mut self, program: &Program) -> Result<(), Error> {
        self.run_program(program, true)
    }

    /// [`Interpreter::run`], keeping the code object made for `program` for
    /// its next run (`cached`) or not (a program compiled for one run).
    fn run_program(&mut self, program: &Program, cached: bool) -> Result<(), Error> {
        let _entered = self.vm.enter();
        let r = self.main_globals().and_then(|g| self.run_code_in(program, &g, cached));
        r.map(|_| ()).map_err(|e| self.error(&e))
    }

    /// Run `program`'s code in `globals`, then any pending finalizers.
    fn run_code_in(&mut self, program: &Program, globals: &PyObjectRef, cached: bool) -> PyResult {
        let mut vm = self.vm();
        let code = if cached {
            program.load_cached(&mut vm)
        } else {
            vm.load_code(&program.code)
        };
        let r = vm.run_code(&code, globals, None);
        let r2 = vm.handle_breaker();
        let v = r?;
        r2?;
        Ok(v)
    }

    /// Read a `.py` file (the host reads it: no file-system grant is needed)
    /// and run it in `__main__`; tracebacks show its path.
    ///
    /// ```
    /// let path = std::env::temp_dir().join("kaa_run_file_doctest.py");
    /// std::fs::write(&path, "answer = 6 * 7\n").unwrap();
    /// let mut interp = kaa::Interpreter::new();
    /// interp.run_file(&path).unwrap();
    /// assert_eq!(interp.eval::<i64>("answer").unwrap(), 42);
    /// ```
    pub fn run_file(&mut self, path: impl AsRef<std::path::Path>) -> Result<(), Error> {
        let _entered = self.vm.enter();
        let path = path.as_ref();
        let name = path.to_string_lossy().into_owned();
        let source = match std::fs::read(path) {
            Ok(b) => String::from_utf8_lossy(&b).into_owned(),
            Err(e) => {
                let e = Exception::from(e).prefixed(&format!("can't open file '{name}': "));
                return Err(crate::Runtime::__wrap(self, e));
            }
        };
        let program = self.compile(&source, &name)?;
        self.run_program(&program, false)
    }

    /// A new, empty module named `name`, registered in `sys.modules` (so
    /// scripts can `import` it), to run code in with
    /// [`Interpreter::exec_in`] and [`Interpreter::run_in`] instead of
    /// `__main__`. An existing module of that name is replaced.
    ///
    /// ```
    /// let mut interp = kaa::Interpreter::new();
    /// let m = interp.new_module("settings").unwrap();
    /// interp.exec_in(&m, "debug = True\ndef level():\n    return 3").unwrap();
    /// interp.exec("import settings\nx = settings.level() if settings.debug else 0").unwrap();
    /// assert_eq!(interp.get_global::<i64>("x").unwrap(), 3);
    /// assert!(interp.get_global::<bool>("debug").is_err()); // not in __main__
    /// ```
    pub fn new_module(&mut self, name: &str) -> Result<Value, Error> {
        let _entered = self.vm.enter();
        let r = self.vm().new_module(name, None);
        r.map(Value::from_obj).map_err(|e| self.error(&e))
    }

    /// The globals dict of `namespace`: a module's dict, or a dict itself.
    fn namespace_dict(&mut self, namespace: &Value) -> Result<PyObjectRef, Exception> {
        let mut vm = self.vm();
        let o = namespace.obj_in(crate::value::Context::from_vm(&mut vm))?;
        if let Some(m) = o.downcast_ref::<PyModule>() {
            return Ok(m.dict.clone());
        }
        if o.payload_is::<PyDict>() {
            return Ok(o.clone());
        }
        Err(Exception::type_error(format!(
            "expected a module or a dict, got {}",
            o.ty().name()
        )))
    }

    /// Run `source` with the globals of `namespace` (a module from
    /// [`Interpreter::new_module`] or [`Interpreter::import`], or a dict).
    ///
    /// ```
    /// let mut interp = kaa::Interpreter::new();
    /// let ns: kaa::Value = interp.eval("{}").unwrap();
    /// interp.exec_in(&ns, "a = 1 + 1").unwrap();
    /// assert_eq!(ns.get_item(&mut interp, "a").unwrap().to::<i64>(&mut interp).unwrap(), 2);
    /// let n = interp.value(5).unwrap();
    /// assert_eq!(interp.exec_in(&n, "pass").unwrap_err().message, "expected a module or a dict, got int");
    /// ```
    pub fn exec_in(&mut self, namespace: &Value, source: &str) -> Result<(), Error> {
        let _entered = self.vm.enter();
        let program = Program::compile(source, "<string>")?;
        self.run_in_namespace(namespace, &program, false)
    }

    /// Run a compiled program with the globals of `namespace` (a module or
    /// a dict), for example each plugin in a module of its own.
    ///
    /// ```
    /// let plugin = kaa::Program::compile("def hello():\n    return 'hi from ' + __name__", "plugin.py").unwrap();
    /// let mut interp = kaa::Interpreter::new();
    /// let m = interp.new_module("plugins.greeter").unwrap();
    /// interp.run_in(&m, &plugin).unwrap();
    /// let s: String = m.call_method(&mut interp, "hello", ()).unwrap().to(&mut interp).unwrap();
    /// assert_eq!(s, "hi from plugins.greeter");
    /// ```
    pub fn run_in(&mut self, namespace: &Value, program: &Program) -> Result<(), Error> {
        self.run_in_namespace(namespace, program, true)
    }

    fn run_in_namespace(&mut self, namespace: &Value, program: &Program, cached: bool) -> Result<(), Error> {
        let _entered = self.vm.enter();
        let d = match self.namespace_dict(namespace) {
            Ok(d) => d,
            Err(e) => return Err(crate::Runtime::__wrap(self, e)),
        };
        let r = self.run_code_in(program, &d, cached);
        r.map(|_| ()).map_err(|e| self.error(&e))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn program_is_send_and_sync() {
        fn check<T: Send + Sync + 'static>() {}
        check::<Program>();
    }
}
