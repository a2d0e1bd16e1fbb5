//! Host functions: Rust closures that scripts call ([`Interpreter::register_fn`],
//! [`Interpreter::function`]), and native modules built from them
//! ([`ModuleBuilder`]).
//!
//! # Notes
//!
//! A closure becomes a `builtin_function_or_method` whose `data` is a boxed
//! wrapper: it binds the arguments to the parameters (`bind`: positional ones,
//! keywords by name, the rest to a [`VarArgs`] or [`KwArgs`] parameter) and
//! checks their number, converts each with [`FromPy`] (an `Option<T>`
//! parameter may be omitted), calls the closure inside
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

use kaa_vm::object::dict::PyDict;
use kaa_vm::object::function::{Binding, PyBuiltinFunction};
use kaa_vm::object::list::PyList;
use kaa_vm::object::str::PyStr;
use kaa_vm::object::tuple::PyTuple;
use kaa_vm::object::PyObjectRef;
use kaa_vm::{Args, PyResult, Vm};

use crate::convert::{FromPy, IntoPy};
use crate::handle::Handle;
use crate::native::NativeClass;
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
    /// The Python-visible parameters (a leading `&mut Context` is not one).
    #[doc(hidden)]
    fn params(&self) -> Vec<ParamSpec>;
    #[doc(hidden)]
    fn invoke(&self, cx: &mut Context, sig: &Signature, args: &[Option<PyObjectRef>]) -> Result<Value, Exception>;
}

/// The extra positional arguments of a call, Python's `*args`: a host
/// function's parameter of this type receives every positional argument after
/// those of the parameters before it, converted to `T` (a [`Value`] unless
/// said otherwise). Parameters after it can only be passed by keyword (give
/// names with [`Interpreter::register_fn_named`]).
///
/// ```
/// use kaa::VarArgs;
/// let mut interp = kaa::Interpreter::new();
/// interp.register_fn("total", |first: i64, rest: VarArgs<i64>| first + rest.iter().sum::<i64>()).unwrap();
/// assert_eq!(interp.eval::<i64>("total(1)").unwrap(), 1);
/// assert_eq!(interp.eval::<i64>("total(1, 2, 3, *[4, 5])").unwrap(), 15);
/// let e = interp.eval::<i64>("total(1, 2, 'x')").unwrap_err();
/// assert_eq!(e.message, "total() argument 3: expected int, got str");
/// let e = interp.eval::<i64>("total()").unwrap_err();
/// assert_eq!(e.message, "total() takes at least 1 argument (0 given)");
/// ```
///
/// As a plain conversion ([`FromPy`]) it reads a tuple or a list.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Default)]
pub struct VarArgs<T = Value>(pub Vec<T>);

impl<T> std::ops::Deref for VarArgs<T> {
    type Target = Vec<T>;
    fn deref(&self) -> &Vec<T> {
        &self.0
    }
}

impl<T> IntoIterator for VarArgs<T> {
    type Item = T;
    type IntoIter = std::vec::IntoIter<T>;
    fn into_iter(self) -> Self::IntoIter {
        self.0.into_iter()
    }
}

/// The items of a tuple or list.
fn sequence_items(v: &Value) -> Result<Vec<PyObjectRef>, Exception> {
    let o = v.raw();
    if let Some(t) = o.downcast_ref::<PyTuple>() {
        Ok(t.items.to_vec())
    } else if let Some(l) = o.downcast_ref::<PyList>() {
        Ok(l.items.borrow().clone())
    } else {
        Err(Exception::type_error(format!("expected tuple, got {}", o.ty().name())))
    }
}

impl<T: FromPy> FromPy for VarArgs<T> {
    fn from_py(v: &Value, cx: &mut Context) -> Result<Self, Exception> {
        let items = sequence_items(v)?;
        let items = items.into_iter().map(|o| T::from_py(&Value::from_obj(o), cx));
        Ok(VarArgs(items.collect::<Result<_, _>>()?))
    }

    fn from_missing() -> Option<Self> {
        Some(VarArgs(Vec::new()))
    }

    const KIND: ParamKind = ParamKind::VarArgs;

