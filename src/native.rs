//! Native classes: Rust types that scripts use as Python classes
//! ([`NativeClass`], built with a [`ClassBuilder`]), in the spirit of mlua's
//! `UserData`.
//!
//! ```
//! use kaa::{ClassBuilder, NativeClass};
//! struct Counter {
//!     n: i64,
//! }
//! impl NativeClass for Counter {
//!     const NAME: &'static str = "Counter";
//!     fn build(c: &mut ClassBuilder<Self>) {
//!         c.constructor(|start: Option<i64>| Counter { n: start.unwrap_or(0) });
//!         c.method("inc", |this: &mut Counter, by: i64| {
//!             this.n += by;
//!             this.n
//!         });
//!         c.getter("n", |this: &Counter| this.n);
//!         c.dunder("__repr__", |this: &Counter| format!("Counter({})", this.n));
//!     }
//! }
//! let mut interp = kaa::Interpreter::new();
//! interp.register_class::<Counter>().unwrap();
//! interp.exec("c = Counter(5)\nc.inc(2)").unwrap();
//! assert_eq!(interp.eval::<String>("repr(c)").unwrap(), "Counter(7)");
//! let c: kaa::Value = interp.get_global("c").unwrap();
//! assert_eq!(c.borrow::<Counter, _>(&mut interp).unwrap().n, 7);
//! ```
//!
//! # Notes
//!
//! **The object.** An instance is an ordinary object whose payload is a
//! [`NativeCell<T>`]: the Rust value, boxed (so that any alignment fits the
//! object layout), inside a `RefCell`. It is tracked by the cycle collector,
//! which walks the [`crate::Handle`]s the value reports
//! ([`NativeClass::traverse`]); it is freed, and `T` dropped, when its last
//! reference goes (or when the cycle holding it is collected). Its class
//! is a type object made once per interpreter, at first use, from
//! [`NativeClass::build`], and kept in `Vm::host_classes` by the Rust type's
//! id, which is how a Rust value converted with [`IntoPy`] finds its class.
//!
//! **Borrowing.** Every method is a host function (see `host.rs`) whose first
//! argument must be an instance of the class. Its other arguments are converted
//! first (a conversion may run Python code, which may use the object), then the
//! cell is borrowed, shared for `&T` methods and exclusive for `&mut T` ones,
//! for the duration of the Rust call only. A method that calls back into Python
//! which reaches the same object (or a host holding a [`Value::borrow_mut`]
//! guard while it runs a script) cannot get a second borrow that conflicts: the
//! `RefCell` refuses and the call raises `RuntimeError`, never a panic. This is
//! Rust's own rule, enforced at run time as `RefCell` does.
//!
//! **Special methods.** Dunders are built-in methods in the class's dict, so the
//! VM's special-method lookup (`Vm::lookup_special`) finds them as it finds a
//! Python class's. A binary operator (`__add__`, `__eq__`, ...) whose argument
//! does not convert returns `NotImplemented` instead of raising, so that Python
//! tries the reflected method and then raises its usual `unsupported operand`
//! `TypeError`. An in-place operator (`__iadd__`, ...) that returns `None` (a
//! `()` closure) returns the object itself, as `x += y` needs.
//!
//! **Subclassing.** A native class may be subclassed in Python: instances of
//! the subclass carry the same payload (and a `__dict__`), made by the native
//! constructor, which receives the subclass.

use std::any::TypeId;
use std::cell::{Ref, RefCell, RefMut};

use crate::value::LockHold;
use std::marker::PhantomData;

use kaa_vm::object::core::Visit;
use kaa_vm::object::function::{Binding, PyBuiltinFunction, PyProperty};
use kaa_vm::object::typ::{PyType, TypeFlags};
use kaa_vm::object::{PyObjectRef, PyPayload};
use kaa_vm::vm::NativeFn;
use kaa_vm::{Args, PyResult, Vm};

use crate::convert::{FromPy, IntoPy};
use crate::handle::HandleVisitor;
use crate::host::{
    arg, bind, boxed, contain, signature_of, static_name, Fallible, HostData, HostFn, IntoReturn, MakeConstant,
    ParamSpec, Plain, Signature,
};
use crate::value::{Context, Exception, Runtime, Value};
use crate::{Error, Interpreter};

/// A Rust type that scripts use as a Python class: `NAME` is the class's
/// name, `build` declares its constructor, methods, properties and special
/// methods on a [`ClassBuilder`].
///
/// Make the class visible with [`Interpreter::register_class`] (a global name,
/// like a built-in) or [`crate::ModuleBuilder::class`]; a value of the type
/// becomes a Python object with [`IntoPy`] (any host function may return one,
/// [`Interpreter::value`] makes one) and is read back with [`Value::borrow`],
/// [`Value::borrow_mut`], or by clone when the type is `Clone` ([`FromPy`]).
///
/// ```
/// use kaa::{ClassBuilder, NativeClass};
/// #[derive(Clone)]
/// struct Point {
///     x: f64,
///     y: f64,
/// }
/// impl NativeClass for Point {
///     const NAME: &'static str = "Point";
///     fn build(c: &mut ClassBuilder<Self>) {
///         c.doc("A point in the plane.");
///         c.constructor(|x: f64, y: f64| Point { x, y });
///         c.getter("x", |p: &Point| p.x);
///         c.method("norm", |p: &Point| p.x.hypot(p.y));
///     }
/// }
/// let mut interp = kaa::Interpreter::new();
/// interp.register_class::<Point>().unwrap();
/// interp.set_global("origin", Point { x: 0.0, y: 0.0 }).unwrap();
/// assert_eq!(interp.eval::<f64>("Point(3, 4).norm()").unwrap(), 5.0);
/// assert_eq!(interp.eval::<String>("Point.__doc__").unwrap(), "A point in the plane.");
/// assert!(interp.eval::<bool>("isinstance(origin, Point)").unwrap());
/// let p: Point = interp.eval("Point(1, 2)").unwrap(); // a clone of the payload
/// assert_eq!((p.x, p.y), (1.0, 2.0));
/// ```
pub trait NativeClass: Sized + Send + 'static {
    /// The class's `__name__`, and its name in builtins or in a module.
    const NAME: &'static str;

    /// Declare the class's members. Called once per interpreter, when the
    /// class is first needed.
    fn build(class: &mut ClassBuilder<Self>);

    /// Report the [`crate::Handle`]s the value holds, for the cycle collector
    /// (see [`HandleVisitor::handle`]): a script object held by a native
    /// object that the script object holds is then collectable. The default
    /// reports none.
    ///
    /// ```
    /// use kaa::{ClassBuilder, Handle, HandleVisitor, NativeClass};
    /// struct Node {
    ///     children: Vec<Handle>,
    /// }
    /// impl NativeClass for Node {
    ///     const NAME: &'static str = "Node";
    ///     fn build(c: &mut ClassBuilder<Self>) {
    ///         c.constructor(|| Node { children: Vec::new() });
    ///         c.method("add", |n: &mut Node, child: Handle| n.children.push(child));
    ///     }
    ///     fn traverse(&self, visit: &mut HandleVisitor<'_>) {
    ///         self.children.iter().for_each(|h| visit.handle(h));
    ///     }
    ///     fn clear(&mut self) {
    ///         self.children.clear();
    ///     }
    /// }
    /// let mut interp = kaa::Interpreter::new();
    /// interp.register_class::<Node>().unwrap();
    /// interp.exec("import gc\ngc.disable()\na = Node()\nb = Node()\na.add(b)\nb.add(a)\ndel a, b").unwrap();
    /// assert_eq!(interp.collect_garbage(), 2);
    /// ```
    fn traverse(&self, _visit: &mut HandleVisitor<'_>) {}

    /// Drop the handles that [`NativeClass::traverse`] reports: called by the
    /// cycle collector on an unreachable object, to break its cycles (the
    /// object is freed, and the value dropped, when its last reference goes).
    /// The default drops nothing. See [`NativeClass::traverse`].
    fn clear(&mut self) {}
}

