//! Host functions: Rust closures that scripts call ([`Interpreter::register_fn`],
//! [`Interpreter::function`]), and native modules built from them
//! ([`ModuleBuilder`]).
//!
//! # Notes
//!
//! A closure becomes a `builtin_function_or_method` whose `data` is a boxed
//! wrapper: it checks the number of arguments, converts each with [`FromPy`]
//! (an `Option<T>` parameter may be omitted), calls the closure inside
//! `std::panic::catch_unwind`, and converts the result back. The wrapper is
//! chosen by the closure's type through [`HostFn`], implemented for closures of
//! zero to eight parameters, with or without a leading `&mut Context`, returning
//! a value or a `Result`. A panic is caught before it unwinds through the VM
//! and becomes a `RuntimeError` in the script; the host's own state is as the
//! closure left it. (Rust's panic hook still prints the panic message on
//! stderr unless the host installs its own hook with `std::panic::set_hook`.)
//!
//! Host closures must be `Send + 'static`: they live as long as the
//! interpreter and move with it.

use std::collections::HashSet;
use std::panic::{catch_unwind, AssertUnwindSafe};
use std::sync::{Arc, Mutex};

use kaa_vm::object::function::{Binding, PyBuiltinFunction};
use kaa_vm::object::PyObjectRef;
use kaa_vm::{Args, PyResult, Vm};

use crate::convert::{FromPy, IntoPy};
use crate::value::{Context, Exception, Runtime, Value};
use crate::{Error, Interpreter};

/// How a host function's result reaches Python: a value ([`IntoPy`]) or a
/// `Result` whose error is raised ([`Exception`], or anything `Into<Exception>`:
/// a `String` raises `RuntimeError`, an `std::io::Error` raises `OSError`).
///
/// ```
/// let mut interp = kaa::Interpreter::new();
/// interp.register_fn("parse", |s: String| s.parse::<i64>().map_err(|e| e.to_string())).unwrap();
/// assert_eq!(interp.eval::<i64>("parse('12')").unwrap(), 12);
/// let e = interp.eval::<i64>("parse('x')").unwrap_err();
/// assert_eq!(e.type_name, "RuntimeError");
/// ```
pub trait IntoReturn<Marker> {
    #[doc(hidden)]
    fn into_return(self, cx: &mut Context) -> Result<Value, Exception>;
}

/// Marker: a closure returning a value.
#[doc(hidden)]
pub struct Plain;
/// Marker: a closure returning a `Result`.
#[doc(hidden)]
pub struct Fallible;
/// Marker: a closure taking `&mut Context` first.
#[doc(hidden)]
pub struct WithContext<T>(T);

impl<T: IntoPy> IntoReturn<Plain> for T {
    fn into_return(self, cx: &mut Context) -> Result<Value, Exception> {
        self.into_py(cx)
    }
}

impl<T: IntoPy, E: Into<Exception>> IntoReturn<Fallible> for Result<T, E> {
    fn into_return(self, cx: &mut Context) -> Result<Value, Exception> {
        self.map_err(Into::into)?.into_py(cx)
    }
}

/// A Rust closure that can be called from Python: `Fn(A, B, ...) -> R` or
/// `Fn(&mut Context, A, B, ...) -> R` with up to eight parameters, each
/// [`FromPy`], and `R` a value or a `Result` (see [`IntoReturn`]). Trailing
/// `Option<T>` parameters may be omitted by the caller. Arguments are
/// positional unless the function was given parameter names
/// ([`Interpreter::register_fn_named`], [`ModuleBuilder::function_named`]).
///
/// ```
/// let mut interp = kaa::Interpreter::new();
/// interp.register_fn("add", |a: i64, b: i64| a + b).unwrap();
/// interp.register_fn("greet", |name: String, punct: Option<String>| {
///     format!("hello {name}{}", punct.unwrap_or_else(|| "!".into()))
/// }).unwrap();
/// assert_eq!(interp.eval::<i64>("add(2, 3)").unwrap(), 5);
/// assert_eq!(interp.eval::<String>("greet('kaa')").unwrap(), "hello kaa!");
/// assert_eq!(interp.eval::<String>("greet('kaa', '?')").unwrap(), "hello kaa?");
/// let e = interp.eval::<i64>("add(1, 'x')").unwrap_err();
/// assert_eq!(e.to_string().lines().last().unwrap(), "TypeError: add() argument 2: expected int, got str");
/// let e = interp.eval::<i64>("add(1)").unwrap_err();
/// assert_eq!(e.message, "add() takes exactly 2 arguments (1 given)");
/// ```
pub trait HostFn<Marker>: Send + 'static {
    /// The number of Python-visible parameters (a leading `&mut Context` is not one).
    #[doc(hidden)]
    fn arity(&self) -> usize;
    #[doc(hidden)]
    fn invoke(&self, cx: &mut Context, sig: &Signature, args: &[Option<PyObjectRef>]) -> Result<Value, Exception>;
}