    fn from_arg(v: &Value, cx: &mut Context, func: &str, pos: usize) -> Result<Self, Exception> {
        let items = sequence_items(v)?;
        let mut out = Vec::with_capacity(items.len());
        for (k, o) in items.into_iter().enumerate() {
            out.push(T::from_arg(&Value::from_obj(o), cx, func, pos + k)?);
        }
        Ok(VarArgs(out))
    }
}

/// The extra keyword arguments of a call, Python's `**kwargs`: a host
/// function's last parameter of this type receives, in the caller's order,
/// every keyword argument that names no other parameter, its value converted
/// to `T` (a [`Value`] unless said otherwise).
///
/// ```
/// use kaa::{KwArgs, VarArgs};
/// let mut interp = kaa::Interpreter::new();
/// interp
///     .register_fn("tag", |name: String, attrs: KwArgs<String>| {
///         let attrs: String = attrs.iter().map(|(k, v)| format!(" {k}=\"{v}\"")).collect();
///         format!("<{name}{attrs}>")
///     })
///     .unwrap();
/// assert_eq!(interp.eval::<String>("tag('a', href='/', id='top')").unwrap(), "<a href=\"/\" id=\"top\">");
/// let e = interp.eval::<String>("tag('a', n=1)").unwrap_err();
/// assert_eq!(e.message, "tag() argument 'n': expected str, got int");
///
/// // Both at once: `f(*args, **kwargs)`.
/// interp.register_fn("count", |args: VarArgs, kwargs: KwArgs| (args.len(), kwargs.len())).unwrap();
/// assert_eq!(interp.eval::<(usize, usize)>("count(1, 2, x=3)").unwrap(), (2, 1));
/// ```
///
/// As a plain conversion ([`FromPy`]) it reads a dict whose keys are strings.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Default)]
pub struct KwArgs<T = Value>(pub Vec<(String, T)>);

impl<T> KwArgs<T> {
    /// The value of the keyword argument `name`, if it was given.
    ///
    /// ```
    /// let mut interp = kaa::Interpreter::new();
    /// interp.register_fn("opt", |kw: kaa::KwArgs<i64>| kw.get("level").copied().unwrap_or(0)).unwrap();
    /// assert_eq!(interp.eval::<i64>("opt(level=3)").unwrap(), 3);
    /// assert_eq!(interp.eval::<i64>("opt()").unwrap(), 0);
    /// ```
    pub fn get(&self, name: &str) -> Option<&T> {
        self.0.iter().find(|(k, _)| k == name).map(|(_, v)| v)
    }
}

impl<T> std::ops::Deref for KwArgs<T> {
    type Target = Vec<(String, T)>;
    fn deref(&self) -> &Vec<(String, T)> {
        &self.0
    }
}

impl<T> IntoIterator for KwArgs<T> {
    type Item = (String, T);
    type IntoIter = std::vec::IntoIter<(String, T)>;
    fn into_iter(self) -> Self::IntoIter {
        self.0.into_iter()
    }
}

/// The items of a dict whose keys are strings.
fn keyword_items(v: &Value) -> Result<Vec<(String, PyObjectRef)>, Exception> {
    let o = v.raw();
    let d = o
        .downcast_ref::<PyDict>()
        .ok_or_else(|| Exception::type_error(format!("expected dict, got {}", o.ty().name())))?;
    d.items_vec()
        .into_iter()
        .map(|(k, x)| match k.downcast_ref::<PyStr>() {
            Some(s) => Ok((s.as_str().to_string(), x)),
            None => Err(Exception::type_error("keywords must be strings")),
        })
        .collect()
}

impl<T: FromPy> FromPy for KwArgs<T> {
    fn from_py(v: &Value, cx: &mut Context) -> Result<Self, Exception> {
        let items = keyword_items(v)?;
        let items = items
            .into_iter()
            .map(|(k, o)| T::from_py(&Value::from_obj(o), cx).map(|x| (k, x)));
        Ok(KwArgs(items.collect::<Result<_, _>>()?))
    }

    fn from_missing() -> Option<Self> {
        Some(KwArgs(Vec::new()))
    }

    const KIND: ParamKind = ParamKind::KwArgs;

