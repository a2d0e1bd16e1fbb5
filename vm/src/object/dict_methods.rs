//! The methods of `dict` and of its views (`dict_keys`, `dict_values`,
//! `dict_items`). The payload and the lookup procedure are in `dict.rs`.

use std::cell::RefCell;

use kaa_compiler::bytecode::CompareOp;

use super::core::PyObjectRef;
use super::dict::PyDict;
use super::function::PyBuiltinFunction;
use super::iter::{new_dict_iter, new_dict_reverse_iter, DictIterKind, PyDictView};
use super::list::{repr_enter, repr_leave};
use super::set::PySet;
use super::tuple::{install_compare, PyTuple};
use crate::vm::{Args, PyResult, Vm};

fn payload<'a>(vm: &Vm, o: &'a PyObjectRef) -> PyResult<&'a PyDict> {
    o.downcast_ref::<PyDict>().ok_or_else(|| {
        vm.new_type_error(format!(
            "descriptor requires a 'dict' object but received a '{}'",
            o.ty().name()
        ))
    })
}

fn this<'a>(vm: &Vm, args: &Args<'a>) -> PyResult<(&'a PyObjectRef, &'a PyDict)> {
    let o = args
        .pos()
        .first()
        .ok_or_else(|| vm.new_type_error("descriptor of 'dict' object needs an argument"))?;
    Ok((o, payload(vm, o)?))
}

/// `self` and exactly one argument (`dict.__getitem__() takes exactly one argument`).
fn one_arg<'a>(vm: &mut Vm, args: &Args<'a>, qualname: &str) -> PyResult<(&'a PyObjectRef, &'a PyObjectRef)> {
    let (o, _) = this(vm, args)?;
    args.no_kwargs(vm, qualname)?;
    match args.pos() {
        [_, x] => Ok((o, x)),
        p => Err(vm.new_type_error(format!(
            "{qualname}() takes exactly one argument ({} given)",
            p.len() - 1
        ))),
    }
}

fn no_arg<'a>(vm: &mut Vm, args: &Args<'a>, qualname: &str) -> PyResult<(&'a PyObjectRef, &'a PyDict)> {
    let r = this(vm, args)?;
    args.no_kwargs(vm, qualname)?;
    if args.pos().len() != 1 {
        return Err(vm.new_type_error(format!(
            "{qualname}() takes no arguments ({} given)",
            args.pos().len() - 1
        )));
    }
    Ok(r)
}

/// Between `min` and `max` arguments after `self` (`get expected at least 1
/// argument, got 0`).
fn arg_range<'a>(vm: &mut Vm, args: &Args<'a>, name: &str, min: usize, max: usize) -> PyResult<&'a [PyObjectRef]> {
    this(vm, args)?;
    args.no_kwargs(vm, name)?;
    let rest = &args.pos()[1..];
    let n = rest.len();
    if n < min {
        return Err(vm.new_type_error(format!(
            "{name} expected at least {min} argument{}, got {n}",
            if min == 1 { "" } else { "s" }
        )));
    }
    if n > max {
        return Err(vm.new_type_error(format!(
            "{name} expected at most {max} argument{}, got {n}",
            if max == 1 { "" } else { "s" }
        )));
    }
    Ok(rest)
}

// ----- merging (PyDict_Merge, PyDict_MergeFromSeq2) -----

/// Add every key of the mapping `src` to `dict` (`PyDict_Merge`): a dict's entries
/// directly, else `src.keys()` and `src[key]`.
pub fn merge(vm: &mut Vm, dict: &PyObjectRef, src: &PyObjectRef) -> PyResult<()> {
    let iter_name = vm.names.__iter__.clone();
    let plain_dict = src.downcast_ref::<PyDict>().filter(|_| {
        let own = src.class().ty_payload().lookup(&iter_name);
        let base = vm.types.dict.ty_payload().get_own(&iter_name);
        matches!((own, base), (Some(a), Some(b)) if a.is(&b))
    });
    if let Some(d) = plain_dict {
        if src.is(dict) {
            return Ok(());
        }
        let entries: Vec<(PyObjectRef, i64, PyObjectRef)> = d
            .table
            .borrow()
            .iter()
            .map(|e| (e.key.clone(), e.hash, e.value.clone()))
            .collect();
        for (k, h, v) in entries {
            vm.dict_set_hashed(dict, k, h, v)?;
        }
        return Ok(());
    }
    let keys_name = vm.names.keys.clone();
    let keys_fn = vm.get_attr(src, &keys_name)?;
    let keys = vm.call_positional(&keys_fn, &[])?;
    let it = vm.get_iter(&keys)?;
    let mut pace = crate::limits::Pace::default();
    while let Some(k) = vm.iter_next(&it)? {
        let v = vm.get_item(src, &k)?;
        vm.dict_set(dict, k, v)?;
        pace.step_holding(vm, || table_bytes(dict))?;
    }
    Ok(())
}

