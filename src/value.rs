//! Values the host holds: [`Value`] (a handle to any Python object), [`Context`]
//! (the interpreter as seen from inside a host function), [`Runtime`] (what both
//! an [`Interpreter`] and a [`Context`] can do with values) and [`Exception`] (a
//! Python exception the host raises).
//!
//! # Notes
//!
//! **Why `Value` is not `Send`.** A Python object belongs to the interpreter that
//! made it: its reference count is a plain integer that only the thread running
//! that interpreter may touch (see `docs/internals/objects.md`). A `Value` is one
//! such reference, so moving it to another thread would let two threads change
//! one count at once. The compiler stops it: `Value` is neither `Send` nor `Sync`.
//! What the host keeps across threads is a [`crate::Handle`] (`handle.rs`),
//! which is used through its interpreter only.
//!
//! **Why `Value` checks its interpreter.** Two interpreters on one thread could
//! still swap handles. Every object's type knows its interpreter's heap, so each
//! operation that hands a `Value` to an interpreter first checks that it is that
//! interpreter's, and raises `RuntimeError` if not; objects of one interpreter
//! never end up inside another.
//!
//! **Why `Context` is a reference cast.** Host closures receive `&mut Context`,
//! a view of the running VM with one lifetime and no VM insides in sight. It is
//! `#[repr(transparent)]` over the VM, so a `&mut Vm` is turned into a
//! `&mut Context` without copying anything.

use std::sync::Arc;

use kaa_vm::gil::Gil;
use kaa_vm::object::PyObjectRef;
use kaa_vm::Vm;

use crate::convert::{FromPy, IntoArgs, IntoPy};
use crate::handle::Handle;
use crate::{Error, Interpreter};

/// A handle to a Python object that the host can keep, clone, call, read
/// attributes of and convert later.
///
/// Cloning a `Value` makes one more reference to the same object (like
/// assignment in Python), never a copy of the object. A `Value` is not `Send`:
/// objects belong to the interpreter (and so the thread) that made them. It
/// keeps its object alive, even after its interpreter is dropped; using it
/// with another interpreter is a `RuntimeError`. `==` and `Hash` on handles
/// are identity (Python's `is`), so a `Value` can key a Rust map.
///
/// ```
/// let mut interp = kaa::Interpreter::new();
/// interp.exec("def greet(name, punct='!'):\n    return 'hello ' + name + punct").unwrap();
/// let greet: kaa::Value = interp.get_global("greet").unwrap();
/// let s: String = greet.call(&mut interp, ("kaa",)).unwrap().to(&mut interp).unwrap();
/// assert_eq!(s, "hello kaa!");
/// let punct = interp.value("?").unwrap();
/// let s = greet.call_kw(&mut interp, ("kaa",), [("punct", punct)]).unwrap();
/// assert_eq!(s.str(&mut interp).unwrap(), "hello kaa?");
/// ```
///
/// It cannot cross threads:
///
/// ```compile_fail
/// fn needs_send<T: Send>(_: T) {}
/// let mut interp = kaa::Interpreter::new();
/// let v = interp.value(1).unwrap();
/// needs_send(v);
/// ```
pub struct Value {
    /// Dropped by hand, under the interpreter's lock (see `Drop`).
    obj: std::mem::ManuallyDrop<PyObjectRef>,
    /// The object's interpreter lock: a `Value` may be cloned or dropped when
    /// no call into the interpreter is running (even after the `Interpreter`
    /// moved to another thread); then it takes the lock for that moment.
    gil: Arc<Gil>,
}

impl Value {
    /// Run `f` holding the lock of this value's interpreter.
    #[inline]
    fn locked<R>(&self, f: impl FnOnce() -> R) -> R {
        if self.gil.is_held() {
            return f();
        }
        /// Releases the lock also if `f` panics (a native value's `Drop` may).
        struct Hold<'a>(&'a Gil);
        impl Drop for Hold<'_> {
            fn drop(&mut self) {
                self.0.release();
            }
        }
        self.gil.acquire();
        let _hold = Hold(&self.gil);
        f()
    }
}

/// One hold of an interpreter's lock (re-entrant), released on drop.
pub(crate) struct LockHold {
    gil: Arc<Gil>,
}

impl Drop for LockHold {
    fn drop(&mut self) {
        self.gil.release();
    }
}

impl Value {
    /// Hold this value's interpreter lock until the result is dropped.
    pub(crate) fn hold_lock(&self) -> LockHold {
        self.gil.acquire();
        LockHold { gil: self.gil.clone() }
    }
}

impl Clone for Value {
    fn clone(&self) -> Value {
        let obj = self.locked(|| PyObjectRef::clone(&self.obj));
        Value {
            obj: std::mem::ManuallyDrop::new(obj),
            gil: self.gil.clone(),
        }
    }
}

impl Drop for Value {
    fn drop(&mut self) {
        // SAFETY: `obj` is not used again: this is the value's drop.
        let obj = unsafe { std::mem::ManuallyDrop::take(&mut self.obj) };
        self.locked(move || drop(obj));
    }
}

impl PartialEq for Value {
    fn eq(&self, other: &Value) -> bool {
        self.obj.is(&other.obj)
    }
}

impl Eq for Value {}

impl std::hash::Hash for Value {
    fn hash<H: std::hash::Hasher>(&self, state: &mut H) {
        self.obj.id().hash(state);
    }
}

impl std::fmt::Debug for Value {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let name = self.type_name();
        write!(f, "<{} object at {:#x}>", name, self.obj.id())
    }
}

impl Value {
    /// A handle on `obj`; the caller holds its interpreter's lock.
    pub(crate) fn from_obj(obj: PyObjectRef) -> Value {
        let gil = obj
            .ty()
            .heap()
            .expect("every type of a running interpreter has its heap")
            .gil
            .clone();
        Value {
            obj: std::mem::ManuallyDrop::new(obj),
            gil,
        }
    }

