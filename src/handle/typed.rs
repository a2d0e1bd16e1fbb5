//! [`TypedHandle<T>`]: a [`Handle`] to an instance of the native class `T`,
//! whose type was checked once, when it was made, so that the host borrows
//! the Rust value inside with [`TypedHandle::with`] and
//! [`TypedHandle::with_mut`] and never converts or downcasts at each use.
//!
//! # Notes
//!
//! **Why the check holds.** The Rust value of a native object is its payload
//! (a `NativeCell<T>`), fixed when the object is made: assigning
//! `__class__` or subclassing in Python does not change it. So once a
//! `TypedHandle<T>` is made from an object whose payload is a `T`, every later
//! use finds a `T`; the payload is still looked up by its type id (one
//! comparison, no conversion), and a mismatch, which cannot happen, would be a
//! `SystemError` rather than a panic.
//!
//! **Threads.** It is a `Handle` and a `PhantomData<fn() -> T>`, so it is
//! `Send + Sync` whatever `T` is, and the rules of `Handle` hold: used with
//! another interpreter it is the same `RuntimeError`; dropped anywhere, its
//! reference is queued to its interpreter.

use std::marker::PhantomData;

use crate::convert::{FromPy, IntoPy};
use crate::handle::Handle;
use crate::native::{native_cell, NativeCell, NativeClass};
use crate::value::{Context, Exception, Runtime, Value};

/// A [`Handle`] to an instance of the native class `T` (or of a Python
/// subclass of it), checked when it is made: borrow the Rust value with
/// [`TypedHandle::with`] / [`TypedHandle::with_mut`], without a conversion
/// at each use. `Send + Sync + 'static` and cheap to clone, like `Handle`,
/// whose methods it has too (it dereferences to one).
///
/// ```
/// use kaa::{ClassBuilder, NativeClass, TypedHandle};
/// struct Counter(u64);
/// impl NativeClass for Counter {
///     const NAME: &'static str = "Counter";
///     fn build(c: &mut ClassBuilder<Self>) {
///         c.constructor(|| Counter(0));
///         c.method("bump", |c: &mut Counter| c.0 += 1);
///     }
/// }
/// let mut interp = kaa::Interpreter::new();
/// interp.register_class::<Counter>().unwrap();
/// interp.exec("c = Counter()\nfor _ in range(3):\n    c.bump()").unwrap();
///
/// // Checked once here...
/// let c: TypedHandle<Counter> = interp.get_global("c").unwrap();
/// // ...then used without a downcast (and kept anywhere: it is Send + Sync).
/// assert_eq!(c.with(&mut interp, |c| c.0).unwrap(), 3);
/// c.with_mut(&mut interp, |c| c.0 = 10).unwrap();
/// assert_eq!(interp.eval::<u64>("c.bump() or c.bump() or 0").unwrap(), 0);
/// assert_eq!(c.with(&mut interp, |c| c.0).unwrap(), 12);
///
/// // Not a Counter: a TypeError when the handle is made.
/// let e = interp.get_global::<TypedHandle<Counter>>("__name__").unwrap_err();
/// assert_eq!(e.message, "expected Counter, got str");
/// // Another interpreter: the same RuntimeError as for `Handle`.
/// let mut other = kaa::Interpreter::new();
/// let e = c.with(&mut other, |c| c.0).unwrap_err();
/// assert_eq!(e.message, "a kaa::Handle was used with an interpreter other than the one that made it");
/// ```
pub struct TypedHandle<T> {
    handle: Handle,
    _type: PhantomData<fn() -> T>,
}

impl<T> Clone for TypedHandle<T> {
    fn clone(&self) -> TypedHandle<T> {
        TypedHandle {
            handle: self.handle.clone(),
            _type: PhantomData,
        }
    }
}

impl<T> std::fmt::Debug for TypedHandle<T> {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        self.handle.fmt(f)
    }
}

impl<T> PartialEq for TypedHandle<T> {
    fn eq(&self, other: &TypedHandle<T>) -> bool {
        self.handle == other.handle
    }
}

impl<T> Eq for TypedHandle<T> {}

impl<T> std::hash::Hash for TypedHandle<T> {
    fn hash<H: std::hash::Hasher>(&self, state: &mut H) {
        self.handle.hash(state);
    }
}

/// The untyped handle's methods (`get`, `call_method`, `is`, ...).
impl<T> std::ops::Deref for TypedHandle<T> {
    type Target = Handle;
    fn deref(&self) -> &Handle {
        &self.handle
    }
}

impl<T> AsRef<Handle> for TypedHandle<T> {
    fn as_ref(&self) -> &Handle {
        &self.handle
    }
}