/// The payload of an instance of a native class (see the module's Notes).
#[doc(hidden)]
pub struct NativeCell<T> {
    value: RefCell<Box<T>>,
    /// The interpreter's lock's address: only handles of this interpreter
    /// are reported to its collector.
    owner: usize,
}

impl<T: NativeClass> PyPayload for NativeCell<T> {
    /// Tracked, so that the handles a value reports are walked.
    const GC: bool = true;

    fn traverse(&self, visit: &mut Visit<'_>) {
        // Borrowed mutably means a `&mut` method runs, whose frame holds the
        // object: it is alive anyway, and its handles, not reported, count
        // as roots. (Marking the walk incomplete instead would stop every
        // collection while such a method calls back into Python.)
        if let Ok(v) = self.value.try_borrow() {
            let mut f = |o: &PyObjectRef| visit.visit(o);
            T::traverse(&v, &mut HandleVisitor::new(&mut f, self.owner));
        }
    }

    fn clear(&self) {
        if let Ok(mut v) = self.value.try_borrow_mut() {
            T::clear(&mut v);
        }
    }

    /// The boxed value, for memory limits and `kaa --stats` (its own heap
    /// buffers, if any, are not seen).
    fn heap_bytes(&self) -> usize {
        std::mem::size_of::<T>()
    }
}

impl<T: NativeClass> NativeCell<T> {
    fn new(value: T, vm: &Vm) -> NativeCell<T> {
        NativeCell {
            value: RefCell::new(Box::new(value)),
            owner: std::sync::Arc::as_ptr(&vm.gil) as usize,
        }
    }

    /// A shared borrow, or `RuntimeError` if a `&mut` method has it.
    pub(crate) fn shared(&self) -> Result<Ref<'_, T>, Exception> {
        match self.value.try_borrow() {
            Ok(r) => Ok(Ref::map(r, |b| &**b)),
            Err(_) => Err(Exception::runtime_error(format!(
                "{} object is already mutably borrowed (a method that changes it is running)",
                T::NAME
            ))),
        }
    }

    /// An exclusive borrow, or `RuntimeError` if any method has it.
    pub(crate) fn exclusive(&self) -> Result<RefMut<'_, T>, Exception> {
        match self.value.try_borrow_mut() {
            Ok(r) => Ok(RefMut::map(r, |b| &mut **b)),
            Err(_) => Err(Exception::runtime_error(format!(
                "{} object is already borrowed (one of its methods is running)",
                T::NAME
            ))),
        }
    }
}

/// Why a method call failed: an argument did not convert (a binary operator
/// then returns `NotImplemented`), or the call raised.
#[doc(hidden)]
pub enum CallError {
    Arg(Exception),
    Raised(Exception),
}

impl From<Exception> for CallError {
    fn from(e: Exception) -> CallError {
        CallError::Raised(e)
    }
}

/// A method of a native class: a Rust closure whose first parameter is the
/// receiver, `&T` or `&mut T` (optionally after a leading `&mut Context`),
/// followed by up to seven parameters, each [`FromPy`] (including
/// [`crate::VarArgs`] and [`crate::KwArgs`]), returning a value or a `Result`
/// as [`HostFn`] does. `&mut T` methods borrow the object exclusively while
/// they run (see [`ClassBuilder::method`]).
///
/// ```
/// use kaa::{ClassBuilder, Context, Exception, NativeClass, Value};
/// struct Stack(Vec<i64>);
/// impl NativeClass for Stack {
///     const NAME: &'static str = "Stack";
///     fn build(c: &mut ClassBuilder<Self>) {
///         c.constructor(|| Stack(Vec::new()));
///         c.method("push", |s: &mut Stack, x: i64| s.0.push(x));
///         c.method("pop", |s: &mut Stack| s.0.pop().ok_or_else(|| Exception::index_error("pop from empty stack")));
///         c.method("map", |cx: &mut Context, s: &Stack, f: Value| -> Result<Vec<i64>, Exception> {
///             s.0.iter().map(|x| f.call(cx, (*x,))?.to(cx)).collect()
///         });
///     }
/// }
/// let mut interp = kaa::Interpreter::new();
/// interp.register_class::<Stack>().unwrap();
/// interp.exec("s = Stack()\ns.push(1)\ns.push(2)").unwrap();
/// assert_eq!(interp.eval::<Vec<i64>>("s.map(lambda x: x * 10)").unwrap(), [10, 20]);
/// assert_eq!(interp.eval::<i64>("s.pop()").unwrap(), 2);
/// ```
pub trait Method<T, Marker>: Send + 'static {
    #[doc(hidden)]
    fn params(&self) -> Vec<ParamSpec>;
    #[doc(hidden)]
    fn invoke(
        &self,
        cx: &mut Context,
        sig: &Signature,
        this: &NativeCell<T>,
        args: &[Option<PyObjectRef>],
    ) -> Result<Value, CallError>;
}

/// A native class's constructor: a Rust closure of up to eight [`FromPy`]
/// parameters (optionally after a leading `&mut Context`) returning the value,
/// or a `Result` whose error is raised.
///
/// ```
/// use kaa::{ClassBuilder, Exception, NativeClass};
/// struct Port(u16);
/// impl NativeClass for Port {
///     const NAME: &'static str = "Port";
///     fn build(c: &mut ClassBuilder<Self>) {
///         c.constructor(|n: u16| if n == 0 { Err(Exception::value_error("port 0 is reserved")) } else { Ok(Port(n)) });
///     }
/// }
/// let mut interp = kaa::Interpreter::new();
/// interp.register_class::<Port>().unwrap();
/// assert_eq!(interp.eval::<kaa::Value>("Port(80)").unwrap().type_name(), "Port");
/// assert_eq!(interp.eval::<kaa::Value>("Port(0)").unwrap_err().message, "port 0 is reserved");
/// ```
pub trait Constructor<T, Marker>: Send + 'static {
    #[doc(hidden)]
    fn params(&self) -> Vec<ParamSpec>;
    #[doc(hidden)]
    fn invoke(&self, cx: &mut Context, sig: &Signature, args: &[Option<PyObjectRef>]) -> Result<T, Exception>;
}

