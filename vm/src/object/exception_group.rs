//! `BaseExceptionGroup` and `ExceptionGroup` (PEP 654), and the run-time side
//! of `except*` (the `CHECK_EG_MATCH` and `PREP_RERAISE_STAR` opcodes).
//!
//! A group is an ordinary exception whose payload also holds its `message`
//! and its `exceptions` tuple (`PyBaseException::group`); `args` keeps the
//! sequence as it was given, so `repr` shows a list when a list was passed,
//! as CPython's.

use super::exception::PyBaseException;
use super::str::PyStr;
use super::tuple::PyTuple;
use super::PyObjectRef;
use crate::vm::{Args, PyResult, Vm};

/// `(message, exceptions tuple)` of a group, `None` for any other object.
pub fn group_parts(o: &PyObjectRef) -> Option<(PyObjectRef, PyObjectRef)> {
    let p = o.downcast_ref::<PyBaseException>()?;
    let g = p.group.borrow();
    g.as_ref().map(|g| (g.0.clone(), g.1.clone()))
}

/// The sub-exceptions of a group (empty for anything else).
pub fn group_exceptions(o: &PyObjectRef) -> Vec<PyObjectRef> {
    group_parts(o)
        .and_then(|(_, t)| t.downcast_ref::<PyTuple>().map(|t| t.as_slice().to_vec()))
        .unwrap_or_default()
}

fn is_group(o: &PyObjectRef) -> bool {
    group_parts(o).is_some()
}

fn self_group(vm: &mut Vm, o: &PyObjectRef, what: &str) -> PyResult<(PyObjectRef, PyObjectRef)> {
    group_parts(o).ok_or_else(|| {
        vm.new_type_error(format!(
            "descriptor '{what}' for 'BaseExceptionGroup' objects doesn't apply to a '{}' object",
            o.ty().name()
        ))
    })
}

/// `BaseExceptionGroup.__new__(cls, message, exceptions)`.
fn eg_new(vm: &mut Vm, args: Args) -> PyResult {
    let pos = args.pos();
    let cls = pos[0].clone();
    if pos.len() != 3 {
        return Err(vm.new_type_error(format!(
            "BaseExceptionGroup.__new__() takes exactly 2 arguments ({} given)",
            pos.len() - 1
        )));
    }
    let (message, seq) = (&pos[1], &pos[2]);
    if !message.payload_is::<PyStr>() {
        return Err(vm.new_type_error(format!(
            "BaseExceptionGroup.__new__() argument 1 must be str, not {}",
            message.ty().name()
        )));
    }
    let getitem = vm.names.__getitem__.clone();
    if seq.is_instance_of(&vm.types.dict) || vm.lookup_special(seq, &getitem).is_none() {
        return Err(vm.new_type_error("second argument (exceptions) must be a sequence"));
    }
    let excs = vm.collect(seq)?;
    if excs.is_empty() {
        return Err(vm.new_value_error("second argument (exceptions) must be a non-empty sequence"));
    }
    let mut all_exceptions = true;
    for (i, e) in excs.iter().enumerate() {
        if !e.is_instance_of(&vm.exc.base_exception) {
            return Err(vm.new_value_error(format!("Item {i} of second argument (exceptions) is not an exception")));
        }
        all_exceptions &= e.is_instance_of(&vm.exc.exception);
    }
    let cls = if cls.is(&vm.exc.base_exception_group) {
        if all_exceptions {
            vm.exc.exception_group.clone()
        } else {
            cls
        }
    } else if cls.is(&vm.exc.exception_group) {
        if !all_exceptions {
            return Err(vm.new_type_error("Cannot nest BaseExceptions in an ExceptionGroup"));
        }
        cls
    } else {
        if !all_exceptions && cls.is_subtype(&vm.exc.exception) {
            return Err(vm.new_type_error(format!("Cannot nest BaseExceptions in '{}'", cls.ty_payload().name())));
        }
        cls
    };
    if cls.as_type().is_none() || !cls.is_subtype(&vm.exc.base_exception_group) {
        return Err(vm.new_type_error("BaseExceptionGroup.__new__(X): X is not a subtype of BaseExceptionGroup"));
    }
    let a = vm.new_tuple(vec![message.clone(), seq.clone()]);
    let excs = vm.new_tuple(excs);
    let p = PyBaseException::new(a);
    *p.group.borrow_mut() = Some(Box::new((message.clone(), excs)));
    Ok(vm.new_instance(p, &cls))
}

