//! serde both ways: [`to_value`] turns any `Serialize` value into a Python
//! object, [`from_value`] reads any `Deserialize` type from one (cargo
//! feature `serde`, on by default).
//!
//! | serde | Python |
//! |---|---|
//! | bool, integers (to 128 bits), floats, char, string | `bool`, `int`, `float`, `str` |
//! | bytes (`serde_bytes`) | `bytes` (read from `bytes` or `bytearray`) |
//! | `Option` | `None` or the value |
//! | unit, unit struct | `None` |
//! | sequence (`Vec`, sets, ...) | `list` (read from any iterable but `str`, `bytes`, `dict`) |
//! | tuple, tuple struct | `tuple` (read from a `tuple` or `list` of that length) |
//! | map | `dict` |
//! | struct | `dict` with interned `str` keys (read from a `dict`) |
//! | unit variant | `str`: `"Red"` |
//! | newtype, tuple and struct variants | `{"Variant": payload}` (serde's externally tagged form) |
//!
//! A value of the wrong type is a `TypeError`, an int out of range an
//! `OverflowError`, and anything else serde reports (a missing field, an
//! unknown variant) a `ValueError`; the message starts with where the value
//! was: `items[2].qty: expected int, got str` ([`Exception::path`]).
//!
//! ```
//! use serde::{Deserialize, Serialize};
//! #[derive(Serialize, Deserialize, Debug, PartialEq)]
//! struct Item { sku: String, qty: u32 }
//! #[derive(Serialize, Deserialize, Debug, PartialEq)]
//! struct Order { id: u64, items: Vec<Item> }
//!
//! let mut interp = kaa::Interpreter::new();
//! let order = Order { id: 7, items: vec![Item { sku: "tea".into(), qty: 2 }] };
//! let v = kaa::to_value(&mut interp, &order).unwrap();
//! assert_eq!(v.repr(&mut interp).unwrap(), "{'id': 7, 'items': [{'sku': 'tea', 'qty': 2}]}");
//! let back: Order = kaa::from_value(&mut interp, &v).unwrap();
//! assert_eq!(back, order);
//!
//! let bad: kaa::Value = interp.eval("{'id': 8, 'items': [{'sku': 'a', 'qty': 1}, {'sku': 'b', 'qty': 'x'}]}").unwrap();
//! let e = kaa::from_value::<Order>(&mut interp, &bad).unwrap_err();
//! assert_eq!(e.to_string(), "TypeError: items[1].qty: expected int, got str");
//! ```

use std::fmt;

use kaa_vm::object::bytearray::PyByteArray;
use kaa_vm::object::bytes::PyBytes;
use kaa_vm::object::dict::PyDict;
use kaa_vm::object::float::PyFloat;
use kaa_vm::object::int::{int_value, IntValue};
use kaa_vm::object::list::PyList;
use kaa_vm::object::str::PyStr;
use kaa_vm::object::tuple::PyTuple;
use kaa_vm::object::PyObjectRef;
use kaa_vm::Vm;
use serde::de::{self, DeserializeSeed, IntoDeserializer, Visitor};
use serde::ser::{self, Serialize};

use crate::convert::FromPy;
use crate::value::{Context, Exception, Runtime, Value};

/// Convert any `Serialize` value to a Python object (see the module's table).
///
/// ```
/// use std::collections::BTreeMap;
/// let mut interp = kaa::Interpreter::new();
/// let m: BTreeMap<&str, (i32, Option<bool>)> = [("a", (1, None)), ("b", (2, Some(true)))].into();
/// let v = kaa::to_value(&mut interp, &m).unwrap();
/// assert_eq!(v.repr(&mut interp).unwrap(), "{'a': (1, None), 'b': (2, True)}");
/// ```
pub fn to_value<T: Serialize + ?Sized>(rt: &mut impl Runtime, value: &T) -> Result<Value, Exception> {
    rt.__with_exc(|cx| {
        let o = value.serialize(Ser { vm: cx.vm() }).map_err(Fail::into_exception)?;
        Ok(Value::from_obj(o))
    })
}

/// Read any `Deserialize` type from a Python object (see the module's table).
///
/// ```
/// #[derive(serde::Deserialize, Debug, PartialEq)]
/// enum Shape { Dot, Circle { r: f64 }, Rect(f64, f64) }
/// let mut interp = kaa::Interpreter::new();
/// let v: kaa::Value = interp.eval("['Dot', {'Circle': {'r': 1.5}}, {'Rect': (2, 3)}]").unwrap();
/// let shapes: Vec<Shape> = kaa::from_value(&mut interp, &v).unwrap();
/// assert_eq!(shapes, [Shape::Dot, Shape::Circle { r: 1.5 }, Shape::Rect(2.0, 3.0)]);
/// let v: kaa::Value = interp.eval("[{'Circle': {}}]").unwrap();
/// let e = kaa::from_value::<Vec<Shape>>(&mut interp, &v).unwrap_err();
/// assert_eq!(e.to_string(), "ValueError: [0].Circle: missing field 'r'");
/// ```
pub fn from_value<T: de::DeserializeOwned>(rt: &mut impl Runtime, value: &Value) -> Result<T, Exception> {
    rt.__with_exc(|cx| {
        let o = value.obj_in(cx)?.clone();
        T::deserialize(De { vm: cx.vm(), obj: o }).map_err(Fail::into_exception)
    })
}