/// What a constructor returns: the value, or a `Result` of it.
#[doc(hidden)]
pub trait IntoNative<T, Marker> {
    fn into_native(self) -> Result<T, Exception>;
}

impl<T> IntoNative<T, Plain> for T {
    fn into_native(self) -> Result<T, Exception> {
        Ok(self)
    }
}

impl<T, E: Into<Exception>> IntoNative<T, Fallible> for Result<T, E> {
    fn into_native(self) -> Result<T, Exception> {
        self.map_err(Into::into)
    }
}

/// Markers: the receiver of a method.
#[doc(hidden)]
pub struct Shared;
#[doc(hidden)]
pub struct Exclusive;
#[doc(hidden)]
pub struct SharedCx;
#[doc(hidden)]
pub struct ExclusiveCx;
#[doc(hidden)]
pub struct PlainNew;
#[doc(hidden)]
pub struct ContextNew;

macro_rules! method_impls {
    ($($a:ident $i:tt),*) => {
        method_impls!(@method Shared, shared, [], [&T], [&*], $($a $i),*);
        method_impls!(@method Exclusive, exclusive, [], [&mut T], [&mut *], $($a $i),*);
        method_impls!(@method SharedCx, shared, [with_context], [&mut Context, &T], [&*], $($a $i),*);
        method_impls!(@method ExclusiveCx, exclusive, [with_context], [&mut Context, &mut T], [&mut *], $($a $i),*);

        impl<T, Func, Ret, M, $($a: FromPy,)*> Constructor<T, (M, PlainNew, ($($a,)*))> for Func
        where
            Func: Fn($($a),*) -> Ret + Send + 'static,
            Ret: IntoNative<T, M>,
        {
            fn params(&self) -> Vec<ParamSpec> {
                vec![$(ParamSpec::of::<$a>()),*]
            }
            #[allow(unused_variables)]
            fn invoke(&self, cx: &mut Context, sig: &Signature, args: &[Option<PyObjectRef>]) -> Result<T, Exception> {
                (self)($(arg::<$a>(cx, sig, args, $i)?),*).into_native()
            }
        }

        impl<T, Func, Ret, M, $($a: FromPy,)*> Constructor<T, (M, ContextNew, ($($a,)*))> for Func
        where
            Func: Fn(&mut Context, $($a),*) -> Ret + Send + 'static,
            Ret: IntoNative<T, M>,
        {
            fn params(&self) -> Vec<ParamSpec> {
                vec![$(ParamSpec::of::<$a>()),*]
            }
            #[allow(unused_variables)]
            fn invoke(&self, cx: &mut Context, sig: &Signature, args: &[Option<PyObjectRef>]) -> Result<T, Exception> {
                let vals = ($(arg::<$a>(cx, sig, args, $i)?,)*);
                (self)(cx, $(vals.$i),*).into_native()
            }
        }
    };
    (@method $marker:ident, $borrow:ident, [$($with_cx:ident)?], [$($recv:ty),+], [$($reb:tt)+], $($a:ident $i:tt),*) => {
        impl<T: NativeClass, Func, Ret, M, $($a: FromPy,)*> Method<T, (M, $marker, ($($a,)*))> for Func
        where
            Func: Fn($($recv,)+ $($a),*) -> Ret + Send + 'static,
            Ret: IntoReturn<M>,
        {
            fn params(&self) -> Vec<ParamSpec> {
                vec![$(ParamSpec::of::<$a>()),*]
            }
            #[allow(unused_variables)]
            fn invoke(
                &self,
                cx: &mut Context,
                sig: &Signature,
                this: &NativeCell<T>,
                args: &[Option<PyObjectRef>],
            ) -> Result<Value, CallError> {
                // Arguments first: converting one may run Python code that uses the object.
                let vals = ($(arg::<$a>(cx, sig, args, $i).map_err(CallError::Arg)?,)*);
                #[allow(unused_mut)]
                let mut guard = this.$borrow()?;
                let r = (self)($({ stringify!($with_cx); &mut *cx },)? $($reb)+ guard, $(vals.$i),*);
                drop(guard);
                Ok(r.into_return(cx)?)
            }
        }
    };
}

method_impls!();
method_impls!(A 0);
method_impls!(A 0, B 1);
method_impls!(A 0, B 1, C 2);
method_impls!(A 0, B 1, C 2, D 3);
method_impls!(A 0, B 1, C 2, D 3, E 4);
method_impls!(A 0, B 1, C 2, D 3, E 4, F 5);
method_impls!(A 0, B 1, C 2, D 3, E 4, F 5, G 6);

/// How a special method's result is adjusted (see the module's Notes).
#[derive(Clone, Copy, PartialEq, Eq)]
enum Special {
    None,
    /// A binary operator or comparison: an argument that does not convert
    /// gives `NotImplemented`.
    Binary,
    /// An in-place operator: also binary; `None` gives the object itself.
    InPlace,
}

const BINARY_OPS: &[&str] = &[
    "add", "sub", "mul", "matmul", "truediv", "floordiv", "mod", "divmod", "pow", "lshift", "rshift", "and", "xor",
    "or",
];
const COMPARISONS: &[&str] = &["__eq__", "__ne__", "__lt__", "__le__", "__gt__", "__ge__"];

fn special_kind(name: &str) -> Special {
    let Some(inner) = name.strip_prefix("__").and_then(|n| n.strip_suffix("__")) else {
        return Special::None;
    };
    if COMPARISONS.contains(&name) {
        return Special::Binary;
    }
    if let Some(op) = inner.strip_prefix('i') {
        if BINARY_OPS.contains(&op) && op != "divmod" {
            return Special::InPlace;
        }
    }
    let op = inner
        .strip_prefix('r')
        .filter(|op| BINARY_OPS.contains(op))
        .unwrap_or(inner);
    if BINARY_OPS.contains(&op) {
        Special::Binary
    } else {
        Special::None
    }
}

/// The members a class is built from, collected by [`NativeClass::build`].
///
/// Each method returns the builder, so calls may be chained. A mistake (a
/// wrong number of parameter names, a setter that does not take one value, a
/// `dunder` whose name is not `__x__`) is reported when the class is made
/// ([`Interpreter::register_class`]) as a `TypeError`.
///
/// ```
/// use kaa::{ClassBuilder, NativeClass};
/// struct Temperature { celsius: f64 }
/// impl NativeClass for Temperature {
///     const NAME: &'static str = "Temperature";
///     fn build(c: &mut ClassBuilder<Self>) {
///         c.constructor_named(&["celsius"], |celsius: f64| Temperature { celsius })
///             .getter("fahrenheit", |t: &Temperature| t.celsius * 9.0 / 5.0 + 32.0)
///             .setter("fahrenheit", |t: &mut Temperature, f: f64| t.celsius = (f - 32.0) * 5.0 / 9.0)
///             .function("freezing", || Temperature { celsius: 0.0 })
///             .constant("UNIT", "°C");
///     }
/// }
/// let mut interp = kaa::Interpreter::new();
/// interp.register_class::<Temperature>().unwrap();
/// interp.exec("t = Temperature(celsius=100)\nt.fahrenheit = 32").unwrap();
/// assert_eq!(interp.eval::<f64>("t.fahrenheit + Temperature.freezing().fahrenheit").unwrap(), 64.0);
/// assert_eq!(interp.eval::<String>("t.UNIT").unwrap(), "°C");
/// ```
pub struct ClassBuilder<T> {
    doc: Option<String>,
    new: Option<HostData>,
    members: Vec<(String, Member)>,
    /// Properties in the order first declared: name, getter, setter.
    properties: Vec<(String, Option<HostData>, Option<HostData>)>,
    /// The first mistake, reported when the class is made.
    error: Option<Exception>,
    _class: PhantomData<fn() -> T>,
}