    fn from_arg(v: &Value, cx: &mut Context, func: &str, _pos: usize) -> Result<Self, Exception> {
        let mut out = Vec::new();
        for (k, o) in keyword_items(v)? {
            let x =
                T::from_py(&Value::from_obj(o), cx).map_err(|e| e.prefixed(&format!("{func}() argument '{k}': ")))?;
            out.push((k, x));
        }
        Ok(KwArgs(out))
    }
}

/// How a host function's parameter takes its argument: one argument, the
/// extra positional ones ([`VarArgs`]) or the extra keyword ones ([`KwArgs`]).
#[doc(hidden)]
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ParamKind {
    One,
    VarArgs,
    KwArgs,
}

/// One parameter of a host function: its kind, and whether it may be omitted.
#[doc(hidden)]
#[derive(Debug, Clone, Copy)]
pub struct ParamSpec {
    kind: ParamKind,
    optional: bool,
}

impl ParamSpec {
    pub fn of<T: FromPy>() -> ParamSpec {
        ParamSpec {
            kind: T::KIND,
            optional: T::from_missing().is_some(),
        }
    }
}

/// A host function's name (as messages show it: `add`, `Counter.inc`), its
/// parameters and, when given, their names (for keyword arguments and
/// messages).
#[doc(hidden)]
pub struct Signature {
    pub(crate) name: &'static str,
    params: Option<Vec<String>>,
    spec: Vec<ParamSpec>,
    /// A property's setter: a value that does not convert is reported as
    /// `Class.name: expected int, got str`.
    pub(crate) setter: bool,
}

/// The argument `i`, converted; an omitted one is `from_missing`.
pub(crate) fn arg<T: FromPy>(
    cx: &mut Context,
    sig: &Signature,
    args: &[Option<PyObjectRef>],
    i: usize,
) -> Result<T, Exception> {
    let name = sig.name;
    match args.get(i).and_then(Option::as_ref) {
        Some(o) if sig.setter => {
            T::from_py(&Value::from_obj(o.clone()), cx).map_err(|e| e.prefixed(&format!("{name}: ")))
        }
        Some(o) => T::from_arg(&Value::from_obj(o.clone()), cx, name, i + 1),
        None => T::from_missing().ok_or_else(|| match &sig.params {
            Some(p) => Exception::type_error(format!("{name}() missing required argument '{}' (pos {})", p[i], i + 1)),
            None => Exception::type_error(format!("{name}() missing argument {}", i + 1)),
        }),
    }
}

/// CPython's wording for a wrong number of positional arguments to a built-in.
/// `positional` is the number of parameters that take positional arguments
/// (those before a [`VarArgs`]).
fn check_count(sig: &Signature, positional: usize, given: usize) -> Result<(), Exception> {
    let name = sig.name;
    let has_var = sig.spec.iter().any(|p| p.kind == ParamKind::VarArgs);
    let max = positional;
    let min = sig.spec[..positional]
        .iter()
        .rposition(|p| !p.optional)
        .map_or(0, |p| p + 1);
    let too_many = !has_var && given > max;
    // With parameter names, a missing one is reported by `arg` by name.
    let too_few = sig.params.is_none() && given < min;
    if !too_many && !too_few {
        return Ok(());
    }
    let plural = |n: usize| if n == 1 { "" } else { "s" };
    let msg = if min == max && !has_var {
        if max == 0 {
            format!("{name}() takes no arguments ({given} given)")
        } else {
            format!("{name}() takes exactly {max} argument{} ({given} given)", plural(max))
        }
    } else if too_few {
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
            fn params(&self) -> Vec<ParamSpec> {
                vec![$(ParamSpec::of::<$a>()),*]
            }
            #[allow(unused_variables)]
            fn invoke(&self, cx: &mut Context, sig: &Signature, args: &[Option<PyObjectRef>]) -> Result<Value, Exception> {
                (self)($(arg::<$a>(cx, sig, args, $i)?),*).into_return(cx)
            }
        }

        impl<Func, Ret, M, $($a: FromPy,)*> HostFn<(M, WithContext<($($a,)*)>)> for Func
        where
            Func: Fn(&mut Context, $($a),*) -> Ret + Send + 'static,
            Ret: IntoReturn<M>,
        {
            fn params(&self) -> Vec<ParamSpec> {
                vec![$(ParamSpec::of::<$a>()),*]
            }
            #[allow(unused_variables)]
            fn invoke(&self, cx: &mut Context, sig: &Signature, args: &[Option<PyObjectRef>]) -> Result<Value, Exception> {
                let vals = ($(arg::<$a>(cx, sig, args, $i)?,)*);
                (self)(cx, $(vals.$i),*).into_return(cx)
            }
        }
    };
}

