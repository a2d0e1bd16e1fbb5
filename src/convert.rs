//! Converting values between Rust and Python: [`IntoPy`] (Rust to Python) and
//! [`FromPy`] (Python to Rust).
//!
//! | Rust | Python (to) | accepted from Python |
//! |---|---|---|
//! | `()` | `None` | `None` |
//! | `bool` | `bool` | `bool` only |
//! | `i8` ... `i128`, `u8` ... `u128`, `isize`, `usize` | `int` | `int`, `bool`, objects with `__index__`; out of range is `OverflowError` |
//! | `f32`, `f64` | `float` | `float`, `int`, `bool`, objects with `__float__` or `__index__` |
//! | `String`, `&str`, `char` | `str` | `str` (`char`: of length 1) |
//! | `Vec<T>` | `list` | any iterable but `str` (`list`, `tuple`, `range`, `bytes`, generators, ...) |
//! | `HashMap<K, V>`, `BTreeMap<K, V>` | `dict` | `dict` |
//! | `HashSet<T>`, `BTreeSet<T>` | `set` | `set`, `frozenset` |
//! | `Option<T>` | `None` or `T` | `None` or `T` |
//! | `(A,)` ... `(A, B, C, D, E, F, G, H)` | `tuple` | `tuple` of that length |
//! | `&[u8]`, [`Bytes`] | `bytes` | [`Bytes`]: `bytes` |
//! | [`Value`] | the object itself | anything |
//!
//! `Vec<u8>` is a list of ints, as every `Vec<T>` is; use [`Bytes`] (or a
//! `&[u8]`) for `bytes`. A `Vec<u8>` is still read from a `bytes` object,
//! which iterates as ints.
//!
//! A value of the wrong type is a `TypeError` naming both types: "expected int,
//! got str". An int that does not fit the Rust type is an `OverflowError`
//! worded as CPython words it ("Python int too large to convert to Rust i8",
//! "can't convert negative int to unsigned"), never a wrap-around.
//!
//! Implement the traits for your own types by going through the existing ones:
//!
//! ```
//! use kaa::{Context, Exception, FromPy, IntoPy, Value};
//! struct Point { x: f64, y: f64 }
//! impl IntoPy for Point {
//!     fn into_py(self, cx: &mut Context) -> Result<Value, Exception> {
//!         (self.x, self.y).into_py(cx)
//!     }
//! }
//! impl FromPy for Point {
//!     fn from_py(v: &Value, cx: &mut Context) -> Result<Self, Exception> {
//!         let (x, y) = cx.convert(v)?;
//!         Ok(Point { x, y })
//!     }
//! }
//! let mut interp = kaa::Interpreter::new();
//! interp.set_global("p", Point { x: 1.0, y: 2.5 }).unwrap();
//! let q: Point = interp.eval("(p[0] * 2, p[1] * 2)").unwrap();
//! assert_eq!((q.x, q.y), (2.0, 5.0));
//! ```

use std::collections::{BTreeMap, BTreeSet, HashMap, HashSet};
use std::hash::{BuildHasher, Hash};

use kaa_vm::object::bytes::PyBytes;
use kaa_vm::object::dict::PyDict;
use kaa_vm::object::float::PyFloat;
use kaa_vm::object::int::{int_value, IntValue};
use kaa_vm::object::set::PySet;
use kaa_vm::object::str::PyStr;
use kaa_vm::object::tuple::PyTuple;
use kaa_vm::object::PyObjectRef;
use num_traits::ToPrimitive;

use crate::host::ParamKind;
use crate::value::{Context, Exception, Value};

/// A Rust value that can become a Python object.
///
/// ```
/// let mut interp = kaa::Interpreter::new();
/// interp.set_global("xs", vec![(1, "a"), (2, "b")]).unwrap();
/// assert_eq!(interp.eval::<String>("repr(xs)").unwrap(), "[(1, 'a'), (2, 'b')]");
/// ```
pub trait IntoPy {
    /// Make the Python object.
    fn into_py(self, cx: &mut Context) -> Result<Value, Exception>;

