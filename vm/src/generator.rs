//! Running generators: `next`, `send`, `throw`, `close`, and `yield from`'s
//! delegation. Coroutines and async generators run through the same
//! [`resume`] (`coroutine.rs` adds what differs).

use crate::eval::{run_frame, ExecResult};
use crate::object::exception::PyBaseException;
use crate::object::generator::{GenKind, PyGenerator};
use crate::object::PyObjectRef;
use crate::vm::{Args, PyResult, Vm};

/// What sending a value into an iterator produced.
pub enum SendResult {
    Yielded(PyObjectRef),
    /// The iterator finished with this value (a generator's `return` value).
    Returned(PyObjectRef),
}

/// Resume generator `gen` by sending `value` (or throwing `throw`).
pub fn resume(vm: &mut Vm, gen: &PyObjectRef, value: PyObjectRef, throw: Option<PyObjectRef>) -> PyResult<SendResult> {
    let Some(g) = gen.downcast_ref::<PyGenerator>() else {
        return Err(vm.new_type_error("expected a generator"));
    };
    if g.running.get() {
        return Err(vm.new_value_error(format!("{} already executing", g.kind.word())));
    }
    let Some(mut frame) = g.frame.borrow_mut().take() else {
        // A finished coroutine cannot be awaited again.
        if g.kind == GenKind::Coroutine {
            return Err(vm.new_runtime_error("cannot reuse already awaited coroutine"));
        }
        // Finished: throwing raises the exception here; sending stops.
        if let Some(e) = throw {
            return Err(e);
        }
        return Ok(SendResult::Returned(vm.none()));
    };
    let mut throw = throw;
    if !g.started.get() {
        if throw.is_none() && !vm.is_none(&value) {
            *g.frame.borrow_mut() = Some(frame);
            return Err(vm.new_type_error(format!("can't send non-None value to a just-started {}", g.kind.word())));
        }
        g.started.set(true);
    } else if let Some(exc) = throw.take() {
        // Suspended in `yield from`/`await`: the exception goes to the
        // iterator delegated to first.
        match yield_from_receiver(&frame) {
            Some(receiver) => {
                g.running.set(true);
                let r = throw_into(vm, &receiver, exc);
                g.running.set(false);
                match r {
                    Ok(SendResult::Yielded(v)) => {
                        *g.frame.borrow_mut() = Some(frame);
                        return Ok(SendResult::Yielded(v));
                    }
                    Ok(SendResult::Returned(v)) => {
                        // It finished: `YIELD_FROM` is done, with this result.
                        frame.stack.pop();
                        frame.stack.push(v);
                        frame.ip += 1;
                    }
                    Err(e) => throw = Some(e),
                }
            }
            None => throw = Some(exc),
        }
    } else {
        frame.stack.push(value);
    }
    g.running.set(true);
    if let Err(e) = vm.enter_recursion() {
        g.running.set(false);
        *g.frame.borrow_mut() = Some(frame);
        return Err(e);
    }
    let saved_exc = vm.exc_info.clone();
    // Inside the frame, the exception it was handling when it last yielded;
    // an exception thrown in there gets it as its `__context__`.
    let own = g.exc_state.borrow_mut().take();
    if let Some(e) = own {
        if let Some(p) = throw.as_ref().and_then(|t| t.downcast_ref::<PyBaseException>()) {
            let unset = p.context.borrow().is_none();
            if unset && !throw.as_ref().is_some_and(|t| t.is(&e)) {
                *p.context.borrow_mut() = Some(e.clone());
            }
        }
        vm.exc_info = Some(e);
        // The outermost handler restores, when it ends, what the caller
        // handles now (the handler was entered under another caller).
        set_outer_prev(vm, &mut frame, saved_exc.clone());
    }
    let saved_globals = std::mem::replace(&mut vm.frame_globals, Some(frame.globals.as_ptr()));
    crate::object::frameobj::push_frame(vm, &frame);
    let r = stacker::maybe_grow(128 * 1024, 2 * 1024 * 1024, || run_frame(vm, &mut frame, throw));
    vm.frame_stack.pop();
    vm.frame_globals = saved_globals;
    if matches!(r, Ok(ExecResult::Yield(_))) {
        // The frame's own handled exception is the current one only while it
        // is inside a handler; otherwise the current one is the caller's (or
        // a stale one a handler restored) and the frame has none. (Telling
        // them apart by identity with the caller's would lose an exception
        // the frame handles when the caller handles the same object, as
        // when `throw(e)` is called in an `except ... as e`.)
        let own = if in_handler(&frame) { vm.exc_info.take() } else { None };
        *g.exc_state.borrow_mut() = own;
    }
    vm.exc_info = saved_exc;
    vm.leave_recursion();
    g.running.set(false);
    match r {
        Ok(ExecResult::Yield(v)) => {
            *g.frame.borrow_mut() = Some(frame);
            Ok(SendResult::Yielded(v))
        }
        Ok(ExecResult::Return(v)) => Ok(SendResult::Returned(v)),
        Err(e) => Err(escaped(vm, g.kind, e)),
    }
}