    /// The object, unchecked (for conversions, which check at their entry).
    pub(crate) fn raw(&self) -> &PyObjectRef {
        &self.obj
    }

    /// The object, once checked to belong to the interpreter behind `cx`.
    pub(crate) fn obj_in(&self, cx: &Context) -> Result<&PyObjectRef, Exception> {
        // Compared by lock, without touching the object: it may belong to an
        // interpreter running on another thread right now.
        if self.belongs_to(&cx.vm.gil) {
            Ok(&self.obj)
        } else {
            Err(Exception::runtime_error(
                "a kaa::Value was used with an interpreter other than the one that made it",
            ))
        }
    }

    /// Whether the object belongs to the interpreter whose lock is `gil`.
    pub(crate) fn belongs_to(&self, gil: &Arc<Gil>) -> bool {
        Arc::ptr_eq(&self.gil, gil)
    }

    /// The name of the object's type, as `type(x).__name__` gives it.
    ///
    /// ```
    /// let mut interp = kaa::Interpreter::new();
    /// let v: kaa::Value = interp.eval("[1, 2]").unwrap();
    /// assert_eq!(v.type_name(), "list");
    /// ```
    pub fn type_name(&self) -> String {
        self.locked(|| self.obj.ty().name().to_string())
    }

    /// Whether this is `None`.
    ///
    /// ```
    /// let mut interp = kaa::Interpreter::new();
    /// assert!(interp.eval::<kaa::Value>("None").unwrap().is_none());
    /// ```
    pub fn is_none(&self) -> bool {
        self.locked(|| self.obj.ty().name() == "NoneType")
    }

    /// Python's `is`: whether both handles refer to the same object.
    ///
    /// ```
    /// let mut interp = kaa::Interpreter::new();
    /// interp.exec("a = []\nb = a").unwrap();
    /// let a: kaa::Value = interp.get_global("a").unwrap();
    /// let b: kaa::Value = interp.get_global("b").unwrap();
    /// assert!(a.is(&b));
    /// ```
    pub fn is(&self, other: &Value) -> bool {
        self.obj.is(&other.obj)
    }

    /// Call the object with positional arguments (a tuple of convertible
    /// values, `()` for none).
    ///
    /// ```
    /// let mut interp = kaa::Interpreter::new();
    /// let max = interp.eval::<kaa::Value>("max").unwrap();
    /// let m: i64 = max.call(&mut interp, (3, 9, 4)).unwrap().to(&mut interp).unwrap();
    /// assert_eq!(m, 9);
    /// ```
    pub fn call<R: Runtime>(&self, rt: &mut R, args: impl IntoArgs) -> Result<Value, R::Error> {
        rt.__with(|cx| {
            let func = self.obj_in(cx)?;
            let r = args.__call(cx, func)?;
            Ok(cx.value_of(r))
        })
    }

    /// Call the object with positional and keyword arguments.
    ///
    /// ```
    /// let mut interp = kaa::Interpreter::new();
    /// let sorted = interp.eval::<kaa::Value>("sorted").unwrap();
    /// let r: Vec<i64> = sorted
    ///     .call_kw(&mut interp, (vec![1, 3, 2],), [("reverse", true)])
    ///     .unwrap()
    ///     .to(&mut interp)
    ///     .unwrap();
    /// assert_eq!(r, [3, 2, 1]);
    /// ```
    pub fn call_kw<R, K, V>(
        &self,
        rt: &mut R,
        args: impl IntoArgs,
        kwargs: impl IntoIterator<Item = (K, V)>,
    ) -> Result<Value, R::Error>
    where
        R: Runtime,
        K: AsRef<str>,
        V: IntoPy,
    {
        rt.__with(|cx| call_in(cx, self, args, kwargs))
    }

    /// Call the method `name` of the object: `obj.name(*args)`.
    ///
    /// ```
    /// let mut interp = kaa::Interpreter::new();
    /// let s = interp.value("a-b-c").unwrap();
    /// let parts: Vec<String> = s.call_method(&mut interp, "split", ("-",)).unwrap().to(&mut interp).unwrap();
    /// assert_eq!(parts, ["a", "b", "c"]);
    /// ```
    pub fn call_method<R: Runtime>(&self, rt: &mut R, name: &str, args: impl IntoArgs) -> Result<Value, R::Error> {
        let m = self.getattr(rt, name)?;
        m.call(rt, args)
    }

    /// `getattr(obj, name)`.
    ///
    /// ```
    /// let mut interp = kaa::Interpreter::new();
    /// let math = interp.import("math").unwrap();
    /// let pi: f64 = math.getattr(&mut interp, "pi").unwrap().to(&mut interp).unwrap();
    /// assert_eq!(pi, std::f64::consts::PI);
    /// ```
    pub fn getattr<R: Runtime>(&self, rt: &mut R, name: &str) -> Result<Value, R::Error> {
        rt.__with(|cx| {
            let obj = self.obj_in(cx)?.clone();
            let n = cx.vm.intern(name);
            Ok(Value::from_obj(cx.vm.get_attr(&obj, &n)?))
        })
    }

    /// `setattr(obj, name, value)`.
    ///
    /// ```
    /// let mut interp = kaa::Interpreter::new();
    /// interp.exec("class C: pass\nc = C()").unwrap();
    /// let c: kaa::Value = interp.get_global("c").unwrap();
    /// c.setattr(&mut interp, "x", 42).unwrap();
    /// assert_eq!(interp.eval::<i64>("c.x").unwrap(), 42);
    /// ```
    pub fn setattr<R: Runtime>(&self, rt: &mut R, name: &str, value: impl IntoPy) -> Result<(), R::Error> {
        rt.__with(|cx| {
            let obj = self.obj_in(cx)?.clone();
            let v = value.into_py(cx)?;
            let v = v.obj_in(cx)?.clone();
            let n = cx.vm.intern(name);
            cx.vm.set_attr(&obj, &n, v)?;
            Ok(())
        })
    }