    /// The object itself, without a [`Value`] around it: containers and
    /// call arguments convert their items this way, so that no handle (and
    /// no lock check) is made per item. The built-in conversions implement
    /// it; a host's own `IntoPy` types need not.
    #[doc(hidden)]
    fn __into_object(self, cx: &mut Context) -> Result<PyObjectRef, Exception>
    where
        Self: Sized,
    {
        Ok(self.into_py(cx)?.obj_in(cx)?.clone())
    }

    /// The object as a dict key: text that looks like a name is interned
    /// (see `key_str`).
    #[doc(hidden)]
    fn __into_key(self, cx: &mut Context) -> Result<PyObjectRef, Exception>
    where
        Self: Sized,
    {
        self.__into_object(cx)
    }
}

/// A dict key made from Rust text. Keys that look like names (ASCII letters,
/// digits and `_`, at most 64 bytes: record fields, not data) are interned,
/// as CPython interns the names and name-like constants of code: the same
/// key written in a script is then the same object, and a lookup such as
/// `order['customer']` matches on the first pointer comparison instead of
/// comparing characters. Other text is a new `str`, so that a map keyed by
/// arbitrary data does not grow the interpreter's table of interned strings.
fn key_str(cx: &mut Context, s: &str) -> PyObjectRef {
    let name_like = s.len() <= 64 && s.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'_');
    if name_like {
        cx.vm().intern(s)
    } else {
        cx.vm().new_str(s)
    }
}

/// A Rust value that can be read from a Python object.
///
/// ```
/// use std::collections::HashMap;
/// let mut interp = kaa::Interpreter::new();
/// let m: HashMap<String, Vec<f64>> = interp.eval("{'a': [1, 2.5]}").unwrap();
/// assert_eq!(m["a"], [1.0, 2.5]);
/// ```
pub trait FromPy: Sized {
    /// Read the value, or fail with a `TypeError` (or `OverflowError`, ...).
    fn from_py(v: &Value, cx: &mut Context) -> Result<Self, Exception>;

    /// The value of an omitted host-function argument of this type: `None`
    /// (required) for every type but `Option<T>`.
    #[doc(hidden)]
    fn from_missing() -> Option<Self> {
        None
    }

    /// How a host-function parameter of this type takes its argument: one
    /// argument, or the extra ones ([`crate::VarArgs`], [`crate::KwArgs`]).
    #[doc(hidden)]
    const KIND: ParamKind = ParamKind::One;

    /// Read the argument at position `pos` (from 1) of the host function
    /// `func`; a failure's message says which argument it was.
    #[doc(hidden)]
    fn from_arg(v: &Value, cx: &mut Context, func: &str, pos: usize) -> Result<Self, Exception> {
        Self::from_py(v, cx).map_err(|e| e.prefixed(&format!("{func}() argument {pos}: ")))
    }
}

/// The positional arguments of a call from Rust: `()` or a tuple of up to
/// eight [`IntoPy`] values, or a `Vec<Value>`.
///
/// ```
/// let mut interp = kaa::Interpreter::new();
/// assert_eq!(interp.call_function::<i64>("max", (1, 5, 2)).unwrap(), 5);
/// let args = vec![interp.value(7).unwrap(), interp.value(3).unwrap()];
/// assert_eq!(interp.call_function::<i64>("min", args).unwrap(), 3);
/// ```
pub trait IntoArgs {
    #[doc(hidden)]
    fn into_args(self, cx: &mut Context) -> Result<Vec<PyObjectRef>, Exception>;