/// The bytes of `dict`'s table (for [`crate::limits::Pace::step_holding`]).
fn table_bytes(dict: &PyObjectRef) -> usize {
    dict.downcast_ref::<PyDict>()
        .map_or(0, |d| d.table.borrow().table_bytes())
}

/// Add the `(key, value)` pairs of an iterable to `dict` (`PyDict_MergeFromSeq2`).
fn merge_pairs(vm: &mut Vm, dict: &PyObjectRef, src: &PyObjectRef) -> PyResult<()> {
    let it = vm.get_iter(src)?;
    let mut i = 0usize;
    let mut pace = crate::limits::Pace::default();
    while let Some(item) = vm.iter_next(&it)? {
        pace.step_holding(vm, || table_bytes(dict))?;
        // An exact 2-tuple (`dict(zip(keys, values))`) without a copy.
        if let Some([k, v]) = item
            .downcast_ref::<PyTuple>()
            .filter(|_| item.class().is(&vm.types.tuple))
            .and_then(|t| <&[PyObjectRef; 2]>::try_from(&t.items[..]).ok())
        {
            vm.dict_set(dict, k.clone(), v.clone())?;
            i += 1;
            continue;
        }
        let pair = match pair_items(vm, &item) {
            Some(p) => p,
            None => {
                return Err(vm.new_type_error(format!(
                    "cannot convert dictionary update sequence element #{i} to a sequence"
                )))
            }
        };
        let pair = pair?;
        if pair.len() != 2 {
            return Err(vm.new_value_error(format!(
                "dictionary update sequence element #{i} has length {}; 2 is required",
                pair.len()
            )));
        }
        let mut p = pair.into_iter();
        if let (Some(k), Some(v)) = (p.next(), p.next()) {
            vm.dict_set(dict, k, v)?;
        }
        i += 1;
    }
    Ok(())
}

/// The items of one update-sequence element (`PySequence_Fast`); `None` if it is
/// not iterable.
fn pair_items(vm: &mut Vm, item: &PyObjectRef) -> Option<PyResult<Vec<PyObjectRef>>> {
    if let Some(t) = item
        .downcast_ref::<PyTuple>()
        .filter(|_| item.class().is(&vm.types.tuple))
    {
        return Some(Ok(t.items.to_vec()));
    }
    if let Some(l) = item
        .downcast_ref::<super::list::PyList>()
        .filter(|_| item.class().is(&vm.types.list))
    {
        return Some(Ok(l.items.borrow().clone()));
    }
    match vm.get_iter(item) {
        Ok(it) => {
            let mut out = Vec::new();
            let mut pace = crate::limits::Pace::default();
            loop {
                if let Err(e) = pace.step(vm) {
                    return Some(Err(e));
                }
                match vm.iter_next(&it) {
                    Ok(Some(v)) => out.push(v),
                    Ok(None) => return Some(Ok(out)),
                    Err(e) => return Some(Err(e)),
                }
            }
        }
        Err(e) if e.is_instance_of(&vm.exc.type_error) => None,
        Err(e) => Some(Err(e)),
    }
}

/// `dict.update(arg)`'s argument: a mapping (has `keys`) or pairs.
fn update_arg(vm: &mut Vm, dict: &PyObjectRef, arg: &PyObjectRef) -> PyResult<()> {
    if arg.class().is(&vm.types.dict) {
        return merge(vm, dict, arg);
    }
    let keys = vm.names.keys.clone();
    if vm.get_attr_opt(arg, &keys)?.is_some() {
        return merge(vm, dict, arg);
    }
    merge_pairs(vm, dict, arg)
}

/// `dict.update(arg=None, **kwargs)` and `dict.__init__`.
fn update_common(vm: &mut Vm, args: &Args, name: &str) -> PyResult<()> {
    let (o, _) = this(vm, args)?;
    let rest = &args.pos()[1..];
    if rest.len() > 1 {
        return Err(vm.new_type_error(format!("{name} expected at most 1 argument, got {}", rest.len())));
    }
    if let Some(arg) = rest.first() {
        update_arg(vm, o, arg)?;
    }
    for (k, v) in args.kwargs() {
        let key = vm.intern(k);
        vm.dict_set(o, key, v.clone())?;
    }
    Ok(())
}

// ----- dict -----