/// A host function's name and, when given, its parameter names (for keyword
/// arguments and messages).
#[doc(hidden)]
pub struct Signature {
    name: &'static str,
    params: Option<Vec<String>>,
}

/// The argument `i`, converted; an omitted one is `from_missing`.
fn arg<T: FromPy>(cx: &mut Context, sig: &Signature, args: &[Option<PyObjectRef>], i: usize) -> Result<T, Exception> {
    let name = sig.name;
    match args.get(i).and_then(Option::as_ref) {
        Some(o) => T::from_py(&Value::from_obj(o.clone()), cx)
            .map_err(|e| e.prefixed(&format!("{name}() argument {}: ", i + 1))),
        None => T::from_missing().ok_or_else(|| match &sig.params {
            Some(p) => Exception::type_error(format!("{name}() missing required argument '{}' (pos {})", p[i], i + 1)),
            None => Exception::type_error(format!("{name}() missing argument {}", i + 1)),
        }),
    }
}

/// CPython's wording for a wrong number of positional arguments to a built-in.
fn check_count(sig: &Signature, optional: &[bool], args: &[Option<PyObjectRef>]) -> Result<(), Exception> {
    let name = sig.name;
    let given = args.iter().filter(|a| a.is_some()).count();
    let max = optional.len();
    let min = optional.iter().rposition(|o| !o).map_or(0, |p| p + 1);
    if args.len() <= max && (sig.params.is_some() || given >= min) {
        // With parameter names, a missing one is reported by `arg` by name.
        return Ok(());
    }
    let plural = |n: usize| if n == 1 { "" } else { "s" };
    let msg = if min == max {
        if max == 0 {
            format!("{name}() takes no arguments ({given} given)")
        } else {
            format!("{name}() takes exactly {max} argument{} ({given} given)", plural(max))
        }
    } else if given < min {
        format!("{name}() takes at least {min} argument{} ({given} given)", plural(min))
    } else {
        format!("{name}() takes at most {max} argument{} ({given} given)", plural(max))
    };
    Err(Exception::type_error(msg))
}

macro_rules! host_fn_impls {
    ($($a:ident $i:tt),*) => {
        impl<Func, Ret, M, $($a: FromPy,)*> HostFn<(M, ($($a,)*))> for Func
        where
            Func: Fn($($a),*) -> Ret + Send + 'static,
            Ret: IntoReturn<M>,
        {
            fn arity(&self) -> usize {
                <[&str]>::len(&[$(stringify!($a)),*])
            }
            #[allow(unused_variables)]
            fn invoke(&self, cx: &mut Context, sig: &Signature, args: &[Option<PyObjectRef>]) -> Result<Value, Exception> {
                check_count(sig, &[$($a::from_missing().is_some()),*], args)?;
                (self)($(arg::<$a>(cx, sig, args, $i)?),*).into_return(cx)
            }
        }

        impl<Func, Ret, M, $($a: FromPy,)*> HostFn<(M, WithContext<($($a,)*)>)> for Func
        where
            Func: Fn(&mut Context, $($a),*) -> Ret + Send + 'static,
            Ret: IntoReturn<M>,
        {
            fn arity(&self) -> usize {
                <[&str]>::len(&[$(stringify!($a)),*])
            }
            #[allow(unused_variables)]
            fn invoke(&self, cx: &mut Context, sig: &Signature, args: &[Option<PyObjectRef>]) -> Result<Value, Exception> {
                check_count(sig, &[$($a::from_missing().is_some()),*], args)?;
                let vals = ($(arg::<$a>(cx, sig, args, $i)?,)*);
                (self)(cx, $(vals.$i),*).into_return(cx)
            }
        }
    };
}

