//! Coroutines and async generators (PEP 492, PEP 525).
//!
//! A coroutine is a generator with another type: `async def` code makes a
//! [`PyGenerator`] of kind `Coroutine` (or `AsyncGenerator` when the body has
//! `yield`), run by `generator::resume`. `await x` compiles to
//! `GET_AWAITABLE; LOAD_CONST None; YIELD_FROM`, so awaiting is delegation
//! (`yield from`): whatever the innermost awaitable yields travels up to
//! whoever called `send()` on the outermost coroutine (the event loop), and
//! `throw()`/`close()` travel down to the innermost one.
//!
//! An async generator's own `yield v` is `ASYNC_GEN_WRAP; YIELD_VALUE`: the
//! awaitables `asend`/`athrow` that drive it resume its frame and look at what
//! comes out: a wrapped value ends the awaitable (StopIteration carrying it);
//! anything else came from an `await` inside and is passed up.
//!
//! This file has the opcodes' helpers (`GET_AWAITABLE`, `GET_AITER`,
//! `GET_ANEXT`, `BEFORE_ASYNC_WITH`, `ASYNC_GEN_WRAP`), the methods of
//! `coroutine`, `coroutine_wrapper`, `async_generator` and its awaitables,
//! `aiter()`/`anext()`, and the "never awaited" warning.

use kaa_compiler::code::flags as co_flags;

use crate::generator::{gen_close_obj, resume, yield_from_receiver, SendResult};
use crate::object::coroutine::{
    AwaitableState, PyANextAwaitable, PyAsyncGenASend, PyAsyncGenAThrow, PyAsyncGenWrapped, PyCoroWrapper,
};
use crate::object::exception::PyBaseException;
use crate::object::function::PyCode;
use crate::object::generator::{GenKind, PyGenerator};
use crate::object::PyObjectRef;
use crate::vm::{Args, PyResult, Vm};

/// What calling a function whose code has `flags` makes.
pub fn kind_of(vm: &Vm, flags: u32) -> (GenKind, PyObjectRef) {
    if flags & co_flags::COROUTINE != 0 {
        (GenKind::Coroutine, vm.types.coroutine.clone())
    } else if flags & co_flags::ASYNC_GENERATOR != 0 {
        (GenKind::AsyncGenerator, vm.types.async_generator.clone())
    } else {
        (GenKind::Generator, vm.types.generator.clone())
    }
}

/// A coroutine, or a generator made usable with `await` by `types.coroutine`.
fn is_coroutine_like(o: &PyObjectRef) -> bool {
    o.downcast_ref::<PyGenerator>().is_some_and(|g| match g.kind {
        GenKind::Coroutine => true,
        GenKind::Generator => code_flags(&g.code) & co_flags::ITERABLE_COROUTINE != 0,
        GenKind::AsyncGenerator => false,
    })
}

fn code_flags(code: &PyObjectRef) -> u32 {
    code.downcast_ref::<PyCode>().map_or(0, |c| c.code.co_flags)
}

/// The iterator a suspended generator or coroutine delegates to (`cr_await`).
fn awaiting(g: &PyGenerator) -> Option<PyObjectRef> {
    g.frame.try_borrow().ok()?.as_ref().and_then(|f| yield_from_receiver(f))
}

// ----- opcodes -----

/// `GET_AWAITABLE how`: the iterator `await v` delegates to.
pub fn get_awaitable(vm: &mut Vm, v: &PyObjectRef, how: u32) -> PyResult {
    if is_coroutine_like(v) {
        if v.downcast_ref::<PyGenerator>().and_then(awaiting).is_some() {
            return Err(vm.new_runtime_error("coroutine is being awaited already"));
        }
        return Ok(v.clone());
    }
    let name = vm.intern("__await__");
    let Some(method) = vm.lookup_special(v, &name) else {
        let tn = v.ty().name().to_string();
        return Err(vm.new_type_error(match how {
            1 => format!("'async with' received an object from __aenter__ that does not implement __await__: {tn}"),
            2 => format!("'async with' received an object from __aexit__ that does not implement __await__: {tn}"),
            _ => format!("object {tn} can't be used in 'await' expression"),
        }));
    };
    let it = vm.call_with_self(&method, v, &[])?;
    if is_coroutine_like(&it) {
        return Err(vm.new_type_error("__await__() returned a coroutine"));
    }
    let next = vm.names.__next__.clone();
    if vm.lookup_special(&it, &next).is_none() {
        return Err(vm.new_type_error(format!(
            "__await__() returned non-iterator of type '{}'",
            it.ty().name()
        )));
    }
    Ok(it)
}