/// `dict.__new__(cls, ...)`: an empty dict; `__init__` fills it.
fn dict_new(vm: &mut Vm, args: Args) -> PyResult {
    let base = vm.types.dict.clone();
    let cls = crate::builtins_type::new_cls_arg(vm, &args, &base)?.clone();
    if cls.is(&base) {
        // An exact dict starts untracked (`gc.rs`); a subclass's instance
        // is always tracked, as in CPython.
        return Ok(vm.new_dict());
    }
    Ok(vm.new_instance(PyDict::default(), &cls))
}

fn dict_init(vm: &mut Vm, args: Args) -> PyResult {
    update_common(vm, &args, "dict")?;
    Ok(vm.none())
}

fn dict_update(vm: &mut Vm, args: Args) -> PyResult {
    update_common(vm, &args, "update")?;
    Ok(vm.none())
}

/// `repr(dict)`: `{'a': 1}`, `{...}` for a dict inside itself.
fn dict_repr(vm: &mut Vm, args: Args) -> PyResult {
    let (o, d) = this(vm, &args)?;
    if d.is_empty() {
        return Ok(vm.new_str("{}"));
    }
    if !repr_enter(vm, o) {
        return Ok(vm.new_str("{...}"));
    }
    let r = repr_entries(vm, d);
    repr_leave(vm, o);
    Ok(vm.new_str(format!("{{{}}}", r?)))
}

fn repr_entries(vm: &mut Vm, d: &PyDict) -> PyResult<String> {
    let mut out = String::new();
    let mut pace = crate::limits::Pace::default();
    for (i, (k, v)) in d.items_vec().into_iter().enumerate() {
        pace.step_building(vm, out.len())?;
        if i > 0 {
            out.push_str(", ");
        }
        out.push_str(&vm.repr_string(&k)?);
        out.push_str(": ");
        out.push_str(&vm.repr_string(&v)?);
    }
    Ok(out)
}

fn dict_len(vm: &mut Vm, args: Args) -> PyResult {
    let (_, d) = no_arg(vm, &args, "dict.__len__")?;
    Ok(vm.new_int(d.len() as i64))
}

/// `dict[key]`, calling `__missing__` of a subclass for an absent key.
fn dict_getitem(vm: &mut Vm, args: Args) -> PyResult {
    let (o, key) = one_arg(vm, &args, "dict.__getitem__")?;
    getitem_of(vm, o, key)
}

/// Whether `obj` is a dict whose class keeps `dict`'s own method `name`
/// (implemented by `func`): instances of `Counter`, `defaultdict` or a class
/// that subclasses `dict` without overriding it. CPython's subclasses inherit
/// the C slot (`mp_subscript`, `mp_ass_subscript`), so `counts[k] += 1` on
/// them costs what it costs on a dict; here the item protocol checks this
/// before calling the method through `call_special`.
fn keeps_dict_method(obj: &PyObjectRef, name: &PyObjectRef, func: crate::vm::NativeFn) -> bool {
    if !obj.payload_is::<PyDict>() {
        return false;
    }
    let Some(f) = obj.ty().lookup(name) else {
        return false;
    };
    f.downcast_ref::<PyBuiltinFunction>()
        .is_some_and(|b| b.self_.is_none() && std::ptr::fn_addr_eq(b.func, func))
}

/// `obj[key]` for a dict of a class that keeps `dict.__getitem__` (see
/// [`keeps_dict_method`]): what that method does, without the method call;
/// `None` for any other object.
pub(crate) fn subclass_getitem(vm: &mut Vm, obj: &PyObjectRef, key: &PyObjectRef) -> Option<PyResult> {
    if !keeps_dict_method(obj, &vm.names.__getitem__, dict_getitem) {
        return None;
    }
    Some(getitem_of(vm, obj, key))
}

/// Whether `obj[key] = value` on `obj` is `dict.__setitem__`'s store (see
/// [`keeps_dict_method`]).
pub(crate) fn keeps_dict_setitem(vm: &Vm, obj: &PyObjectRef) -> bool {
    keeps_dict_method(obj, &vm.names.__setitem__, dict_setitem)
}

/// `dict.__getitem__(o, key)`: the lookup, then `__missing__` for a subclass.
fn getitem_of(vm: &mut Vm, o: &PyObjectRef, key: &PyObjectRef) -> PyResult {
    if let Some(v) = vm.dict_get_item_opt(o, key)? {
        return Ok(v);
    }
    if !o.class().is(&vm.types.dict) {
        let missing = vm.names.__missing__.clone();
        if let Some(f) = vm.lookup_special(o, &missing) {
            return vm.call_with_self(&f, o, std::slice::from_ref(key));
        }
    }
    Err(vm.new_key_error(key.clone()))
}