host_fn_impls!();
host_fn_impls!(A 0);
host_fn_impls!(A 0, B 1);
host_fn_impls!(A 0, B 1, C 2);
host_fn_impls!(A 0, B 1, C 2, D 3);
host_fn_impls!(A 0, B 1, C 2, D 3, E 4);
host_fn_impls!(A 0, B 1, C 2, D 3, E 4, F 5);
host_fn_impls!(A 0, B 1, C 2, D 3, E 4, F 5, G 6);
host_fn_impls!(A 0, B 1, C 2, D 3, E 4, F 5, G 6, H 7);

type HostData = Arc<dyn Fn(&mut Vm, Args) -> PyResult>;

/// Function names live as long as the program (the VM's built-ins take
/// `&'static str`); each distinct name is allocated once.
fn static_name(name: &str) -> &'static str {
    static NAMES: Mutex<Option<HashSet<&'static str>>> = Mutex::new(None);
    let mut names = NAMES.lock().unwrap_or_else(|p| p.into_inner());
    let set = names.get_or_insert_with(HashSet::new);
    if let Some(n) = set.get(name) {
        return n;
    }
    let n: &'static str = Box::leak(name.to_string().into_boxed_str());
    set.insert(n);
    n
}

fn boxed<F: Fn(&mut Vm, Args) -> PyResult + 'static>(f: F) -> HostData {
    Arc::new(f)
}

/// Never called: a host function's `data` closure takes precedence.
fn placeholder(vm: &mut Vm, _args: Args) -> PyResult {
    Err(vm.new_runtime_error("host function without a body"))
}

fn panic_message(p: &(dyn std::any::Any + Send)) -> String {
    if let Some(s) = p.downcast_ref::<&str>() {
        (*s).to_string()
    } else if let Some(s) = p.downcast_ref::<String>() {
        s.clone()
    } else {
        "(no message)".to_string()
    }
}

/// Bind positional and keyword arguments to parameter slots, with CPython's
/// messages for the mistakes.
fn bind(sig: &Signature, args: Args) -> Result<Vec<Option<PyObjectRef>>, Exception> {
    let name = sig.name;
    let mut slots: Vec<Option<PyObjectRef>> = args.pos().iter().cloned().map(Some).collect();
    if !args.has_kwargs() {
        return Ok(slots);
    }
    let Some(params) = &sig.params else {
        return Err(Exception::type_error(format!("{name}() takes no keyword arguments")));
    };
    for (k, v) in args.kwargs() {
        let Some(i) = params.iter().position(|p| p == k) else {
            return Err(Exception::type_error(format!(
                "{name}() got an unexpected keyword argument '{k}'"
            )));
        };
        if slots.get(i).is_some_and(Option::is_some) {
            return Err(Exception::type_error(format!(
                "argument for {name}() given by name ('{k}') and position ({})",
                i + 1
            )));
        }
        if slots.len() <= i {
            slots.resize(i + 1, None);
        }
        slots[i] = Some(v.clone());
    }
    Ok(slots)
}

/// The wrapper that runs `f` when Python calls it.
fn host_data<M, F: HostFn<M>>(sig: Signature, f: F) -> HostData {
    boxed(move |vm: &mut Vm, args: Args| -> PyResult {
        let name = sig.name;
        let slots = match bind(&sig, args) {
            Ok(s) => s,
            Err(e) => return Err(e.into_object(vm)),
        };
        let cx = Context::from_vm(vm);
        let r = catch_unwind(AssertUnwindSafe(|| {
            f.invoke(cx, &sig, &slots).and_then(|v| v.obj_in(cx).cloned())
        }));
        match r {
            Ok(Ok(v)) => Ok(v),
            Ok(Err(e)) => Err(e.into_object(vm)),
            Err(p) => Err(vm.new_runtime_error(format!(
                "host function {name}() panicked: {}",
                panic_message(p.as_ref())
            ))),
        }
    })
}