    /// Call `func` with these arguments and no keywords (what
    /// [`Value::call`] does); a tuple puts them on the stack, not in a `Vec`.
    #[doc(hidden)]
    fn __call(self, cx: &mut Context, func: &PyObjectRef) -> Result<PyObjectRef, Exception>
    where
        Self: Sized,
    {
        let items = self.into_args(cx)?;
        Ok(cx.vm().call(func, kaa_vm::Args::positional(&items))?)
    }
}

/// Owned bytes, converted to and from Python `bytes` (a `Vec<u8>` is a list).
///
/// ```
/// use kaa::Bytes;
/// let mut interp = kaa::Interpreter::new();
/// interp.set_global("data", Bytes(vec![104, 105])).unwrap();
/// assert_eq!(interp.eval::<String>("data.decode()").unwrap(), "hi");
/// let b: Bytes = interp.eval("b'\\x00\\xff'").unwrap();
/// assert_eq!(b.0, [0, 255]);
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Hash, Default)]
pub struct Bytes(pub Vec<u8>);

fn type_error(expected: &str, got: &PyObjectRef) -> Exception {
    Exception::type_error(format!("expected {expected}, got {}", got.ty().name()))
}

fn new(o: PyObjectRef) -> Result<Value, Exception> {
    Ok(Value::from_obj(o))
}

/// `IntoPy` for a type whose conversion is written as `__into_object`.
macro_rules! into_py_via_object {
    () => {
        fn into_py(self, cx: &mut Context) -> Result<Value, Exception> {
            new(self.__into_object(cx)?)
        }
    };
}

// ----- None, bool -----

impl IntoPy for () {
    fn into_py(self, cx: &mut Context) -> Result<Value, Exception> {
        Ok(cx.none())
    }
}

impl FromPy for () {
    fn from_py(v: &Value, _cx: &mut Context) -> Result<Self, Exception> {
        if v.is_none() {
            Ok(())
        } else {
            Err(type_error("None", v.raw()))
        }
    }
}

impl IntoPy for bool {
    into_py_via_object!();
    fn __into_object(self, cx: &mut Context) -> Result<PyObjectRef, Exception> {
        Ok(cx.vm().new_bool(self))
    }
}

impl FromPy for bool {
    fn from_py(v: &Value, cx: &mut Context) -> Result<Self, Exception> {
        let o = v.raw();
        if o.class().is(&cx.vm().types.bool) {
            Ok(o.is(&cx.vm().true_))
        } else {
            Err(type_error("bool", o))
        }
    }
}

// ----- integers -----

/// The int value of `o` (an int, a bool, or an object with `__index__`).
fn index_value(o: &PyObjectRef, cx: &mut Context) -> Result<IntValue, Exception> {
    if let Some(i) = int_value(o) {
        return Ok(i.clone());
    }
    let vm = cx.vm();
    if vm.lookup_special(o, &vm.names.__index__.clone()).is_some() {
        return Ok(vm.to_index_value(o)?);
    }
    Err(type_error("int", o))
}

macro_rules! int_conversions {
    ($($t:ident: $to:ident, $unsigned:expr;)*) => {$(
        impl IntoPy for $t {
            into_py_via_object!();
            fn __into_object(self, cx: &mut Context) -> Result<PyObjectRef, Exception> {
                #[allow(irrefutable_let_patterns)]
                let o = if let Ok(small) = i64::try_from(self) {
                    cx.vm().new_int(small)
                } else {
                    cx.vm().new_bigint(num_bigint::BigInt::from(self))
                };
                Ok(o)
            }
        }

        impl FromPy for $t {
            fn from_py(v: &Value, cx: &mut Context) -> Result<Self, Exception> {
                let i = index_value(v.raw(), cx)?;
                let r = match &i {
                    IntValue::Small(s) => s.$to(),
                    IntValue::Big(b) => b.$to(),
                };
                r.ok_or_else(|| {
                    if $unsigned && i.is_negative() {
                        Exception::overflow_error("can't convert negative int to unsigned")
                    } else {
                        Exception::overflow_error(concat!("Python int too large to convert to Rust ", stringify!($t)))
                    }
                })
            }
        }
    )*};
}