fn dict_setitem(vm: &mut Vm, args: Args) -> PyResult {
    let (o, _) = this(vm, &args)?;
    let [_, k, v] = args.pos() else {
        return Err(vm.new_type_error(format!("expected 2 arguments, got {}", args.pos().len() - 1)));
    };
    vm.dict_set(o, k.clone(), v.clone())?;
    Ok(vm.none())
}

fn dict_delitem(vm: &mut Vm, args: Args) -> PyResult {
    let (o, key) = one_arg(vm, &args, "dict.__delitem__")?;
    if !vm.dict_del(o, key)? {
        return Err(vm.new_key_error(key.clone()));
    }
    Ok(vm.none())
}

fn dict_contains(vm: &mut Vm, args: Args) -> PyResult {
    let (o, key) = one_arg(vm, &args, "dict.__contains__")?;
    let r = vm.dict_get_item_opt(o, key)?.is_some();
    Ok(vm.new_bool(r))
}

fn dict_iter(vm: &mut Vm, args: Args) -> PyResult {
    let (o, _) = no_arg(vm, &args, "dict.__iter__")?;
    Ok(new_dict_iter(vm, o.clone(), DictIterKind::Keys))
}

fn dict_reversed(vm: &mut Vm, args: Args) -> PyResult {
    let (o, _) = no_arg(vm, &args, "dict.__reversed__")?;
    Ok(new_dict_reverse_iter(vm, o.clone(), DictIterKind::Keys))
}

/// `a == b` for dicts: same size, and every key of `a` maps to an equal value in `b`.
fn dicts_equal(vm: &mut Vm, a: &PyObjectRef, b: &PyObjectRef) -> PyResult<bool> {
    let (x, y) = (payload(vm, a)?, payload(vm, b)?);
    if x.len() != y.len() {
        return Ok(false);
    }
    for (k, av) in x.items_vec() {
        // Dicts nested a few levels compare all their values at once: each
        // counts as work (`limits.rs`).
        vm.count_work(1)?;
        let Some(bv) = vm.dict_get_item_opt(b, &k)? else {
            return Ok(false);
        };
        if !vm.eq(&av, &bv)? {
            return Ok(false);
        }
    }
    Ok(true)
}

fn dict_compare(vm: &mut Vm, args: Args, op: CompareOp) -> PyResult {
    let [a, b] = args.exact::<2>(vm, "comparison")?;
    if !a.payload_is::<PyDict>() || !b.payload_is::<PyDict>() {
        return Ok(vm.not_implemented.clone());
    }
    match op {
        CompareOp::Eq => {
            let r = a.is(b) || dicts_equal(vm, a, b)?;
            Ok(vm.new_bool(r))
        }
        CompareOp::Ne => {
            let r = a.is(b) || dicts_equal(vm, a, b)?;
            Ok(vm.new_bool(!r))
        }
        _ => Ok(vm.not_implemented.clone()),
    }
}

/// A new exact `dict` with the entries of `d` (hashes reused).
fn copy_dict(vm: &Vm, d_obj: &PyObjectRef, d: &PyDict) -> PyObjectRef {
    let table = d.table.borrow().clone();
    let r = PyObjectRef::new(
        PyDict {
            table: RefCell::new(table),
        },
        &vm.types.dict,
    );
    // Only a dict that may hold a cycle is tracked (`gc.rs`): the copy
    // holds what `d` holds, and `d`, if untracked, only atoms.
    if !vm.heap.is_tracked(d_obj) {
        vm.heap.untrack_new(&r);
    }
    r
}

/// `a | b`: a copy of `a` updated with `b` (both dicts).
fn dict_or_impl(vm: &mut Vm, a: &PyObjectRef, b: &PyObjectRef) -> PyResult {
    let (Some(x), true) = (a.downcast_ref::<PyDict>(), b.payload_is::<PyDict>()) else {
        return Ok(vm.not_implemented.clone());
    };
    let r = copy_dict(vm, a, x);
    update_arg(vm, &r, b)?;
    Ok(r)
}

fn dict_or(vm: &mut Vm, args: Args) -> PyResult {
    let [a, b] = args.exact::<2>(vm, "__or__")?;
    dict_or_impl(vm, a, b)
}

fn dict_ror(vm: &mut Vm, args: Args) -> PyResult {
    let [a, b] = args.exact::<2>(vm, "__ror__")?;
    dict_or_impl(vm, b, a)
}

/// `d |= other`: any mapping or iterable of pairs.
fn dict_ior(vm: &mut Vm, args: Args) -> PyResult {
    let [a, b] = args.exact::<2>(vm, "__ior__")?;
    payload(vm, a)?;
    update_arg(vm, a, b)?;
    Ok(a.clone())
}