enum Member {
    /// A method: binds the instance.
    Method(&'static str, HostData),
    /// A function in the class's namespace that does not bind (a static method).
    Static(&'static str, HostData),
    /// A built-in written against the VM (the iterator's `__iter__`).
    Native(&'static str, NativeFn),
    Constant(MakeConstant),
}

impl<T: NativeClass> ClassBuilder<T> {
    fn new() -> ClassBuilder<T> {
        ClassBuilder {
            doc: None,
            new: None,
            members: Vec::new(),
            properties: Vec::new(),
            error: None,
            _class: PhantomData,
        }
    }

    fn fail(&mut self, e: Exception) -> &mut Self {
        self.error.get_or_insert(e);
        self
    }

    /// The class's `__doc__` (`None` if not given).
    ///
    /// ```
    /// # use kaa::{ClassBuilder, NativeClass};
    /// struct Unit;
    /// impl NativeClass for Unit {
    ///     const NAME: &'static str = "Unit";
    ///     fn build(c: &mut ClassBuilder<Self>) {
    ///         c.doc("Nothing at all.");
    ///     }
    /// }
    /// let mut interp = kaa::Interpreter::new();
    /// interp.register_class::<Unit>().unwrap();
    /// assert_eq!(interp.eval::<String>("Unit.__doc__").unwrap(), "Nothing at all.");
    /// ```
    pub fn doc(&mut self, doc: &str) -> &mut Self {
        self.doc = Some(doc.to_string());
        self
    }

    /// How `NAME(...)` makes a value (see [`Constructor`]). Without one,
    /// scripts cannot create instances (`TypeError: cannot create 'NAME'
    /// instances`); the host still can, with [`IntoPy`].
    ///
    /// A Python subclass's instances are made by this constructor too, from
    /// the arguments of the call (so a subclass's `__init__` takes the same
    /// arguments, or its own `__new__` chooses them).
    ///
    /// ```
    /// # use kaa::{ClassBuilder, NativeClass};
    /// struct Id(u32);
    /// impl NativeClass for Id {
    ///     const NAME: &'static str = "Id";
    ///     fn build(c: &mut ClassBuilder<Self>) {
    ///         c.constructor(|n: u32| Id(n));
    ///     }
    /// }
    /// let mut interp = kaa::Interpreter::new();
    /// interp.register_class::<Id>().unwrap();
    /// let e = interp.exec("Id()").unwrap_err();
    /// assert_eq!(e.message, "Id() takes exactly 1 argument (0 given)");
    /// ```
    pub fn constructor<M, F: Constructor<T, M>>(&mut self, f: F) -> &mut Self {
        self.add_constructor(None, f)
    }

    /// Like [`ClassBuilder::constructor`], with parameter names, so that
    /// scripts may pass arguments by keyword.
    ///
    /// ```
    /// # use kaa::{ClassBuilder, NativeClass};
    /// struct Size(u32, u32);
    /// impl NativeClass for Size {
    ///     const NAME: &'static str = "Size";
    ///     fn build(c: &mut ClassBuilder<Self>) {
    ///         c.constructor_named(&["w", "h"], |w: u32, h: Option<u32>| Size(w, h.unwrap_or(w)));
    ///         c.getter("area", |s: &Size| s.0 * s.1);
    ///     }
    /// }
    /// let mut interp = kaa::Interpreter::new();
    /// interp.register_class::<Size>().unwrap();
    /// assert_eq!(interp.eval::<u32>("Size(h=2, w=3).area + Size(4).area").unwrap(), 22);
    /// ```
    pub fn constructor_named<M, F: Constructor<T, M>>(&mut self, params: &[&str], f: F) -> &mut Self {
        self.add_constructor(Some(params), f)
    }

    fn add_constructor<M, F: Constructor<T, M>>(&mut self, params: Option<&[&str]>, f: F) -> &mut Self {
        match signature_of(T::NAME, params, f.params()) {
            Ok(sig) => {
                self.new = Some(constructor_data::<T, M, F>(sig, f));
                self
            }
            Err(e) => self.fail(e),
        }
    }

    /// A method (see [`Method`]): `obj.name(...)`. A receiver `&mut T` borrows
    /// the object exclusively while the method runs: if the method calls
    /// Python code that calls a method of the same object, that call raises
    /// `RuntimeError` (it would be a second borrow) instead of running.
    ///
    /// ```
    /// # use kaa::{ClassBuilder, NativeClass};
    /// struct Counter(i64);
    /// impl NativeClass for Counter {
    ///     const NAME: &'static str = "Counter";
    ///     fn build(c: &mut ClassBuilder<Self>) {
    ///         c.constructor(|| Counter(0));
    ///         c.method("inc", |c: &mut Counter, by: Option<i64>| c.0 += by.unwrap_or(1));
    ///         c.method("get", |c: &Counter| c.0);
    ///     }
    /// }
    /// let mut interp = kaa::Interpreter::new();
    /// interp.register_class::<Counter>().unwrap();
    /// assert_eq!(interp.eval::<i64>("(c := Counter()).inc() or c.inc(5) or c.get()").unwrap(), 6);
    /// let e = interp.eval::<i64>("c.inc('x')").unwrap_err();
    /// assert_eq!(e.message, "Counter.inc() argument 1: expected int, got str");
    /// let e = interp.eval::<i64>("Counter.get(3)").unwrap_err();
    /// assert_eq!(e.message, "descriptor 'get' for 'Counter' objects doesn't apply to a 'int' object");
    /// ```
    pub fn method<M, F: Method<T, M>>(&mut self, name: &str, f: F) -> &mut Self {
        self.add_method(name, None, Special::None, f)
    }

    /// Like [`ClassBuilder::method`], with parameter names (not counting the
    /// receiver), so that scripts may pass arguments by keyword.
    ///
    /// ```
    /// # use kaa::{ClassBuilder, NativeClass};
    /// struct Text(String);
    /// impl NativeClass for Text {
    ///     const NAME: &'static str = "Text";
    ///     fn build(c: &mut ClassBuilder<Self>) {
    ///         c.constructor(|s: String| Text(s));
    ///         c.method_named("pad", &["width", "fill"], |t: &Text, width: usize, fill: Option<char>| {
    ///             format!("{:>w$}", t.0, w = width).replace(' ', &fill.unwrap_or(' ').to_string())
    ///         });
    ///     }
    /// }
    /// let mut interp = kaa::Interpreter::new();
    /// interp.register_class::<Text>().unwrap();
    /// assert_eq!(interp.eval::<String>("Text('7').pad(3, fill='0')").unwrap(), "007");
    /// ```
    pub fn method_named<M, F: Method<T, M>>(&mut self, name: &str, params: &[&str], f: F) -> &mut Self {
        self.add_method(name, Some(params), Special::None, f)
    }

    /// A special method, such as `__repr__`, `__len__`, `__getitem__`,
    /// `__iter__`, `__contains__`, `__eq__`, `__add__` or `__iadd__`:
    /// a [`Method`] that Python's operators and built-ins find. A binary
    /// operator whose argument does not convert returns `NotImplemented` (so
    /// `v + 'x'` raises Python's usual `TypeError`); an in-place operator
    /// returning `()` returns the object itself. `__iter__` may return a
    /// [`Iter`].
    ///
    /// ```
    /// use kaa::{ClassBuilder, Exception, Iter, NativeClass};
    /// #[derive(Clone)]
    /// struct Bag(Vec<String>);
    /// impl NativeClass for Bag {
    ///     const NAME: &'static str = "Bag";
    ///     fn build(c: &mut ClassBuilder<Self>) {
    ///         c.constructor(|| Bag(Vec::new()));
    ///         c.dunder("__len__", |b: &Bag| b.0.len());
    ///         c.dunder("__getitem__", |b: &Bag, i: usize| b.0.get(i).cloned().ok_or_else(|| Exception::index_error("bag index out of range")));
    ///         c.dunder("__iter__", |b: &Bag| Iter::new(b.0.clone()));
    ///         c.dunder("__iadd__", |b: &mut Bag, item: String| b.0.push(item));
    ///         c.dunder("__add__", |b: &Bag, other: Bag| Bag([b.0.clone(), other.0].concat()));
    ///     }
    /// }
    /// let mut interp = kaa::Interpreter::new();
    /// interp.register_class::<Bag>().unwrap();
    /// interp.exec("b = Bag()\nb += 'x'\nb += 'y'\nc = b + b").unwrap();
    /// assert_eq!(interp.eval::<(usize, String, Vec<String>)>("len(c), b[1], list(b)").unwrap(), (4, "y".into(), vec!["x".into(), "y".into()]));
    /// assert_eq!(interp.exec("b + 1").unwrap_err().message, "unsupported operand type(s) for +: 'Bag' and 'int'");
    /// ```
    pub fn dunder<M, F: Method<T, M>>(&mut self, name: &str, f: F) -> &mut Self {
        if !(name.len() > 4 && name.starts_with("__") && name.ends_with("__")) {
            return self.fail(Exception::type_error(format!(
                "{}: {name:?} is not a special method name (__name__)",
                T::NAME
            )));
        }
        self.add_method(name, None, special_kind(name), f)
    }

    fn add_method<M, F: Method<T, M>>(
        &mut self,
        name: &str,
        params: Option<&[&str]>,
        special: Special,
        f: F,
    ) -> &mut Self {
        match signature_of(&format!("{}.{name}", T::NAME), params, f.params()) {
            Ok(sig) => {
                let name = static_name(name);
                let data = method_data::<T, M, F>(sig, name, special, f);
                self.members.push((name.to_string(), Member::Method(name, data)));
                self
            }
            Err(e) => self.fail(e),
        }
    }

    /// A property's getter: reading `obj.name` calls `f(&obj)` (a [`Method`]
    /// of no parameters). Without a [`ClassBuilder::setter`], assigning it
    /// raises `AttributeError`, as for a read-only attribute of a built-in.
    ///
    /// ```
    /// # use kaa::{ClassBuilder, NativeClass};
    /// struct Circle { r: f64 }
    /// impl NativeClass for Circle {
    ///     const NAME: &'static str = "Circle";
    ///     fn build(c: &mut ClassBuilder<Self>) {
    ///         c.constructor(|r: f64| Circle { r });
    ///         c.getter("radius", |c: &Circle| c.r);
    ///     }
    /// }
    /// let mut interp = kaa::Interpreter::new();
    /// interp.register_class::<Circle>().unwrap();
    /// assert_eq!(interp.eval::<f64>("Circle(2).radius").unwrap(), 2.0);
    /// let e = interp.exec("Circle(2).radius = 3").unwrap_err();
    /// assert_eq!(e.message, "attribute 'radius' of 'Circle' objects is not writable");
    /// ```
    pub fn getter<M, F: Method<T, M>>(&mut self, name: &str, f: F) -> &mut Self {
        let params = f.params();
        if !params.is_empty() {
            return self.fail(Exception::type_error(format!(
                "{}.{name}: a getter takes no parameters besides the object",
                T::NAME
            )));
        }
        let sig = match signature_of(&format!("{}.{name}", T::NAME), None, params) {
            Ok(sig) => sig,
            Err(e) => return self.fail(e),
        };
        let data = method_data::<T, M, F>(sig, static_name(name), Special::None, f);
        self.property_slot(name).1 = Some(data);
        self
    }

    /// A property's setter: `obj.name = v` calls `f(&mut obj, v)` (a [`Method`]
    /// of one parameter, `v` converted with [`FromPy`]).
    ///
    /// ```
    /// # use kaa::{ClassBuilder, NativeClass};
    /// struct Volume { level: u8 }
    /// impl NativeClass for Volume {
    ///     const NAME: &'static str = "Volume";
    ///     fn build(c: &mut ClassBuilder<Self>) {
    ///         c.constructor(|| Volume { level: 5 });
    ///         c.getter("level", |v: &Volume| v.level);
    ///         c.setter("level", |v: &mut Volume, level: u8| v.level = level.min(10));
    ///     }
    /// }
    /// let mut interp = kaa::Interpreter::new();
    /// interp.register_class::<Volume>().unwrap();
    /// assert_eq!(interp.eval::<u8>("(v := Volume()).__setattr__('level', 99) or v.level").unwrap(), 10);
    /// assert_eq!(interp.exec("v.level = -1").unwrap_err().type_name, "OverflowError");
    /// assert_eq!(interp.exec("v.level = 'max'").unwrap_err().message, "Volume.level: expected int, got str");
    /// ```
    pub fn setter<M, F: Method<T, M>>(&mut self, name: &str, f: F) -> &mut Self {
        let params = f.params();
        if params.len() != 1 {
            return self.fail(Exception::type_error(format!(
                "{}.{name}: a setter takes one value besides the object",
                T::NAME
            )));
        }
        let mut sig = match signature_of(&format!("{}.{name}", T::NAME), None, params) {
            Ok(sig) => sig,
            Err(e) => return self.fail(e),
        };
        sig.setter = true;
        let data = method_data::<T, M, F>(sig, static_name(name), Special::None, f);
        self.property_slot(name).2 = Some(data);
        self
    }

    fn property_slot(&mut self, name: &str) -> &mut (String, Option<HostData>, Option<HostData>) {
        let i = match self.properties.iter().position(|p| p.0 == name) {
            Some(i) => i,
            None => {
                self.properties.push((name.to_string(), None, None));
                self.properties.len() - 1
            }
        };
        &mut self.properties[i]
    }

    /// A function in the class's namespace that does not take the object (a
    /// static method): any [`HostFn`], called as `NAME.name(...)` or on an
    /// instance.
    ///
    /// ```
    /// # use kaa::{ClassBuilder, NativeClass};
    /// struct Color(u8, u8, u8);
    /// impl NativeClass for Color {
    ///     const NAME: &'static str = "Color";
    ///     fn build(c: &mut ClassBuilder<Self>) {
    ///         c.function("gray", |v: u8| Color(v, v, v));
    ///         c.method("hex", |c: &Color| format!("#{:02x}{:02x}{:02x}", c.0, c.1, c.2));
    ///     }
    /// }
    /// let mut interp = kaa::Interpreter::new();
    /// interp.register_class::<Color>().unwrap();
    /// assert_eq!(interp.eval::<String>("Color.gray(255).hex()").unwrap(), "#ffffff");
    /// ```
    pub fn function<M, F: HostFn<M>>(&mut self, name: &str, f: F) -> &mut Self {
        match signature_of(&format!("{}.{name}", T::NAME), None, f.params()) {
            Ok(sig) => {
                let name = static_name(name);
                let data = crate::host::host_data(sig, f);
                self.members.push((name.to_string(), Member::Static(name, data)));
                self
            }
            Err(e) => self.fail(e),
        }
    }

    /// A class attribute: a clone of `value`, converted when the class is made.
    ///
    /// ```
    /// # use kaa::{ClassBuilder, NativeClass};
    /// struct Limits;
    /// impl NativeClass for Limits {
    ///     const NAME: &'static str = "Limits";
    ///     fn build(c: &mut ClassBuilder<Self>) {
    ///         c.constant("MAX", 255u8);
    ///     }
    /// }
    /// let mut interp = kaa::Interpreter::new();
    /// interp.register_class::<Limits>().unwrap();
    /// assert_eq!(interp.eval::<u8>("Limits.MAX").unwrap(), 255);
    /// ```
    pub fn constant<V: IntoPy + Clone + Send + 'static>(&mut self, name: &str, value: V) -> &mut Self {
        self.members.push((
            name.to_string(),
            Member::Constant(Box::new(move |cx| value.clone().into_py(cx))),
        ));
        self
    }

    /// Make the class object in `vm`.
    fn create(self, vm: &mut Vm) -> Result<PyObjectRef, Exception> {
        if let Some(e) = self.error {
            return Err(e);
        }
        let object = vm.types.object.clone();
        let ty = PyType::new(
            T::NAME,
            Some(object.clone()),
            vec![object.clone()],
            object.mro(),
            &NativeCell::<T>::VTABLE,
            TypeFlags {
                has_dict: false,
                basetype: true,
                heaptype: false,
            },
        );
        let cls = PyObjectRef::new_type(ty, &vm.types.type_);
        let new = match self.new {
            Some(data) => data,
            None => boxed(|vm: &mut Vm, _args: Args| -> PyResult {
                Err(vm.new_type_error(format!("cannot create '{}' instances", T::NAME)))
            }),
        };
        let new = method_object(vm, "__new__", T::NAME, Binding::Function, new);
        vm.set_type_attr(&cls, "__new__", new);
        let doc = match self.doc {
            Some(d) => vm.new_str(d),
            None => vm.none(),
        };
        vm.set_type_attr(&cls, "__doc__", doc);
        let module = vm.new_str("builtins");
        vm.set_type_attr(&cls, "__module__", module);
        for (name, member) in self.members {
            let v = match member {
                Member::Method(n, data) => method_object(vm, n, T::NAME, Binding::Method, data),
                Member::Static(n, data) => method_object(vm, n, T::NAME, Binding::Function, data),
                Member::Native(n, func) => method_object(vm, n, T::NAME, Binding::Method, boxed(func)),
                Member::Constant(make) => {
                    let cx = Context::from_vm(vm);
                    make(cx)?.obj_in(cx)?.clone()
                }
            };
            vm.set_type_attr(&cls, &name, v);
        }
        for (name, get, set) in self.properties {
            let refuse = |what: &'static str| {
                let msg = format!("attribute '{name}' of '{}' objects is not {what}", T::NAME);
                boxed(move |vm: &mut Vm, _args: Args| -> PyResult { Err(vm.new_attribute_error(msg.clone())) })
            };
            let n = static_name(&name);
            let get = get.unwrap_or_else(|| refuse("readable"));
            let set = set.unwrap_or_else(|| refuse("writable"));
            let del = refuse("deletable");
            let p = PyProperty {
                fget: Some(method_object(vm, n, T::NAME, Binding::Method, get)),
                fset: Some(method_object(vm, n, T::NAME, Binding::Method, set)),
                fdel: Some(method_object(vm, n, T::NAME, Binding::Method, del)),
                doc: None,
                name: Default::default(),
                tuple_field: false,
            };
            let p = PyObjectRef::new(p, &vm.types.property);
            vm.set_type_attr(&cls, &name, p);
        }
        Ok(cls)
    }
}

/// A built-in function object named `name`, owned by the class `owner`.
fn method_object(vm: &Vm, name: &'static str, owner: &str, binding: Binding, data: HostData) -> PyObjectRef {
    PyObjectRef::new(
        PyBuiltinFunction {
            name,
            owner: Some(owner.into()),
            func: unreachable_body,
            binding,
            self_: None,
            needs_frame: false,
            data: Some(data),
        },
        &vm.types.builtin_function,
    )
}

/// Never called: a host function's `data` closure takes precedence.
fn unreachable_body(vm: &mut Vm, _args: Args) -> PyResult {
    Err(vm.new_runtime_error("host method without a body"))
}

/// The wrapper that runs method `f` (named `name` in the class) when Python
/// calls it: checks the receiver, binds and converts, borrows, calls.
fn method_data<T: NativeClass, M, F: Method<T, M>>(
    sig: Signature,
    name: &'static str,
    special: Special,
    f: F,
) -> HostData {
    boxed(move |vm: &mut Vm, args: Args| -> PyResult {
        let Some((this, rest)) = args.pos().split_first() else {
            return Err(vm.new_type_error(format!("unbound method {}() needs an argument", sig.name)));
        };
        if !this.payload_is::<NativeCell<T>>() {
            return Err(vm.new_type_error(format!(
                "descriptor '{name}' for '{}' objects doesn't apply to a '{}' object",
                T::NAME,
                this.ty().name()
            )));
        }
        let this = this.clone();
        contain(vm, sig.name, |cx| {
            let slots = bind(cx.vm(), &sig, rest, args.kwargs())?;
            let cell = this
                .downcast_ref::<NativeCell<T>>()
                .ok_or_else(|| Exception::system_error("native object changed type"))?;
            match f.invoke(cx, &sig, cell, &slots) {
                Ok(v) if special == Special::InPlace && v.is_none() => Ok(this.clone()),
                Ok(v) => v.obj_in(cx).cloned(),
                Err(CallError::Arg(e)) if special != Special::None && e.type_name() == Some("TypeError") => {
                    Ok(cx.vm().not_implemented.clone())
                }
                Err(CallError::Arg(e) | CallError::Raised(e)) => Err(e),
            }
        })
    })
}

/// The wrapper that runs constructor `f` as `T.__new__(cls, ...)`.
fn constructor_data<T: NativeClass, M, F: Constructor<T, M>>(sig: Signature, f: F) -> HostData {
    boxed(move |vm: &mut Vm, args: Args| -> PyResult {
        let name = T::NAME;
        let Some((cls, rest)) = args.pos().split_first() else {
            return Err(vm.new_type_error(format!("{name}.__new__(): not enough arguments")));
        };
        let own = vm.host_classes.borrow().get(&TypeId::of::<T>()).cloned();
        let is_sub = cls.as_type().is_some() && own.is_some_and(|own| cls.is_subtype(&own));
        if !is_sub {
            return Err(vm.new_type_error(format!("{name}.__new__(X): X is not a subtype of {name}")));
        }
        let cls = cls.clone();
        contain(vm, sig.name, |cx| {
            let slots = bind(cx.vm(), &sig, rest, args.kwargs())?;
            let value = f.invoke(cx, &sig, &slots)?;
            let cell = NativeCell::new(value, cx.vm());
            Ok(cx.vm().new_instance(cell, &cls))
        })
    })
}

/// The class object of `T` in `vm`, made at first use.
pub(crate) fn class_object<T: NativeClass>(vm: &mut Vm) -> Result<PyObjectRef, Exception> {
    let known = vm.host_classes.borrow().get(&TypeId::of::<T>()).cloned();
    if let Some(c) = known {
        return Ok(c);
    }
    let mut builder = ClassBuilder::<T>::new();
    T::build(&mut builder);
    let cls = builder.create(vm)?;
    vm.host_classes.borrow_mut().insert(TypeId::of::<T>(), cls.clone());
    Ok(cls)
}

/// A value of a native class becomes a new instance of its class.
impl<T: NativeClass> IntoPy for T {
    fn into_py(self, cx: &mut Context) -> Result<Value, Exception> {
        let cls = class_object::<T>(cx.vm())?;
        let cell = NativeCell::new(self, cx.vm());
        Ok(Value::from_obj(PyObjectRef::new(cell, &cls)))
    }
}

/// A value of a native class that is `Clone` is read from an instance (of the
/// class or of a Python subclass) by cloning it.
impl<T: NativeClass + Clone> FromPy for T {
    fn from_py(v: &Value, cx: &mut Context) -> Result<Self, Exception> {
        let cell = native_cell::<T>(v, cx)?;
        let r = cell.shared()?;
        Ok(T::clone(&r))
    }
}

/// The payload of `v` if it is an instance of `T`'s class, else `TypeError`.
pub(crate) fn native_cell<'v, T: NativeClass>(v: &'v Value, cx: &mut Context) -> Result<&'v NativeCell<T>, Exception> {
    let o = v.obj_in(cx)?;
    o.downcast_ref::<NativeCell<T>>()
        .ok_or_else(|| Exception::type_error(format!("expected {}, got {}", T::NAME, o.ty().name())))
}