/// Wraps a `Serialize` / `Deserialize` type so that it converts with
/// [`IntoPy`](crate::IntoPy) / [`FromPy`]: a host function can take and
/// return serde types.
///
/// ```
/// use kaa::Serde;
/// #[derive(serde::Serialize, serde::Deserialize)]
/// struct Point { x: i32, y: i32 }
/// let mut interp = kaa::Interpreter::new();
/// interp
///     .register_fn("flip", |p: Serde<Point>| Serde(Point { x: p.0.y, y: p.0.x }))
///     .unwrap();
/// assert_eq!(interp.eval::<String>("repr(flip({'x': 1, 'y': 2}))").unwrap(), "{'x': 2, 'y': 1}");
/// let e = interp.eval::<kaa::Value>("flip({'x': 1})").unwrap_err();
/// assert_eq!(e.to_string().lines().last(), Some("ValueError: flip() argument 1: missing field 'y'"));
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
pub struct Serde<T>(pub T);

impl<T: Serialize> crate::IntoPy for Serde<T> {
    fn into_py(self, cx: &mut Context) -> Result<Value, Exception> {
        to_value(cx, &self.0)
    }
}

impl<T: de::DeserializeOwned> FromPy for Serde<T> {
    fn from_py(v: &Value, cx: &mut Context) -> Result<Self, Exception> {
        from_value(cx, v).map(Serde)
    }
}

// ----- errors -----

/// A conversion failure on its way out: what went wrong, and the path,
/// innermost segment first.
pub(crate) struct Fail {
    kind: FailKind,
    path: Vec<Seg>,
}

enum FailKind {
    /// A built-in exception by name, with its message.
    Msg(&'static str, String),
    /// An exception raised by Python code on the way (`__index__`, `__iter__`).
    Py(PyObjectRef),
}

enum Seg {
    Field(&'static str),
    Name(String),
    Index(usize),
    Key(String),
}

impl Fail {
    fn msg(ty: &'static str, m: impl Into<String>) -> Fail {
        Fail {
            kind: FailKind::Msg(ty, m.into()),
            path: Vec::new(),
        }
    }

    fn type_error(expected: &str, got: &PyObjectRef) -> Fail {
        Fail::msg("TypeError", format!("expected {expected}, got {}", got.ty().name()))
    }

    fn at(mut self, seg: Seg) -> Fail {
        self.path.push(seg);
        self
    }

    fn into_exception(self) -> Exception {
        let mut e = match self.kind {
            FailKind::Msg(ty, m) => Exception::new(ty, m),
            FailKind::Py(o) => return Exception::from(o),
        };
        for seg in self.path {
            e = match seg {
                Seg::Field(f) => e.__at(f),
                Seg::Name(f) => e.__at(&f),
                Seg::Index(i) => e.__at(&format!("[{i}]")),
                Seg::Key(k) => e.__at(&format!("[{k}]")),
            };
        }
        e
    }
}

impl From<PyObjectRef> for Fail {
    fn from(o: PyObjectRef) -> Fail {
        Fail {
            kind: FailKind::Py(o),
            path: Vec::new(),
        }
    }
}

impl From<Exception> for Fail {
    fn from(e: Exception) -> Fail {
        match (e.type_name(), e.message()) {
            (Some(t), Some(m)) => {
                // Only the built-in names a conversion gives (a `&'static str`).
                let t = match t {
                    "TypeError" => "TypeError",
                    "OverflowError" => "OverflowError",
                    _ => "ValueError",
                };
                Fail::msg(t, m)
            }
            _ => Fail::msg("ValueError", e.to_string()),
        }
    }
}

impl fmt::Debug for Fail {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        fmt::Display::fmt(self, f)
    }
}

impl fmt::Display for Fail {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match &self.kind {
            FailKind::Msg(t, m) => write!(f, "{t}: {m}"),
            FailKind::Py(o) => write!(f, "{} raised", o.ty().name()),
        }
    }
}

impl std::error::Error for Fail {}

impl ser::Error for Fail {
    fn custom<T: fmt::Display>(msg: T) -> Fail {
        Fail::msg("ValueError", msg.to_string())
    }
}

/// serde's name for what it found, as the Python type that would hold it.
fn unexpected_type<'a>(u: &de::Unexpected<'a>) -> &'a str {
    use de::Unexpected as U;
    match u {
        U::Bool(_) => "bool",
        U::Unsigned(_) | U::Signed(_) => "int",
        U::Float(_) => "float",
        U::Char(_) | U::Str(_) => "str",
        U::Bytes(_) => "bytes",
        U::Unit | U::Option => "NoneType",
        U::Seq => "list",
        U::Map => "dict",
        U::Enum | U::UnitVariant | U::NewtypeVariant | U::TupleVariant | U::StructVariant => "enum variant",
        U::NewtypeStruct => "newtype struct",
        U::Other(s) => s,
    }
}