fn dict_view(vm: &mut Vm, args: Args, kind: DictIterKind, name: &str) -> PyResult {
    let (o, _) = no_arg(vm, &args, name)?;
    let cls = match kind {
        DictIterKind::Keys => vm.types.dict_keys.clone(),
        DictIterKind::Values => vm.types.dict_values.clone(),
        DictIterKind::Items => vm.types.dict_items.clone(),
    };
    Ok(PyObjectRef::new(PyDictView { dict: o.clone(), kind }, &cls))
}

fn dict_keys(vm: &mut Vm, args: Args) -> PyResult {
    dict_view(vm, args, DictIterKind::Keys, "dict.keys")
}
fn dict_values(vm: &mut Vm, args: Args) -> PyResult {
    dict_view(vm, args, DictIterKind::Values, "dict.values")
}
fn dict_items(vm: &mut Vm, args: Args) -> PyResult {
    dict_view(vm, args, DictIterKind::Items, "dict.items")
}

fn dict_get(vm: &mut Vm, args: Args) -> PyResult {
    let (o, _) = this(vm, &args)?;
    let rest = arg_range(vm, &args, "get", 1, 2)?;
    match vm.dict_get_item_opt(o, &rest[0])? {
        Some(v) => Ok(v),
        None => Ok(rest.get(1).cloned().unwrap_or_else(|| vm.none())),
    }
}

fn dict_setdefault(vm: &mut Vm, args: Args) -> PyResult {
    let (o, _) = this(vm, &args)?;
    let rest = arg_range(vm, &args, "setdefault", 1, 2)?;
    if let Some(v) = vm.dict_get_item_opt(o, &rest[0])? {
        return Ok(v);
    }
    let v = rest.get(1).cloned().unwrap_or_else(|| vm.none());
    vm.dict_set(o, rest[0].clone(), v.clone())?;
    Ok(v)
}

fn dict_pop(vm: &mut Vm, args: Args) -> PyResult {
    let (o, _) = this(vm, &args)?;
    let rest = arg_range(vm, &args, "pop", 1, 2)?;
    match vm.dict_pop(o, &rest[0])? {
        Some(v) => Ok(v),
        None => match rest.get(1) {
            Some(d) => Ok(d.clone()),
            None => Err(vm.new_key_error(rest[0].clone())),
        },
    }
}

fn dict_popitem(vm: &mut Vm, args: Args) -> PyResult {
    let (_, d) = no_arg(vm, &args, "dict.popitem")?;
    let e = d.table.borrow_mut().pop_last();
    match e {
        Some(e) => Ok(vm.new_tuple(vec![e.key, e.value])),
        None => Err(vm.new_exception_msg(&vm.exc.key_error, "popitem(): dictionary is empty")),
    }
}

fn dict_clear(vm: &mut Vm, args: Args) -> PyResult {
    let (_, d) = no_arg(vm, &args, "dict.clear")?;
    let old = std::mem::take(&mut *d.table.borrow_mut());
    let mut t = d.table.borrow_mut();
    t.version = old.version.wrapping_add(1);
    drop(t);
    drop(old);
    Ok(vm.none())
}

fn dict_copy(vm: &mut Vm, args: Args) -> PyResult {
    let (o, d) = no_arg(vm, &args, "dict.copy")?;
    Ok(copy_dict(vm, o, d))
}

/// `dict.fromkeys(iterable, value=None)` (a class method).
fn dict_fromkeys(vm: &mut Vm, args: Args) -> PyResult {
    let cls = args
        .pos()
        .first()
        .cloned()
        .ok_or_else(|| vm.new_type_error("fromkeys needs a class"))?;
    args.no_kwargs(vm, "fromkeys")?;
    let rest = &args.pos()[1..];
    if rest.is_empty() {
        return Err(vm.new_type_error("fromkeys expected at least 1 argument, got 0"));
    }
    if rest.len() > 2 {
        return Err(vm.new_type_error(format!("fromkeys expected at most 2 arguments, got {}", rest.len())));
    }
    let value = rest.get(1).cloned().unwrap_or_else(|| vm.none());
    let d = vm.call_positional(&cls, &[])?;
    let exact = d.class().is(&vm.types.dict);
    // A known length is checked before anything is made, and the table's
    // growth as it happens (`limits.rs`).
    vm.check_materialise(&rest[0], super::dict_table::ENTRY_BYTES + 4, false)?;
    let it = vm.get_iter(&rest[0])?;
    let mut pace = crate::limits::Pace::default();
    while let Some(k) = vm.iter_next(&it)? {
        if exact {
            vm.dict_set(&d, k, value.clone())?;
        } else {
            vm.set_item(&d, &k, value.clone())?;
        }
        pace.step_holding(vm, || table_bytes(&d))?;
    }
    Ok(d)
}