/// A host function that blocks (waits on I/O, a channel, a sleep): while it
/// runs, the interpreter's lock is released, so the script's other Python
/// threads run meanwhile (`docs/internals/gil.md`). Its arguments are
/// converted before the lock is released and must be `Send` (plain Rust
/// values: no [`Value`], no [`Context`]), as must its result; the function
/// must be `Sync`, since two threads may be inside it at once.
///
/// ```
/// use std::time::Duration;
/// let mut interp = kaa::Interpreter::new();
/// interp
///     .register_fn("fetch", kaa::Blocking(|ms: u64| {
///         std::thread::sleep(Duration::from_millis(ms)); // the lock is free meanwhile
///         format!("waited {ms} ms")
///     }))
///     .unwrap();
/// interp.exec("import threading\nout = []\nts = [threading.Thread(target=lambda: out.append(fetch(20))) for _ in range(3)]").unwrap();
/// interp.exec("for t in ts: t.start()\nfor t in ts: t.join()").unwrap();
/// assert_eq!(interp.eval::<Vec<String>>("out").unwrap(), ["waited 20 ms"; 3]);
/// ```
pub struct Blocking<F>(pub F);

/// The marker of [`Blocking`]'s [`HostFn`] implementations.
#[doc(hidden)]
pub struct BlockingArgs<T>(T);

macro_rules! blocking_fn_impls {
    ($($a:ident $i:tt),*) => {
        impl<Func, Ret, M, $($a: FromPy + Send,)*> HostFn<(M, BlockingArgs<($($a,)*)>)> for Blocking<Func>
        where
            Func: Fn($($a),*) -> Ret + Send + Sync + 'static,
            Ret: IntoReturn<M> + Send,
        {
            fn params(&self) -> Vec<ParamSpec> {
                vec![$(ParamSpec::of::<$a>()),*]
            }
            #[allow(unused_variables)]
            fn invoke(&self, cx: &mut Context, sig: &Signature, args: &[Option<PyObjectRef>]) -> Result<Value, Exception> {
                let vals = ($(arg::<$a>(cx, sig, args, $i)?,)*);
                let f = &self.0;
                let r = cx.vm().allow_threads(move || f($(vals.$i),*));
                r.into_return(cx)
            }
        }
    };
}

blocking_fn_impls!();
blocking_fn_impls!(A 0);
blocking_fn_impls!(A 0, B 1);
blocking_fn_impls!(A 0, B 1, C 2);
blocking_fn_impls!(A 0, B 1, C 2, D 3);
blocking_fn_impls!(A 0, B 1, C 2, D 3, E 4);
blocking_fn_impls!(A 0, B 1, C 2, D 3, E 4, F 5);

host_fn_impls!();
host_fn_impls!(A 0);
host_fn_impls!(A 0, B 1);
host_fn_impls!(A 0, B 1, C 2);
host_fn_impls!(A 0, B 1, C 2, D 3);
host_fn_impls!(A 0, B 1, C 2, D 3, E 4);
host_fn_impls!(A 0, B 1, C 2, D 3, E 4, F 5);
host_fn_impls!(A 0, B 1, C 2, D 3, E 4, F 5, G 6);
host_fn_impls!(A 0, B 1, C 2, D 3, E 4, F 5, G 6, H 7);

pub(crate) type HostData = Arc<dyn Fn(&mut Vm, Args) -> PyResult>;

/// Function names live as long as the program (the VM's built-ins take
/// `&'static str`); each distinct name is allocated once.
pub(crate) fn static_name(name: &str) -> &'static str {
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