    /// `obj[key]`.
    ///
    /// ```
    /// let mut interp = kaa::Interpreter::new();
    /// let d: kaa::Value = interp.eval("{'a': [10, 20]}").unwrap();
    /// let a = d.get_item(&mut interp, "a").unwrap();
    /// assert_eq!(a.get_item(&mut interp, -1).unwrap().to::<i64>(&mut interp).unwrap(), 20);
    /// assert_eq!(d.get_item(&mut interp, "b").unwrap_err().type_name, "KeyError");
    /// ```
    pub fn get_item<R: Runtime>(&self, rt: &mut R, key: impl IntoPy) -> Result<Value, R::Error> {
        rt.__with(|cx| {
            let obj = self.obj_in(cx)?.clone();
            let k = key.into_py(cx)?;
            let k = k.obj_in(cx)?.clone();
            Ok(Value::from_obj(cx.vm.get_item(&obj, &k)?))
        })
    }

    /// `obj[key] = value`.
    ///
    /// ```
    /// let mut interp = kaa::Interpreter::new();
    /// interp.exec("d = {}").unwrap();
    /// let d: kaa::Value = interp.get_global("d").unwrap();
    /// d.set_item(&mut interp, "k", vec![1, 2]).unwrap();
    /// assert_eq!(interp.eval::<String>("repr(d)").unwrap(), "{'k': [1, 2]}");
    /// ```
    pub fn set_item<R: Runtime>(&self, rt: &mut R, key: impl IntoPy, value: impl IntoPy) -> Result<(), R::Error> {
        rt.__with(|cx| {
            let obj = self.obj_in(cx)?.clone();
            let k = key.into_py(cx)?;
            let k = k.obj_in(cx)?.clone();
            let v = value.into_py(cx)?;
            let v = v.obj_in(cx)?.clone();
            cx.vm.set_item(&obj, &k, v)?;
            Ok(())
        })
    }

    /// `len(obj)`.
    ///
    /// ```
    /// let mut interp = kaa::Interpreter::new();
    /// let v: kaa::Value = interp.eval("'héllo'").unwrap();
    /// assert_eq!(v.len(&mut interp).unwrap(), 5);
    /// assert_eq!(interp.value(3).unwrap().len(&mut interp).unwrap_err().type_name, "TypeError");
    /// ```
    #[allow(clippy::len_without_is_empty)]
    pub fn len<R: Runtime>(&self, rt: &mut R) -> Result<usize, R::Error> {
        rt.__with(|cx| {
            let obj = self.obj_in(cx)?.clone();
            Ok(cx.vm.len(&obj)?)
        })
    }

    /// Convert the object to a Rust value (see [`FromPy`] for what converts).
    /// A failure is an [`Exception`] with either runtime (a conversion error
    /// has no traceback), so that `v.to::<i64>(rt)` needs no `_`; inside a
    /// host function `?` raises it in the script as it is. From the host's
    /// own code, [`Interpreter::convert`] gives an [`Error`] instead.
    ///
    /// ```
    /// let mut interp = kaa::Interpreter::new();
    /// let v: kaa::Value = interp.eval("(1, 'two')").unwrap();
    /// let (a, b): (u8, String) = v.to(&mut interp).unwrap();
    /// assert_eq!((a, b.as_str()), (1, "two"));
    /// let e = v.to::<i64>(&mut interp).unwrap_err();
    /// assert_eq!(e.to_string(), "TypeError: expected int, got tuple");
    /// ```
    pub fn to<T: FromPy>(&self, rt: &mut impl Runtime) -> Result<T, Exception> {
        rt.__with_exc(|cx| self.obj_in(cx).map(|_| ()).and_then(|()| T::from_py(self, cx)))
    }

    /// `repr(obj)`.
    ///
    /// ```
    /// let mut interp = kaa::Interpreter::new();
    /// let v = interp.value("it's").unwrap();
    /// assert_eq!(v.repr(&mut interp).unwrap(), "\"it's\"");
    /// ```
    pub fn repr<R: Runtime>(&self, rt: &mut R) -> Result<String, R::Error> {
        rt.__with(|cx| {
            let obj = self.obj_in(cx)?.clone();
            Ok(cx.vm.repr_string(&obj)?)
        })
    }

    /// `str(obj)`.
    ///
    /// ```
    /// let mut interp = kaa::Interpreter::new();
    /// let v: kaa::Value = interp.eval("3.5").unwrap();
    /// assert_eq!(v.str(&mut interp).unwrap(), "3.5");
    /// ```
    pub fn str<R: Runtime>(&self, rt: &mut R) -> Result<String, R::Error> {
        rt.__with(|cx| {
            let obj = self.obj_in(cx)?.clone();
            Ok(cx.vm.str_string(&obj)?)
        })
    }
}

/// `f(*args, **kwargs)` inside the interpreter behind `cx`.
fn call_in<K: AsRef<str>, V: IntoPy>(
    cx: &mut Context,
    f: &Value,
    args: impl IntoArgs,
    kwargs: impl IntoIterator<Item = (K, V)>,
) -> Result<Value, Exception> {
    let func = f.obj_in(cx)?.clone();
    let mut items = args.into_args(cx)?;
    let mut names = Vec::new();
    for (k, v) in kwargs {
        items.push(v.__into_object(cx)?);
        names.push(cx.vm.intern(k.as_ref()));
    }
    let r = cx.vm.call(&func, kaa_vm::Args::new(&items, &names))?;
    Ok(cx.value_of(r))
}

/// The interpreter as a host function sees it while it runs: what it needs to
/// convert values, call Python back and raise exceptions.
///
/// A host function asks for it by taking `&mut Context` as its first parameter:
///
/// ```
/// use kaa::{Context, Value};
/// let mut interp = kaa::Interpreter::new();
/// // Call a Python callback from Rust, from inside a host function.
/// interp
///     .register_fn("apply_twice", |cx: &mut Context, f: Value, x: i64| -> Result<i64, kaa::Exception> {
///         let once: i64 = f.call(cx, (x,))?.to(cx)?;
///         f.call(cx, (once,))?.to(cx)
///     })
///     .unwrap();
/// assert_eq!(interp.eval::<i64>("apply_twice(lambda n: n * 10, 3)").unwrap(), 300);
/// ```
#[repr(transparent)]
pub struct Context {
    vm: Vm,
}