impl Value {
    /// Borrow the Rust value inside an instance of the native class `T` (or of
    /// a Python subclass of it). While the guard lives, methods of the object
    /// that take `&mut T` raise `RuntimeError` if a script calls them.
    ///
    /// Fails with `TypeError` if the object is not a `T`, and with
    /// `RuntimeError` if it is borrowed mutably (by a running method, or a
    /// [`Value::borrow_mut`] guard).
    ///
    /// ```
    /// use kaa::{ClassBuilder, NativeClass, Value};
    /// #[derive(Debug)]
    /// struct Score(u32);
    /// impl NativeClass for Score {
    ///     const NAME: &'static str = "Score";
    ///     fn build(c: &mut ClassBuilder<Self>) {
    ///         c.constructor(|n: u32| Score(n));
    ///     }
    /// }
    /// let mut interp = kaa::Interpreter::new();
    /// interp.register_class::<Score>().unwrap();
    /// let s: Value = interp.eval("Score(42)").unwrap();
    /// assert_eq!(s.borrow::<Score, _>(&mut interp).unwrap().0, 42);
    /// let not_a_score: Value = interp.eval("42").unwrap();
    /// let e = not_a_score.borrow::<Score, _>(&mut interp).unwrap_err();
    /// assert_eq!(e.message, "expected Score, got int");
    /// ```
    pub fn borrow<T: NativeClass, R: Runtime>(&self, rt: &mut R) -> Result<NativeRef<'_, T>, R::Error> {
        let inner = rt.__with(|cx| native_cell::<T>(self, cx).and_then(NativeCell::shared))?;
        Ok(NativeRef {
            inner,
            _lock: self.hold_lock(),
        })
    }

    /// Borrow the Rust value inside an instance of the native class `T`
    /// mutably. While the guard lives, every method of the object raises
    /// `RuntimeError` if a script calls it.
    ///
    /// ```
    /// use kaa::{ClassBuilder, NativeClass, Value};
    /// struct Score(u32);
    /// impl NativeClass for Score {
    ///     const NAME: &'static str = "Score";
    ///     fn build(c: &mut ClassBuilder<Self>) {
    ///         c.constructor(|n: u32| Score(n));
    ///         c.method("get", |s: &Score| s.0);
    ///     }
    /// }
    /// let mut interp = kaa::Interpreter::new();
    /// interp.register_class::<Score>().unwrap();
    /// interp.exec("s = Score(1)").unwrap();
    /// let s: Value = interp.get_global("s").unwrap();
    /// s.borrow_mut::<Score, _>(&mut interp).unwrap().0 += 9;
    /// assert_eq!(interp.eval::<u32>("s.get()").unwrap(), 10);
    ///
    /// let guard = s.borrow_mut::<Score, _>(&mut interp).unwrap();
    /// let e = interp.eval::<u32>("s.get()").unwrap_err();
    /// assert_eq!(e.type_name, "RuntimeError");
    /// drop(guard);
    /// ```
    pub fn borrow_mut<T: NativeClass, R: Runtime>(&self, rt: &mut R) -> Result<NativeRefMut<'_, T>, R::Error> {
        let inner = rt.__with(|cx| native_cell::<T>(self, cx).and_then(NativeCell::exclusive))?;
        Ok(NativeRefMut {
            inner,
            _lock: self.hold_lock(),
        })
    }
}