/// `GET_AITER`: `v.__aiter__()`, which must have `__anext__`.
pub fn get_aiter(vm: &mut Vm, v: &PyObjectRef) -> PyResult {
    let name = vm.intern("__aiter__");
    let Some(method) = vm.lookup_special(v, &name) else {
        return Err(vm.new_type_error(format!(
            "'async for' requires an object with __aiter__ method, got {}",
            v.ty().name()
        )));
    };
    let it = vm.call_with_self(&method, v, &[])?;
    let anext = vm.intern("__anext__");
    if vm.lookup_special(&it, &anext).is_none() {
        return Err(vm.new_type_error(format!(
            "'async for' received an object from __aiter__ that does not implement __anext__: {}",
            it.ty().name()
        )));
    }
    Ok(it)
}

/// `GET_ANEXT`: the awaitable of `aiter.__anext__()`.
pub fn get_anext(vm: &mut Vm, aiter: &PyObjectRef) -> PyResult {
    if aiter.class().is(&vm.types.async_generator) {
        init_hooks(vm, aiter)?;
        return Ok(new_asend(vm, aiter, None));
    }
    let name = vm.intern("__anext__");
    let Some(method) = vm.lookup_special(aiter, &name) else {
        return Err(vm.new_type_error(format!(
            "'async for' requires an iterator with __anext__ method, got {}",
            aiter.ty().name()
        )));
    };
    let r = vm.call_with_self(&method, aiter, &[])?;
    get_awaitable(vm, &r, 0).map_err(|cause| {
        let e = vm.new_type_error(format!(
            "'async for' received an invalid object from __anext__: {}",
            r.ty().name()
        ));
        set_cause(&e, cause);
        e
    })
}

fn set_cause(e: &PyObjectRef, cause: PyObjectRef) {
    if let Some(p) = e.downcast_ref::<PyBaseException>() {
        *p.cause.borrow_mut() = Some(cause.clone());
        *p.context.borrow_mut() = Some(cause);
        p.suppress_context.set(true);
    }
}

/// `BEFORE_ASYNC_WITH`: the bound `__aexit__` and the result of `__aenter__()`.
pub fn before_async_with(vm: &mut Vm, mgr: &PyObjectRef) -> PyResult<(PyObjectRef, PyObjectRef)> {
    let enter_name = vm.intern("__aenter__");
    let exit_name = vm.intern("__aexit__");
    let enter = vm.lookup_special(mgr, &enter_name);
    let exit = vm.lookup_special(mgr, &exit_name);
    let (Some(enter), Some(exit)) = (enter.clone(), exit) else {
        let which = if enter.is_none() {
            ""
        } else {
            " (missed __aexit__ method)"
        };
        return Err(vm.new_type_error(format!(
            "'{}' object does not support the asynchronous context manager protocol{which}",
            mgr.ty().name()
        )));
    };
    let cls = mgr.class().clone();
    let exit_bound = vm.bind_descriptor(&exit, Some(mgr), &cls)?;
    let r = vm.call_with_self(&enter, mgr, &[])?;
    Ok((exit_bound, r))
}

/// `ASYNC_GEN_WRAP`.
pub fn wrap_value(vm: &Vm, value: PyObjectRef) -> PyObjectRef {
    PyObjectRef::new(PyAsyncGenWrapped { value }, &vm.types.async_generator_wrapped_value)
}

/// `GET_YIELD_FROM_ITER` on a coroutine or async generator: only a
/// `types.coroutine` generator may `yield from` a coroutine.
pub fn yield_from_iter(vm: &mut Vm, v: PyObjectRef, frame_flags: u32) -> PyResult {
    let kind = v.downcast_ref::<PyGenerator>().map(|g| g.kind);
    match kind {
        Some(GenKind::Coroutine) => {
            if frame_flags & (co_flags::COROUTINE | co_flags::ITERABLE_COROUTINE) == 0 {
                return Err(vm.new_type_error("cannot 'yield from' a coroutine object in a non-coroutine generator"));
            }
            Ok(v)
        }
        Some(GenKind::Generator) => Ok(v),
        _ => vm.get_iter(&v),
    }
}

// ----- coroutine -----