/// The exception raised where a generator of `kind` was resumed when `e`
/// escapes its frame: PEP 479 turns a StopIteration into RuntimeError (and a
/// StopAsyncIteration escaping an async generator); others go on as they are.
pub(crate) fn escaped(vm: &mut Vm, kind: GenKind, e: PyObjectRef) -> PyObjectRef {
    let async_stop = kind == GenKind::AsyncGenerator && e.is_instance_of(&vm.exc.stop_async_iteration);
    if !e.is_instance_of(&vm.exc.stop_iteration) && !async_stop {
        return e;
    }
    let what = if async_stop {
        "StopAsyncIteration"
    } else {
        "StopIteration"
    };
    let re = vm.new_runtime_error(format!("{} raised {what}", kind.word()));
    if let Some(p) = re.downcast_ref::<PyBaseException>() {
        *p.cause.borrow_mut() = Some(e.clone());
        *p.context.borrow_mut() = Some(e);
        p.suppress_context.set(true);
    }
    re
}

/// Whether a suspended `frame` is inside an exception handler (an `except`
/// or `finally` body entered by an exception, or a `with` block's
/// `__exit__`/`__aexit__`): the compiler's handler entry is always
/// `PUSH_EXC_INFO; SETUP_CLEANUP C` with `C: POP_EXCEPT_AND_RERAISE`, and
/// that block stays on the block stack until the `POP_BLOCK` just before
/// the handler's `POP_EXCEPT` (`kaa_compiler::codegen`).
pub(crate) fn in_handler(frame: &crate::frame::Frame) -> bool {
    outer_handler(frame).is_some()
}

/// The outermost handler block of `frame` (see [`in_handler`]).
fn outer_handler(frame: &crate::frame::Frame) -> Option<crate::frame::Block> {
    let code = &frame.pycode().code.co_code;
    frame.blocks.iter().copied().find(|b| {
        code.get(b.handler as usize)
            .is_some_and(|u| u.op_byte() == kaa_compiler::bytecode::Opcode::POP_EXCEPT_AND_RERAISE as u8)
    })
}

/// Point the exception that `frame`'s outermost handler restores when it
/// ends (the `prev` that `PUSH_EXC_INFO` saved just below the level of its
/// `SETUP_CLEANUP` block) at `prev`: the caller's handled exception now, as
/// CPython's chain of exception states shows after a generator's handler
/// ends.
fn set_outer_prev(vm: &Vm, frame: &mut crate::frame::Frame, prev: Option<PyObjectRef>) {
    let Some(b) = outer_handler(frame) else {
        return;
    };
    let Some(i) = (b.level as usize).checked_sub(1) else {
        return;
    };
    if let Some(slot) = frame.stack.get_mut(i) {
        *slot = prev.unwrap_or_else(|| vm.none());
    }
}

/// The iterator a frame suspended in `YIELD_FROM` delegates to (the top of
/// its stack), or `None` when it waits at a plain `yield`.
pub fn yield_from_receiver(frame: &crate::frame::Frame) -> Option<PyObjectRef> {
    // `YIELD_FROM` re-executes itself: suspended there, `ip` still points at it.
    let unit = frame.pycode().code.co_code.get(frame.ip)?;
    if frame.ip != frame.lasti || unit.op_byte() != kaa_compiler::bytecode::Opcode::YIELD_FROM as u8 {
        return None;
    }
    frame.stack.last().cloned()
}