impl Context {
    pub(crate) fn from_vm(vm: &mut Vm) -> &mut Context {
        // SAFETY: `Context` is `repr(transparent)` over `Vm`, so both have the same
        // layout, and the new reference inherits the unique borrow of `vm`.
        unsafe { &mut *(vm as *mut Vm).cast::<Context>() }
    }

    /// A [`Value`] of `obj`, an object of this interpreter (what
    /// `Value::from_obj` does, without looking the lock up through the
    /// object's type).
    pub(crate) fn value_of(&self, obj: PyObjectRef) -> Value {
        Value {
            obj: std::mem::ManuallyDrop::new(obj),
            gil: self.vm.gil.clone(),
        }
    }

    pub(crate) fn vm(&mut self) -> &mut Vm {
        &mut self.vm
    }

    /// Convert a Rust value to a Python object.
    ///
    /// ```
    /// use kaa::Context;
    /// let mut interp = kaa::Interpreter::new();
    /// interp
    ///     .register_fn("pair", |cx: &mut Context| cx.value((1, "one")))
    ///     .unwrap();
    /// assert_eq!(interp.eval::<String>("repr(pair())").unwrap(), "(1, 'one')");
    /// ```
    pub fn value<T: IntoPy>(&mut self, v: T) -> Result<Value, Exception> {
        v.into_py(self)
    }

    /// Convert a Python object to a Rust value.
    ///
    /// ```
    /// use kaa::{Context, Value};
    /// let mut interp = kaa::Interpreter::new();
    /// interp
    ///     .register_fn("kind", |cx: &mut Context, v: Value| -> Result<&'static str, kaa::Exception> {
    ///         Ok(if cx.convert::<i64>(&v).is_ok() { "int" } else { "other" })
    ///     })
    ///     .unwrap();
    /// assert_eq!(interp.eval::<String>("kind(3) + kind('x')").unwrap(), "intother");
    /// ```
    pub fn convert<T: FromPy>(&mut self, v: &Value) -> Result<T, Exception> {
        v.obj_in(self)?;
        T::from_py(v, self)
    }

    /// `None`.
    ///
    /// ```
    /// use kaa::Context;
    /// let mut interp = kaa::Interpreter::new();
    /// interp.register_fn("nothing", |cx: &mut Context| cx.none()).unwrap();
    /// assert!(interp.eval::<kaa::Value>("nothing()").unwrap().is_none());
    /// ```
    pub fn none(&mut self) -> Value {
        Value::from_obj(self.vm.none())
    }

    /// An exception of the class named `type_name` in this interpreter, with
    /// `message`, checked now: a built-in exception (`"KeyError"`), one a
    /// [`crate::ModuleBuilder::exception`] declared here (`"InsufficientGold"`
    /// or `"shop.InsufficientGold"`), or any exception class of a module, by
    /// its dotted name (`"json.JSONDecodeError"`; the module is imported).
    /// An unknown name is a `ValueError`, a name that is not an exception
    /// class a `TypeError`, and a module that cannot be imported its
    /// `ImportError`: returned here, to raise or to report, rather than
    /// found when the exception is raised.
    ///
    /// ```
    /// use kaa::{Context, Exception, ModuleBuilder};
    /// let mut interp = kaa::Interpreter::new();
    /// interp.add_module(ModuleBuilder::new("shop").exception("InsufficientGold", "Exception")).unwrap();
    /// interp
    ///     .register_fn("buy", |cx: &mut Context, gold: i64| -> Result<(), Exception> {
    ///         Err(cx.exception("shop.InsufficientGold", format!("have {gold}"))?)
    ///     })
    ///     .unwrap();
    /// let e = interp.exec("buy(3)").unwrap_err();
    /// assert_eq!(e.to_string().lines().last(), Some("shop.InsufficientGold: have 3"));
    ///
    /// interp
    ///     .register_fn("check", |cx: &mut Context, name: String| -> Result<String, Exception> {
    ///         Ok(match cx.exception(&name, "m") {
    ///             Ok(_) => "ok".to_string(),
    ///             Err(e) => format!("{e}"),
    ///         })
    ///     })
    ///     .unwrap();
    /// assert_eq!(interp.eval::<String>("check('KeyError')").unwrap(), "ok");
    /// assert_eq!(interp.eval::<String>("check('json.JSONDecodeError')").unwrap(), "ok");
    /// assert_eq!(
    ///     interp.eval::<String>("check('InsufficentGold')").unwrap(),
    ///     "ValueError: unknown exception type \"InsufficentGold\" in this interpreter"
    /// );
    /// assert_eq!(interp.eval::<String>("check('json.dumps')").unwrap(), "TypeError: json.dumps is not an exception class");
    /// ```
    pub fn exception(&mut self, type_name: &str, message: impl Into<String>) -> Result<Exception, Exception> {
        let message = message.into();
        let vm = self.vm();
        if vm.exc.all().iter().any(|(n, _)| *n == type_name) {
            return Ok(Exception::known(type_name, message));
        }
        let cls = match crate::host::declared_exception(vm, type_name) {
            Some(c) => c,
            None => {
                let unknown =
                    || Exception::value_error(format!("unknown exception type {type_name:?} in this interpreter"));
                let Some((module, attr)) = type_name.rsplit_once('.') else {
                    return Err(unknown());
                };
                let m = kaa_vm::import::import_module(vm, module)?;
                let n = vm.intern(attr);
                match vm.get_attr(&m, &n) {
                    Ok(c) => c,
                    Err(_) => return Err(unknown()),
                }
            }
        };
        let base = vm.exc.base_exception.clone();
        if cls.as_type().is_none() || !vm.issubclass(&cls, &base).unwrap_or(false) {
            return Err(Exception::type_error(format!("{type_name} is not an exception class")));
        }
        let class = crate::Handle::from_obj(vm, cls);
        Ok(Exception::of(&class, message))
    }
}