/// The signature of `f` named `name` with `params`, checked against its arity.
fn signature<M, F: HostFn<M>>(name: &str, params: Option<&[&str]>, f: &F) -> Result<Signature, Exception> {
    if let Some(p) = params {
        if p.len() != f.arity() {
            return Err(Exception::type_error(format!(
                "{name}: {} parameter names given for a function of {} parameters",
                p.len(),
                f.arity()
            )));
        }
    }
    Ok(Signature {
        name: static_name(name),
        params: params.map(|p| p.iter().map(|s| s.to_string()).collect()),
    })
}

fn builtin_object(vm: &Vm, name: &'static str, data: HostData) -> PyObjectRef {
    PyObjectRef::new(
        PyBuiltinFunction {
            name,
            owner: None,
            func: placeholder,
            binding: Binding::Function,
            self_: None,
            needs_frame: false,
            data: Some(data),
        },
        &vm.types.builtin_function,
    )
}

impl Interpreter {
    /// Make `f` a built-in function named `name`, visible from every module
    /// (like `len`). See [`HostFn`] for the closures accepted.
    ///
    /// ```
    /// let mut interp = kaa::Interpreter::new();
    /// interp.register_fn("shout", |s: String| s.to_uppercase()).unwrap();
    /// interp.register_fn("checked_div", |a: i64, b: i64| {
    ///     a.checked_div(b).ok_or_else(|| kaa::Exception::zero_division_error("division by zero"))
    /// }).unwrap();
    /// interp.register_fn("boom", || -> i64 { panic!("host bug") }).unwrap();
    /// assert_eq!(interp.eval::<String>("shout('hi')").unwrap(), "HI");
    /// assert_eq!(interp.eval::<String>("type(shout).__name__").unwrap(), "builtin_function_or_method");
    /// assert_eq!(interp.eval::<i64>("checked_div(7, 2)").unwrap(), 3);
    /// assert_eq!(interp.eval::<i64>("checked_div(7, 0)").unwrap_err().type_name, "ZeroDivisionError");
    /// let e = interp.eval::<i64>("boom()").unwrap_err();
    /// assert_eq!(e.message, "host function boom() panicked: host bug");
    /// assert_eq!(interp.eval::<i64>("1 + 1").unwrap(), 2); // still usable
    /// ```
    pub fn register_fn<M, F: HostFn<M>>(&mut self, name: &str, f: F) -> Result<(), Error> {
        let _entered = self.vm.enter();
        let func = self.function(name, f)?;
        self.set_builtin(name, func)
    }

    /// Like [`Interpreter::register_fn`], with parameter names, so that
    /// scripts may pass arguments by keyword (and messages name them). There
    /// must be one name per parameter (not counting a leading `&mut Context`).
    ///
    /// ```
    /// let mut interp = kaa::Interpreter::new();
    /// interp
    ///     .register_fn_named("clamp", &["x", "lo", "hi"], |x: f64, lo: Option<f64>, hi: Option<f64>| {
    ///         x.max(lo.unwrap_or(f64::MIN)).min(hi.unwrap_or(f64::MAX))
    ///     })
    ///     .unwrap();
    /// assert_eq!(interp.eval::<f64>("clamp(15, hi=10)").unwrap(), 10.0);
    /// assert_eq!(interp.eval::<f64>("clamp(x=-3, lo=0)").unwrap(), 0.0);
    /// let e = interp.eval::<f64>("clamp(lo=1)").unwrap_err();
    /// assert_eq!(e.message, "clamp() missing required argument 'x' (pos 1)");
    /// let e = interp.eval::<f64>("clamp(1, y=2)").unwrap_err();
    /// assert_eq!(e.message, "clamp() got an unexpected keyword argument 'y'");
    /// ```
    pub fn register_fn_named<M, F: HostFn<M>>(&mut self, name: &str, params: &[&str], f: F) -> Result<(), Error> {
        let _entered = self.vm.enter();
        let sig = signature(name, Some(params), &f).map_err(|e| self.__wrap(e))?;
        let func = Value::from_obj(builtin_object(&self.vm(), sig.name, host_data(sig, f)));
        self.set_builtin(name, func)
    }

    fn set_builtin(&mut self, name: &str, func: Value) -> Result<(), Error> {
        let _entered = self.vm.enter();
        let r = {
            let mut vm = self.vm();
            let key = vm.intern(name);
            let builtins = vm.builtins_dict.clone();
            vm.dict_set(&builtins, key, func.raw().clone())
        };
        r.map_err(|e| self.__wrap(e.into()))
    }