/// `BaseExceptionGroup.__init__`: `args` is what was passed; no keywords.
fn eg_init(vm: &mut Vm, args: Args) -> PyResult {
    let pos = args.pos();
    if args.has_kwargs() {
        return Err(vm.new_type_error(format!("{}() takes no keyword arguments", pos[0].ty().name())));
    }
    let a = vm.new_tuple(pos[1..].to_vec());
    let p = pos[0].downcast_ref::<PyBaseException>().ok_or_else(|| {
        vm.new_type_error(format!(
            "descriptor '__init__' requires a 'BaseExceptionGroup' object but received '{}'",
            pos[0].ty().name()
        ))
    })?;
    *p.args.borrow_mut() = a;
    Ok(vm.none())
}

/// `str(group)`: `message (N sub-exceptions)`.
fn eg_str(vm: &mut Vm, args: Args) -> PyResult {
    let [o] = args.exact::<1>(vm, "__str__")?;
    let (msg, excs) = self_group(vm, o, "__str__")?;
    let msg = vm.str_string(&msg)?;
    let n = excs.downcast_ref::<PyTuple>().map_or(0, |t| t.as_slice().len());
    let s = if n == 1 { "" } else { "s" };
    Ok(vm.new_str(format!("{msg} ({n} sub-exception{s})")))
}

fn get_message(vm: &mut Vm, o: &PyObjectRef) -> PyResult {
    Ok(self_group(vm, o, "message")?.0)
}

fn get_exceptions(vm: &mut Vm, o: &PyObjectRef) -> PyResult {
    Ok(self_group(vm, o, "exceptions")?.1)
}

/// `group.derive(excs)`: a group with the same message (no metadata).
fn eg_derive(vm: &mut Vm, args: Args) -> PyResult {
    let [o, excs] = args.exact::<2>(vm, "derive")?;
    let (msg, _) = self_group(vm, o, "derive")?;
    let cls = vm.exc.base_exception_group.clone();
    vm.call(&cls, Args::positional(&[msg, excs.clone()]))
}

/// What `split`/`subgroup` (and `except*`) select.
enum Matcher {
    /// An exception class or a tuple of them.
    Type(PyObjectRef),
    /// A predicate called with each exception.
    Predicate(PyObjectRef),
    /// Leaves with these ids (re-raised parts of an `except*`).
    Leaves(Vec<usize>),
}

fn is_exception_class(vm: &Vm, o: &PyObjectRef) -> bool {
    o.as_type().is_some() && o.is_subtype(&vm.exc.base_exception)
}

fn matcher(vm: &mut Vm, cond: &PyObjectRef) -> PyResult<Matcher> {
    if cond.as_type().is_some() {
        if is_exception_class(vm, cond) {
            return Ok(Matcher::Type(cond.clone()));
        }
    } else if let Some(t) = cond.downcast_ref::<PyTuple>() {
        if t.as_slice().iter().all(|c| is_exception_class(vm, c)) {
            return Ok(Matcher::Type(cond.clone()));
        }
    } else if crate::builtins::is_callable(vm, cond) {
        return Ok(Matcher::Predicate(cond.clone()));
    }
    Err(vm.new_type_error("expected a function, exception type or tuple of exception types"))
}

fn type_matches(exc: &PyObjectRef, ty: &PyObjectRef) -> bool {
    match ty.downcast_ref::<PyTuple>() {
        Some(t) => t.as_slice().iter().any(|c| exc.is_instance_of(c)),
        None => exc.is_instance_of(ty),
    }
}

fn matches(vm: &mut Vm, m: &Matcher, exc: &PyObjectRef) -> PyResult<bool> {
    match m {
        Matcher::Type(t) => Ok(type_matches(exc, t)),
        Matcher::Predicate(f) => {
            let r = vm.call(f, Args::positional(std::slice::from_ref(exc)))?;
            vm.is_true(&r)
        }
        Matcher::Leaves(ids) => Ok(ids.contains(&exc.id())),
    }
}