// ----- views -----

fn view<'a>(vm: &Vm, args: &Args<'a>) -> PyResult<(&'a PyObjectRef, &'a PyDictView)> {
    let o = args
        .pos()
        .first()
        .ok_or_else(|| vm.new_type_error("descriptor of dict view needs an argument"))?;
    let v = o
        .downcast_ref::<PyDictView>()
        .ok_or_else(|| vm.new_type_error(format!("expected a dict view, got '{}'", o.ty().name())))?;
    Ok((o, v))
}

fn view_len_of(v: &PyDictView) -> usize {
    v.dict.downcast_ref::<PyDict>().map_or(0, |d| d.len())
}

fn view_len(vm: &mut Vm, args: Args) -> PyResult {
    let (_, v) = view(vm, &args)?;
    Ok(vm.new_int(view_len_of(v) as i64))
}

fn view_iter(vm: &mut Vm, args: Args) -> PyResult {
    let (_, v) = view(vm, &args)?;
    Ok(new_dict_iter(vm, v.dict.clone(), v.kind))
}

fn view_reversed(vm: &mut Vm, args: Args) -> PyResult {
    let (_, v) = view(vm, &args)?;
    Ok(new_dict_reverse_iter(vm, v.dict.clone(), v.kind))
}

/// `x in view`: a key lookup for keys, `(key, value)` for items, a scan for values.
fn view_contains_impl(vm: &mut Vm, v: &PyDictView, x: &PyObjectRef) -> PyResult<bool> {
    match v.kind {
        DictIterKind::Keys => Ok(vm.dict_get_item_opt(&v.dict, x)?.is_some()),
        DictIterKind::Items => {
            let Some(t) = x.downcast_ref::<PyTuple>().filter(|t| t.items.len() == 2) else {
                return Ok(false);
            };
            match vm.dict_get_item_opt(&v.dict, &t.items[0])? {
                Some(found) => vm.eq(&found, &t.items[1]),
                None => Ok(false),
            }
        }
        DictIterKind::Values => {
            let values: Vec<PyObjectRef> = v
                .dict
                .downcast_ref::<PyDict>()
                .map(|d| d.items_vec().into_iter().map(|(_, v)| v).collect())
                .unwrap_or_default();
            for val in values {
                if val.is(x) || vm.eq(&val, x)? {
                    return Ok(true);
                }
            }
            Ok(false)
        }
    }
}

fn view_contains(vm: &mut Vm, args: Args) -> PyResult {
    let (_, v) = view(vm, &args)?;
    let [_, x] = args.pos() else {
        return Err(vm.new_type_error("__contains__ expects one argument"));
    };
    let r = view_contains_impl(vm, v, x)?;
    Ok(vm.new_bool(r))
}

/// `repr(view)`: `dict_keys([1, 2])`.
fn view_repr(vm: &mut Vm, args: Args) -> PyResult {
    let (o, _) = view(vm, &args)?;
    let name = o.ty().name().to_string();
    if !repr_enter(vm, o) {
        return Ok(vm.new_str("..."));
    }
    let r = (|| {
        let items = vm.collect(o)?;
        let list = vm.new_list(items);
        vm.repr_string(&list)
    })();
    repr_leave(vm, o);
    Ok(vm.new_str(format!("{name}({})", r?)))
}

/// Whether `o` is a keys or items view (the set-like views).
fn is_set_view(o: &PyObjectRef) -> bool {
    o.downcast_ref::<PyDictView>()
        .is_some_and(|v| v.kind != DictIterKind::Values)
}

/// A new set of the items of `o` (`dictviews_to_set`).
fn to_set(vm: &mut Vm, o: &PyObjectRef) -> PyResult {
    let set = vm.types.set.clone();
    match o.downcast_ref::<PyDictView>() {
        Some(v) if v.kind == DictIterKind::Keys && v.dict.class().is(&vm.types.dict) => {
            let d = v.dict.clone();
            vm.call_positional(&set, &[d])
        }
        _ => vm.call_positional(&set, std::slice::from_ref(o)),
    }
}

fn view_sub_impl(vm: &mut Vm, a: &PyObjectRef, b: &PyObjectRef) -> PyResult {
    let r = to_set(vm, a)?;
    vm.call_method(&r, "difference_update", std::slice::from_ref(b))?;
    Ok(r)
}