impl de::Error for Fail {
    fn custom<T: fmt::Display>(msg: T) -> Fail {
        Fail::msg("ValueError", msg.to_string())
    }

    fn invalid_type(unexp: de::Unexpected, exp: &dyn de::Expected) -> Fail {
        Fail::msg("TypeError", format!("expected {exp}, got {}", unexpected_type(&unexp)))
    }

    fn invalid_value(unexp: de::Unexpected, exp: &dyn de::Expected) -> Fail {
        Fail::msg("ValueError", format!("invalid value {unexp}, expected {exp}"))
    }

    fn invalid_length(len: usize, exp: &dyn de::Expected) -> Fail {
        Fail::msg("ValueError", format!("invalid length {len}, expected {exp}"))
    }

    fn unknown_variant(variant: &str, expected: &'static [&'static str]) -> Fail {
        Fail::msg(
            "ValueError",
            format!("unknown variant '{variant}', expected one of {}", quoted(expected)),
        )
    }

    fn unknown_field(field: &str, expected: &'static [&'static str]) -> Fail {
        Fail::msg(
            "ValueError",
            format!("unknown field '{field}', expected one of {}", quoted(expected)),
        )
    }

    fn missing_field(field: &'static str) -> Fail {
        Fail::msg("ValueError", format!("missing field '{field}'"))
    }

    fn duplicate_field(field: &'static str) -> Fail {
        Fail::msg("ValueError", format!("duplicate field '{field}'"))
    }
}

fn quoted(names: &[&str]) -> String {
    names.iter().map(|n| format!("'{n}'")).collect::<Vec<_>>().join(", ")
}

// ----- Rust to Python -----

struct Ser<'a> {
    vm: &'a mut Vm,
}

impl Ser<'_> {
    /// `{variant: payload}`, serde's externally tagged form.
    fn tagged(vm: &mut Vm, variant: &'static str, payload: PyObjectRef) -> Result<PyObjectRef, Fail> {
        let d = vm.new_dict();
        let k = vm.intern(variant);
        vm.dict_set(&d, k, payload)?;
        Ok(d)
    }
}

impl<'a> ser::Serializer for Ser<'a> {
    type Ok = PyObjectRef;
    type Error = Fail;
    type SerializeSeq = SerSeq<'a>;
    type SerializeTuple = SerSeq<'a>;
    type SerializeTupleStruct = SerSeq<'a>;
    type SerializeTupleVariant = SerSeq<'a>;
    type SerializeMap = SerMap<'a>;
    type SerializeStruct = SerMap<'a>;
    type SerializeStructVariant = SerMap<'a>;