    /// Make `f` a Python function object without binding it to a name, for
    /// passing to Python code (a callback, a key function, ...).
    ///
    /// ```
    /// let mut interp = kaa::Interpreter::new();
    /// let key = interp.function("by_len", |s: String| s.len()).unwrap();
    /// let r: Vec<String> = interp.call_function_kw("sorted", (vec!["ccc", "a", "bb"],), [("key", key)]).unwrap();
    /// assert_eq!(r, ["a", "bb", "ccc"]);
    /// ```
    pub fn function<M, F: HostFn<M>>(&mut self, name: &str, f: F) -> Result<Value, Error> {
        let _entered = self.vm.enter();
        let sig = signature(name, None, &f).map_err(|e| self.__wrap(e))?;
        let name = sig.name;
        Ok(Value::from_obj(builtin_object(&self.vm(), name, host_data(sig, f))))
    }

    /// Make the module built by `module` importable by scripts (`import name`).
    /// It is created at its first import; adding a module of the same name
    /// again replaces it for later imports. Fails only if the builder was
    /// given a wrong list of parameter names.
    ///
    /// ```
    /// let mut interp = kaa::Interpreter::new();
    /// interp.add_module(
    ///     kaa::ModuleBuilder::new("geometry")
    ///         .function("area", |w: f64, h: f64| w * h)
    ///         .constant("UNIT", 1.0),
    /// ).unwrap();
    /// interp.exec("import geometry\nx = geometry.area(2, geometry.UNIT * 3)").unwrap();
    /// assert_eq!(interp.get_global::<f64>("x").unwrap(), 6.0);
    /// ```
    pub fn add_module(&mut self, module: ModuleBuilder) -> Result<(), Error> {
        let _entered = self.vm.enter();
        let ModuleBuilder {
            name,
            doc,
            items,
            error,
        } = module;
        if let Some(e) = error {
            return Err(self.__wrap(e));
        }
        let mut vm = self.vm();
        let key = vm.new_str(name.clone());
        let mods = vm.modules.clone();
        let _ = vm.dict_del(&mods, &key);
        let init_name = name.clone();
        let init = move |vm: &mut Vm| -> PyResult {
            let (m, d) = vm.new_module_with_dict(&init_name, None)?;
            if let Some(doc) = &doc {
                let s = vm.new_str(doc.clone());
                vm.dict_set_str(&d, "__doc__", s)?;
            }
            for (item_name, item) in &items {
                let v = match item {
                    Item::Function(fname, data) => builtin_object(vm, fname, data.clone()),
                    Item::Constant(make) => {
                        let cx = Context::from_vm(vm);
                        match make(cx).and_then(|v| v.obj_in(cx).cloned()) {
                            Ok(v) => v,
                            Err(e) => return Err(e.into_object(vm)),
                        }
                    }
                };
                vm.dict_set_str(&d, item_name, v)?;
            }
            Ok(m)
        };
        // `Arc` because the VM's map takes one; like everything in a VM it is
        // used by one thread at a time.
        #[allow(clippy::arc_with_non_send_sync)]
        let init = Arc::new(init);
        vm.host_modules.borrow_mut().insert(name, init);
        Ok(())
    }
}