mod sealed {
    pub trait Sealed {}
    impl Sealed for crate::Interpreter {}
    impl Sealed for super::Context {}
}

/// Something that can run Python code: an [`Interpreter`] (from the host's own
/// code; errors are [`Error`]s with a traceback) or a [`Context`] (inside a
/// host function; errors are [`Exception`]s that `?` passes back to the
/// script as they are). [`Value`]'s methods take either.
///
/// ```
/// fn describe<R: kaa::Runtime>(rt: &mut R, v: &kaa::Value) -> Result<String, R::Error> {
///     Ok(format!("{} = {}", v.type_name(), v.repr(rt)?))
/// }
/// let mut interp = kaa::Interpreter::new();
/// let v = interp.value(vec![1, 2]).unwrap();
/// assert_eq!(describe(&mut interp, &v).unwrap(), "list = [1, 2]");
/// ```
pub trait Runtime: sealed::Sealed {
    /// What a failure looks like here.
    type Error;
    /// Run `f` inside the interpreter (holding its lock) and wrap its error.
    #[doc(hidden)]
    fn __with<T>(&mut self, f: impl FnOnce(&mut Context) -> Result<T, Exception>) -> Result<T, Self::Error>;
    #[doc(hidden)]
    fn __wrap(&mut self, e: Exception) -> Self::Error;
    /// Run `f` inside the interpreter (holding its lock), keeping its error.
    #[doc(hidden)]
    fn __with_exc<T>(&mut self, f: impl FnOnce(&mut Context) -> Result<T, Exception>) -> Result<T, Exception>;
}

impl Runtime for Interpreter {
    type Error = Error;
    fn __with<T>(&mut self, f: impl FnOnce(&mut Context) -> Result<T, Exception>) -> Result<T, Error> {
        // The guard holds the lock until `f` and everything it made are
        // done (an error is converted after, entering again).
        let r = f(Context::from_vm(&mut self.vm()));
        r.map_err(|e| self.__wrap(e))
    }
    fn __wrap(&mut self, e: Exception) -> Error {
        let _entered = self.vm.enter();
        let obj = e.into_object(&mut self.vm());
        self.error(&obj)
    }
    fn __with_exc<T>(&mut self, f: impl FnOnce(&mut Context) -> Result<T, Exception>) -> Result<T, Exception> {
        f(Context::from_vm(&mut self.vm()))
    }
}

impl Runtime for Context {
    type Error = Exception;
    fn __with<T>(&mut self, f: impl FnOnce(&mut Context) -> Result<T, Exception>) -> Result<T, Exception> {
        f(self)
    }
    fn __wrap(&mut self, e: Exception) -> Exception {
        e
    }
    fn __with_exc<T>(&mut self, f: impl FnOnce(&mut Context) -> Result<T, Exception>) -> Result<T, Exception> {
        f(self)
    }
}

/// A Python exception raised from Rust: the error type of conversions and of
/// fallible host functions.
///
/// Build one of a built-in type with a message ([`Exception::value_error`],
/// [`Exception::new`] with any built-in exception's name), or from a Python
/// exception object or class ([`Exception::from_value`]). A host function that
/// returns `Err(e)` raises it in the script.
///
/// ```
/// let mut interp = kaa::Interpreter::new();
/// interp
///     .register_fn("sqrt", |x: f64| {
///         if x < 0.0 {
///             Err(kaa::Exception::value_error("math domain error"))
///         } else {
///             Ok(x.sqrt())
///         }
///     })
///     .unwrap();
/// assert_eq!(interp.eval::<f64>("sqrt(16)").unwrap(), 4.0);
/// let e = interp.eval::<f64>("sqrt(-1)").unwrap_err();
/// assert_eq!((e.type_name.as_str(), e.message.as_str()), ("ValueError", "math domain error"));
/// ```
pub struct Exception {
    repr: ExcRepr,
    /// The Rust error it was made from ([`Exception::from_error`]), kept for
    /// [`Error`]'s `source()`.
    source: Option<crate::error::Source>,
}

enum ExcRepr {
    Builtin {
        type_name: String,
        /// The message, after the path (`items[2].qty: `) when there is one.
        message: String,
        /// The length of that path in `message` (0: none).
        path_len: usize,
    },
    /// A type that is not a built-in exception ([`Exception::new`]): a name a
    /// `ModuleBuilder::exception` declared, looked up in the interpreter that
    /// raises it; `at` is where it was made, for the error if there is none.
    Named {
        type_name: String,
        message: String,
        at: &'static std::panic::Location<'static>,
    },
    /// A handle, so that an `Exception` kept outside a call is dropped under
    /// the interpreter's lock like any [`Value`].
    Object(Value),
    /// An instance of `class` made with `message` ([`Exception::of`]).
    Class { class: Handle, message: String },
    /// An exception object of an [`Error`], raised again as it is in its own
    /// interpreter (in another one, as `type_name: message`).
    Again {
        exception: Handle,
        type_name: String,
        message: String,
    },
}

impl std::fmt::Debug for Exception {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match &self.repr {
            ExcRepr::Builtin { type_name, message, .. } | ExcRepr::Named { type_name, message, .. } => {
                write!(f, "{type_name}: {message}")
            }
            ExcRepr::Object(o) => write!(f, "<{} exception>", o.type_name()),
            ExcRepr::Class { message, .. } => write!(f, "<exception of a class>: {message}"),
            ExcRepr::Again { type_name, message, .. } => write!(f, "{type_name}: {message}"),
        }
    }
}

impl std::fmt::Display for Exception {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        std::fmt::Debug::fmt(self, f)
    }
}

impl std::error::Error for Exception {}

