//! Compiling source into code objects the VM runs, and running them.

use std::sync::Arc;

use ahash::AHashMap;

use kaa_compiler::{CodeObject, ConstValue, Mode, SyntaxError};

use crate::frame::Frame;
use crate::object::function::PyCode;
use crate::object::module::PyModule;
use crate::object::PyObjectRef;
use crate::vm::{PyResult, Vm, SMALL_INT_MAX, SMALL_INT_MIN};

/// What makes two constants of one compilation unit the same object: CPython's
/// `_PyCode_ConstantKey` (type and value; `0.0` and `-0.0` differ, `1` and `1.0`
/// and `True` differ). Code objects are never merged, so a tuple holding one has
/// no key.
#[derive(PartialEq, Eq, Hash)]
enum ConstKey {
    None,
    Ellipsis,
    Bool(bool),
    Int(i64),
    BigInt(num_bigint::BigInt),
    Float(u64),
    Complex(u64, u64),
    Str(Arc<str>),
    Bytes(Arc<[u8]>),
    Tuple(Vec<ConstKey>),
}

fn parse_bigint(digits: &str, radix: u32) -> num_bigint::BigInt {
    num_bigint::BigInt::parse_bytes(digits.as_bytes(), radix).unwrap_or_default()
}

fn const_key(c: &ConstValue) -> Option<ConstKey> {
    Some(match c {
        ConstValue::None => ConstKey::None,
        ConstValue::Ellipsis => ConstKey::Ellipsis,
        ConstValue::Bool(b) => ConstKey::Bool(*b),
        ConstValue::Int(i) => ConstKey::Int(*i),
        ConstValue::BigInt { digits, radix } => {
            let b = parse_bigint(digits, *radix);
            match i64::try_from(&b) {
                Ok(i) => ConstKey::Int(i),
                Err(_) => ConstKey::BigInt(b),
            }
        }
        ConstValue::Float(f) => ConstKey::Float(f.to_bits()),
        ConstValue::Complex { real, imag } => ConstKey::Complex(real.to_bits(), imag.to_bits()),
        ConstValue::Str(s) => ConstKey::Str(s.clone()),
        ConstValue::Bytes(b) => ConstKey::Bytes(b.clone()),
        ConstValue::Tuple(items) => ConstKey::Tuple(items.iter().map(const_key).collect::<Option<_>>()?),
        // Frozensets compare by their items; not worth sharing.
        ConstValue::FrozenSet(_) => return None,
        ConstValue::Code(_) => return None,
    })
}

/// The constants made so far while loading one compilation unit (a module, or
/// one `exec`/`eval`/`compile` source): equal constants of all its code objects
/// share one object, as CPython's compiler-wide `c_const_cache` makes them
/// (`merge_consts_recursive` in `Python/compile.c`). So `x = 1000` at module
/// level and `return 1000` in a function give the same object; a constant
/// compiled from another source does not. See `docs/internals/small-ints.md`.
#[derive(Default)]
struct ConstCache {
    consts: AHashMap<ConstKey, PyObjectRef>,
    /// Interned names by the address of their text: code loaded from
    /// `kaa_compiler::marshal` shares one `Arc<str>` per distinct name, so a
    /// name used by many functions is looked up in the interning table once.
    names: AHashMap<usize, PyObjectRef>,
    /// The code objects made are marked as verified (`verify.rs`): the
    /// standard library's embedded bytecode, walked when Kaa was built.
    verified: bool,
}

/// The initial room of a [`ConstCache`] for a standard-library module.
const CONST_CACHE_ROOM: usize = 256;

impl Vm {
    /// Turn a compiled code object into a `code` object: constants become objects
    /// (identifier-like strings and all names are interned; small ints shared;
    /// equal constants of the whole compilation unit merged).
    pub fn load_code(&mut self, code: &Arc<CodeObject>) -> PyObjectRef {
        let mut cache = ConstCache::default();
        self.load_code_in(code, &mut cache)
    }

    /// [`Vm::load_code`] for bytecode known to pass `verify::verify_tree`:
    /// the standard library embedded in the binary, whose build script
    /// refuses to embed code that does not (`stdlib/build.rs`). Its code
    /// objects start out verified, so they are not walked again when they
    /// first run. Never use it for bytes read at run time.
    pub fn load_code_verified(&mut self, code: &Arc<CodeObject>) -> PyObjectRef {
        // A library module has hundreds of constants and names: room for
        // them at once, rather than growing the tables step by step.
        let mut cache = ConstCache {
            consts: AHashMap::with_capacity(CONST_CACHE_ROOM),
            names: AHashMap::with_capacity(CONST_CACHE_ROOM),
            verified: true,
        };
        self.load_code_in(code, &mut cache)
    }