/// A shared borrow of the Rust value inside a native object
/// ([`Value::borrow`]). It holds the interpreter's lock while it lives (the
/// borrow flag lives in the object), so Python threads of that interpreter
/// wait meanwhile: keep it short.
///
/// ```
/// use kaa::{ClassBuilder, NativeClass, Value};
/// struct Temp(f64);
/// impl NativeClass for Temp {
///     const NAME: &'static str = "Temp";
///     fn build(c: &mut ClassBuilder<Self>) {
///         c.constructor(|t: f64| Temp(t));
///     }
/// }
/// let mut interp = kaa::Interpreter::new();
/// interp.register_class::<Temp>().unwrap();
/// let t: Value = interp.eval("Temp(21.5)").unwrap();
/// let r = t.borrow::<Temp, _>(&mut interp).unwrap();
/// assert_eq!(r.0, 21.5);
/// // The interpreter stays usable while the borrow lives (same thread).
/// assert_eq!(interp.eval::<i64>("1 + 1").unwrap(), 2);
/// drop(r);
/// ```
pub struct NativeRef<'a, T> {
    inner: Ref<'a, T>,
    _lock: LockHold,
}

/// A mutable borrow of the Rust value inside a native object
/// ([`Value::borrow_mut`]); holds the interpreter's lock like [`NativeRef`].
///
/// ```
/// use kaa::{ClassBuilder, NativeClass, Value};
/// struct Counter(u32);
/// impl NativeClass for Counter {
///     const NAME: &'static str = "Counter";
///     fn build(c: &mut ClassBuilder<Self>) {
///         c.constructor(|| Counter(0));
///         c.getter("n", |c: &Counter| c.0);
///     }
/// }
/// let mut interp = kaa::Interpreter::new();
/// interp.register_class::<Counter>().unwrap();
/// interp.exec("c = Counter()").unwrap();
/// let c: Value = interp.get_global("c").unwrap();
/// c.borrow_mut::<Counter, _>(&mut interp).unwrap().0 = 7;
/// assert_eq!(interp.eval::<u32>("c.n").unwrap(), 7);
/// ```
pub struct NativeRefMut<'a, T> {
    inner: RefMut<'a, T>,
    _lock: LockHold,
}