impl From<PyObjectRef> for Exception {
    fn from(o: PyObjectRef) -> Exception {
        Exception {
            repr: ExcRepr::Object(Value::from_obj(o)),
            source: None,
        }
    }
}

/// An [`Error`] from a nested call is raised again: its exception object
/// itself in the interpreter that raised it (so `except` clauses for its
/// class catch it), elsewhere a new one with its type and message. Its Rust
/// source, if any, is kept.
impl From<Error> for Exception {
    fn from(e: Error) -> Exception {
        let source = crate::error::source_arc(&e);
        let repr = match e.value() {
            Some(h) => ExcRepr::Again {
                exception: h.clone(),
                type_name: e.type_name,
                message: e.message,
            },
            None => ExcRepr::Builtin {
                type_name: e.type_name,
                message: e.message,
                path_len: 0,
            },
        };
        Exception { repr, source }
    }
}

/// A plain string error becomes a `RuntimeError`.
impl From<String> for Exception {
    fn from(message: String) -> Exception {
        Exception::runtime_error(message)
    }
}

/// A plain string error becomes a `RuntimeError`.
impl From<&str> for Exception {
    fn from(message: &str) -> Exception {
        Exception::runtime_error(message)
    }
}

/// An I/O error becomes an `OSError`.
impl From<std::io::Error> for Exception {
    fn from(e: std::io::Error) -> Exception {
        Exception::os_error(e.to_string()).with_source(e)
    }
}

macro_rules! exception_constructors {
    ($($fn_name:ident => $py:literal),* $(,)?) => {$(
        #[doc = concat!("A `", $py, "` with `message`.")]
        ///
        /// ```
        #[doc = concat!("let e = kaa::Exception::", stringify!($fn_name), "(\"oops\");")]
        #[doc = concat!("assert_eq!(e.type_name(), Some(\"", $py, "\"));")]
        /// ```
        pub fn $fn_name(message: impl Into<String>) -> Exception {
            Exception::new($py, message)
        }
    )*};
}

impl Exception {
    /// An exception of the built-in type named `type_name` (`"ValueError"`,
    /// `"LookupError"`, any name of Python's built-in exception hierarchy), or
    /// of one a [`crate::ModuleBuilder::exception`] declared (by `"Name"` or
    /// `"module.Name"`), with `message`.
    ///
    /// A built-in name is checked here. Any other name is looked up when the
    /// exception is raised, among the exceptions the raising interpreter's
    /// modules declared (names live in interpreters, not in the process); an
    /// unknown one (a typo) is then a `RuntimeError` that names it and the
    /// line where the exception was made. [`Context::exception`] checks a
    /// name against the running interpreter at once, and
    /// [`Exception::try_new`] accepts built-in names only.
    ///
    /// ```
    /// let mut interp = kaa::Interpreter::new();
    /// interp
    ///     .register_fn("find", |key: String| -> Result<i64, kaa::Exception> {
    ///         Err(kaa::Exception::new("LookupError", format!("no {key}")))
    ///     })
    ///     .unwrap();
    /// let e = interp.eval::<i64>("find('x')").unwrap_err();
    /// assert_eq!(e.to_string().lines().last(), Some("LookupError: no x"));
    ///
    /// // A misspelt name fails when raised, naming where it was made.
    /// interp
    ///     .register_fn("find2", |key: String| -> Result<i64, kaa::Exception> {
    ///         Err(kaa::Exception::new("LokupError", format!("no {key}")))
    ///     })
    ///     .unwrap();
    /// let e = interp.eval::<i64>("find2('x')").unwrap_err();
    /// assert_eq!(e.type_name, "RuntimeError");
    /// assert!(e.message.starts_with("unknown exception type \"LokupError\" (Exception::new at "));
    /// assert!(e.message.ends_with("): no x"));
    /// ```
    #[track_caller]
    pub fn new(type_name: &str, message: impl Into<String>) -> Exception {
        let message = message.into();
        if crate::host::is_builtin_exception_name(type_name) {
            return Exception::known(type_name, message);
        }
        Exception {
            repr: ExcRepr::Named {
                type_name: type_name.to_string(),
                message,
                at: std::panic::Location::caller(),
            },
            source: None,
        }
    }

    /// An exception of the type `type_name`, already checked.
    fn known(type_name: &str, message: String) -> Exception {
        Exception {
            repr: ExcRepr::Builtin {
                type_name: type_name.to_string(),
                message,
                path_len: 0,
            },
            source: None,
        }
    }

    /// An exception of the built-in type named `type_name`, checked now: any
    /// other name is a `ValueError` here. Exceptions that modules declare
    /// belong to an interpreter, not to the process: to check such a name
    /// against the running interpreter, and to name any exception class a
    /// module has (`"json.JSONDecodeError"`), use [`Context::exception`].
    ///
    /// ```
    /// let e = kaa::Exception::try_new("KeyError", "k").unwrap();
    /// assert_eq!(e.type_name(), Some("KeyError"));
    /// let bad = kaa::Exception::try_new("InsufficentGold", "typo").unwrap_err();
    /// assert_eq!(bad.type_name(), Some("ValueError"));
    /// assert_eq!(
    ///     bad.message(),
    ///     Some("unknown exception type \"InsufficentGold\": not a built-in exception (use Context::exception for a module's)")
    /// );
    /// ```
    pub fn try_new(type_name: &str, message: impl Into<String>) -> Result<Exception, Exception> {
        if !crate::host::is_builtin_exception_name(type_name) {
            return Err(Exception::value_error(format!(
                "unknown exception type {type_name:?}: not a built-in exception (use Context::exception for a module's)"
            )));
        }
        Ok(Exception::known(type_name, message.into()))
    }