/// `orig.derive(excs)` with `orig`'s traceback, cause, context and notes.
fn derive_and_copy(vm: &mut Vm, orig: &PyObjectRef, excs: Vec<PyObjectRef>) -> PyResult {
    let list = vm.new_list(excs);
    let eg = vm.call_method(orig, "derive", &[list])?;
    if !eg.is_instance_of(&vm.exc.base_exception_group) {
        return Err(vm.new_type_error("derive must return an instance of BaseExceptionGroup"));
    }
    if let (Some(src), Some(dst)) = (
        orig.downcast_ref::<PyBaseException>(),
        eg.downcast_ref::<PyBaseException>(),
    ) {
        let tb = src.traceback.borrow().clone();
        *dst.traceback.borrow_mut() = tb;
        let cause = src.cause.borrow().clone();
        *dst.cause.borrow_mut() = cause;
        let context = src.context.borrow().clone();
        *dst.context.borrow_mut() = context;
        // Setting the cause (as CPython does, even to None) suppresses the context.
        dst.suppress_context.set(true);
    }
    let key = vm.intern("__notes__");
    if let Some(notes) = vm.get_attr_opt(orig, &key)? {
        let getitem = vm.names.__getitem__.clone();
        let copy = if !notes.payload_is::<PyStr>() && vm.lookup_special(&notes, &getitem).is_some() {
            let items = vm.collect(&notes)?;
            vm.new_list(items)
        } else {
            notes
        };
        vm.set_attr(&eg, &key, copy)?;
    }
    Ok(eg)
}

/// Split `exc` by `m`: the matching part and (with `want_rest`) the rest,
/// each `None` when empty; a part that is all of a group is the group itself.
fn split_rec(
    vm: &mut Vm,
    exc: &PyObjectRef,
    m: &Matcher,
    want_rest: bool,
) -> PyResult<(Option<PyObjectRef>, Option<PyObjectRef>)> {
    if matches(vm, m, exc)? {
        return Ok((Some(exc.clone()), None));
    }
    if !is_group(exc) {
        return Ok((None, Some(exc.clone())));
    }
    vm.enter_recursion()?;
    let r = stacker::maybe_grow(64 * 1024, 1024 * 1024, || {
        let mut matched = Vec::new();
        let mut rest = Vec::new();
        for e in group_exceptions(exc) {
            let (a, b) = split_rec(vm, &e, m, want_rest)?;
            matched.extend(a);
            rest.extend(b);
        }
        let matched = if matched.is_empty() {
            None
        } else {
            Some(derive_and_copy(vm, exc, matched)?)
        };
        let rest = if want_rest && !rest.is_empty() {
            Some(derive_and_copy(vm, exc, rest)?)
        } else {
            None
        };
        Ok((matched, rest))
    });
    vm.leave_recursion();
    r
}

/// `group.subgroup(condition)`.
fn eg_subgroup(vm: &mut Vm, args: Args) -> PyResult {
    let [o, cond] = args.exact::<2>(vm, "subgroup")?;
    self_group(vm, o, "subgroup")?;
    let m = matcher(vm, cond)?;
    let (matched, _) = split_rec(vm, o, &m, false)?;
    Ok(matched.unwrap_or_else(|| vm.none()))
}

/// `group.split(condition)`: `(match, rest)`.
fn eg_split(vm: &mut Vm, args: Args) -> PyResult {
    let [o, cond] = args.exact::<2>(vm, "split")?;
    self_group(vm, o, "split")?;
    let m = matcher(vm, cond)?;
    let (matched, rest) = split_rec(vm, o, &m, true)?;
    let none = vm.none();
    Ok(vm.new_tuple(vec![matched.unwrap_or_else(|| none.clone()), rest.unwrap_or(none)]))
}

/// The type check of an `except*` clause.
fn check_except_star_type(vm: &mut Vm, ty: &PyObjectRef) -> PyResult<()> {
    let items = match ty.downcast_ref::<PyTuple>() {
        Some(t) => t.as_slice().to_vec(),
        None => vec![ty.clone()],
    };
    for c in &items {
        if !is_exception_class(vm, c) {
            return Err(vm.new_type_error("catching classes that do not inherit from BaseException is not allowed"));
        }
    }
    for c in &items {
        if c.is_subtype(&vm.exc.base_exception_group) {
            return Err(vm.new_type_error("catching ExceptionGroup with except* is not allowed. Use except instead."));
        }
    }
    Ok(())
}

/// `CHECK_EG_MATCH`: split what is left of the exception (`rest`, or None
/// once everything was matched) by an `except*` clause's type: `(rest, match)`.
/// A bare exception that matches is wrapped in `ExceptionGroup('', (exc,))`.
pub fn exception_group_match(
    vm: &mut Vm,
    rest: &PyObjectRef,
    ty: &PyObjectRef,
) -> PyResult<(PyObjectRef, PyObjectRef)> {
    check_except_star_type(vm, ty)?;
    let none = vm.none();
    if vm.is_none(rest) {
        return Ok((none.clone(), none));
    }
    if !is_group(rest) {
        if !type_matches(rest, ty) {
            return Ok((rest.clone(), none));
        }
        let excs = vm.new_tuple(vec![rest.clone()]);
        let empty = vm.empty_str.clone();
        let cls = vm.exc.base_exception_group.clone();
        let wrapped = vm.call(&cls, Args::positional(&[empty, excs]))?;
        return Ok((none, wrapped));
    }
    let (matched, left) = split_rec(vm, rest, &Matcher::Type(ty.clone()), true)?;
    Ok((left.unwrap_or_else(|| none.clone()), matched.unwrap_or(none)))
}