fn self_gen(vm: &mut Vm, args: &Args, kind: GenKind, what: &str) -> PyResult<PyObjectRef> {
    let tname = match kind {
        GenKind::Coroutine => "coroutine",
        GenKind::AsyncGenerator => "async_generator",
        GenKind::Generator => "generator",
    };
    match args.pos().first() {
        Some(g) if g.downcast_ref::<PyGenerator>().is_some_and(|p| p.kind == kind) => Ok(g.clone()),
        Some(o) => Err(vm.new_type_error(format!(
            "descriptor '{what}' for '{tname}' objects doesn't apply to a '{}' object",
            o.ty().name()
        ))),
        None => Err(vm.new_type_error(format!("descriptor '{what}' of '{tname}' object needs an argument"))),
    }
}

fn coro_await(vm: &mut Vm, args: Args) -> PyResult {
    let coro = self_gen(vm, &args, GenKind::Coroutine, "__await__")?;
    Ok(PyObjectRef::new(PyCoroWrapper { coro }, &vm.types.coroutine_wrapper))
}

fn gen_repr_as(vm: &mut Vm, args: &Args, kind: GenKind, word: &str) -> PyResult {
    let g = self_gen(vm, args, kind, "__repr__")?;
    let q = g
        .downcast_ref::<PyGenerator>()
        .map(|p| p.qualname.clone())
        .unwrap_or_else(|| vm.none());
    let q = vm.str_string(&q)?;
    Ok(vm.new_str(format!("<{word} object {q} at {:#x}>", g.id())))
}

fn coro_repr(vm: &mut Vm, args: Args) -> PyResult {
    gen_repr_as(vm, &args, GenKind::Coroutine, "coroutine")
}

fn gen_await_getter(vm: &mut Vm, g: &PyObjectRef) -> PyResult {
    let p = crate::generator::gen_payload(vm, g)?;
    Ok(awaiting(p).unwrap_or_else(|| vm.none()))
}

fn none_getter(vm: &mut Vm, _g: &PyObjectRef) -> PyResult {
    Ok(vm.none())
}

// ----- coroutine_wrapper -----

fn wrapped_coro(vm: &mut Vm, args: &Args) -> PyResult<PyObjectRef> {
    match args.pos().first().and_then(|w| w.downcast_ref::<PyCoroWrapper>()) {
        Some(w) => Ok(w.coro.clone()),
        None => Err(vm.new_type_error("descriptor requires a 'coroutine_wrapper' object")),
    }
}

/// The wrapper's method: the coroutine's, with the coroutine as `self`.
fn forward(vm: &mut Vm, args: Args, f: fn(&mut Vm, Args) -> PyResult) -> PyResult {
    let coro = wrapped_coro(vm, &args)?;
    let mut buf = vec![coro];
    buf.extend(args.pos().iter().skip(1).cloned());
    f(vm, Args::new(&buf, args.kwnames()))
}

fn wrapper_send(vm: &mut Vm, args: Args) -> PyResult {
    forward(vm, args, crate::generator::gen_send)
}

fn wrapper_throw(vm: &mut Vm, args: Args) -> PyResult {
    forward(vm, args, crate::generator::gen_throw)
}

fn wrapper_close(vm: &mut Vm, args: Args) -> PyResult {
    forward(vm, args, crate::generator::gen_close)
}

fn wrapper_next(vm: &mut Vm, args: Args) -> PyResult {
    let coro = wrapped_coro(vm, &args)?;
    let none = vm.none();
    let r = resume(vm, &coro, none, None)?;
    crate::generator::returned_to_stop_pub(vm, r)
}

fn return_self(vm: &mut Vm, args: Args) -> PyResult {
    args.pos()
        .first()
        .cloned()
        .ok_or_else(|| vm.new_type_error("descriptor needs an argument"))
}

// ----- async generators -----

fn new_asend(vm: &Vm, gen: &PyObjectRef, value: Option<PyObjectRef>) -> PyObjectRef {
    PyObjectRef::new(
        PyAsyncGenASend {
            gen: gen.clone(),
            sendval: std::cell::RefCell::new(value),
            state: std::cell::Cell::new(AwaitableState::Init),
        },
        &vm.types.async_generator_asend,
    )
}

fn agen_payload<'a>(vm: &mut Vm, g: &'a PyObjectRef) -> PyResult<&'a PyGenerator> {
    g.downcast_ref::<PyGenerator>()
        .ok_or_else(|| vm.new_type_error("descriptor requires an 'async_generator' object"))
}

// ----- sys.set_asyncgen_hooks -----

const FIRSTITER: &str = "sys.asyncgen_hooks.firstiter";
const FINALIZER: &str = "sys.asyncgen_hooks.finalizer";