/// Throw `exc` into the iterator a `yield from`/`await` delegates to, as
/// CPython does: GeneratorExit closes it and is then raised in the
/// delegating frame (an error closing it is raised instead); another
/// exception goes to its `throw` (raised in the delegating frame when it has
/// none).
fn throw_into(vm: &mut Vm, receiver: &PyObjectRef, exc: PyObjectRef) -> PyResult<SendResult> {
    if exc.is_instance_of(&vm.exc.generator_exit) {
        if receiver.payload_is::<PyGenerator>() {
            gen_close_obj(vm, receiver)?;
        } else {
            let name = vm.intern("close");
            if let Some(close) = vm.get_attr_opt(receiver, &name)? {
                vm.call(&close, Args::positional(&[]))?;
            }
        }
        return Err(exc);
    }
    if receiver.payload_is::<PyGenerator>() {
        let none = vm.none();
        return resume(vm, receiver, none, Some(exc));
    }
    let name = vm.intern("throw");
    let Some(throw) = vm.get_attr_opt(receiver, &name)? else {
        return Err(exc);
    };
    let mut args = vec![exc.class().clone(), exc.clone()];
    let tbn = vm.intern("__traceback__");
    if let Ok(tb) = vm.get_attr(&exc, &tbn) {
        if !vm.is_none(&tb) {
            args.push(tb);
        }
    }
    match vm.call(&throw, Args::positional(&args)) {
        Ok(v) => Ok(SendResult::Yielded(v)),
        Err(e) if e.is_instance_of(&vm.exc.stop_iteration) => Ok(SendResult::Returned(stop_iteration_value(vm, &e))),
        Err(e) => Err(e),
    }
}

/// `next(gen)`: `Ok(None)` when it is exhausted.
pub fn gen_next(vm: &mut Vm, gen: &PyObjectRef) -> PyResult<Option<PyObjectRef>> {
    let none = vm.none();
    match resume(vm, gen, none, None)? {
        SendResult::Yielded(v) => Ok(Some(v)),
        SendResult::Returned(_) => Ok(None),
    }
}

/// Send a value into any iterator (`yield from` delegation): generators are
/// resumed directly; other iterators get `__next__` (for None) or `send`.
pub fn send_to(vm: &mut Vm, receiver: &PyObjectRef, value: PyObjectRef) -> PyResult<SendResult> {
    if receiver.payload_is::<PyGenerator>() {
        return resume(vm, receiver, value, None);
    }
    let r = if vm.is_none(&value) {
        if let Some(r) = crate::object::iter::fast_next(vm, receiver) {
            return match r? {
                Some(v) => Ok(SendResult::Yielded(v)),
                None => Ok(SendResult::Returned(vm.none())),
            };
        }
        // `__next__` itself: its StopIteration carries the result.
        let next = vm.names.__next__.clone();
        match vm.call_special(receiver, &next, &[]) {
            Some(r) => r,
            None => return Err(vm.new_type_error(format!("'{}' object is not an iterator", receiver.ty().name()))),
        }
    } else {
        vm.call_method(receiver, "send", &[value])
    };
    match r {
        Ok(v) => Ok(SendResult::Yielded(v)),
        Err(e) if e.is_instance_of(&vm.exc.stop_iteration) => Ok(SendResult::Returned(stop_iteration_value(vm, &e))),
        Err(e) => Err(e),
    }
}

/// The `value` of a StopIteration (its first argument, or None).
pub fn stop_iteration_value(vm: &mut Vm, e: &PyObjectRef) -> PyObjectRef {
    e.downcast_ref::<PyBaseException>()
        .and_then(|p| {
            let a = p.args.borrow().clone();
            a.downcast_ref::<crate::object::tuple::PyTuple>()
                .and_then(|t| t.as_slice().first().cloned())
        })
        .unwrap_or_else(|| vm.none())
}

fn gen_arg(vm: &mut Vm, args: &Args, name: &str) -> PyResult<PyObjectRef> {
    match args.pos().first() {
        Some(g) if g.payload_is::<PyGenerator>() => Ok(g.clone()),
        _ => Err(vm.new_type_error(format!("descriptor '{name}' requires a 'generator' object"))),
    }
}

pub(crate) fn returned_to_stop_pub(vm: &mut Vm, r: SendResult) -> PyResult {
    returned_to_stop(vm, r)
}