/// Whether `e` is a part of `orig` re-raised by a bare `raise` (it was derived
/// from `orig` and kept its metadata) rather than a newly raised exception.
fn is_reraise(e: &PyObjectRef, orig: &PyObjectRef) -> bool {
    let (Some(a), Some(b)) = (
        e.downcast_ref::<PyBaseException>(),
        orig.downcast_ref::<PyBaseException>(),
    ) else {
        return false;
    };
    let same = |x: &Option<PyObjectRef>, y: &Option<PyObjectRef>| match (x, y) {
        (None, None) => true,
        (Some(x), Some(y)) => x.is(y),
        _ => false,
    };
    let (ta, tb) = (a.traceback.borrow(), b.traceback.borrow());
    ta.len() == tb.len()
        && ta
            .iter()
            .zip(tb.iter())
            .all(|(x, y)| std::sync::Arc::ptr_eq(&x.code, &y.code) && x.lasti == y.lasti)
        && same(&a.cause.borrow(), &b.cause.borrow())
        && same(&a.context.borrow(), &b.context.borrow())
}

fn collect_leaf_ids(vm: &mut Vm, e: &PyObjectRef, out: &mut Vec<usize>) -> PyResult<()> {
    if !is_group(e) {
        out.push(e.id());
        return Ok(());
    }
    vm.enter_recursion()?;
    let r = stacker::maybe_grow(64 * 1024, 1024 * 1024, || {
        for s in group_exceptions(e) {
            collect_leaf_ids(vm, &s, out)?;
        }
        Ok(())
    });
    vm.leave_recursion();
    r
}

/// `PREP_RERAISE_STAR`: what an `except*` statement re-raises, from the
/// exception it caught and the exceptions its clauses raised or left
/// unhandled (None for nothing): re-raised parts keep `orig`'s shape, new
/// ones are gathered with them in `ExceptionGroup('', [...])`.
pub fn prep_reraise_star(vm: &mut Vm, orig: &PyObjectRef, list: &PyObjectRef) -> PyResult {
    let excs: Vec<PyObjectRef> = vm.collect(list)?.into_iter().filter(|e| !vm.is_none(e)).collect();
    let Some(first) = excs.first() else {
        return Ok(vm.none());
    };
    if !is_group(orig) {
        // A bare exception was caught: at most one clause ran.
        return Ok(first.clone());
    }
    let mut raised = Vec::new();
    let mut ids = Vec::new();
    for e in &excs {
        if is_reraise(e, orig) {
            collect_leaf_ids(vm, e, &mut ids)?;
        } else {
            raised.push(e.clone());
        }
    }
    let kept = if ids.is_empty() {
        None
    } else {
        split_rec(vm, orig, &Matcher::Leaves(ids), false)?.0
    };
    if raised.is_empty() {
        return Ok(kept.unwrap_or_else(|| vm.none()));
    }
    raised.extend(kept);
    if raised.len() == 1 {
        return Ok(raised.swap_remove(0));
    }
    let list = vm.new_list(raised);
    let empty = vm.empty_str.clone();
    let cls = vm.exc.base_exception_group.clone();
    vm.call(&cls, Args::positional(&[empty, list]))
}

pub(crate) fn init(vm: &mut Vm) {
    let b = vm.exc.base_exception_group.clone();
    vm.add_static(&b, "__new__", eg_new);
    vm.add_method(&b, "__init__", eg_init);
    vm.add_method(&b, "__str__", eg_str);
    vm.add_method(&b, "derive", eg_derive);
    vm.add_method(&b, "subgroup", eg_subgroup);
    vm.add_method(&b, "split", eg_split);
    vm.add_classmethod(&b, "__class_getitem__", crate::builtins::generic_alias);
    vm.add_getset(&b, "message", get_message, None);
    vm.add_getset(&b, "exceptions", get_exceptions, None);
    let doc = vm.new_str("A combination of multiple unrelated exceptions.");
    vm.set_type_attr(&b, "__doc__", doc);
}