/// The hooks `sys.set_asyncgen_hooks` installed: `(firstiter, finalizer)`.
pub fn asyncgen_hooks(vm: &Vm) -> (Option<PyObjectRef>, Option<PyObjectRef>) {
    let state = vm.module_state.borrow();
    (state.get(FIRSTITER).cloned(), state.get(FINALIZER).cloned())
}

/// `sys.set_asyncgen_hooks([firstiter] [, finalizer])`: each callable or
/// None; one not given stays as it was.
pub fn set_asyncgen_hooks(vm: &mut Vm, args: &Args) -> PyResult<()> {
    let pos = args.pos();
    if pos.len() > 2 || args.items().len() > 2 {
        return Err(vm.new_type_error(format!(
            "function takes at most 2 arguments ({} given)",
            args.items().len()
        )));
    }
    let mut firstiter = pos.first().cloned();
    let mut finalizer = pos.get(1).cloned();
    for (name, v) in args.kwargs() {
        match name {
            "firstiter" => firstiter = Some(v.clone()),
            "finalizer" => finalizer = Some(v.clone()),
            _ => {
                return Err(vm.new_type_error(format!(
                    "'{name}' is an invalid keyword argument for set_asyncgen_hooks()"
                )))
            }
        }
    }
    for (what, v) in [("finalizer", &finalizer), ("firstiter", &firstiter)] {
        if let Some(v) = v {
            if !vm.is_none(v) && !crate::builtins::is_callable(vm, v) {
                return Err(vm.new_type_error(format!("callable {what} expected, got {}", v.ty().name())));
            }
        }
    }
    let mut state = vm.module_state.borrow_mut();
    for (key, v) in [(FIRSTITER, firstiter), (FINALIZER, finalizer)] {
        match v {
            Some(v) if v.is(&vm.none()) => {
                state.remove(key);
            }
            Some(v) => {
                state.insert(key.to_string(), v);
            }
            None => {}
        }
    }
    Ok(())
}

/// At an async generator's first `__anext__`/`asend`/`athrow`/`aclose`:
/// remember the finalizer hook and call the firstiter hook, as CPython does.
fn init_hooks(vm: &mut Vm, gen: &PyObjectRef) -> PyResult<()> {
    let Some(g) = gen.downcast_ref::<PyGenerator>() else {
        return Ok(());
    };
    if g.hooks_inited.replace(true) {
        return Ok(());
    }
    let (firstiter, finalizer) = asyncgen_hooks(vm);
    *g.finalizer.borrow_mut() = finalizer;
    if let Some(f) = firstiter {
        vm.call(&f, Args::positional(std::slice::from_ref(gen)))?;
    }
    Ok(())
}

fn agen_anext(vm: &mut Vm, args: Args) -> PyResult {
    let g = self_gen(vm, &args, GenKind::AsyncGenerator, "__anext__")?;
    init_hooks(vm, &g)?;
    Ok(new_asend(vm, &g, None))
}

fn agen_asend(vm: &mut Vm, args: Args) -> PyResult {
    let g = self_gen(vm, &args, GenKind::AsyncGenerator, "asend")?;
    if args.items().len() != 2 {
        return Err(vm.new_type_error(format!(
            "async_generator.asend() takes exactly one argument ({} given)",
            args.items().len() - 1
        )));
    }
    let v = args.items()[1].clone();
    init_hooks(vm, &g)?;
    Ok(new_asend(vm, &g, Some(v)))
}

fn new_athrow(vm: &Vm, gen: &PyObjectRef, exc: Option<PyObjectRef>) -> PyObjectRef {
    PyObjectRef::new(
        PyAsyncGenAThrow {
            gen: gen.clone(),
            is_close: exc.is_none(),
            exc: std::cell::RefCell::new(exc),
            state: std::cell::Cell::new(AwaitableState::Init),
        },
        &vm.types.async_generator_athrow,
    )
}

fn agen_athrow(vm: &mut Vm, args: Args) -> PyResult {
    let g = self_gen(vm, &args, GenKind::AsyncGenerator, "athrow")?;
    let exc = crate::generator::make_thrown(vm, &args)?;
    init_hooks(vm, &g)?;
    Ok(new_athrow(vm, &g, Some(exc)))
}

fn agen_aclose(vm: &mut Vm, args: Args) -> PyResult {
    let g = self_gen(vm, &args, GenKind::AsyncGenerator, "aclose")?;
    if args.items().len() != 1 {
        return Err(vm.new_type_error(format!(
            "async_generator.aclose() takes no arguments ({} given)",
            args.items().len() - 1
        )));
    }
    init_hooks(vm, &g)?;
    Ok(new_athrow(vm, &g, None))
}