impl<T> std::ops::Deref for NativeRef<'_, T> {
    type Target = T;
    fn deref(&self) -> &T {
        &self.inner
    }
}

impl<T> std::ops::Deref for NativeRefMut<'_, T> {
    type Target = T;
    fn deref(&self) -> &T {
        &self.inner
    }
}

impl<T> std::ops::DerefMut for NativeRefMut<'_, T> {
    fn deref_mut(&mut self) -> &mut T {
        &mut self.inner
    }
}

impl<T: std::fmt::Debug> std::fmt::Debug for NativeRef<'_, T> {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        self.inner.fmt(f)
    }
}

impl<T: std::fmt::Debug> std::fmt::Debug for NativeRefMut<'_, T> {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        self.inner.fmt(f)
    }
}

impl Interpreter {
    /// Make the native class `T` a global name of every module (like a
    /// built-in), so that scripts can create instances, call its static
    /// functions and check `isinstance`. Fails with the first mistake made in
    /// [`NativeClass::build`].
    ///
    /// ```
    /// use kaa::{ClassBuilder, NativeClass};
    /// struct Flag(bool);
    /// impl NativeClass for Flag {
    ///     const NAME: &'static str = "Flag";
    ///     fn build(c: &mut ClassBuilder<Self>) {
    ///         c.constructor(|on: bool| Flag(on));
    ///         c.dunder("__bool__", |f: &Flag| f.0);
    ///     }
    /// }
    /// let mut interp = kaa::Interpreter::new();
    /// interp.register_class::<Flag>().unwrap();
    /// assert_eq!(interp.eval::<String>("'yes' if Flag(True) else 'no'").unwrap(), "yes");
    /// assert_eq!(interp.eval::<String>("type(Flag(False)).__name__").unwrap(), "Flag");
    /// ```
    pub fn register_class<T: NativeClass>(&mut self) -> Result<(), Error> {
        let cls = self.class::<T>()?;
        self.set_builtin(T::NAME, cls)
    }