int_conversions! {
    i8: to_i8, false;
    i16: to_i16, false;
    i32: to_i32, false;
    i64: to_i64, false;
    i128: to_i128, false;
    isize: to_isize, false;
    u8: to_u8, true;
    u16: to_u16, true;
    u32: to_u32, true;
    u64: to_u64, true;
    u128: to_u128, true;
    usize: to_usize, true;
}

// ----- floats -----

fn float_of(o: &PyObjectRef, cx: &mut Context) -> Result<f64, Exception> {
    if let Some(f) = o.downcast_ref::<PyFloat>() {
        return Ok(f.value);
    }
    let vm = cx.vm();
    if let Some(i) = int_value(o) {
        return Ok(kaa_vm::object::int::to_f64_or_overflow(vm, i)?);
    }
    let has_float = vm.lookup_special(o, &vm.names.__float__.clone()).is_some();
    if has_float || vm.lookup_special(o, &vm.names.__index__.clone()).is_some() {
        return Ok(kaa_vm::object::float::float_from_object(vm, o)?);
    }
    Err(type_error("float", o))
}

impl IntoPy for f64 {
    into_py_via_object!();
    fn __into_object(self, cx: &mut Context) -> Result<PyObjectRef, Exception> {
        Ok(cx.vm().new_float(self))
    }
}

impl FromPy for f64 {
    fn from_py(v: &Value, cx: &mut Context) -> Result<Self, Exception> {
        float_of(v.raw(), cx)
    }
}

impl IntoPy for f32 {
    into_py_via_object!();
    fn __into_object(self, cx: &mut Context) -> Result<PyObjectRef, Exception> {
        Ok(cx.vm().new_float(f64::from(self)))
    }
}

impl FromPy for f32 {
    fn from_py(v: &Value, cx: &mut Context) -> Result<Self, Exception> {
        let x = float_of(v.raw(), cx)?;
        #[allow(clippy::cast_possible_truncation)]
        let f = x as f32;
        // As CPython's `struct.pack('f', x)`: a finite value that rounds to an
        // infinity does not fit.
        if f.is_infinite() && x.is_finite() {
            return Err(Exception::overflow_error("float too large to convert to Rust f32"));
        }
        Ok(f)
    }
}

// ----- text and bytes -----

impl IntoPy for String {
    into_py_via_object!();
    fn __into_object(self, cx: &mut Context) -> Result<PyObjectRef, Exception> {
        Ok(cx.vm().new_str(self))
    }
    fn __into_key(self, cx: &mut Context) -> Result<PyObjectRef, Exception> {
        Ok(key_str(cx, &self))
    }
}

impl IntoPy for &str {
    into_py_via_object!();
    fn __into_object(self, cx: &mut Context) -> Result<PyObjectRef, Exception> {
        Ok(cx.vm().new_str(self))
    }
    fn __into_key(self, cx: &mut Context) -> Result<PyObjectRef, Exception> {
        Ok(key_str(cx, self))
    }
}

impl IntoPy for &String {
    into_py_via_object!();
    fn __into_object(self, cx: &mut Context) -> Result<PyObjectRef, Exception> {
        Ok(cx.vm().new_str(self.as_str()))
    }
    fn __into_key(self, cx: &mut Context) -> Result<PyObjectRef, Exception> {
        Ok(key_str(cx, self))
    }
}

impl FromPy for String {
    fn from_py(v: &Value, _cx: &mut Context) -> Result<Self, Exception> {
        match v.raw().downcast_ref::<PyStr>() {
            Some(s) => Ok(s.as_str().to_string()),
            None => Err(type_error("str", v.raw())),
        }
    }
}

impl IntoPy for char {
    fn into_py(self, cx: &mut Context) -> Result<Value, Exception> {
        new(cx.vm().new_char(self))
    }
}