    fn serialize_bool(self, v: bool) -> Result<PyObjectRef, Fail> {
        Ok(self.vm.new_bool(v))
    }
    fn serialize_i8(self, v: i8) -> Result<PyObjectRef, Fail> {
        Ok(self.vm.new_int(i64::from(v)))
    }
    fn serialize_i16(self, v: i16) -> Result<PyObjectRef, Fail> {
        Ok(self.vm.new_int(i64::from(v)))
    }
    fn serialize_i32(self, v: i32) -> Result<PyObjectRef, Fail> {
        Ok(self.vm.new_int(i64::from(v)))
    }
    fn serialize_i64(self, v: i64) -> Result<PyObjectRef, Fail> {
        Ok(self.vm.new_int(v))
    }
    fn serialize_i128(self, v: i128) -> Result<PyObjectRef, Fail> {
        Ok(match i64::try_from(v) {
            Ok(s) => self.vm.new_int(s),
            Err(_) => self.vm.new_bigint(v.into()),
        })
    }
    fn serialize_u8(self, v: u8) -> Result<PyObjectRef, Fail> {
        Ok(self.vm.new_int(i64::from(v)))
    }
    fn serialize_u16(self, v: u16) -> Result<PyObjectRef, Fail> {
        Ok(self.vm.new_int(i64::from(v)))
    }
    fn serialize_u32(self, v: u32) -> Result<PyObjectRef, Fail> {
        Ok(self.vm.new_int(i64::from(v)))
    }
    fn serialize_u64(self, v: u64) -> Result<PyObjectRef, Fail> {
        self.serialize_u128(u128::from(v))
    }
    fn serialize_u128(self, v: u128) -> Result<PyObjectRef, Fail> {
        Ok(match i64::try_from(v) {
            Ok(s) => self.vm.new_int(s),
            Err(_) => self.vm.new_bigint(v.into()),
        })
    }
    fn serialize_f32(self, v: f32) -> Result<PyObjectRef, Fail> {
        Ok(self.vm.new_float(f64::from(v)))
    }
    fn serialize_f64(self, v: f64) -> Result<PyObjectRef, Fail> {
        Ok(self.vm.new_float(v))
    }
    fn serialize_char(self, v: char) -> Result<PyObjectRef, Fail> {
        Ok(self.vm.new_char(v))
    }
    fn serialize_str(self, v: &str) -> Result<PyObjectRef, Fail> {
        Ok(self.vm.new_str(v))
    }
    fn serialize_bytes(self, v: &[u8]) -> Result<PyObjectRef, Fail> {
        Ok(self.vm.new_bytes(v.to_vec()))
    }
    fn serialize_none(self) -> Result<PyObjectRef, Fail> {
        Ok(self.vm.none())
    }
    fn serialize_some<T: Serialize + ?Sized>(self, value: &T) -> Result<PyObjectRef, Fail> {
        value.serialize(self)
    }
    fn serialize_unit(self) -> Result<PyObjectRef, Fail> {
        Ok(self.vm.none())
    }
    fn serialize_unit_struct(self, _name: &'static str) -> Result<PyObjectRef, Fail> {
        Ok(self.vm.none())
    }
    fn serialize_unit_variant(self, _name: &'static str, _i: u32, variant: &'static str) -> Result<PyObjectRef, Fail> {
        Ok(self.vm.intern(variant))
    }
    fn serialize_newtype_struct<T: Serialize + ?Sized>(
        self,
        _name: &'static str,
        value: &T,
    ) -> Result<PyObjectRef, Fail> {
        value.serialize(self)
    }
    fn serialize_newtype_variant<T: Serialize + ?Sized>(
        self,
        _name: &'static str,
        _i: u32,
        variant: &'static str,
        value: &T,
    ) -> Result<PyObjectRef, Fail> {
        let payload = value
            .serialize(Ser { vm: &mut *self.vm })
            .map_err(|e| e.at(Seg::Field(variant)))?;
        Ser::tagged(self.vm, variant, payload)
    }
    fn serialize_seq(self, len: Option<usize>) -> Result<SerSeq<'a>, Fail> {
        Ok(SerSeq {
            vm: self.vm,
            items: Vec::with_capacity(len.unwrap_or(0)),
            kind: SeqKind::List,
        })
    }
    fn serialize_tuple(self, len: usize) -> Result<SerSeq<'a>, Fail> {
        Ok(SerSeq {
            vm: self.vm,
            items: Vec::with_capacity(len),
            kind: SeqKind::Tuple,
        })
    }
    fn serialize_tuple_struct(self, _name: &'static str, len: usize) -> Result<SerSeq<'a>, Fail> {
        self.serialize_tuple(len)
    }
    fn serialize_tuple_variant(
        self,
        _name: &'static str,
        _i: u32,
        variant: &'static str,
        len: usize,
    ) -> Result<SerSeq<'a>, Fail> {
        Ok(SerSeq {
            vm: self.vm,
            items: Vec::with_capacity(len),
            kind: SeqKind::Variant(variant),
        })
    }
    fn serialize_map(self, _len: Option<usize>) -> Result<SerMap<'a>, Fail> {
        let dict = self.vm.new_dict();
        Ok(SerMap {
            vm: self.vm,
            dict,
            key: None,
            variant: None,
        })
    }
    fn serialize_struct(self, _name: &'static str, _len: usize) -> Result<SerMap<'a>, Fail> {
        self.serialize_map(None)
    }
    fn serialize_struct_variant(
        self,
        _name: &'static str,
        _i: u32,
        variant: &'static str,
        _len: usize,
    ) -> Result<SerMap<'a>, Fail> {
        let mut m = self.serialize_map(None)?;
        m.variant = Some(variant);
        Ok(m)
    }
}

enum SeqKind {
    List,
    Tuple,
    Variant(&'static str),
}

struct SerSeq<'a> {
    vm: &'a mut Vm,
    items: Vec<PyObjectRef>,
    kind: SeqKind,
}

impl SerSeq<'_> {
    fn push<T: Serialize + ?Sized>(&mut self, value: &T) -> Result<(), Fail> {
        let i = self.items.len();
        let o = value
            .serialize(Ser { vm: &mut *self.vm })
            .map_err(|e| e.at(Seg::Index(i)))?;
        self.items.push(o);
        Ok(())
    }

    fn finish(self) -> Result<PyObjectRef, Fail> {
        match self.kind {
            SeqKind::List => Ok(self.vm.new_list(self.items)),
            SeqKind::Tuple => Ok(self.vm.new_tuple(self.items)),
            SeqKind::Variant(v) => {
                let t = self.vm.new_tuple(self.items);
                Ser::tagged(self.vm, v, t)
            }
        }
    }
}

impl ser::SerializeSeq for SerSeq<'_> {
    type Ok = PyObjectRef;
    type Error = Fail;
    fn serialize_element<T: Serialize + ?Sized>(&mut self, value: &T) -> Result<(), Fail> {
        self.push(value)
    }
    fn end(self) -> Result<PyObjectRef, Fail> {
        self.finish()
    }
}