    /// An exception of the class `class` (a [`Handle`] to an exception class:
    /// one a [`crate::ModuleBuilder::exception`] declared, or one the script
    /// defined) with `message`. A class of another interpreter, or not an
    /// exception class, raises `TypeError` when raised.
    ///
    /// ```
    /// use std::sync::{Arc, OnceLock};
    /// let mut interp = kaa::Interpreter::new();
    /// interp.exec("class Quota(Exception): pass").unwrap();
    /// let quota: kaa::Handle = interp.get_global("Quota").unwrap();
    /// interp
    ///     .register_fn("spend", move |n: i64| -> Result<i64, kaa::Exception> {
    ///         if n > 10 { Err(kaa::Exception::of(&quota, format!("{n} is over the quota"))) } else { Ok(10 - n) }
    ///     })
    ///     .unwrap();
    /// interp.exec("try:\n    spend(11)\nexcept Quota as e:\n    msg = str(e)").unwrap();
    /// assert_eq!(interp.get_global::<String>("msg").unwrap(), "11 is over the quota");
    /// ```
    pub fn of(class: &Handle, message: impl Into<String>) -> Exception {
        Exception {
            repr: ExcRepr::Class {
                class: class.clone(),
                message: message.into(),
            },
            source: None,
        }
    }

    /// A `RuntimeError` whose message is `error`'s, keeping `error` as the
    /// source of the [`Error`] the host eventually gets
    /// (`std::error::Error::source`, downcastable to its type).
    ///
    /// ```
    /// use std::error::Error as _;
    /// #[derive(Debug)]
    /// struct OutOfStock(&'static str);
    /// impl std::fmt::Display for OutOfStock {
    ///     fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
    ///         write!(f, "no {} left", self.0)
    ///     }
    /// }
    /// impl std::error::Error for OutOfStock {}
    /// let mut interp = kaa::Interpreter::new();
    /// interp
    ///     .register_fn("buy", |item: String| -> Result<(), kaa::Exception> {
    ///         Err(kaa::Exception::from_error(OutOfStock(if item == "apple" { "apples" } else { "pears" })))
    ///     })
    ///     .unwrap();
    /// let e = interp.exec("buy('apple')").unwrap_err();
    /// assert_eq!((e.type_name.as_str(), e.message.as_str()), ("RuntimeError", "no apples left"));
    /// let source = e.source().unwrap().downcast_ref::<OutOfStock>().unwrap();
    /// assert_eq!(source.0, "apples");
    /// ```
    pub fn from_error(error: impl std::error::Error + Send + Sync + 'static) -> Exception {
        Exception::runtime_error(error.to_string()).with_source(error)
    }

    /// The same exception, keeping `error` as the source of the [`Error`]
    /// the host eventually gets (see [`Exception::from_error`]).
    ///
    /// ```
    /// use std::error::Error as _;
    /// let mut interp = kaa::Interpreter::new();
    /// interp
    ///     .register_fn("parse", |s: String| -> Result<i64, kaa::Exception> {
    ///         s.parse::<i64>().map_err(|e| kaa::Exception::value_error(format!("bad number {s:?}")).with_source(e))
    ///     })
    ///     .unwrap();
    /// let e = interp.eval::<i64>("parse('x')").unwrap_err();
    /// assert_eq!(e.message, "bad number \"x\"");
    /// assert!(e.source().unwrap().downcast_ref::<std::num::ParseIntError>().is_some());
    /// ```
    pub fn with_source(mut self, error: impl std::error::Error + Send + Sync + 'static) -> Exception {
        self.source = Some(std::sync::Arc::new(error));
        self
    }

    pub(crate) fn with_shared_source(mut self, source: crate::error::Source) -> Exception {
        self.source = Some(source);
        self
    }

    exception_constructors! {
        type_error => "TypeError",
        value_error => "ValueError",
        runtime_error => "RuntimeError",
        key_error => "KeyError",
        index_error => "IndexError",
        attribute_error => "AttributeError",
        overflow_error => "OverflowError",
        zero_division_error => "ZeroDivisionError",
        os_error => "OSError",
        not_implemented_error => "NotImplementedError",
        system_error => "SystemError",
    }

    /// Raise a Python exception object (or class, which is called with no
    /// arguments), for example an instance of a class the script defined.
    ///
    /// ```
    /// let mut interp = kaa::Interpreter::new();
    /// interp.exec("class AppError(Exception): pass").unwrap();
    /// let cls: kaa::Value = interp.get_global("AppError").unwrap();
    /// interp.set_global("AppErrorClass", cls).unwrap();
    /// interp
    ///     .register_fn("fail", |cx: &mut kaa::Context, cls: kaa::Value| -> Result<(), kaa::Exception> {
    ///         let e = cls.call(cx, ("bad input",))?;
    ///         Err(kaa::Exception::from_value(e))
    ///     })
    ///     .unwrap();
    /// interp.exec("try:\n    fail(AppError)\nexcept AppError as e:\n    caught = str(e)").unwrap();
    /// assert_eq!(interp.get_global::<String>("caught").unwrap(), "bad input");
    /// ```
    pub fn from_value(v: Value) -> Exception {
        Exception {
            repr: ExcRepr::Object(v),
            source: None,
        }
    }

    /// The type's name, when the exception was built from one (not from a
    /// Python object).
    ///
    /// ```
    /// assert_eq!(kaa::Exception::key_error("k").type_name(), Some("KeyError"));
    /// ```
    pub fn type_name(&self) -> Option<&str> {
        match &self.repr {
            ExcRepr::Builtin { type_name, .. }
            | ExcRepr::Named { type_name, .. }
            | ExcRepr::Again { type_name, .. } => Some(type_name),
            ExcRepr::Object(_) | ExcRepr::Class { .. } => None,
        }
    }

    /// The message, when the exception was built from one.
    ///
    /// ```
    /// assert_eq!(kaa::Exception::value_error("bad").message(), Some("bad"));
    /// ```
    pub fn message(&self) -> Option<&str> {
        match &self.repr {
            ExcRepr::Builtin { message, .. }
            | ExcRepr::Named { message, .. }
            | ExcRepr::Class { message, .. }
            | ExcRepr::Again { message, .. } => Some(message),
            ExcRepr::Object(_) => None,
        }
    }