fn agen_repr(vm: &mut Vm, args: Args) -> PyResult {
    gen_repr_as(vm, &args, GenKind::AsyncGenerator, "async_generator")
}

fn agen_running(vm: &mut Vm, g: &PyObjectRef) -> PyResult {
    let r = agen_payload(vm, g)?.running_async.get();
    Ok(vm.new_bool(r))
}

/// What resuming an async generator produced, as its awaitable reports it
/// (CPython's `async_gen_unwrap_value`): a wrapped value ends the awaitable
/// with StopIteration(value); other yields pass through; the end of the
/// generator is StopAsyncIteration.
fn unwrap_value(vm: &mut Vm, gen: &PyObjectRef, r: PyResult<SendResult>) -> PyResult<Result<PyObjectRef, PyObjectRef>> {
    let Some(g) = gen.downcast_ref::<PyGenerator>() else {
        return Err(vm.new_type_error("expected an async generator"));
    };
    match r {
        Ok(SendResult::Yielded(v)) => {
            if let Some(w) = v.downcast_ref::<PyAsyncGenWrapped>() {
                g.running_async.set(false);
                let value = w.value.clone();
                return Ok(Err(vm.new_stop_iteration(Some(value))));
            }
            Ok(Ok(v))
        }
        Ok(SendResult::Returned(_)) => {
            g.running_async.set(false);
            g.closed.set(true);
            let cls = vm.exc.stop_async_iteration.clone();
            Ok(Err(vm.new_exception(&cls, vec![])))
        }
        Err(e) => {
            g.running_async.set(false);
            if e.is_instance_of(&vm.exc.stop_async_iteration) || e.is_instance_of(&vm.exc.generator_exit) {
                g.closed.set(true);
            }
            Ok(Err(e))
        }
    }
}

fn asend_of<'a>(vm: &mut Vm, o: &'a PyObjectRef) -> PyResult<&'a PyAsyncGenASend> {
    o.downcast_ref::<PyAsyncGenASend>()
        .ok_or_else(|| vm.new_type_error("descriptor requires an 'async_generator_asend' object"))
}

fn asend_step(vm: &mut Vm, o: &PyObjectRef, value: PyObjectRef, throw: Option<PyObjectRef>) -> PyResult {
    let a = asend_of(vm, o)?;
    let gen = a.gen.clone();
    let Some(g) = gen.downcast_ref::<PyGenerator>() else {
        return Err(vm.new_type_error("expected an async generator"));
    };
    let mut value = value;
    match a.state.get() {
        AwaitableState::Closed => {
            return Err(vm.new_runtime_error("cannot reuse already awaited __anext__()/asend()"));
        }
        AwaitableState::Init if throw.is_none() => {
            if g.running_async.get() {
                return Err(vm.new_runtime_error("anext(): asynchronous generator is already running"));
            }
            if vm.is_none(&value) {
                if let Some(v) = a.sendval.borrow_mut().take() {
                    value = v;
                }
            }
            a.state.set(AwaitableState::Iter);
        }
        _ => {}
    }
    if throw.is_none() {
        g.running_async.set(true);
    }
    let r = resume(vm, &gen, value, throw);
    match unwrap_value(vm, &gen, r)? {
        Ok(v) => Ok(v),
        Err(e) => {
            a.state.set(AwaitableState::Closed);
            Err(e)
        }
    }
}

fn asend_send(vm: &mut Vm, args: Args) -> PyResult {
    let [o, v] = args.exact::<2>(vm, "send")?.clone();
    asend_step(vm, &o, v, None)
}

fn asend_next(vm: &mut Vm, args: Args) -> PyResult {
    let [o] = args.exact::<1>(vm, "__next__")?.clone();
    let none = vm.none();
    asend_step(vm, &o, none, None)
}

fn asend_throw(vm: &mut Vm, args: Args) -> PyResult {
    let o = return_self(vm, args)?;
    if asend_of(vm, &o)?.state.get() == AwaitableState::Closed {
        return Err(vm.new_runtime_error("cannot reuse already awaited __anext__()/asend()"));
    }
    let exc = crate::generator::make_thrown(vm, &args)?;
    let none = vm.none();
    asend_step(vm, &o, none, Some(exc))
}

fn asend_close(vm: &mut Vm, args: Args) -> PyResult {
    let [o] = args.exact::<1>(vm, "close")?.clone();
    asend_of(vm, &o)?.state.set(AwaitableState::Closed);
    Ok(vm.none())
}

