//! What `#[derive(IntoPy, FromPy)]` (the `kaa-derive` crate, cargo feature
//! `derive`, on by default) expands to calls: not a public API.

use kaa_vm::object::dict::PyDict;
use kaa_vm::object::list::PyList;
use kaa_vm::object::str::PyStr;
use kaa_vm::object::tuple::PyTuple;

use crate::collections::AnyPy;
use crate::convert::{FromPy, IntoPy};
use crate::value::{Context, Exception, Value};

fn type_error(expected: &str, v: &Value) -> Exception {
    Exception::type_error(format!("expected {expected}, got {}", v.type_name()))
}

/// A unit variant: its name, interned.
pub fn variant_name(cx: &mut Context, name: &str) -> Result<Value, Exception> {
    Ok(Value::from_obj(cx.vm().intern(name)))
}

/// `{name: payload}`, serde's externally tagged form of a variant.
pub fn tagged(cx: &mut Context, name: &str, payload: Value) -> Result<Value, Exception> {
    cx.dict().set(name, payload).build()
}

/// A tuple of the converted items.
pub fn tuple(cx: &mut Context, items: Vec<AnyPy<'_>>) -> Result<Value, Exception> {
    let mut objs = Vec::with_capacity(items.len());
    for x in items {
        let v = x.into_py(cx)?;
        objs.push(v.obj_in(cx)?.clone());
    }
    Ok(Value::from_obj(cx.vm().new_tuple(objs)))
}

/// `v`, checked to be a dict.
pub fn dict(v: &Value) -> Result<Value, Exception> {
    if v.raw().payload_is::<PyDict>() {
        Ok(v.clone())
    } else {
        Err(type_error("dict", v))
    }
}

/// The field `name` of the dict `d`, converted; an `Option` field may be
/// missing.
pub fn field<T: FromPy>(cx: &mut Context, d: &Value, name: &str) -> Result<T, Exception> {
    let found = match d.raw().downcast_ref::<PyDict>() {
        Some(dict) => dict.get_str(cx.vm(), name),
        None => return Err(type_error("dict", d)),
    };
    match found {
        Some(x) => T::from_py(&Value::from_obj(x), cx).map_err(|e| e.__at(name)),
        None => T::from_missing().ok_or_else(|| Exception::value_error(format!("missing field '{name}'"))),
    }
}

/// The items of a tuple (or list) of length `n`.
pub fn tuple_items(v: &Value, n: usize) -> Result<Vec<Value>, Exception> {
    let items = if let Some(t) = v.raw().downcast_ref::<PyTuple>() {
        t.items.to_vec()
    } else if let Some(l) = v.raw().downcast_ref::<PyList>() {
        l.items.borrow().clone()
    } else {
        return Err(type_error("tuple", v));
    };
    if items.len() != n {
        return Err(Exception::type_error(format!(
            "expected tuple of length {n}, got {} of length {}",
            v.type_name(),
            items.len()
        )));
    }
    Ok(items.into_iter().map(Value::from_obj).collect())
}

/// Item `i` of `items`, converted.
pub fn item<T: FromPy>(cx: &mut Context, items: &[Value], i: usize) -> Result<T, Exception> {
    match items.get(i) {
        Some(x) => T::from_py(x, cx).map_err(|e| e.__at(&format!("[{i}]"))),
        None => Err(Exception::index_error("tuple index out of range")),
    }
}

/// A unit struct: `None`.
pub fn unit(_cx: &mut Context, v: &Value) -> Result<(), Exception> {
    if v.is_none() {
        Ok(())
    } else {
        Err(type_error("None", v))
    }
}

/// The variant named by `v` (a `str`, or a dict with one `str` key) and its
/// payload (none for a `str`).
pub fn variant(_cx: &mut Context, v: &Value) -> Result<(String, Option<Value>), Exception> {
    if let Some(s) = v.raw().downcast_ref::<PyStr>() {
        return Ok((s.as_str().to_string(), None));
    }
    if let Some(d) = v.raw().downcast_ref::<PyDict>() {
        let items = d.items_vec();
        if let [(k, x)] = &items[..] {
            return match k.downcast_ref::<PyStr>() {
                Some(s) => Ok((s.as_str().to_string(), Some(Value::from_obj(x.clone())))),
                None => Err(Exception::type_error(format!(
                    "expected a str variant name, got {}",
                    k.ty().name()
                ))),
            };
        }
        return Err(Exception::value_error(format!(
            "expected a dict with one key (the variant), got {} keys",
            items.len()
        )));
    }
    Err(type_error("str or dict", v))
}

/// A unit variant's payload: none, or `None`.
pub fn unit_payload(_cx: &mut Context, payload: &Option<Value>, name: &str) -> Result<(), Exception> {
    match payload {
        Some(p) if !p.is_none() => Err(type_error("None", p).__at(name)),
        _ => Ok(()),
    }
}

/// A data variant's payload, which must be there.
pub fn payload(_cx: &mut Context, payload: Option<Value>, name: &str) -> Result<Value, Exception> {
    payload.ok_or_else(|| Exception::value_error(format!("variant '{name}' needs a value: {{'{name}': ...}}")))
}

/// An unknown variant name.
pub fn unknown_variant(name: &str, expected: &[&str]) -> Exception {
    let names: Vec<String> = expected.iter().map(|n| format!("'{n}'")).collect();
    Exception::value_error(format!(
        "unknown variant '{name}', expected one of {}",
        names.join(", ")
    ))
}