enum Item {
    Function(&'static str, HostData),
    Constant(MakeConstant),
}

/// Converts a module constant (a clone of the host's value) at each import.
type MakeConstant = Box<dyn Fn(&mut Context) -> Result<Value, Exception> + Send>;

/// A native module built from Rust: functions (any [`HostFn`]) and constants
/// (any [`IntoPy`] value that can be cloned), installed with
/// [`Interpreter::add_module`].
///
/// ```
/// use kaa::{Exception, ModuleBuilder};
/// let mut interp = kaa::Interpreter::new();
/// interp.add_module(
///     ModuleBuilder::new("inventory")
///         .doc("The shop's stock.")
///         .constant("SHOP", "Kaa & Co")
///         .constant("SIZES", vec!["S", "M", "L"])
///         .function("price", |item: String| match item.as_str() {
///             "apple" => Ok(0.5),
///             _ => Err(Exception::key_error(item)),
///         }),
/// ).unwrap();
/// interp.capture_output();
/// interp.exec("from inventory import price, SIZES\nimport inventory\nprint(inventory.__doc__, price('apple'), SIZES)").unwrap();
/// assert_eq!(interp.take_output(), "The shop's stock. 0.5 ['S', 'M', 'L']\n");
/// assert_eq!(interp.eval::<f64>("price('pear')").unwrap_err().type_name, "KeyError");
/// ```
pub struct ModuleBuilder {
    name: String,
    doc: Option<String>,
    items: Vec<(String, Item)>,
    /// The first mistake in building, reported by `add_module`.
    error: Option<Exception>,
}

impl ModuleBuilder {
    /// An empty module named `name`.
    ///
    /// ```
    /// let mut interp = kaa::Interpreter::new();
    /// interp.add_module(kaa::ModuleBuilder::new("empty")).unwrap();
    /// assert_eq!(interp.eval::<String>("__import__('empty').__name__").unwrap(), "empty");
    /// ```
    pub fn new(name: &str) -> ModuleBuilder {
        ModuleBuilder {
            name: name.to_string(),
            doc: None,
            items: Vec::new(),
            error: None,
        }
    }

    /// The module's `__doc__`.
    ///
    /// ```
    /// let mut interp = kaa::Interpreter::new();
    /// interp.add_module(kaa::ModuleBuilder::new("m").doc("Hello.")).unwrap();
    /// assert_eq!(interp.eval::<String>("__import__('m').__doc__").unwrap(), "Hello.");
    /// ```
    pub fn doc(mut self, doc: &str) -> ModuleBuilder {
        self.doc = Some(doc.to_string());
        self
    }

    /// Add a function (see [`HostFn`]).
    ///
    /// ```
    /// let mut interp = kaa::Interpreter::new();
    /// interp.add_module(kaa::ModuleBuilder::new("m").function("twice", |x: i64| 2 * x)).unwrap();
    /// assert_eq!(interp.eval::<i64>("__import__('m').twice(21)").unwrap(), 42);
    /// ```
    pub fn function<M, F: HostFn<M>>(mut self, name: &str, f: F) -> ModuleBuilder {
        let sig = signature(name, None, &f).expect("no parameter names to check");
        let n = sig.name;
        self.items
            .push((name.to_string(), Item::Function(n, host_data(sig, f))));
        self
    }

    /// Add a function whose parameters have names, so that scripts may pass
    /// arguments by keyword (see [`Interpreter::register_fn_named`]).
    ///
    /// A number of names different from the number of parameters is a
    /// `TypeError` from [`Interpreter::add_module`].
    ///
    /// ```
    /// let mut interp = kaa::Interpreter::new();
    /// interp.add_module(
    ///     kaa::ModuleBuilder::new("text").function_named("pad", &["s", "width"], |s: String, width: Option<usize>| {
    ///         format!("{s:>w$}", w = width.unwrap_or(8))
    ///     }),
    /// ).unwrap();
    /// assert_eq!(interp.eval::<String>("__import__('text').pad('x', width=3)").unwrap(), "  x");
    /// ```
    pub fn function_named<M, F: HostFn<M>>(mut self, name: &str, params: &[&str], f: F) -> ModuleBuilder {
        match signature(name, Some(params), &f) {
            Ok(sig) => {
                let n = sig.name;
                self.items
                    .push((name.to_string(), Item::Function(n, host_data(sig, f))));
            }
            Err(e) => {
                self.error.get_or_insert(e);
            }
        }
        self
    }

    /// Add a constant; each import of the module converts a clone of `value`.
    ///
    /// ```
    /// let mut interp = kaa::Interpreter::new();
    /// interp.add_module(kaa::ModuleBuilder::new("m").constant("ANSWER", 42u8)).unwrap();
    /// assert_eq!(interp.eval::<i64>("__import__('m').ANSWER").unwrap(), 42);
    /// ```
    pub fn constant<T: IntoPy + Clone + Send + 'static>(mut self, name: &str, value: T) -> ModuleBuilder {
        self.items.push((
            name.to_string(),
            Item::Constant(Box::new(move |cx| value.clone().into_py(cx))),
        ));
        self
    }
}

/// Every Rust snippet of `docs/embedding.md` runs as a doctest.
#[cfg(doctest)]
#[doc = include_str!("../docs/embedding.md")]
pub struct EmbeddingGuide;