impl ser::SerializeTuple for SerSeq<'_> {
    type Ok = PyObjectRef;
    type Error = Fail;
    fn serialize_element<T: Serialize + ?Sized>(&mut self, value: &T) -> Result<(), Fail> {
        self.push(value)
    }
    fn end(self) -> Result<PyObjectRef, Fail> {
        self.finish()
    }
}

impl ser::SerializeTupleStruct for SerSeq<'_> {
    type Ok = PyObjectRef;
    type Error = Fail;
    fn serialize_field<T: Serialize + ?Sized>(&mut self, value: &T) -> Result<(), Fail> {
        self.push(value)
    }
    fn end(self) -> Result<PyObjectRef, Fail> {
        self.finish()
    }
}

impl ser::SerializeTupleVariant for SerSeq<'_> {
    type Ok = PyObjectRef;
    type Error = Fail;
    fn serialize_field<T: Serialize + ?Sized>(&mut self, value: &T) -> Result<(), Fail> {
        let v = match self.kind {
            SeqKind::Variant(v) => v,
            _ => "",
        };
        self.push(value).map_err(|e| e.at(Seg::Field(v)))
    }
    fn end(self) -> Result<PyObjectRef, Fail> {
        self.finish()
    }
}

struct SerMap<'a> {
    vm: &'a mut Vm,
    dict: PyObjectRef,
    /// A key waiting for its value (`serialize_key` then `serialize_value`).
    key: Option<PyObjectRef>,
    /// For a struct variant: the variant, the dict's one key around it.
    variant: Option<&'static str>,
}

impl SerMap<'_> {
    fn field<T: Serialize + ?Sized>(&mut self, key: &'static str, value: &T) -> Result<(), Fail> {
        let v = value.serialize(Ser { vm: &mut *self.vm }).map_err(|e| {
            let e = e.at(Seg::Field(key));
            match self.variant {
                Some(var) => e.at(Seg::Field(var)),
                None => e,
            }
        })?;
        // Interned, as the keys of a dict display in Python source are.
        let k = self.vm.intern(key);
        self.vm.dict_set(&self.dict, k, v)?;
        Ok(())
    }

    fn finish(self) -> Result<PyObjectRef, Fail> {
        match self.variant {
            Some(v) => Ser::tagged(self.vm, v, self.dict),
            None => Ok(self.dict),
        }
    }
}

impl ser::SerializeMap for SerMap<'_> {
    type Ok = PyObjectRef;
    type Error = Fail;
    fn serialize_key<T: Serialize + ?Sized>(&mut self, key: &T) -> Result<(), Fail> {
        self.key = Some(key.serialize(Ser { vm: &mut *self.vm })?);
        Ok(())
    }
    fn serialize_value<T: Serialize + ?Sized>(&mut self, value: &T) -> Result<(), Fail> {
        let Some(k) = self.key.take() else {
            return Err(Fail::msg("ValueError", "serialize_value called before serialize_key"));
        };
        let v = match value.serialize(Ser { vm: &mut *self.vm }) {
            Ok(v) => v,
            Err(e) => {
                let r = self.vm.repr_string(&k).unwrap_or_else(|_| "?".into());
                return Err(e.at(Seg::Key(r)));
            }
        };
        self.vm.dict_set(&self.dict, k, v)?;
        Ok(())
    }
    fn end(self) -> Result<PyObjectRef, Fail> {
        self.finish()
    }
}

impl ser::SerializeStruct for SerMap<'_> {
    type Ok = PyObjectRef;
    type Error = Fail;
    fn serialize_field<T: Serialize + ?Sized>(&mut self, key: &'static str, value: &T) -> Result<(), Fail> {
        self.field(key, value)
    }
    fn end(self) -> Result<PyObjectRef, Fail> {
        self.finish()
    }
}

impl ser::SerializeStructVariant for SerMap<'_> {
    type Ok = PyObjectRef;
    type Error = Fail;
    fn serialize_field<T: Serialize + ?Sized>(&mut self, key: &'static str, value: &T) -> Result<(), Fail> {
        self.field(key, value)
    }
    fn end(self) -> Result<PyObjectRef, Fail> {
        self.finish()
    }
}

// ----- Python to Rust -----

struct De<'a> {
    vm: &'a mut Vm,
    obj: PyObjectRef,
}