impl<T> From<TypedHandle<T>> for Handle {
    fn from(h: TypedHandle<T>) -> Handle {
        h.handle
    }
}

impl<T: NativeClass> TypedHandle<T> {
    /// A typed handle to the object `v` refers to: `TypeError` (`expected
    /// Counter, got int`) if it is not an instance of `T`.
    ///
    /// ```
    /// use kaa::{ClassBuilder, NativeClass, TypedHandle};
    /// struct Tag;
    /// impl NativeClass for Tag {
    ///     const NAME: &'static str = "Tag";
    ///     fn build(c: &mut ClassBuilder<Self>) {
    ///         c.constructor(|| Tag);
    ///     }
    /// }
    /// let mut interp = kaa::Interpreter::new();
    /// interp.register_class::<Tag>().unwrap();
    /// let v: kaa::Value = interp.eval("Tag()").unwrap();
    /// assert!(TypedHandle::<Tag>::new(&mut interp, &v).is_ok());
    /// let n: kaa::Value = interp.eval("1").unwrap();
    /// assert_eq!(TypedHandle::<Tag>::new(&mut interp, &n).unwrap_err().message, "expected Tag, got int");
    /// ```
    pub fn new<R: Runtime>(rt: &mut R, v: &Value) -> Result<TypedHandle<T>, R::Error> {
        rt.__with(|cx| TypedHandle::from_value(cx, v))
    }

    fn from_value(cx: &mut Context, v: &Value) -> Result<TypedHandle<T>, Exception> {
        native_cell::<T>(v, cx)?;
        Ok(TypedHandle {
            handle: Handle::from_value(cx, v)?,
            _type: PhantomData,
        })
    }

    /// Make a new instance of `T`'s class holding `value` (the class is made
    /// at its first use), and a typed handle to it.
    ///
    /// ```
    /// use kaa::{ClassBuilder, NativeClass, TypedHandle};
    /// struct Player { hp: i32 }
    /// impl NativeClass for Player {
    ///     const NAME: &'static str = "Player";
    ///     fn build(c: &mut ClassBuilder<Self>) {
    ///         c.method("hit", |p: &mut Player, n: i32| p.hp -= n);
    ///     }
    /// }
    /// let mut interp = kaa::Interpreter::new();
    /// let p = TypedHandle::create(&mut interp, Player { hp: 10 }).unwrap();
    /// interp.set_global("player", &*p).unwrap();
    /// interp.exec("player.hit(3)").unwrap();
    /// assert_eq!(p.with(&mut interp, |p| p.hp).unwrap(), 7);
    /// ```
    pub fn create<R: Runtime>(rt: &mut R, value: T) -> Result<TypedHandle<T>, R::Error> {
        rt.__with(|cx| {
            let v = value.into_py(cx)?;
            TypedHandle::from_value(cx, &v)
        })
    }

    /// The Rust value inside the object, for a moment.
    fn cell<'a>(&'a self, cx: &mut Context) -> Result<&'a NativeCell<T>, Exception> {
        let o = self.handle.obj_in(cx)?;
        o.downcast_ref::<NativeCell<T>>()
            .ok_or_else(|| Exception::system_error(format!("a TypedHandle<{}> lost its type", T::NAME)))
    }

    /// Run `f` on a shared borrow of the Rust value; returns what `f`
    /// returns. Fails with `RuntimeError` if a method that changes the value
    /// is running (a `&mut` method calling back into the host), or if `rt`
    /// is another interpreter.
    ///
    /// ```
    /// use kaa::{ClassBuilder, NativeClass, TypedHandle};
    /// struct Name(String);
    /// impl NativeClass for Name {
    ///     const NAME: &'static str = "Name";
    ///     fn build(c: &mut ClassBuilder<Self>) {
    ///         c.constructor(|s: String| Name(s));
    ///     }
    /// }
    /// let mut interp = kaa::Interpreter::new();
    /// interp.register_class::<Name>().unwrap();
    /// let n: TypedHandle<Name> = interp.eval("Name('ada')").unwrap();
    /// assert_eq!(n.with(&mut interp, |n| n.0.to_uppercase()).unwrap(), "ADA");
    /// ```
    pub fn with<R: Runtime, U>(&self, rt: &mut R, f: impl FnOnce(&T) -> U) -> Result<U, R::Error> {
        rt.__with(|cx| {
            let cell = self.cell(cx)?;
            let r = cell.shared()?;
            Ok(f(&r))
        })
    }

    /// Run `f` on an exclusive borrow of the Rust value. Fails with
    /// `RuntimeError` if any method of the object is running, or if `rt` is
    /// another interpreter.
    ///
    /// ```
    /// use kaa::{ClassBuilder, NativeClass, TypedHandle};
    /// struct Stock(u32);
    /// impl NativeClass for Stock {
    ///     const NAME: &'static str = "Stock";
    ///     fn build(c: &mut ClassBuilder<Self>) {
    ///         c.constructor(|n: u32| Stock(n));
    ///         c.getter("n", |s: &Stock| s.0);
    ///     }
    /// }
    /// let mut interp = kaa::Interpreter::new();
    /// interp.register_class::<Stock>().unwrap();
    /// interp.exec("s = Stock(5)").unwrap();
    /// let s: TypedHandle<Stock> = interp.get_global("s").unwrap();
    /// s.with_mut(&mut interp, |s| s.0 -= 2).unwrap();
    /// assert_eq!(interp.eval::<u32>("s.n").unwrap(), 3);
    /// ```
    pub fn with_mut<R: Runtime, U>(&self, rt: &mut R, f: impl FnOnce(&mut T) -> U) -> Result<U, R::Error> {
        rt.__with(|cx| {
            let cell = self.cell(cx)?;
            let mut r = cell.exclusive()?;
            Ok(f(&mut r))
        })
    }

    /// The untyped handle.
    ///
    /// ```
    /// use kaa::{ClassBuilder, NativeClass, TypedHandle};
    /// struct Unit;
    /// impl NativeClass for Unit {
    ///     const NAME: &'static str = "Unit";
    ///     fn build(_: &mut ClassBuilder<Self>) {}
    /// }
    /// let mut interp = kaa::Interpreter::new();
    /// let u = TypedHandle::create(&mut interp, Unit).unwrap();
    /// let h: kaa::Handle = u.clone().into_handle();
    /// assert!(h.is(&u));
    /// assert_eq!(h.typed::<Unit, _>(&mut interp).unwrap(), u);
    /// ```
    pub fn into_handle(self) -> Handle {
        self.handle
    }
}