pub(crate) fn boxed<F: Fn(&mut Vm, Args) -> PyResult + 'static>(f: F) -> HostData {
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
/// messages for the mistakes. A [`VarArgs`] slot gets a tuple of the extra
/// positional arguments, a [`KwArgs`] slot a dict of the extra keyword ones.
pub(crate) fn bind<'a>(
    vm: &mut Vm,
    sig: &Signature,
    pos: &[PyObjectRef],
    kwargs: impl Iterator<Item = (&'a str, &'a PyObjectRef)>,
) -> Result<Vec<Option<PyObjectRef>>, Exception> {
    let name = sig.name;
    let n = sig.spec.len();
    let var = sig.spec.iter().position(|p| p.kind == ParamKind::VarArgs);
    let kw = sig.spec.iter().position(|p| p.kind == ParamKind::KwArgs);
    // Parameters before a `VarArgs` take positional arguments (`signature`
    // checked that they are all plain ones); those after it are keyword-only.
    let positional = var.unwrap_or_else(|| kw.unwrap_or(n));
    let mut slots: Vec<Option<PyObjectRef>> = vec![None; n];
    for (slot, o) in slots.iter_mut().zip(pos.iter().take(positional)) {
        *slot = Some(o.clone());
    }
    let mut extra_kw: Vec<(&str, PyObjectRef)> = Vec::new();
    for (k, v) in kwargs {
        let named = sig
            .params
            .as_ref()
            .and_then(|p| p.iter().position(|p| p == k))
            .filter(|&i| sig.spec[i].kind == ParamKind::One);
        match named {
            Some(i) if slots[i].is_some() => {
                return Err(Exception::type_error(format!(
                    "argument for {name}() given by name ('{k}') and position ({})",
                    i + 1
                )))
            }
            Some(i) => slots[i] = Some(v.clone()),
            None if kw.is_some() => extra_kw.push((k, v.clone())),
            None if sig.params.is_none() => {
                return Err(Exception::type_error(format!("{name}() takes no keyword arguments")))
            }
            None => {
                return Err(Exception::type_error(format!(
                    "{name}() got an unexpected keyword argument '{k}'"
                )))
            }
        }
    }
    check_count(sig, positional, pos.len())?;
    if let Some(i) = var {
        let rest = pos.get(positional..).unwrap_or_default().to_vec();
        slots[i] = Some(vm.new_tuple(rest));
    }
    if let Some(i) = kw {
        let d = vm.new_dict();
        for (k, v) in extra_kw {
            let key = vm.new_str(k);
            vm.dict_set(&d, key, v)?;
        }
        slots[i] = Some(d);
    }
    Ok(slots)
}

/// Run `body` as Python calls a host function named `name`: a panic becomes a
/// `RuntimeError`, an [`Exception`] the exception object to raise.
pub(crate) fn contain<F>(vm: &mut Vm, name: &str, body: F) -> PyResult
where
    F: FnOnce(&mut Context) -> Result<PyObjectRef, Exception>,
{
    let cx = Context::from_vm(vm);
    match catch_unwind(AssertUnwindSafe(|| body(cx))) {
        Ok(Ok(v)) => Ok(v),
        Ok(Err(e)) => Err(e.into_object(vm)),
        Err(p) => Err(vm.new_runtime_error(format!(
            "host function {name}() panicked: {}",
            panic_message(p.as_ref())
        ))),
    }
}

/// The wrapper that runs `f` when Python calls it.
pub(crate) fn host_data<M, F: HostFn<M>>(sig: Signature, f: F) -> HostData {
    boxed(move |vm: &mut Vm, args: Args| -> PyResult {
        contain(vm, sig.name, |cx| {
            let slots = bind(cx.vm(), &sig, args.pos(), args.kwargs())?;
            f.invoke(cx, &sig, &slots).and_then(|v| v.obj_in(cx).cloned())
        })
    })
}