impl De<'_> {
    fn is_bool(&self) -> bool {
        self.obj.class().is(&self.vm.types.bool)
    }

    /// The int value (of an int, a bool, or an object with `__index__`).
    fn int(&mut self) -> Result<IntValue, Fail> {
        if let Some(i) = int_value(&self.obj) {
            return Ok(i.clone());
        }
        let n = self.vm.names.__index__.clone();
        if self.vm.lookup_special(&self.obj, &n).is_some() {
            return Ok(self.vm.to_index_value(&self.obj)?);
        }
        Err(Fail::type_error("int", &self.obj))
    }

    /// Convert with the facade's own [`FromPy`] (for its exact messages).
    fn via<T: FromPy>(&mut self) -> Result<T, Fail> {
        let v = Value::from_obj(self.obj.clone());
        Ok(T::from_py(&v, Context::from_vm(self.vm))?)
    }

    /// Visit a dict's entries; `fields`: a struct's (paths say `.name`,
    /// not `['name']`).
    fn dict<'de, V: Visitor<'de>>(self, visitor: V, fields: bool) -> Result<V::Value, Fail> {
        let Some(d) = self.obj.downcast_ref::<PyDict>() else {
            return Err(Fail::type_error("dict", &self.obj));
        };
        let items = d.items_vec();
        visitor.visit_map(MapAccess {
            vm: self.vm,
            items: items.into_iter(),
            value: None,
            fields,
        })
    }

    /// The items of a sequence: a list or tuple, or any iterable but `str`,
    /// `bytes` and `dict`.
    fn items(&mut self, expected: &str) -> Result<Vec<PyObjectRef>, Fail> {
        let o = &self.obj;
        if let Some(l) = o.downcast_ref::<PyList>() {
            return Ok(l.items.borrow().clone());
        }
        if let Some(t) = o.downcast_ref::<PyTuple>() {
            return Ok(t.items.to_vec());
        }
        if o.payload_is::<PyStr>() || o.payload_is::<PyBytes>() || o.payload_is::<PyDict>() {
            return Err(Fail::type_error(expected, o));
        }
        let n = self.vm.names.__iter__.clone();
        if self.vm.lookup_special(o, &n).is_none() {
            return Err(Fail::type_error(expected, o));
        }
        Ok(self.vm.collect(&self.obj.clone())?)
    }
}

macro_rules! de_int {
    ($($method:ident $visit:ident $t:ty;)*) => {$(
        fn $method<V: Visitor<'de>>(mut self, visitor: V) -> Result<V::Value, Fail> {
            let i = self.int()?;
            let r = match &i {
                IntValue::Small(s) => <$t>::try_from(*s).ok(),
                IntValue::Big(b) => <$t>::try_from(&**b).ok(),
            };
            match r {
                Some(x) => visitor.$visit(x),
                None if <$t>::MIN == 0 && i.is_negative() => {
                    Err(Fail::msg("OverflowError", "can't convert negative int to unsigned"))
                }
                None => Err(Fail::msg(
                    "OverflowError",
                    concat!("Python int too large to convert to Rust ", stringify!($t)),
                )),
            }
        }
    )*};
}