fn view_or_impl(vm: &mut Vm, a: &PyObjectRef, b: &PyObjectRef) -> PyResult {
    let r = to_set(vm, a)?;
    vm.call_method(&r, "update", std::slice::from_ref(b))?;
    Ok(r)
}

fn view_xor_impl(vm: &mut Vm, a: &PyObjectRef, b: &PyObjectRef) -> PyResult {
    let items_view = |o: &PyObjectRef| {
        o.downcast_ref::<PyDictView>()
            .is_some_and(|v| v.kind == DictIterKind::Items)
    };
    if items_view(a) && items_view(b) {
        return items_xor(vm, a, b);
    }
    let r = to_set(vm, a)?;
    vm.call_method(&r, "symmetric_difference_update", std::slice::from_ref(b))?;
    Ok(r)
}

/// `items ^ items` (CPython's `dictitems_xor`): the pairs of `b` not equal in
/// `a`, then the pairs of `a` left.
fn items_xor(vm: &mut Vm, a: &PyObjectRef, b: &PyObjectRef) -> PyResult {
    let (Some(va), Some(vb)) = (a.downcast_ref::<PyDictView>(), b.downcast_ref::<PyDictView>()) else {
        return Ok(vm.not_implemented.clone());
    };
    let (Some(d1), Some(d2)) = (va.dict.downcast_ref::<PyDict>(), vb.dict.downcast_ref::<PyDict>()) else {
        return Ok(vm.not_implemented.clone());
    };
    let temp = copy_dict(vm, &va.dict, d1);
    let result = super::set::new_set(vm, Vec::new())?;
    for (key, val2) in d2.items_vec() {
        let to_delete = match vm.dict_get_item_opt(&temp, &key)? {
            Some(val1) => vm.eq(&val1, &val2)?,
            None => false,
        };
        if to_delete {
            vm.dict_del(&temp, &key)?;
        } else {
            let pair = vm.new_tuple(vec![key, val2]);
            super::set::set_add(vm, &result, pair)?;
        }
    }
    for (k, v) in payload(vm, &temp)?.items_vec() {
        let pair = vm.new_tuple(vec![k, v]);
        super::set::set_add(vm, &result, pair)?;
    }
    Ok(result)
}

/// `view & other` (`_PyDictView_Intersect`).
fn view_and_impl(vm: &mut Vm, a: &PyObjectRef, b: &PyObjectRef) -> PyResult {
    let (mut this, mut other) = if is_set_view(a) {
        (a.clone(), b.clone())
    } else {
        (b.clone(), a.clone())
    };
    let len_self = this.downcast_ref::<PyDictView>().map_or(0, view_len_of);
    if other.class().is(&vm.types.set) && len_self <= other.downcast_ref::<PySet>().map_or(0, |s| s.len()) {
        return vm.call_method(&other, "intersection", std::slice::from_ref(&this));
    }
    if let Some(ov) = other.downcast_ref::<PyDictView>().filter(|_| is_set_view(&other)) {
        if view_len_of(ov) > len_self {
            std::mem::swap(&mut this, &mut other);
        }
    }
    let result = super::set::new_set(vm, Vec::new())?;
    let Some(v) = this.downcast_ref::<PyDictView>() else {
        return Ok(result);
    };
    let it = vm.get_iter(&other)?;
    while let Some(k) = vm.iter_next(&it)? {
        if view_contains_impl(vm, v, &k)? {
            super::set::set_add(vm, &result, k)?;
        }
    }
    Ok(result)
}

macro_rules! view_operator {
    ($name:ident, $rname:ident, $imp:ident) => {
        fn $name(vm: &mut Vm, args: Args) -> PyResult {
            let [a, b] = args.exact::<2>(vm, "operator")?;
            $imp(vm, a, b)
        }
        fn $rname(vm: &mut Vm, args: Args) -> PyResult {
            let [a, b] = args.exact::<2>(vm, "operator")?;
            $imp(vm, b, a)
        }
    };
}

view_operator!(view_sub, view_rsub, view_sub_impl);
view_operator!(view_or, view_ror, view_or_impl);
view_operator!(view_xor, view_rxor, view_xor_impl);
view_operator!(view_and, view_rand, view_and_impl);

/// Whether every item of `a` is in `b` (`all_contained_in`).
fn all_contained_in(vm: &mut Vm, a: &PyObjectRef, b: &PyObjectRef) -> PyResult<bool> {
    let it = vm.get_iter(a)?;
    while let Some(x) = vm.iter_next(&it)? {
        if !vm.contains(b, &x)? {
            return Ok(false);
        }
    }
    Ok(true)
}