    fn load_code_in(&mut self, code: &Arc<CodeObject>, cache: &mut ConstCache) -> PyObjectRef {
        let consts: Vec<PyObjectRef> = code.co_consts.iter().map(|c| self.load_const(c, cache)).collect();
        let names: Vec<PyObjectRef> = code.co_names.iter().map(|n| self.intern_cached(n, cache)).collect();
        let varnames: Vec<PyObjectRef> = code.co_varnames.iter().map(|n| self.intern_cached(n, cache)).collect();
        let pc = PyCode {
            code: code.clone(),
            consts: consts.into_boxed_slice(),
            names: names.into_boxed_slice(),
            varnames: varnames.into_boxed_slice(),
            global_cache: (0..code.co_names.len()).map(|_| std::cell::Cell::default()).collect(),
            simple_argc: PyCode::simple_argc_of(code),
            attr_cache: (0..code.co_names.len()).map(|_| std::cell::Cell::default()).collect(),
            last_way: crate::adaptive::new_last_way(self, code.co_code.len()),
            stack_checked: std::cell::Cell::new(if cache.verified {
                crate::verify::VERIFIED
            } else {
                crate::verify::UNCHECKED
            }),
        };
        PyObjectRef::new(pc, &self.types.code)
    }

    /// The object for constant `c`: the unit's earlier equal constant if any.
    fn load_const(&mut self, c: &ConstValue, cache: &mut ConstCache) -> PyObjectRef {
        let key = match c {
            // Singletons, small ints and interned strings are shared anyway.
            ConstValue::None | ConstValue::Bool(_) | ConstValue::Ellipsis | ConstValue::Code(_) => None,
            ConstValue::Int(i) if (SMALL_INT_MIN..=SMALL_INT_MAX).contains(i) => None,
            _ => const_key(c),
        };
        if let Some(o) = key.as_ref().and_then(|k| cache.consts.get(k)) {
            return o.clone();
        }
        let o = self.make_const(c, cache);
        if let Some(k) = key {
            cache.consts.insert(k, o.clone());
        }
        o
    }

    fn intern_cached(&mut self, name: &Arc<str>, cache: &mut ConstCache) -> PyObjectRef {
        let addr = Arc::as_ptr(name).cast::<u8>() as usize;
        if let Some(o) = cache.names.get(&addr) {
            return o.clone();
        }
        let o = self.intern(name);
        cache.names.insert(addr, o.clone());
        o
    }

    fn make_const(&mut self, c: &ConstValue, cache: &mut ConstCache) -> PyObjectRef {
        match c {
            ConstValue::None => self.none(),
            ConstValue::Bool(b) => self.new_bool(*b),
            ConstValue::Int(i) => self.new_int(*i),
            ConstValue::BigInt { digits, radix } => self.new_bigint(parse_bigint(digits, *radix)),
            ConstValue::Float(f) => self.new_float(*f),
            ConstValue::Complex { real, imag } => self.new_complex(*real, *imag),
            ConstValue::Str(s) => {
                // As CPython (`all_name_chars` in `Objects/codeobject.c`): constants
                // made only of ASCII letters, digits and `_` are interned.
                if s.chars().all(|c| c.is_ascii_alphanumeric() || c == '_') {
                    self.intern(s)
                } else {
                    self.new_str(s.to_string())
                }
            }
            ConstValue::Bytes(b) => self.new_bytes(b.to_vec()),
            ConstValue::Ellipsis => self.ellipsis.clone(),
            ConstValue::Tuple(items) => {
                let v = items.iter().map(|i| self.load_const(i, cache)).collect();
                self.new_tuple(v)
            }
            ConstValue::FrozenSet(items) => {
                let v = items.iter().map(|i| self.load_const(i, cache)).collect();
                // Constants are hashable ints, floats, strings, bytes and tuples.
                // CPython's compiler makes the frozenset, then rebuilds it from its
                // own iteration order when it merges constants; so do we, for the
                // same order.
                let first = crate::object::set::new_frozenset(self, v).unwrap_or_else(|_| self.none());
                let again = first
                    .downcast_ref::<crate::object::set::PySet>()
                    .map(|s| s.table.borrow().keys())
                    .unwrap_or_default();
                crate::object::set::new_frozenset(self, again).unwrap_or(first)
            }
            ConstValue::Code(c) => self.load_code_in(c, cache),
        }
    }

    /// A `SyntaxError` (or subclass) exception from a compiler error.
    pub fn syntax_error_to_exception(&mut self, e: &SyntaxError) -> PyObjectRef {
        let cls = match e.kind {
            kaa_compiler::SyntaxErrorKind::SyntaxError => self.exc.syntax_error.clone(),
            kaa_compiler::SyntaxErrorKind::IndentationError => self.exc.indentation_error.clone(),
            kaa_compiler::SyntaxErrorKind::TabError => self.exc.tab_error.clone(),
        };
        if e.msg == "maximum recursion depth exceeded during compilation" {
            let cls = self.exc.recursion_error.clone();
            return self.new_exception_msg(&cls, e.msg.clone());
        }
        let msg = self.new_str(e.msg.clone());
        let text = match &e.text {
            Some(t) => self.new_str(format!("{t}\n")),
            None => self.none(),
        };
        let details = vec![
            self.new_str(e.filename.clone()),
            self.new_int(e.lineno as i64),
            self.new_int(e.offset as i64),
            text,
            self.new_int(e.end_lineno as i64),
            self.new_int(e.end_offset as i64),
        ];
        let details = self.new_tuple(details);
        match self.call_positional(&cls, &[msg, details]) {
            Ok(v) => v,
            Err(v) => v,
        }
    }