/// The signature of a host function named `name` with parameters `spec` and,
/// if given, their `names`: one per parameter, at most one [`VarArgs`] and one
/// [`KwArgs`], in that order, `KwArgs` last.
pub(crate) fn signature_of(name: &str, names: Option<&[&str]>, spec: Vec<ParamSpec>) -> Result<Signature, Exception> {
    if let Some(p) = names {
        if p.len() != spec.len() {
            return Err(Exception::type_error(format!(
                "{name}: {} parameter names given for a function of {} parameters",
                p.len(),
                spec.len()
            )));
        }
    }
    let count = |k: ParamKind| spec.iter().filter(|p| p.kind == k).count();
    let var = spec.iter().position(|p| p.kind == ParamKind::VarArgs);
    let kw = spec.iter().position(|p| p.kind == ParamKind::KwArgs);
    let misplaced = count(ParamKind::VarArgs) > 1
        || count(ParamKind::KwArgs) > 1
        || kw.is_some_and(|k| k + 1 != spec.len())
        || var.is_some_and(|v| spec[..v].iter().any(|p| p.kind != ParamKind::One));
    if misplaced {
        return Err(Exception::type_error(format!(
            "{name}: a host function takes at most one VarArgs and one KwArgs parameter, \
             VarArgs before KwArgs, KwArgs last"
        )));
    }
    Ok(Signature {
        name: static_name(name),
        params: names.map(|p| p.iter().map(|s| s.to_string()).collect()),
        spec,
        setter: false,
    })
}

/// The signature of `f` named `name` with `params`, checked against its parameters.
fn signature<M, F: HostFn<M>>(name: &str, params: Option<&[&str]>, f: &F) -> Result<Signature, Exception> {
    signature_of(name, params, f.params())
}