impl FromPy for char {
    fn from_py(v: &Value, _cx: &mut Context) -> Result<Self, Exception> {
        let s = v
            .raw()
            .downcast_ref::<PyStr>()
            .ok_or_else(|| type_error("str", v.raw()))?;
        let mut chars = s.as_str().chars();
        match (chars.next(), chars.next()) {
            (Some(c), None) => Ok(c),
            _ => Err(Exception::type_error(format!(
                "expected str of length 1, got str of length {}",
                s.char_len()
            ))),
        }
    }
}

impl IntoPy for &[u8] {
    fn into_py(self, cx: &mut Context) -> Result<Value, Exception> {
        new(cx.vm().new_bytes(self.to_vec()))
    }
}

impl IntoPy for Bytes {
    fn into_py(self, cx: &mut Context) -> Result<Value, Exception> {
        new(cx.vm().new_bytes(self.0))
    }
}

impl FromPy for Bytes {
    fn from_py(v: &Value, _cx: &mut Context) -> Result<Self, Exception> {
        match v.raw().downcast_ref::<PyBytes>() {
            Some(b) => Ok(Bytes(b.value.to_vec())),
            None => Err(type_error("bytes", v.raw())),
        }
    }
}

// ----- handles -----

impl IntoPy for Value {
    fn into_py(self, cx: &mut Context) -> Result<Value, Exception> {
        self.obj_in(cx)?;
        Ok(self)
    }
    fn __into_object(self, cx: &mut Context) -> Result<PyObjectRef, Exception> {
        Ok(self.obj_in(cx)?.clone())
    }
}

impl IntoPy for &Value {
    fn into_py(self, cx: &mut Context) -> Result<Value, Exception> {
        self.obj_in(cx)?;
        Ok(self.clone())
    }
    fn __into_object(self, cx: &mut Context) -> Result<PyObjectRef, Exception> {
        Ok(self.obj_in(cx)?.clone())
    }
}

impl FromPy for Value {
    fn from_py(v: &Value, _cx: &mut Context) -> Result<Self, Exception> {
        Ok(v.clone())
    }
}

// ----- Option -----

impl<T: IntoPy> IntoPy for Option<T> {
    fn into_py(self, cx: &mut Context) -> Result<Value, Exception> {
        match self {
            Some(v) => v.into_py(cx),
            None => Ok(cx.none()),
        }
    }
    fn __into_object(self, cx: &mut Context) -> Result<PyObjectRef, Exception> {
        match self {
            Some(v) => v.__into_object(cx),
            None => Ok(cx.vm().none()),
        }
    }
}

impl<T: FromPy> FromPy for Option<T> {
    fn from_py(v: &Value, cx: &mut Context) -> Result<Self, Exception> {
        if v.is_none() {
            Ok(None)
        } else {
            T::from_py(v, cx).map(Some)
        }
    }

    fn from_missing() -> Option<Self> {
        Some(None)
    }
}

// ----- containers -----

fn items_to_objects<T: IntoPy>(
    items: impl IntoIterator<Item = T>,
    cx: &mut Context,
) -> Result<Vec<PyObjectRef>, Exception> {
    items.into_iter().map(|x| x.__into_object(cx)).collect()
}

impl<T: IntoPy> IntoPy for Vec<T> {
    into_py_via_object!();
    fn __into_object(self, cx: &mut Context) -> Result<PyObjectRef, Exception> {
        let items = items_to_objects(self, cx)?;
        Ok(cx.vm().new_list(items))
    }
}

impl<T: FromPy> FromPy for Vec<T> {
    fn from_py(v: &Value, cx: &mut Context) -> Result<Self, Exception> {
        let o = v.raw();
        let vm = cx.vm();
        let iterable = !o.payload_is::<PyStr>() && vm.lookup_special(o, &vm.names.__iter__.clone()).is_some();
        if !iterable {
            return Err(type_error("list", o));
        }
        let items = vm.collect(o)?;
        items
            .into_iter()
            .enumerate()
            .map(|(i, x)| T::from_py(&Value::from_obj(x), cx).map_err(|e| e.__at(&format!("[{i}]"))))
            .collect()
    }
}