fn returned_to_stop(vm: &mut Vm, r: SendResult) -> PyResult {
    match r {
        SendResult::Yielded(v) => Ok(v),
        SendResult::Returned(v) => {
            let arg = if vm.is_none(&v) { None } else { Some(v) };
            Err(vm.new_stop_iteration(arg))
        }
    }
}

pub(crate) fn gen_send(vm: &mut Vm, args: Args) -> PyResult {
    let g = gen_arg(vm, &args, "send")?;
    let [_, v] = args.exact::<2>(vm, "send")?.clone();
    let r = resume(vm, &g, v, None)?;
    returned_to_stop(vm, r)
}

fn gen_next_method(vm: &mut Vm, args: Args) -> PyResult {
    let g = gen_arg(vm, &args, "__next__")?;
    let none = vm.none();
    let r = resume(vm, &g, none, None)?;
    returned_to_stop(vm, r)
}

fn gen_iter(vm: &mut Vm, args: Args) -> PyResult {
    gen_arg(vm, &args, "__iter__")
}

/// `gen.throw(typ[, val[, tb]])`: the exception to raise at the `yield`,
/// made as CPython's `_gen_throw` makes it (`val` an instance of `typ` is
/// used as it is, a tuple gives the arguments, None none).
pub(crate) fn gen_throw(vm: &mut Vm, args: Args) -> PyResult {
    let g = gen_arg(vm, &args, "throw")?;
    let exc = make_thrown(vm, &args)?;
    let none = vm.none();
    let r = resume(vm, &g, none, Some(exc))?;
    returned_to_stop(vm, r)
}

/// The exception `throw(typ[, val[, tb]])` raises (arguments after `self`).
pub(crate) fn make_thrown(vm: &mut Vm, args: &Args) -> PyResult {
    let pos = args.pos();
    let n = pos.len() - 1;
    if args.has_kwargs() {
        return Err(vm.new_type_error("generator.throw() takes no keyword arguments"));
    }
    if n == 0 {
        return Err(vm.new_type_error("throw expected at least 1 argument, got 0"));
    }
    if n > 3 {
        return Err(vm.new_type_error(format!("throw expected at most 3 arguments, got {n}")));
    }
    let typ = pos[1].clone();
    let val = pos.get(2).filter(|v| !vm.is_none(v)).cloned();
    let tb = pos.get(3).filter(|v| !vm.is_none(v)).cloned();
    if tb.as_ref().is_some_and(|t| !t.class().is(&vm.types.traceback)) {
        return Err(vm.new_type_error("throw() third argument must be a traceback object"));
    }
    let exc = if typ.as_type().is_some() && typ.is_subtype(&vm.exc.base_exception) {
        match val {
            Some(v) if v.is_instance_of(&typ) => v,
            Some(v) => match v.downcast_ref::<crate::object::tuple::PyTuple>() {
                Some(t) => {
                    let a = t.as_slice().to_vec();
                    vm.call_positional(&typ, &a)?
                }
                None => vm.call_positional(&typ, &[v])?,
            },
            None => vm.call_positional(&typ, &[])?,
        }
    } else if typ.is_instance_of(&vm.exc.base_exception) {
        if val.is_some() {
            return Err(vm.new_type_error("instance exception may not have a separate value"));
        }
        typ
    } else {
        return Err(vm.new_type_error(format!(
            "exceptions must be classes or instances deriving from BaseException, not {}",
            typ.ty().name()
        )));
    };
    if let Some(tb) = tb {
        crate::object::exception_methods::set_traceback(vm, &exc, Some(tb))?;
    }
    Ok(exc)
}

/// `gen.close()`: throw GeneratorExit; ignoring it is a RuntimeError.
pub fn gen_close_obj(vm: &mut Vm, g: &PyObjectRef) -> PyResult<()> {
    let Some(p) = g.downcast_ref::<PyGenerator>() else {
        return Ok(());
    };
    if p.frame.borrow().is_none() {
        return Ok(());
    }
    if !p.started.get() {
        p.frame.borrow_mut().take();
        return Ok(());
    }
    let exc = vm.new_exception(&vm.exc.generator_exit.clone(), vec![]);
    let none = vm.none();
    let word = p.kind.word();
    match resume(vm, g, none, Some(exc)) {
        Ok(SendResult::Yielded(_)) => Err(vm.new_runtime_error(format!("{word} ignored GeneratorExit"))),
        Ok(SendResult::Returned(_)) => Ok(()),
        Err(e) if e.is_instance_of(&vm.exc.generator_exit) || e.is_instance_of(&vm.exc.stop_iteration) => Ok(()),
        Err(e) => Err(e),
    }
}