fn athrow_of<'a>(vm: &mut Vm, o: &'a PyObjectRef) -> PyResult<&'a PyAsyncGenAThrow> {
    o.downcast_ref::<PyAsyncGenAThrow>()
        .ok_or_else(|| vm.new_type_error("descriptor requires an 'async_generator_athrow' object"))
}

fn athrow_step(vm: &mut Vm, o: &PyObjectRef, value: PyObjectRef, throw: Option<PyObjectRef>) -> PyResult {
    let t = athrow_of(vm, o)?;
    let gen = t.gen.clone();
    let Some(g) = gen.downcast_ref::<PyGenerator>() else {
        return Err(vm.new_type_error("expected an async generator"));
    };
    let mut value = value;
    let mut throw = throw;
    match t.state.get() {
        AwaitableState::Closed => {
            return Err(vm.new_runtime_error("cannot reuse already awaited aclose()/athrow()"));
        }
        AwaitableState::Init => {
            if g.running_async.get() {
                t.state.set(AwaitableState::Closed);
                let which = if t.is_close { "aclose" } else { "athrow" };
                return Err(vm.new_runtime_error(format!("{which}(): asynchronous generator is already running")));
            }
            if g.closed.get() || g.frame.borrow().is_none() {
                t.state.set(AwaitableState::Closed);
                return Err(vm.new_stop_iteration(None));
            }
            t.state.set(AwaitableState::Iter);
            g.running_async.set(true);
            if throw.is_none() {
                let exc = match t.exc.borrow().clone() {
                    Some(e) => e,
                    None => vm.new_exception(&vm.exc.generator_exit.clone(), vec![]),
                };
                throw = Some(exc);
                value = vm.none();
            }
        }
        AwaitableState::Iter => {}
    }
    let r = resume(vm, &gen, value, throw);
    if t.is_close {
        // aclose(): the generator must finish; awaiting in its `finally` is fine.
        let r = match r {
            Ok(SendResult::Yielded(v)) if !v.payload_is::<PyAsyncGenWrapped>() => return Ok(v),
            Ok(SendResult::Yielded(_)) => Err(vm.new_runtime_error("async generator ignored GeneratorExit")),
            Ok(SendResult::Returned(_)) => Err(vm.new_stop_iteration(None)),
            Err(e) if e.is_instance_of(&vm.exc.stop_async_iteration) || e.is_instance_of(&vm.exc.generator_exit) => {
                g.closed.set(true);
                Err(vm.new_stop_iteration(None))
            }
            Err(e) => Err(e),
        };
        g.running_async.set(false);
        t.state.set(AwaitableState::Closed);
        return r;
    }
    match unwrap_value(vm, &gen, r)? {
        Ok(v) => Ok(v),
        Err(e) => {
            t.state.set(AwaitableState::Closed);
            Err(e)
        }
    }
}

fn athrow_send(vm: &mut Vm, args: Args) -> PyResult {
    let [o, v] = args.exact::<2>(vm, "send")?.clone();
    athrow_step(vm, &o, v, None)
}

fn athrow_next(vm: &mut Vm, args: Args) -> PyResult {
    let [o] = args.exact::<1>(vm, "__next__")?.clone();
    let none = vm.none();
    athrow_step(vm, &o, none, None)
}

fn athrow_throw(vm: &mut Vm, args: Args) -> PyResult {
    let o = return_self(vm, args)?;
    if athrow_of(vm, &o)?.state.get() == AwaitableState::Closed {
        return Err(vm.new_runtime_error("cannot reuse already awaited aclose()/athrow()"));
    }
    let exc = crate::generator::make_thrown(vm, &args)?;
    let none = vm.none();
    athrow_step(vm, &o, none, Some(exc))
}

fn athrow_close(vm: &mut Vm, args: Args) -> PyResult {
    let [o] = args.exact::<1>(vm, "close")?.clone();
    athrow_of(vm, &o)?.state.set(AwaitableState::Closed);
    Ok(vm.none())
}

// ----- aiter(), anext() -----

fn builtin_aiter(vm: &mut Vm, args: Args) -> PyResult {
    args.no_kwargs(vm, "aiter")?;
    let pos = args.pos();
    if pos.len() != 1 {
        return Err(vm.new_type_error(format!("aiter() takes exactly one argument ({} given)", pos.len())));
    }
    let v = &pos[0];
    let name = vm.intern("__aiter__");
    let Some(m) = vm.lookup_special(v, &name) else {
        return Err(vm.new_type_error(format!("'{}' object is not an async iterable", v.ty().name())));
    };
    let it = vm.call_with_self(&m, v, &[])?;
    let anext = vm.intern("__anext__");
    if vm.lookup_special(&it, &anext).is_none() {
        return Err(vm.new_type_error(format!(
            "aiter() returned not an async iterator of type '{}'",
            it.ty().name()
        )));
    }
    Ok(it)
}