impl<'de> de::Deserializer<'de> for De<'_> {
    type Error = Fail;

    fn deserialize_any<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, Fail> {
        let o = &self.obj;
        if self.vm.is_none(o) {
            return visitor.visit_unit();
        }
        if self.is_bool() {
            return visitor.visit_bool(o.is(&self.vm.true_));
        }
        if let Some(i) = int_value(o) {
            return match i {
                IntValue::Small(s) => visitor.visit_i64(*s),
                IntValue::Big(b) => {
                    if let Ok(x) = i128::try_from(&**b) {
                        visitor.visit_i128(x)
                    } else if let Ok(x) = u128::try_from(&**b) {
                        visitor.visit_u128(x)
                    } else {
                        Err(Fail::msg(
                            "OverflowError",
                            "Python int too large to convert to Rust i128",
                        ))
                    }
                }
            };
        }
        if let Some(f) = o.downcast_ref::<PyFloat>() {
            return visitor.visit_f64(f.value);
        }
        if let Some(s) = o.downcast_ref::<PyStr>() {
            return visitor.visit_str(s.as_str());
        }
        if let Some(b) = o.downcast_ref::<PyBytes>() {
            return visitor.visit_bytes(&b.value);
        }
        if let Some(b) = o.downcast_ref::<PyByteArray>() {
            let data = b.data.borrow().clone();
            return visitor.visit_byte_buf(data);
        }
        if o.payload_is::<PyDict>() {
            return self.deserialize_map(visitor);
        }
        let n = self.vm.names.__iter__.clone();
        if self.vm.lookup_special(o, &n).is_some() {
            return self.deserialize_seq(visitor);
        }
        Err(Fail::msg(
            "TypeError",
            format!("cannot convert '{}' object", self.obj.ty().name()),
        ))
    }

    fn deserialize_bool<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, Fail> {
        if self.is_bool() {
            visitor.visit_bool(self.obj.is(&self.vm.true_))
        } else {
            Err(Fail::type_error("bool", &self.obj))
        }
    }

    de_int! {
        deserialize_i8 visit_i8 i8;
        deserialize_i16 visit_i16 i16;
        deserialize_i32 visit_i32 i32;
        deserialize_i64 visit_i64 i64;
        deserialize_i128 visit_i128 i128;
        deserialize_u8 visit_u8 u8;
        deserialize_u16 visit_u16 u16;
        deserialize_u32 visit_u32 u32;
        deserialize_u64 visit_u64 u64;
        deserialize_u128 visit_u128 u128;
    }

    fn deserialize_f32<V: Visitor<'de>>(mut self, visitor: V) -> Result<V::Value, Fail> {
        visitor.visit_f32(self.via::<f32>()?)
    }

    fn deserialize_f64<V: Visitor<'de>>(mut self, visitor: V) -> Result<V::Value, Fail> {
        if let Some(f) = self.obj.downcast_ref::<PyFloat>() {
            return visitor.visit_f64(f.value);
        }
        visitor.visit_f64(self.via::<f64>()?)
    }

    fn deserialize_char<V: Visitor<'de>>(mut self, visitor: V) -> Result<V::Value, Fail> {
        visitor.visit_char(self.via::<char>()?)
    }

    fn deserialize_str<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, Fail> {
        match self.obj.downcast_ref::<PyStr>() {
            Some(s) => visitor.visit_str(s.as_str()),
            None => Err(Fail::type_error("str", &self.obj)),
        }
    }

    fn deserialize_string<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, Fail> {
        self.deserialize_str(visitor)
    }

    fn deserialize_bytes<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, Fail> {
        if let Some(b) = self.obj.downcast_ref::<PyBytes>() {
            return visitor.visit_bytes(&b.value);
        }
        if let Some(b) = self.obj.downcast_ref::<PyByteArray>() {
            let data = b.data.borrow().clone();
            return visitor.visit_byte_buf(data);
        }
        Err(Fail::type_error("bytes", &self.obj))
    }

    fn deserialize_byte_buf<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, Fail> {
        self.deserialize_bytes(visitor)
    }

    fn deserialize_option<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, Fail> {
        if self.vm.is_none(&self.obj) {
            visitor.visit_none()
        } else {
            visitor.visit_some(self)
        }
    }

    fn deserialize_unit<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, Fail> {
        if self.vm.is_none(&self.obj) {
            visitor.visit_unit()
        } else {
            Err(Fail::type_error("None", &self.obj))
        }
    }

    fn deserialize_unit_struct<V: Visitor<'de>>(self, _name: &'static str, visitor: V) -> Result<V::Value, Fail> {
        self.deserialize_unit(visitor)
    }

    fn deserialize_newtype_struct<V: Visitor<'de>>(self, _name: &'static str, visitor: V) -> Result<V::Value, Fail> {
        visitor.visit_newtype_struct(self)
    }

    fn deserialize_seq<V: Visitor<'de>>(mut self, visitor: V) -> Result<V::Value, Fail> {
        let items = self.items("list")?;
        visitor.visit_seq(SeqAccess {
            vm: self.vm,
            items: items.into_iter(),
            index: 0,
        })
    }

    fn deserialize_tuple<V: Visitor<'de>>(mut self, len: usize, visitor: V) -> Result<V::Value, Fail> {
        let items = self.items("tuple")?;
        if items.len() != len {
            return Err(Fail::msg(
                "TypeError",
                format!(
                    "expected tuple of length {len}, got {} of length {}",
                    self.obj.ty().name(),
                    items.len()
                ),
            ));
        }
        visitor.visit_seq(SeqAccess {
            vm: self.vm,
            items: items.into_iter(),
            index: 0,
        })
    }

    fn deserialize_tuple_struct<V: Visitor<'de>>(
        self,
        _name: &'static str,
        len: usize,
        visitor: V,
    ) -> Result<V::Value, Fail> {
        self.deserialize_tuple(len, visitor)
    }

    fn deserialize_map<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, Fail> {
        self.dict(visitor, false)
    }

    fn deserialize_struct<V: Visitor<'de>>(
        self,
        _name: &'static str,
        _fields: &'static [&'static str],
        visitor: V,
    ) -> Result<V::Value, Fail> {
        self.dict(visitor, true)
    }

    fn deserialize_enum<V: Visitor<'de>>(
        self,
        _name: &'static str,
        _variants: &'static [&'static str],
        visitor: V,
    ) -> Result<V::Value, Fail> {
        if let Some(s) = self.obj.downcast_ref::<PyStr>() {
            return visitor.visit_enum(s.as_str().into_deserializer());
        }
        if let Some(d) = self.obj.downcast_ref::<PyDict>() {
            let items = d.items_vec();
            if let [(k, v)] = &items[..] {
                let Some(name) = k.downcast_ref::<PyStr>() else {
                    return Err(Fail::type_error("str variant name", k));
                };
                return visitor.visit_enum(EnumAccess {
                    vm: self.vm,
                    variant: name.as_str().to_string(),
                    payload: v.clone(),
                });
            }
            return Err(Fail::msg(
                "ValueError",
                format!("expected a dict with one key (the variant), got {} keys", items.len()),
            ));
        }
        Err(Fail::type_error("str or dict", &self.obj))
    }

    fn deserialize_identifier<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, Fail> {
        self.deserialize_str(visitor)
    }

    fn deserialize_ignored_any<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, Fail> {
        visitor.visit_unit()
    }
}

struct SeqAccess<'a> {
    vm: &'a mut Vm,
    items: std::vec::IntoIter<PyObjectRef>,
    index: usize,
}