    /// The same exception with `prefix` before its message (when it has one).
    pub(crate) fn prefixed(self, prefix: &str) -> Exception {
        let source = self.source;
        match self.repr {
            ExcRepr::Builtin { type_name, message, .. } => Exception {
                repr: ExcRepr::Builtin {
                    type_name,
                    message: format!("{prefix}{message}"),
                    path_len: 0,
                },
                source,
            },
            r => Exception { repr: r, source },
        }
    }

    /// Where in a nested value a conversion failed, when it did: the path
    /// before the message (`items[2].qty` in `"items[2].qty: expected int,
    /// got str"`).
    ///
    /// ```
    /// let mut interp = kaa::Interpreter::new();
    /// let v: kaa::Value = interp.eval("[[1], [2, 'x']]").unwrap();
    /// let e = v.to::<Vec<Vec<i64>>>(&mut interp).unwrap_err();
    /// assert_eq!(e.path(), Some("[1][1]"));
    /// assert_eq!(e.message(), Some("[1][1]: expected int, got str"));
    /// ```
    pub fn path(&self) -> Option<&str> {
        match &self.repr {
            ExcRepr::Builtin { message, path_len, .. } if *path_len > 0 => message.get(..*path_len),
            _ => None,
        }
    }

    /// The same exception, one level further out: `seg` (a field name
    /// `"qty"`, an index `"[2]"`, a key `"['a']"`) goes before its path.
    /// Used by conversions of containers and by `#[derive(FromPy)]`.
    #[doc(hidden)]
    pub fn __at(self, seg: &str) -> Exception {
        match self.repr {
            ExcRepr::Builtin {
                type_name,
                message,
                path_len,
            } => {
                let (message, path_len) = if path_len == 0 {
                    (format!("{seg}: {message}"), seg.len())
                } else if message.starts_with('[') {
                    (format!("{seg}{message}"), seg.len() + path_len)
                } else {
                    (format!("{seg}.{message}"), seg.len() + 1 + path_len)
                };
                Exception {
                    repr: ExcRepr::Builtin {
                        type_name,
                        message,
                        path_len,
                    },
                    source: self.source,
                }
            }
            r => Exception {
                repr: r,
                source: self.source,
            },
        }
    }

    /// The exception object to raise in `vm`.
    pub(crate) fn into_object(self, vm: &mut Vm) -> PyObjectRef {
        let source = self.source;
        let obj = Exception::make_object(self.repr, vm);
        if let Some(s) = source {
            crate::error::remember_source(vm, &obj, s);
        }
        obj
    }

    fn make_object(repr: ExcRepr, vm: &mut Vm) -> PyObjectRef {
        match repr {
            ExcRepr::Class { class, message } => {
                let cx = Context::from_vm(vm);
                let cls = match class.value_in(cx) {
                    Ok(c) => PyObjectRef::clone(&c.obj),
                    Err(e) => return e.into_object(cx.vm()),
                };
                let base = vm.exc.base_exception.clone();
                if cls.as_type().is_none() || !vm.issubclass(&cls, &base).unwrap_or(false) {
                    return vm.new_type_error("exceptions must derive from BaseException");
                }
                let msg = vm.new_str(message);
                match vm.call_positional(&cls, &[msg]) {
                    Ok(e) | Err(e) => e,
                }
            }
            ExcRepr::Again {
                exception,
                type_name,
                message,
            } => {
                let cx = Context::from_vm(vm);
                match exception.value_in(cx) {
                    Ok(e) => PyObjectRef::clone(&e.obj),
                    Err(_) => Exception::make_object(
                        ExcRepr::Builtin {
                            type_name,
                            message,
                            path_len: 0,
                        },
                        vm,
                    ),
                }
            }
            ExcRepr::Object(v) => {
                let o = PyObjectRef::clone(&v.obj);
                drop(v);
                let base = vm.exc.base_exception.clone();
                let o = if o.as_type().is_some() && vm.issubclass(&o, &base).unwrap_or(false) {
                    match vm.call_positional(&o, &[]) {
                        Ok(e) | Err(e) => e,
                    }
                } else {
                    o
                };
                if vm.isinstance(&o, &base).unwrap_or(false) {
                    o
                } else {
                    vm.new_type_error("exceptions must derive from BaseException")
                }
            }
            ExcRepr::Builtin { type_name, message, .. } => {
                let cls = vm.exc.all().into_iter().find(|(n, _)| *n == type_name).map(|(_, c)| c);
                match cls {
                    Some(cls) => {
                        let msg = vm.new_str(message);
                        vm.new_exception(&cls, vec![msg])
                    }
                    None => vm.new_runtime_error(format!("unknown exception type {type_name:?}: {message}")),
                }
            }
            ExcRepr::Named { type_name, message, at } => match crate::host::declared_exception(vm, &type_name) {
                Some(cls) => {
                    let msg = vm.new_str(message);
                    vm.new_exception(&cls, vec![msg])
                }
                None => vm.new_runtime_error(format!(
                    "unknown exception type {type_name:?} (Exception::new at {}:{}): {message}",
                    at.file(),
                    at.line()
                )),
            },
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The one cast in this crate (`Context::from_vm`), exercised under Miri
    /// (`cargo +nightly miri test -p kaa --lib -- value::tests`): a `Context`
    /// is the `Vm` it was made from, usable through the cast and after it.
    #[test]
    fn context_is_the_vm_it_was_made_from() {
        let mut vm = Vm::new();
        let p: *const Vm = &vm;
        let cx = Context::from_vm(&mut vm);
        assert!(std::ptr::eq(cx.vm() as *const Vm, p));
        let v = 41i64.into_py(cx).unwrap();
        let n: i64 = cx.convert(&v).unwrap();
        assert_eq!(n + 1, 42);
        let s = cx.vm().new_str("kaa");
        drop(v);
        // The `Vm` is used directly again once the context's borrow ended.
        assert_eq!(vm.str_string(&s).unwrap(), "kaa");
    }
}