fn builtin_anext(vm: &mut Vm, args: Args) -> PyResult {
    args.no_kwargs(vm, "anext")?;
    let pos = args.pos();
    if pos.is_empty() {
        return Err(vm.new_type_error("anext expected at least 1 argument, got 0"));
    }
    if pos.len() > 2 {
        return Err(vm.new_type_error(format!("anext expected at most 2 arguments, got {}", pos.len())));
    }
    let it = &pos[0];
    let name = vm.intern("__anext__");
    let Some(m) = vm.lookup_special(it, &name) else {
        return Err(vm.new_type_error(format!("'{}' object is not an async iterator", it.ty().name())));
    };
    let awaitable = vm.call_with_self(&m, it, &[])?;
    match pos.get(1) {
        None => Ok(awaitable),
        Some(d) => Ok(PyObjectRef::new(
            PyANextAwaitable {
                wrapped: awaitable,
                default: d.clone(),
                iter: std::cell::RefCell::new(None),
            },
            &vm.types.anext_awaitable,
        )),
    }
}

fn anext_of<'a>(vm: &mut Vm, o: &'a PyObjectRef) -> PyResult<&'a PyANextAwaitable> {
    o.downcast_ref::<PyANextAwaitable>()
        .ok_or_else(|| vm.new_type_error("descriptor requires an 'anext_awaitable' object"))
}

/// One step of `anext(it, default)`: forward to the awaitable's iterator and
/// turn StopAsyncIteration into StopIteration(default).
fn anext_step(vm: &mut Vm, o: &PyObjectRef, method: &str, args: &[PyObjectRef]) -> PyResult {
    let a = anext_of(vm, o)?;
    let existing = a.iter.borrow().clone();
    let it = match existing {
        Some(it) => it,
        None => {
            let w = a.wrapped.clone();
            let it = get_awaitable(vm, &w, 0)?;
            *a.iter.borrow_mut() = Some(it.clone());
            it
        }
    };
    match vm.call_method(&it, method, args) {
        Err(e) if e.is_instance_of(&vm.exc.stop_async_iteration) => {
            let d = a.default.clone();
            Err(vm.new_stop_iteration(Some(d)))
        }
        r => r,
    }
}

fn anext_send(vm: &mut Vm, args: Args) -> PyResult {
    let [o, v] = args.exact::<2>(vm, "send")?.clone();
    anext_step(vm, &o, "send", &[v])
}

fn anext_next(vm: &mut Vm, args: Args) -> PyResult {
    let [o] = args.exact::<1>(vm, "__next__")?.clone();
    let none = vm.none();
    anext_step(vm, &o, "send", &[none])
}

fn anext_throw(vm: &mut Vm, args: Args) -> PyResult {
    let o = return_self(vm, args)?;
    let rest = args.pos()[1..].to_vec();
    anext_step(vm, &o, "throw", &rest)
}

fn anext_close(vm: &mut Vm, args: Args) -> PyResult {
    let [o] = args.exact::<1>(vm, "close")?.clone();
    let existing = anext_of(vm, &o)?.iter.borrow().clone();
    if let Some(it) = existing {
        let name = vm.intern("close");
        if let Some(close) = vm.get_attr_opt(&it, &name)? {
            vm.call(&close, Args::positional(&[]))?;
        }
    }
    Ok(vm.none())
}

// ----- finalization -----

/// Finalize a coroutine or generator that is being freed: a coroutine never
/// started warns "coroutine '...' was never awaited" (RuntimeWarning, through
/// `warnings`, as CPython does); a suspended one is closed.
pub fn finalize(vm: &mut Vm, obj: &PyObjectRef) -> PyResult<()> {
    // An async generator with a finalizer hook (an event loop's) is handed
    // to it, to be closed by the loop (`await agen.aclose()`).
    let hook = obj
        .downcast_ref::<PyGenerator>()
        .filter(|g| g.kind == GenKind::AsyncGenerator && !g.closed.get())
        .and_then(|g| g.finalizer.borrow_mut().take());
    if let Some(f) = hook {
        vm.call(&f, Args::positional(std::slice::from_ref(obj)))?;
        return Ok(());
    }
    let never_started = obj
        .downcast_ref::<PyGenerator>()
        .is_some_and(|g| g.kind == GenKind::Coroutine && !g.started.get() && g.frame.borrow().is_some());
    if never_started {
        if let Some(g) = obj.downcast_ref::<PyGenerator>() {
            g.frame.borrow_mut().take();
        }
        let warnings = crate::import::import_module(vm, "warnings")?;
        let name = vm.intern("_warn_unawaited_coroutine");
        let f = vm.get_attr(&warnings, &name)?;
        vm.call(&f, Args::positional(std::slice::from_ref(obj)))?;
        return Ok(());
    }
    gen_close_obj(vm, obj)
}