fn dict_to_object<K: IntoPy, V: IntoPy>(
    pairs: impl IntoIterator<Item = (K, V)>,
    cx: &mut Context,
) -> Result<PyObjectRef, Exception> {
    let d = cx.vm().new_dict();
    for (k, v) in pairs {
        let k = k.__into_key(cx)?;
        let v = v.__into_object(cx)?;
        cx.vm().dict_set(&d, k, v)?;
    }
    Ok(d)
}

/// The key `k` (of a dict) and its value `x`, converted; a failure's path
/// names the key: `['apple']`.
fn dict_entry<K: FromPy, V: FromPy>(k: PyObjectRef, x: PyObjectRef, cx: &mut Context) -> Result<(K, V), Exception> {
    let at = |cx: &mut Context, k: &PyObjectRef, e: Exception| {
        let r = cx.vm().repr_string(k).unwrap_or_else(|_| "?".into());
        e.__at(&format!("[{r}]"))
    };
    let key = match K::from_py(&Value::from_obj(k.clone()), cx) {
        Ok(key) => key,
        Err(e) => return Err(at(cx, &k, e)),
    };
    match V::from_py(&Value::from_obj(x), cx) {
        Ok(v) => Ok((key, v)),
        Err(e) => Err(at(cx, &k, e)),
    }
}

fn dict_items(v: &Value) -> Result<Vec<(PyObjectRef, PyObjectRef)>, Exception> {
    match v.raw().downcast_ref::<PyDict>() {
        Some(d) => Ok(d.items_vec()),
        None => Err(type_error("dict", v.raw())),
    }
}

impl<K: IntoPy, V: IntoPy, S> IntoPy for HashMap<K, V, S> {
    into_py_via_object!();
    fn __into_object(self, cx: &mut Context) -> Result<PyObjectRef, Exception> {
        dict_to_object(self, cx)
    }
}

impl<K: FromPy + Eq + Hash, V: FromPy, S: BuildHasher + Default> FromPy for HashMap<K, V, S> {
    fn from_py(v: &Value, cx: &mut Context) -> Result<Self, Exception> {
        let mut m = HashMap::with_hasher(S::default());
        for (k, x) in dict_items(v)? {
            let (k, x) = dict_entry(k, x, cx)?;
            m.insert(k, x);
        }
        Ok(m)
    }
}

impl<K: IntoPy, V: IntoPy> IntoPy for BTreeMap<K, V> {
    into_py_via_object!();
    fn __into_object(self, cx: &mut Context) -> Result<PyObjectRef, Exception> {
        dict_to_object(self, cx)
    }
}

impl<K: FromPy + Ord, V: FromPy> FromPy for BTreeMap<K, V> {
    fn from_py(v: &Value, cx: &mut Context) -> Result<Self, Exception> {
        let mut m = BTreeMap::new();
        for (k, x) in dict_items(v)? {
            let (k, x) = dict_entry(k, x, cx)?;
            m.insert(k, x);
        }
        Ok(m)
    }
}

fn set_keys(v: &Value) -> Result<Vec<PyObjectRef>, Exception> {
    match v.raw().downcast_ref::<PySet>() {
        Some(s) => Ok(s.keys()),
        None => Err(type_error("set", v.raw())),
    }
}

impl<T: IntoPy, S> IntoPy for HashSet<T, S> {
    into_py_via_object!();
    fn __into_object(self, cx: &mut Context) -> Result<PyObjectRef, Exception> {
        let items = items_to_objects(self, cx)?;
        Ok(kaa_vm::object::set::new_set(cx.vm(), items)?)
    }
}