pub(crate) fn builtin_object(vm: &Vm, name: &'static str, data: HostData) -> PyObjectRef {
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

    pub(crate) fn set_builtin(&mut self, name: &str, func: Value) -> Result<(), Error> {
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
        // Exception classes are made now, so that a wrong base fails here and
        // `Exception::new(name, ..)` finds them before the first import.
        let mut items = items;
        for i in 0..items.len() {
            if let Item::Exception(base) = &items[i].1 {
                let (cls_name, base) = (items[i].0.clone(), base.clone());
                let made = {
                    let vm = &mut *self.vm();
                    declare_exception(vm, &name, &cls_name, &base, &items[..i])
                };
                match made {
                    Ok(h) => items[i].1 = Item::ExceptionClass(h),
                    Err(e) => return Err(self.__wrap(e)),
                }
            }
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
                    Item::Class(make) => match make(vm) {
                        Ok(c) => c,
                        Err(e) => return Err(e.into_object(vm)),
                    },
                    Item::ExceptionClass(h) => {
                        let cx = Context::from_vm(vm);
                        match h.value_in(cx).and_then(|v| v.obj_in(cx).cloned()) {
                            Ok(c) => c,
                            Err(e) => return Err(e.into_object(vm)),
                        }
                    }
                    Item::Exception(_) => continue,
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
    /// A native class, made (once per interpreter) by `class_object::<T>`.
    Class(fn(&mut Vm) -> Result<PyObjectRef, Exception>),
    /// An exception class to declare, with its base's name.
    Exception(String),
    /// The exception class, once made by `add_module`.
    ExceptionClass(Handle),
}

/// The exception classes hosts declared in an interpreter, by name and by
/// `module.name` (what `Exception::new` looks up after the built-in ones).
#[derive(Default)]
struct DeclaredExceptions(Mutex<std::collections::HashMap<String, Handle>>);

const DECLARED_KEY: &str = "kaa::ModuleBuilder::exception";

fn declared(vm: &Vm) -> Arc<DeclaredExceptions> {
    let known = vm.rust_state.borrow().get(DECLARED_KEY).cloned();
    if let Some(d) = known.and_then(|a| a.downcast::<DeclaredExceptions>().ok()) {
        return d;
    }
    let d = Arc::new(DeclaredExceptions::default());
    vm.rust_state.borrow_mut().insert(DECLARED_KEY, d.clone());
    d
}

/// The exception class a host declared as `name` (or `module.name`).
pub(crate) fn declared_exception(vm: &mut Vm, name: &str) -> Option<PyObjectRef> {
    let h = declared(vm)
        .0
        .lock()
        .unwrap_or_else(|e| e.into_inner())
        .get(name)
        .cloned()?;
    let cx = Context::from_vm(vm);
    let v = h.value_in(cx).ok()?;
    v.obj_in(cx).ok().cloned()
}

/// The names of Python's built-in exception classes (those of
/// `builtins`, as `Vm::exc` makes them), for [`Exception::new`]'s check,
/// which has no interpreter at hand.
const BUILTIN_EXCEPTIONS: &[&str] = &[
    "ArithmeticError",
    "AssertionError",
    "AttributeError",
    "BaseException",
    "BaseExceptionGroup",
    "BlockingIOError",
    "BrokenPipeError",
    "BufferError",
    "BytesWarning",
    "ChildProcessError",
    "ConnectionAbortedError",
    "ConnectionError",
    "ConnectionRefusedError",
    "ConnectionResetError",
    "DeprecationWarning",
    "EOFError",
    "EncodingWarning",
    "Exception",
    "ExceptionGroup",
    "FileExistsError",
    "FileNotFoundError",
    "FloatingPointError",
    "FutureWarning",
    "GeneratorExit",
    "ImportError",
    "ImportWarning",
    "IndentationError",
    "IndexError",
    "InterruptedError",
    "IsADirectoryError",
    "KeyError",
    "KeyboardInterrupt",
    "LookupError",
    "MemoryError",
    "ModuleNotFoundError",
    "NameError",
    "NotADirectoryError",
    "NotImplementedError",
    "OSError",
    "OverflowError",
    "PendingDeprecationWarning",
    "PermissionError",
    "ProcessLookupError",
    "RecursionError",
    "ReferenceError",
    "ResourceWarning",
    "RuntimeError",
    "RuntimeWarning",
    "StopAsyncIteration",
    "StopIteration",
    "SyntaxError",
    "SyntaxWarning",
    "SystemError",
    "SystemExit",
    "TabError",
    "TimeoutError",
    "TypeError",
    "UnboundLocalError",
    "UnicodeDecodeError",
    "UnicodeEncodeError",
    "UnicodeError",
    "UnicodeTranslateError",
    "UnicodeWarning",
    "UserWarning",
    "ValueError",
    "Warning",
    "ZeroDivisionError",
];

/// Whether `name` is a built-in exception's (what [`Exception::new`] and
/// [`Exception::try_new`] check where the exception is made; other names are
/// looked up in the interpreter that raises it).
pub(crate) fn is_builtin_exception_name(name: &str) -> bool {
    BUILTIN_EXCEPTIONS.binary_search(&name).is_ok()
}

/// Make the exception class `name` of module `module`, subclass of `base`: a
/// built-in exception's name, an exception declared before in the same
/// module (`earlier`), or one declared by another module.
fn declare_exception(
    vm: &mut Vm,
    module: &str,
    name: &str,
    base: &str,
    earlier: &[(String, Item)],
) -> Result<Handle, Exception> {
    let builtin = vm.exc.all().into_iter().find(|(n, _)| *n == base).map(|(_, c)| c);
    let same_module = earlier.iter().rev().find_map(|(n, i)| match i {
        Item::ExceptionClass(h) if n == base => Some(h.clone()),
        _ => None,
    });
    let base_cls = match (builtin, same_module) {
        (Some(c), _) => c,
        (None, Some(h)) => {
            let cx = Context::from_vm(vm);
            h.value_in(cx)?.obj_in(cx)?.clone()
        }
        (None, None) => match declared_exception(vm, base) {
            Some(c) => c,
            None => {
                return Err(Exception::value_error(format!(
                    "{module}.{name}: unknown base exception class {base:?}"
                )))
            }
        },
    };
    let ty = vm.types.type_.clone();
    let n = vm.new_str(name);
    let bases = vm.new_tuple(vec![base_cls]);
    let ns = vm.new_dict();
    let m = vm.new_str(module);
    vm.dict_set_str(&ns, "__module__", m)?;
    let cls = vm.call_positional(&ty, &[n, bases, ns])?;
    let h = Handle::from_obj(vm, cls);
    let table = declared(vm);
    let mut t = table.0.lock().unwrap_or_else(|e| e.into_inner());
    t.insert(name.to_string(), h.clone());
    t.insert(format!("{module}.{name}"), h.clone());
    Ok(h)
}

/// Converts a module constant (a clone of the host's value) at each import.
pub(crate) type MakeConstant = Box<dyn Fn(&mut Context) -> Result<Value, Exception> + Send>;

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
    pub fn function<M, F: HostFn<M>>(self, name: &str, f: F) -> ModuleBuilder {
        self.add_function(name, None, f)
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
    pub fn function_named<M, F: HostFn<M>>(self, name: &str, params: &[&str], f: F) -> ModuleBuilder {
        self.add_function(name, Some(params), f)
    }

    fn add_function<M, F: HostFn<M>>(mut self, name: &str, params: Option<&[&str]>, f: F) -> ModuleBuilder {
        match signature(name, params, &f) {
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

    /// Add the native class `T` under its name `T::NAME` (see
    /// [`NativeClass`]). The class object is the one the interpreter has for
    /// `T`, made at first use: the same in every module that has it.
    ///
    /// ```
    /// use kaa::{ClassBuilder, ModuleBuilder, NativeClass};
    /// struct Sprite { x: i32 }
    /// impl NativeClass for Sprite {
    ///     const NAME: &'static str = "Sprite";
    ///     fn build(c: &mut ClassBuilder<Self>) {
    ///         c.constructor(|x: i32| Sprite { x });
    ///         c.method("step", |s: &mut Sprite| { s.x += 1; s.x });
    ///     }
    /// }
    /// let mut interp = kaa::Interpreter::new();
    /// interp.add_module(ModuleBuilder::new("game").class::<Sprite>()).unwrap();
    /// interp.exec("from game import Sprite\ns = Sprite(1)\ns.step()").unwrap();
    /// assert_eq!(interp.eval::<i32>("s.step()").unwrap(), 3);
    /// ```
    pub fn class<T: NativeClass>(mut self) -> ModuleBuilder {
        self.items
            .push((T::NAME.to_string(), Item::Class(crate::native::class_object::<T>)));
        self
    }

    /// Declare an exception class `name`, a subclass of `base` (the name of a
    /// built-in exception, of an exception declared before in this module, or
    /// of one another module declared). The class is made by
    /// [`Interpreter::add_module`], which fails if `base` is unknown; from
    /// then on, host functions raise it with [`Exception::new`] (by `name` or
    /// `"module.name"`) or [`Exception::of`], and scripts catch it as
    /// `module.name`.
    ///
    /// ```
    /// use kaa::{Exception, ModuleBuilder};
    /// let mut interp = kaa::Interpreter::new();
    /// interp.add_module(
    ///     ModuleBuilder::new("shop")
    ///         .exception("ShopError", "Exception")
    ///         .exception("InsufficientGold", "ShopError")
    ///         .function("buy", |gold: i64| -> Result<&'static str, Exception> {
    ///             if gold < 10 { Err(Exception::new("InsufficientGold", format!("need 10, have {gold}"))) } else { Ok("sword") }
    ///         }),
    /// ).unwrap();
    /// interp.capture_output();
    /// interp.exec("import shop\ntry:\n    shop.buy(3)\nexcept shop.ShopError as e:\n    print(type(e).__module__, type(e).__name__, e)").unwrap();
    /// assert_eq!(interp.take_output(), "shop InsufficientGold need 10, have 3\n");
    /// let e = interp.exec("shop.buy(1)").unwrap_err();
    /// assert!(e.is_instance("ShopError"));
    ///
    /// // An unknown base fails when the module is added.
    /// let e = interp.add_module(ModuleBuilder::new("bad").exception("Oops", "NoSuchError")).unwrap_err();
    /// assert_eq!(e.message, "bad.Oops: unknown base exception class \"NoSuchError\"");
    /// ```
    pub fn exception(mut self, name: &str, base: &str) -> ModuleBuilder {
        self.items.push((name.to_string(), Item::Exception(base.to_string())));
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

#[cfg(test)]
mod tests {
    use super::*;

    /// The names `Exception::new` accepts without an interpreter are the
    /// VM's built-in exception classes, sorted (for the binary search).
    #[test]
    fn builtin_exception_names_are_the_vms() {
        let vm = Vm::new();
        let mut names: Vec<&str> = vm.exc.all().into_iter().map(|(n, _)| n).collect();
        names.sort_unstable();
        assert_eq!(names, BUILTIN_EXCEPTIONS);
    }
}