impl<'de> de::SeqAccess<'de> for SeqAccess<'_> {
    type Error = Fail;

    fn next_element_seed<T: DeserializeSeed<'de>>(&mut self, seed: T) -> Result<Option<T::Value>, Fail> {
        let Some(obj) = self.items.next() else {
            return Ok(None);
        };
        let i = self.index;
        self.index += 1;
        seed.deserialize(De { vm: &mut *self.vm, obj })
            .map(Some)
            .map_err(|e| e.at(Seg::Index(i)))
    }

    fn size_hint(&self) -> Option<usize> {
        Some(self.items.len())
    }
}

struct MapAccess<'a> {
    vm: &'a mut Vm,
    items: std::vec::IntoIter<(PyObjectRef, PyObjectRef)>,
    /// The current entry's key and value, once its key was read.
    value: Option<(PyObjectRef, PyObjectRef)>,
    /// Whether the keys are a struct's fields.
    fields: bool,
}

impl<'de> de::MapAccess<'de> for MapAccess<'_> {
    type Error = Fail;

    fn next_key_seed<K: DeserializeSeed<'de>>(&mut self, seed: K) -> Result<Option<K::Value>, Fail> {
        let Some((k, v)) = self.items.next() else {
            return Ok(None);
        };
        let key = seed
            .deserialize(De {
                vm: &mut *self.vm,
                obj: k.clone(),
            })
            .map_err(|e| {
                let r = self.vm.repr_string(&k).unwrap_or_else(|_| "?".into());
                e.at(Seg::Key(r))
            })?;
        self.value = Some((k, v));
        Ok(Some(key))
    }

    fn next_value_seed<T: DeserializeSeed<'de>>(&mut self, seed: T) -> Result<T::Value, Fail> {
        let Some((k, v)) = self.value.take() else {
            return Err(Fail::msg("ValueError", "next_value called before next_key"));
        };
        seed.deserialize(De {
            vm: &mut *self.vm,
            obj: v,
        })
        .map_err(|e| {
            // A struct's field reads `order.qty`; a map's key `prices['tea']`.
            match k.downcast_ref::<PyStr>() {
                Some(s) if self.fields && is_identifier(s.as_str()) => e.at(Seg::Name(s.as_str().to_string())),
                _ => {
                    let r = self.vm.repr_string(&k).unwrap_or_else(|_| "?".into());
                    e.at(Seg::Key(r))
                }
            }
        })
    }

    fn size_hint(&self) -> Option<usize> {
        Some(self.items.len())
    }
}

fn is_identifier(s: &str) -> bool {
    let mut chars = s.chars();
    matches!(chars.next(), Some(c) if c == '_' || c.is_alphabetic()) && chars.all(|c| c == '_' || c.is_alphanumeric())
}

struct EnumAccess<'a> {
    vm: &'a mut Vm,
    variant: String,
    payload: PyObjectRef,
}

impl<'de, 'a> de::EnumAccess<'de> for EnumAccess<'a> {
    type Error = Fail;
    type Variant = VariantAccess<'a>;

    fn variant_seed<V: DeserializeSeed<'de>>(self, seed: V) -> Result<(V::Value, VariantAccess<'a>), Fail> {
        let de: de::value::StrDeserializer<'_, Fail> = self.variant.as_str().into_deserializer();
        let v = seed.deserialize(de)?;
        Ok((
            v,
            VariantAccess {
                vm: self.vm,
                variant: self.variant,
                payload: self.payload,
            },
        ))
    }
}

struct VariantAccess<'a> {
    vm: &'a mut Vm,
    variant: String,
    payload: PyObjectRef,
}

impl VariantAccess<'_> {
    fn de(&mut self) -> De<'_> {
        De {
            vm: &mut *self.vm,
            obj: self.payload.clone(),
        }
    }
}

impl<'de> de::VariantAccess<'de> for VariantAccess<'_> {
    type Error = Fail;

    fn unit_variant(mut self) -> Result<(), Fail> {
        de::Deserializer::deserialize_unit(self.de(), de::IgnoredAny)
            .map(|_| ())
            .map_err(|e| e.at(Seg::Name(self.variant)))
    }

    fn newtype_variant_seed<T: DeserializeSeed<'de>>(mut self, seed: T) -> Result<T::Value, Fail> {
        let r = seed.deserialize(self.de());
        r.map_err(|e| e.at(Seg::Name(self.variant)))
    }

    fn tuple_variant<V: Visitor<'de>>(mut self, len: usize, visitor: V) -> Result<V::Value, Fail> {
        let r = de::Deserializer::deserialize_tuple(self.de(), len, visitor);
        r.map_err(|e| e.at(Seg::Name(self.variant)))
    }

    fn struct_variant<V: Visitor<'de>>(
        mut self,
        fields: &'static [&'static str],
        visitor: V,
    ) -> Result<V::Value, Fail> {
        let r = de::Deserializer::deserialize_struct(self.de(), "", fields, visitor);
        r.map_err(|e| e.at(Seg::Name(self.variant)))
    }
}