impl<T: FromPy + Eq + Hash, S: BuildHasher + Default> FromPy for HashSet<T, S> {
    fn from_py(v: &Value, cx: &mut Context) -> Result<Self, Exception> {
        let mut out = HashSet::with_hasher(S::default());
        for k in set_keys(v)? {
            out.insert(T::from_py(&Value::from_obj(k), cx)?);
        }
        Ok(out)
    }
}

impl<T: IntoPy> IntoPy for BTreeSet<T> {
    into_py_via_object!();
    fn __into_object(self, cx: &mut Context) -> Result<PyObjectRef, Exception> {
        let items = items_to_objects(self, cx)?;
        Ok(kaa_vm::object::set::new_set(cx.vm(), items)?)
    }
}

impl<T: FromPy + Ord> FromPy for BTreeSet<T> {
    fn from_py(v: &Value, cx: &mut Context) -> Result<Self, Exception> {
        let mut out = BTreeSet::new();
        for k in set_keys(v)? {
            out.insert(T::from_py(&Value::from_obj(k), cx)?);
        }
        Ok(out)
    }
}

// ----- tuples -----

macro_rules! tuple_conversions {
    ($($len:literal: ($($t:ident $i:tt),+);)*) => {$(
        impl<$($t: IntoPy),+> IntoPy for ($($t,)+) {
            into_py_via_object!();
            fn __into_object(self, cx: &mut Context) -> Result<PyObjectRef, Exception> {
                let items = vec![$(self.$i.__into_object(cx)?),+];
                Ok(cx.vm().new_tuple(items))
            }
        }

        impl<$($t: FromPy),+> FromPy for ($($t,)+) {
            fn from_py(v: &Value, cx: &mut Context) -> Result<Self, Exception> {
                let t = v.raw().downcast_ref::<PyTuple>().ok_or_else(|| type_error("tuple", v.raw()))?;
                if t.items.len() != $len {
                    return Err(Exception::type_error(format!(
                        "expected tuple of length {}, got tuple of length {}",
                        $len,
                        t.items.len()
                    )));
                }
                let items = t.items.to_vec();
                Ok(($($t::from_py(&Value::from_obj(items[$i].clone()), cx).map_err(|e| e.__at(concat!("[", $i, "]")))?,)+))
            }
        }

        impl<$($t: IntoPy),+> IntoArgs for ($($t,)+) {
            fn into_args(self, cx: &mut Context) -> Result<Vec<PyObjectRef>, Exception> {
                Ok(vec![$(self.$i.__into_object(cx)?),+])
            }

            fn __call(self, cx: &mut Context, func: &PyObjectRef) -> Result<PyObjectRef, Exception> {
                let items = [$(self.$i.__into_object(cx)?),+];
                Ok(cx.vm().call(func, kaa_vm::Args::positional(&items))?)
            }
        }
    )*};
}

tuple_conversions! {
    1: (A 0);
    2: (A 0, B 1);
    3: (A 0, B 1, C 2);
    4: (A 0, B 1, C 2, D 3);
    5: (A 0, B 1, C 2, D 3, E 4);
    6: (A 0, B 1, C 2, D 3, E 4, F 5);
    7: (A 0, B 1, C 2, D 3, E 4, F 5, G 6);
    8: (A 0, B 1, C 2, D 3, E 4, F 5, G 6, H 7);
}

impl IntoArgs for () {
    fn into_args(self, _cx: &mut Context) -> Result<Vec<PyObjectRef>, Exception> {
        Ok(Vec::new())
    }

    fn __call(self, cx: &mut Context, func: &PyObjectRef) -> Result<PyObjectRef, Exception> {
        Ok(cx.vm().call(func, kaa_vm::Args::positional(&[]))?)
    }
}

impl IntoArgs for Vec<Value> {
    fn into_args(self, cx: &mut Context) -> Result<Vec<PyObjectRef>, Exception> {
        self.iter().map(|v| v.obj_in(cx).cloned()).collect()
    }
}