/// Set-like comparisons of keys and items views with sets and views.
fn view_compare(vm: &mut Vm, args: Args, op: CompareOp) -> PyResult {
    let [a, b] = args.exact::<2>(vm, "comparison")?;
    if !is_set_view(a) || !(b.payload_is::<PySet>() || is_set_view(b)) {
        return Ok(vm.not_implemented.clone());
    }
    let (la, lb) = (vm.len(a)?, vm.len(b)?);
    let r = match op {
        CompareOp::Eq => la == lb && all_contained_in(vm, a, b)?,
        CompareOp::Ne => !(la == lb && all_contained_in(vm, a, b)?),
        CompareOp::Lt => la < lb && all_contained_in(vm, a, b)?,
        CompareOp::Le => la <= lb && all_contained_in(vm, a, b)?,
        CompareOp::Gt => la > lb && all_contained_in(vm, b, a)?,
        CompareOp::Ge => la >= lb && all_contained_in(vm, b, a)?,
    };
    Ok(vm.new_bool(r))
}

fn view_isdisjoint(vm: &mut Vm, args: Args) -> PyResult {
    let (o, _) = view(vm, &args)?;
    let [_, other] = args.pos() else {
        return Err(vm.new_type_error("isdisjoint() takes exactly one argument"));
    };
    if o.is(other) {
        let n = vm.len(o)?;
        return Ok(vm.new_bool(n == 0));
    }
    let (mut this, mut other) = (o.clone(), other.clone());
    if other.payload_is::<PySet>() || is_set_view(&other) {
        let (ls, lo) = (vm.len(&this)?, vm.len(&other)?);
        if lo > ls {
            std::mem::swap(&mut this, &mut other);
        }
    }
    let it = vm.get_iter(&other)?;
    while let Some(x) = vm.iter_next(&it)? {
        if vm.contains(&this, &x)? {
            return Ok(vm.false_.clone());
        }
    }
    Ok(vm.true_.clone())
}

pub(crate) fn init(vm: &mut Vm) {
    let t = vm.types.dict.clone();
    vm.add_static(&t, "__new__", dict_new);
    vm.add_method(&t, "__init__", dict_init);
    vm.add_method(&t, "__repr__", dict_repr);
    vm.add_method(&t, "__len__", dict_len);
    vm.add_method(&t, "__getitem__", dict_getitem);
    vm.add_method(&t, "__setitem__", dict_setitem);
    vm.add_method(&t, "__delitem__", dict_delitem);
    vm.add_method(&t, "__contains__", dict_contains);
    vm.add_method(&t, "__iter__", dict_iter);
    vm.add_method(&t, "__reversed__", dict_reversed);
    install_compare!(vm, &t, dict_compare);
    vm.add_method(&t, "__or__", dict_or);
    vm.add_method(&t, "__ror__", dict_ror);
    vm.add_method(&t, "__ior__", dict_ior);
    vm.set_type_attr(&t, "__hash__", vm.none());
    vm.add_method(&t, "keys", dict_keys);
    vm.add_method(&t, "values", dict_values);
    vm.add_method(&t, "items", dict_items);
    vm.add_method(&t, "get", dict_get);
    vm.add_method(&t, "setdefault", dict_setdefault);
    vm.add_method(&t, "pop", dict_pop);
    vm.add_method(&t, "popitem", dict_popitem);
    vm.add_method(&t, "clear", dict_clear);
    vm.add_method(&t, "copy", dict_copy);
    vm.add_method(&t, "update", dict_update);
    vm.add_classmethod(&t, "fromkeys", dict_fromkeys);
    vm.add_classmethod(&t, "__class_getitem__", crate::builtins::generic_alias);

    let views = [
        vm.types.dict_keys.clone(),
        vm.types.dict_values.clone(),
        vm.types.dict_items.clone(),
    ];
    for v in &views {
        vm.add_method(v, "__len__", view_len);
        vm.add_method(v, "__iter__", view_iter);
        vm.add_method(v, "__reversed__", view_reversed);
        vm.add_method(v, "__contains__", view_contains);
        vm.add_method(v, "__repr__", view_repr);
    }
    for v in [&views[0], &views[2]] {
        install_compare!(vm, v, view_compare);
        vm.set_type_attr(v, "__hash__", vm.none());
        vm.add_method(v, "__sub__", view_sub);
        vm.add_method(v, "__rsub__", view_rsub);
        vm.add_method(v, "__or__", view_or);
        vm.add_method(v, "__ror__", view_ror);
        vm.add_method(v, "__xor__", view_xor);
        vm.add_method(v, "__rxor__", view_rxor);
        vm.add_method(v, "__and__", view_and);
        vm.add_method(v, "__rand__", view_rand);
        vm.add_method(v, "isdisjoint", view_isdisjoint);
    }
}