    /// Compile source text into a `code` object (`SyntaxError` on bad syntax).
    pub fn compile(&mut self, source: &str, filename: &str, mode: Mode) -> PyResult {
        let optimize = self.optimize.get();
        self.compile_optimized(source, filename, mode, optimize)
    }

    /// [`Vm::compile`] at an optimisation level (`compile(..., optimize=N)`).
    pub fn compile_optimized(&mut self, source: &str, filename: &str, mode: Mode, optimize: u8) -> PyResult {
        match kaa_compiler::compile_optimized(source, filename, mode, optimize) {
            Ok(code) => Ok(self.load_code(&code)),
            Err(e) => Err(self.syntax_error_to_exception(&e)),
        }
    }

    /// Run a module-level code object with `globals` (and `locals`, which default
    /// to the globals).
    pub fn run_code(&mut self, code: &PyObjectRef, globals: &PyObjectRef, locals: Option<PyObjectRef>) -> PyResult {
        if !code.payload_is::<PyCode>() {
            return Err(self.new_type_error("expected a code object"));
        }
        let bkey = self.names.__builtins__.clone();
        if self.dict_get_item_opt(globals, &bkey)?.is_none() {
            let b = self.builtins.clone();
            self.dict_set(globals, bkey, b)?;
        }
        let pc = code.downcast_ref::<PyCode>().expect("checked above");
        let nlocals = pc.code.co_varnames.len();
        let ncells = pc.code.co_cellvars.len() + pc.code.co_freevars.len();
        let cells = (0..ncells)
            .map(|_| {
                PyObjectRef::new(
                    crate::object::function::PyCell {
                        value: std::cell::RefCell::new(None),
                    },
                    &self.types.cell,
                )
            })
            .collect();
        let mut frame = Frame {
            code: code.clone(),
            fastlocals: vec![None; nlocals],
            cells,
            stack: crate::valstack::ValStack::with_capacity(pc.code.co_stacksize as usize),
            blocks: Vec::new(),
            ip: 0,
            lasti: 0,
            globals: globals.clone(),
            builtins: self.builtins_dict.clone(),
            locals: Some(locals.unwrap_or_else(|| globals.clone())),
        };
        crate::call::run_new_frame(self, &mut frame)
    }

    /// A new module object named `name`, registered in `sys.modules`.
    pub fn new_module(&mut self, name: &str, file: Option<&str>) -> PyResult {
        self.new_module_with_dict(name, file).map(|(m, _)| m)
    }

    /// [`Vm::new_module`], also returning the module's dict (its globals).
    pub fn new_module_with_dict(&mut self, name: &str, file: Option<&str>) -> PyResult<(PyObjectRef, PyObjectRef)> {
        let d = self.new_dict();
        let n = self.new_str(name.to_string());
        self.dict_set_str(&d, "__name__", n)?;
        let none = self.none();
        self.dict_set_str(&d, "__doc__", none.clone())?;
        self.dict_set_str(&d, "__package__", none.clone())?;
        self.dict_set_str(&d, "__loader__", none.clone())?;
        self.dict_set_str(&d, "__spec__", none)?;
        if let Some(f) = file {
            let f = self.new_str(f.to_string());
            self.dict_set_str(&d, "__file__", f)?;
        }
        let b = self.builtins.clone();
        self.dict_set_str(&d, "__builtins__", b)?;
        let m = PyObjectRef::new(PyModule { dict: d.clone() }, &self.types.module);
        let key = self.new_str(name.to_string());
        let mods = self.modules.clone();
        self.dict_set(&mods, key, m.clone())?;
        Ok((m, d))
    }

    /// The globals of `__main__`, the module created on first use and kept
    /// (an embedder's `exec`, `concurrent.interpreters`' `exec`).
    pub fn main_globals(&mut self) -> PyResult {
        let key = self.new_str("__main__");
        let mods = self.modules.clone();
        if let Some(m) = self.dict_get_item_opt(&mods, &key)? {
            if let Some(pm) = m.downcast_ref::<PyModule>() {
                return Ok(pm.dict.clone());
            }
        }
        self.new_module_with_dict("__main__", None).map(|(_, d)| d)
    }

    /// Run `source` as the `__main__` module.
    pub fn run_main(&mut self, source: &str, filename: &str, file_attr: Option<&str>) -> PyResult {
        let code = self.compile(source, filename, Mode::Exec)?;
        let m = self.new_module("__main__", file_attr)?;
        let d = m
            .downcast_ref::<PyModule>()
            .map(|m| m.dict.clone())
            .expect("new module");
        self.run_code(&code, &d, None)
    }
}