impl Handle {
    /// The same handle, typed: `TypeError` if the object is not an
    /// instance of the native class `T` (see [`TypedHandle`]), `RuntimeError`
    /// if `rt` is not its interpreter.
    ///
    /// ```
    /// use kaa::{ClassBuilder, Handle, NativeClass};
    /// struct Flag(bool);
    /// impl NativeClass for Flag {
    ///     const NAME: &'static str = "Flag";
    ///     fn build(c: &mut ClassBuilder<Self>) {
    ///         c.constructor(|b: bool| Flag(b));
    ///     }
    /// }
    /// let mut interp = kaa::Interpreter::new();
    /// interp.register_class::<Flag>().unwrap();
    /// let h: Handle = interp.eval("Flag(True)").unwrap();
    /// let f = h.typed::<Flag, _>(&mut interp).unwrap();
    /// assert!(f.with(&mut interp, |f| f.0).unwrap());
    /// let s: Handle = interp.eval("'x'").unwrap();
    /// assert_eq!(s.typed::<Flag, _>(&mut interp).unwrap_err().type_name, "TypeError");
    /// ```
    pub fn typed<T: NativeClass, R: Runtime>(&self, rt: &mut R) -> Result<TypedHandle<T>, R::Error> {
        rt.__with(|cx| {
            let v = self.value_in(cx)?;
            native_cell::<T>(&v, cx)?;
            Ok(TypedHandle {
                handle: self.clone(),
                _type: PhantomData,
            })
        })
    }
}

/// An instance of `T` converts to a typed handle (a host function's
/// parameter `c: TypedHandle<Counter>`); anything else is a `TypeError`.
impl<T: NativeClass> FromPy for TypedHandle<T> {
    fn from_py(v: &Value, cx: &mut Context) -> Result<Self, Exception> {
        TypedHandle::from_value(cx, v)
    }
}

/// A typed handle converts back to its object (checked against the
/// interpreter).
impl<T> IntoPy for TypedHandle<T> {
    fn into_py(self, cx: &mut Context) -> Result<Value, Exception> {
        self.handle.value_in(cx)
    }
}

impl<T> IntoPy for &TypedHandle<T> {
    fn into_py(self, cx: &mut Context) -> Result<Value, Exception> {
        self.handle.value_in(cx)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::ClassBuilder;

    struct Counter;
    impl NativeClass for Counter {
        const NAME: &'static str = "Counter";
        fn build(c: &mut ClassBuilder<Self>) {
            c.constructor(|| Counter);
        }
    }

    #[test]
    fn typed_handle_is_send_and_sync() {
        fn check<T: Send + Sync + 'static>() {}
        check::<TypedHandle<Counter>>();
        // Whatever the payload (an `Rc` is neither).
        check::<TypedHandle<std::rc::Rc<u8>>>();
    }
}