    /// The class object of the native class `T`, without making it a global
    /// name (to pass to Python code, or to put in a namespace of your own).
    ///
    /// ```
    /// use kaa::{ClassBuilder, NativeClass};
    /// struct Token;
    /// impl NativeClass for Token {
    ///     const NAME: &'static str = "Token";
    ///     fn build(_: &mut ClassBuilder<Self>) {}
    /// }
    /// let mut interp = kaa::Interpreter::new();
    /// let cls = interp.class::<Token>().unwrap();
    /// interp.set_global("TokenType", cls).unwrap();
    /// interp.set_global("t", Token).unwrap();
    /// assert!(interp.eval::<bool>("isinstance(t, TokenType)").unwrap());
    /// assert_eq!(interp.exec("TokenType()").unwrap_err().message, "cannot create 'Token' instances");
    /// ```
    pub fn class<T: NativeClass>(&mut self) -> Result<Value, Error> {
        let _entered = self.vm.enter();
        let r = class_object::<T>(&mut self.vm());
        match r {
            Ok(c) => Ok(Value::from_obj(c)),
            Err(e) => Err(self.__wrap(e)),
        }
    }
}

/// A Python iterator over the items of a Rust iterator, each converted with
/// [`IntoPy`] when the script asks for it: what a native class's `__iter__`
/// can return (or any host function).
///
/// ```
/// let mut interp = kaa::Interpreter::new();
/// interp.register_fn("countdown", |n: u32| kaa::Iter::new((1..=n).rev())).unwrap();
/// assert_eq!(interp.eval::<Vec<u32>>("list(countdown(3))").unwrap(), [3, 2, 1]);
/// assert_eq!(interp.eval::<String>("type(countdown(1)).__name__").unwrap(), "rust_iterator");
/// ```
pub struct Iter {
    next: NextItem,
}

/// The next item of an [`Iter`], converted, or `None` at the end.
type NextItem = Box<dyn FnMut(&mut Context) -> Option<Result<Value, Exception>> + Send>;

impl Iter {
    /// An iterator over `items` (anything iterable whose iterator is `Send`).
    ///
    /// ```
    /// let mut interp = kaa::Interpreter::new();
    /// let it = interp.value(kaa::Iter::new(vec!["a", "b"])).unwrap();
    /// interp.set_global("it", it).unwrap();
    /// assert_eq!(interp.eval::<String>("next(it) + next(it)").unwrap(), "ab");
    /// assert_eq!(interp.eval::<String>("next(it, 'done')").unwrap(), "done");
    /// ```
    pub fn new<I>(items: I) -> Iter
    where
        I: IntoIterator,
        I::IntoIter: Send + 'static,
        I::Item: IntoPy,
    {
        let mut it = items.into_iter();
        Iter {
            next: Box::new(move |cx| it.next().map(|x| x.into_py(cx))),
        }
    }
}

fn iter_self(vm: &mut Vm, args: Args) -> PyResult {
    let [this] = args.exact::<1>(vm, "__iter__")?;
    Ok(this.clone())
}

impl NativeClass for Iter {
    const NAME: &'static str = "rust_iterator";

    fn build(c: &mut ClassBuilder<Self>) {
        c.members
            .push(("__iter__".to_string(), Member::Native("__iter__", iter_self)));
        c.dunder("__next__", |cx: &mut Context, it: &mut Iter| match (it.next)(cx) {
            Some(r) => r,
            None => Err(Exception::from(cx.vm().new_stop_iteration(None))),
        });
    }
}