pub(crate) fn gen_close(vm: &mut Vm, args: Args) -> PyResult {
    let g = gen_arg(vm, &args, "close")?;
    gen_close_obj(vm, &g)?;
    Ok(vm.none())
}

fn gen_repr(vm: &mut Vm, args: Args) -> PyResult {
    let g = gen_arg(vm, &args, "__repr__")?;
    let q = g
        .downcast_ref::<PyGenerator>()
        .map(|p| p.qualname.clone())
        .unwrap_or_else(|| vm.none());
    let q = vm.str_string(&q)?;
    Ok(vm.new_str(format!("<generator object {} at {:#x}>", q, g.id())))
}

pub(crate) fn gen_payload<'a>(vm: &mut Vm, g: &'a PyObjectRef) -> PyResult<&'a PyGenerator> {
    g.downcast_ref::<PyGenerator>()
        .ok_or_else(|| vm.new_type_error("descriptor requires a 'generator' object"))
}

pub(crate) fn gen_running(vm: &mut Vm, g: &PyObjectRef) -> PyResult {
    let r = gen_payload(vm, g)?.running.get();
    Ok(vm.new_bool(r))
}

pub(crate) fn gen_suspended(vm: &mut Vm, g: &PyObjectRef) -> PyResult {
    let p = gen_payload(vm, g)?;
    let r = p.started.get() && !p.running.get() && p.frame.borrow().is_some();
    Ok(vm.new_bool(r))
}

pub(crate) fn gen_code(vm: &mut Vm, g: &PyObjectRef) -> PyResult {
    Ok(gen_payload(vm, g)?.code.clone())
}

/// `gi_frame`: a snapshot of the suspended frame (its code, globals, the
/// line it waits at, its locals), the running frame while it runs, None
/// once finished (`object/frameobj.rs`).
pub(crate) fn gen_frame(vm: &mut Vm, g: &PyObjectRef) -> PyResult {
    let p = gen_payload(vm, g)?;
    if p.running.get() {
        let code = p.code.clone();
        return Ok(vm.running_frame_of(&code).unwrap_or_else(|| vm.none()));
    }
    let snapshot = {
        let frame = p.frame.borrow();
        frame.as_ref().map(|f| {
            let line = if p.started.get() {
                f.current_line()
            } else {
                f.pycode().code.co_firstlineno
            };
            (f.code.clone(), f.globals.clone(), line)
        })
    };
    let Some((code, globals, line)) = snapshot else {
        return Ok(vm.none());
    };
    // The locals, read while the frame is parked in the generator.
    let locals = {
        let frame = p.frame.borrow();
        match frame.as_ref() {
            Some(f) => Some(crate::eval::frame_locals(vm, f)?),
            None => None,
        }
    };
    let f = vm.frame_snapshot(code, globals, line);
    if let Some(l) = locals {
        crate::object::frameobj::set_locals(&f, l);
    }
    Ok(f)
}

pub(crate) fn gen_name(vm: &mut Vm, g: &PyObjectRef) -> PyResult {
    Ok(gen_payload(vm, g)?.name.clone())
}

pub(crate) fn gen_qualname(vm: &mut Vm, g: &PyObjectRef) -> PyResult {
    Ok(gen_payload(vm, g)?.qualname.clone())
}

pub(crate) fn init(vm: &mut Vm) {
    let t = vm.types.generator.clone();
    vm.add_getset(&t, "gi_running", gen_running, None);
    vm.add_getset(&t, "gi_suspended", gen_suspended, None);
    vm.add_getset(&t, "gi_code", gen_code, None);
    vm.add_getset(&t, "gi_frame", gen_frame, None);
    vm.add_getset(&t, "__name__", gen_name, None);
    vm.add_getset(&t, "__qualname__", gen_qualname, None);
    vm.add_method(&t, "send", gen_send);
    vm.add_method(&t, "throw", gen_throw);
    vm.add_method(&t, "close", gen_close);
    vm.add_method(&t, "__next__", gen_next_method);
    vm.add_method(&t, "__iter__", gen_iter);
    vm.add_method(&t, "__repr__", gen_repr);
}