pub(crate) fn init(vm: &mut Vm) {
    use crate::generator as g;
    crate::object::function_methods::init_constructors(vm);
    let t = vm.types.coroutine.clone();
    vm.add_method(&t, "send", g::gen_send);
    vm.add_method(&t, "throw", g::gen_throw);
    vm.add_method(&t, "close", g::gen_close);
    vm.add_method(&t, "__await__", coro_await);
    vm.add_method(&t, "__repr__", coro_repr);
    vm.add_getset(&t, "cr_running", g::gen_running, None);
    vm.add_getset(&t, "cr_suspended", g::gen_suspended, None);
    vm.add_getset(&t, "cr_frame", g::gen_frame, None);
    vm.add_getset(&t, "cr_code", g::gen_code, None);
    vm.add_getset(&t, "cr_await", gen_await_getter, None);
    vm.add_getset(&t, "cr_origin", none_getter, None);
    vm.add_getset(&t, "__name__", g::gen_name, None);
    vm.add_getset(&t, "__qualname__", g::gen_qualname, None);

    let t = vm.types.generator.clone();
    vm.add_getset(&t, "gi_yieldfrom", gen_await_getter, None);

    let t = vm.types.coroutine_wrapper.clone();
    vm.add_method(&t, "send", wrapper_send);
    vm.add_method(&t, "throw", wrapper_throw);
    vm.add_method(&t, "close", wrapper_close);
    vm.add_method(&t, "__next__", wrapper_next);
    vm.add_method(&t, "__iter__", return_self);

    let t = vm.types.async_generator.clone();
    vm.add_method(&t, "__aiter__", return_self);
    vm.add_method(&t, "__anext__", agen_anext);
    vm.add_method(&t, "asend", agen_asend);
    vm.add_method(&t, "athrow", agen_athrow);
    vm.add_method(&t, "aclose", agen_aclose);
    vm.add_method(&t, "__repr__", agen_repr);
    vm.add_getset(&t, "ag_running", agen_running, None);
    vm.add_getset(&t, "ag_frame", g::gen_frame, None);
    vm.add_getset(&t, "ag_code", g::gen_code, None);
    vm.add_getset(&t, "ag_await", gen_await_getter, None);
    vm.add_getset(&t, "__name__", g::gen_name, None);
    vm.add_getset(&t, "__qualname__", g::gen_qualname, None);

    let t = vm.types.async_generator_asend.clone();
    vm.add_method(&t, "send", asend_send);
    vm.add_method(&t, "throw", asend_throw);
    vm.add_method(&t, "close", asend_close);
    vm.add_method(&t, "__next__", asend_next);
    vm.add_method(&t, "__iter__", return_self);
    vm.add_method(&t, "__await__", return_self);

    let t = vm.types.async_generator_athrow.clone();
    vm.add_method(&t, "send", athrow_send);
    vm.add_method(&t, "throw", athrow_throw);
    vm.add_method(&t, "close", athrow_close);
    vm.add_method(&t, "__next__", athrow_next);
    vm.add_method(&t, "__iter__", return_self);
    vm.add_method(&t, "__await__", return_self);

    let t = vm.types.anext_awaitable.clone();
    vm.add_method(&t, "send", anext_send);
    vm.add_method(&t, "throw", anext_throw);
    vm.add_method(&t, "close", anext_close);
    vm.add_method(&t, "__next__", anext_next);
    vm.add_method(&t, "__iter__", return_self);
    vm.add_method(&t, "__await__", return_self);

    let d = vm.builtins_dict.clone();
    for (name, f) in [
        ("aiter", builtin_aiter as crate::vm::NativeFn),
        ("anext", builtin_anext),
    ] {
        let func = vm.new_builtin_function(name, f);
        let _ = vm.dict_set_str(&d, name, func);
    }
}
