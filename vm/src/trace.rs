//! `sys.settrace` and `sys.setprofile`: calling a trace function at the
//! events of Python frames, as CPython 3.11.
//!
//! # Notes
//!
//! **No cost without a tracer.** The loop already checks the eval-breaker
//! word before every instruction (`eval.rs`, one load and a branch that is
//! almost never taken). Setting a trace or profile function sets the
//! [`breaker::TRACE`](crate::gil::breaker::TRACE) bit of that word, so the
//! check is taken at every instruction and lands in [`on_breaker`], which
//! reports the events; without a tracer nothing in the loop changes. Events
//! on the exception path (`'exception'`, `'return'` after an exception) are
//! reported by `run_frame`, which is not a hot path.
//!
//! **Per-frame state** lives in the frame's [`FrameEntry`] (`frameobj.rs`):
//! the local trace function (`f_trace`, set from what the global one returns
//! for `'call'`), `f_trace_lines`, the last line and instruction seen (a
//! `'line'` event is reported when the line changes, or on a jump backwards
//! to the start of a line), and the one `frame` object handed to every event
//! of that activation (a generator's resumption is a new activation, with a
//! new `'call'`, as in CPython).
//!
//! | event | when | to |
//! |---|---|---|
//! | `call` | first instruction of an activation | global tracer (its result becomes `f_trace`), profiler |
//! | `line` | first instruction of a line, backward jumps | `f_trace` |
//! | `return` | `RETURN_VALUE`, `RETURN_CONST`, `YIELD_VALUE` (the value), leaving by an exception (None) | `f_trace`, profiler |
//! | `exception` | an exception raised in or arriving at the frame | `f_trace` |
//! | `c_call`, `c_return`, `c_exception` | a call of a built-in function | profiler |
//!
//! While a trace or profile function runs, nothing is traced. A trace
//! function that raises is removed (`sys.settrace(None)`) and its exception
//! propagates, as in CPython.

use crate::frame::Frame;
use crate::object::function::PyBuiltinFunction;
use crate::object::PyObjectRef;
use crate::vm::{Args, PyResult, Vm};
use kaa_compiler::bytecode::Opcode;

/// The interpreter's (this thread's) trace and profile functions.
#[derive(Default)]
pub struct TraceHooks {
    pub trace: Option<PyObjectRef>,
    pub profile: Option<PyObjectRef>,
    /// A trace or profile function is running.
    busy: bool,
}

/// What tracing keeps for one activation of a frame.
pub struct FrameTrace {
    /// `f_trace`.
    pub local: Option<PyObjectRef>,
    pub trace_lines: bool,
    /// The `'call'` event was reported (or the frame was running before
    /// tracing started).
    started: bool,
    last_line: Option<u32>,
    last_index: usize,
    /// The `frame` object given to the trace function.
    frame_obj: Option<PyObjectRef>,
    /// A built-in being called, for `c_return`/`c_exception`.
    c_call: Option<PyObjectRef>,
    /// The line `f_lineno` shows during the `'call'` event (the `def`).
    pub call_line: Option<u32>,
}

impl FrameTrace {
    pub fn new(started: bool) -> FrameTrace {
        FrameTrace {
            local: None,
            trace_lines: true,
            started,
            last_line: None,
            last_index: 0,
            frame_obj: None,
            c_call: None,
            call_line: None,
        }
    }

    /// The state of a frame given a local trace function while it runs
    /// (`frame.f_trace = f`, as `pdb.set_trace()` does to its caller): it is
    /// in the middle of `line` already, so that line is not reported again.
    pub fn running(line: u32, index: usize) -> FrameTrace {
        let mut t = FrameTrace::new(true);
        t.last_line = Some(line);
        t.last_index = index;
        t
    }
}

fn set_breaker(vm: &Vm) {
    let on = vm.trace.trace.is_some() || vm.trace.profile.is_some();
    let b = &vm.heap.gil.breaker;
    if on {
        b.fetch_or(crate::gil::breaker::TRACE, std::sync::atomic::Ordering::Relaxed);
    } else {
        b.fetch_and(!crate::gil::breaker::TRACE, std::sync::atomic::Ordering::Relaxed);
    }
}

/// Frames already running when tracing starts get no `'call'` event.
fn mark_running_frames(vm: &mut Vm) {
    for e in vm.frame_stack.iter_mut() {
        if e.trace.is_none() {
            e.trace = Some(Box::new(FrameTrace::new(true)));
        }
    }
}

/// `sys.settrace(func)`.
pub fn settrace(vm: &mut Vm, func: Option<PyObjectRef>) {
    if func.is_some() {
        mark_running_frames(vm);
    }
    vm.trace.trace = func;
    set_breaker(vm);
}

/// `sys.gettrace()`.
pub fn gettrace(vm: &Vm) -> Option<PyObjectRef> {
    vm.trace.trace.clone()
}

/// `sys.getprofile()`.
pub fn getprofile(vm: &Vm) -> Option<PyObjectRef> {
    vm.trace.profile.clone()
}

/// `sys.setprofile(func)`.
pub fn setprofile(vm: &mut Vm, func: Option<PyObjectRef>) {
    if func.is_some() {
        mark_running_frames(vm);
    }
    vm.trace.profile = func;
    set_breaker(vm);
}

/// The eval breaker was taken before the instruction at `frame.ip`: report
/// trace events if tracing is on, then do the breaker's other work.
#[inline(never)]
pub fn on_breaker(vm: &mut Vm, frame: &mut Frame) -> PyResult<()> {
    let b = vm.heap.gil.breaker.load(std::sync::atomic::Ordering::Relaxed);
    if b & crate::gil::breaker::TRACE != 0 && !vm.trace.busy {
        instruction_events(vm, frame)?;
    }
    if b & !(crate::gil::breaker::AT_TICKS | crate::gil::breaker::TRACE) != 0 {
        vm.handle_breaker()?;
    }
    Ok(())
}

/// Call `func(frame, event, arg)` with tracing suspended.
fn call_hook(vm: &mut Vm, func: &PyObjectRef, frame: &PyObjectRef, event: &str, arg: PyObjectRef) -> PyResult {
    let ev = vm.intern(event);
    vm.trace.busy = true;
    let r = vm.call(func, Args::positional(&[frame.clone(), ev, arg]));
    vm.trace.busy = false;
    r
}

/// The frame object of the innermost activation (made once per activation),
/// its `f_locals` refreshed from `frame`'s fast locals.
fn frame_object(vm: &mut Vm, frame: &Frame) -> Option<PyObjectRef> {
    let known = vm.frame_stack.last()?.trace.as_ref()?.frame_obj.clone();
    let f = match known {
        Some(f) => f,
        None => {
            let f = vm.frame_object(0, None)?;
            if let Some(t) = vm.frame_stack.last_mut()?.trace.as_mut() {
                t.frame_obj = Some(f.clone());
            }
            f
        }
    };
    if frame.locals.is_none() {
        let d = vm.new_dict();
        let names = frame.pycode().code.co_varnames.clone();
        for (name, v) in names.iter().zip(frame.fastlocals.iter()) {
            if let Some(v) = v {
                let _ = vm.dict_set_str(&d, name, v.clone());
            }
        }
        crate::object::frameobj::set_locals(&f, d);
    }
    Some(f)
}

fn state(vm: &mut Vm) -> Option<&mut FrameTrace> {
    vm.frame_stack.last_mut()?.trace.as_deref_mut()
}

/// A hook failed: CPython removes the trace function (or the profiler).
fn hook_failed(vm: &mut Vm, profile: bool) {
    if profile {
        vm.trace.profile = None;
    } else {
        vm.trace.trace = None;
    }
    set_breaker(vm);
}

fn report_local(vm: &mut Vm, frame: &Frame, event: &str, arg: PyObjectRef) -> PyResult<()> {
    let Some(local) = state(vm).and_then(|t| t.local.clone()) else {
        return Ok(());
    };
    let Some(f) = frame_object(vm, frame) else {
        return Ok(());
    };
    match call_hook(vm, &local, &f, event, arg) {
        Ok(r) => {
            if event != "return" {
                let keep = if vm.is_none(&r) { None } else { Some(r) };
                if let Some(t) = state(vm) {
                    if keep.is_some() || event == "call" {
                        t.local = keep;
                    }
                }
            }
            Ok(())
        }
        Err(e) => {
            hook_failed(vm, false);
            Err(e)
        }
    }
}

fn report_profile(vm: &mut Vm, frame: &Frame, event: &str, arg: PyObjectRef) -> PyResult<()> {
    let Some(p) = vm.trace.profile.clone() else {
        return Ok(());
    };
    let Some(f) = frame_object(vm, frame) else {
        return Ok(());
    };
    if let Err(e) = call_hook(vm, &p, &f, event, arg) {
        hook_failed(vm, true);
        return Err(e);
    }
    Ok(())
}

fn instruction_events(vm: &mut Vm, frame: &mut Frame) -> PyResult<()> {
    if vm.trace.trace.is_none() && vm.trace.profile.is_none() {
        return Ok(());
    }
    let Some(entry) = vm.frame_stack.last_mut() else {
        return Ok(());
    };
    let index = frame.ip;
    // `f_lineno` reads the entry: the instruction about to run.
    entry.lasti = index as u32;
    let code = frame.pycode().code.clone();
    let first = entry.trace.is_none();
    if first {
        let mut t = FrameTrace::new(false);
        // A resumed generator continues after its `yield`: that line was
        // seen already.
        if index > 0 {
            t.last_line = Some(code.linetable.line_of(frame.lasti as u32));
            t.last_index = frame.lasti;
        }
        entry.trace = Some(Box::new(t));
    }
    let Some(t) = entry.trace.as_deref_mut() else {
        return Ok(());
    };
    let pending_c = t.c_call.take();
    let started = t.started;
    t.started = true;
    if let Some(c) = pending_c {
        report_profile(vm, frame, "c_return", c)?;
    }
    if !started {
        if index == 0 {
            if let Some(t) = state(vm) {
                t.call_line = Some(code.co_firstlineno);
            }
        }
        let none = vm.none();
        let r = match vm.trace.trace.clone() {
            Some(g) => match frame_object(vm, frame) {
                Some(f) => call_hook(vm, &g, &f, "call", none.clone()).map(Some),
                None => Ok(None),
            },
            None => Ok(None),
        };
        match r {
            Ok(r) => {
                let r = r.filter(|r| !vm.is_none(r));
                if let Some(t) = state(vm) {
                    t.local = r;
                }
            }
            Err(e) => {
                hook_failed(vm, false);
                if let Some(t) = state(vm) {
                    t.call_line = None;
                }
                return Err(e);
            }
        }
        report_profile(vm, frame, "call", none)?;
        if let Some(t) = state(vm) {
            t.call_line = None;
        }
    }
    let Some(op) = code.co_code.get(index).and_then(|u| Opcode::from_u8(u.op_byte())) else {
        return Ok(());
    };
    // Line events: a new line, or a jump back to the start of one. An
    // unconditional jump is not a line of its own (CPython's jumps back to a
    // loop's head have no line).
    let line = code.linetable.line_of(index as u32);
    let (traced, lines) = match state(vm) {
        Some(t) => (t.local.is_some(), t.trace_lines),
        None => (false, false),
    };
    if op != Opcode::JUMP && op != Opcode::EXTENDED_ARG && line > 0 {
        let (last_line, last_index) = match state(vm) {
            Some(t) => (t.last_line, t.last_index),
            None => (None, 0),
        };
        let starts_line = index == 0 || code.linetable.line_of(index as u32 - 1) != line;
        let new_line = last_line != Some(line) || (index < last_index && starts_line);
        if let Some(t) = state(vm) {
            t.last_line = Some(line);
            t.last_index = index;
        }
        if new_line && traced && lines && line > 0 {
            let none = vm.none();
            report_local(vm, frame, "line", none)?;
        }
    }
    match op {
        Opcode::RETURN_VALUE | Opcode::YIELD_VALUE => {
            let v = frame.stack.last().cloned().unwrap_or_else(|| vm.none());
            report_local(vm, frame, "return", v.clone())?;
            report_profile(vm, frame, "return", v)?;
        }
        Opcode::RETURN_CONST => {
            let v = frame
                .pycode()
                .consts
                .get(arg_of(&code, index) as usize)
                .cloned()
                .unwrap_or_else(|| vm.none());
            report_local(vm, frame, "return", v.clone())?;
            report_profile(vm, frame, "return", v)?;
        }
        Opcode::CALL | Opcode::CALL_KW | Opcode::CALL_METHOD if vm.trace.profile.is_some() => {
            let n = arg_of(&code, index) as usize;
            let depth = match op {
                Opcode::CALL => n + 1,
                Opcode::CALL_KW => n + 2,
                _ => n + 2,
            };
            let callee = frame
                .stack
                .len()
                .checked_sub(depth)
                .and_then(|i| frame.stack.get(i))
                .cloned();
            if let Some(c) = callee.filter(|c| c.payload_is::<PyBuiltinFunction>()) {
                report_profile(vm, frame, "c_call", c.clone())?;
                if let Some(t) = state(vm) {
                    t.c_call = Some(c);
                }
            }
        }
        _ => {}
    }
    Ok(())
}

/// The full argument of the instruction at `index`.
fn arg_of(code: &kaa_compiler::CodeObject, index: usize) -> u32 {
    let mut arg = code.co_code.get(index).map_or(0, |u| u.arg());
    let mut i = index;
    let mut shift = 24;
    while i > 0 {
        i -= 1;
        match code.co_code.get(i) {
            Some(u) if u.op_byte() == Opcode::EXTENDED_ARG as u8 => {
                arg |= u.arg() << shift;
                shift += 24;
                if shift >= 32 {
                    break;
                }
            }
            _ => break,
        }
    }
    arg
}

/// Whether a trace or profile function is set (checked on the exception
/// path only).
#[inline]
pub fn active(vm: &Vm) -> bool {
    vm.trace.trace.is_some() || vm.trace.profile.is_some()
}

/// An exception reached `frame` (raised there or coming up from a call):
/// the `'exception'` event (and `c_exception` for a failed built-in), and,
/// when the frame has no handler for it, `'return'` with None.
#[cold]
pub fn on_exception(vm: &mut Vm, frame: &Frame, exc: &PyObjectRef, raised: bool, leaving: bool) -> PyResult<()> {
    if vm.trace.busy || (vm.trace.trace.is_none() && vm.trace.profile.is_none()) {
        return Ok(());
    }
    match vm.frame_stack.last_mut() {
        Some(e) if e.trace.is_some() => e.lasti = frame.lasti as u32,
        _ => return Ok(()),
    }
    if let Some(c) = state(vm).and_then(|t| t.c_call.take()) {
        report_profile(vm, frame, "c_exception", c)?;
    }
    if let Some(t) = state(vm) {
        t.last_line = Some(frame.pycode().code.linetable.line_of(frame.lasti as u32));
        t.last_index = frame.lasti;
    }
    if raised {
        let tb = exc_traceback(vm, exc);
        let info = vm.new_tuple(vec![exc.class().clone(), exc.clone(), tb]);
        report_local(vm, frame, "exception", info)?;
    }
    if leaving {
        let none = vm.none();
        report_local(vm, frame, "return", none.clone())?;
        report_profile(vm, frame, "return", none)?;
    }
    Ok(())
}

fn exc_traceback(vm: &mut Vm, exc: &PyObjectRef) -> PyObjectRef {
    let key = vm.intern("__traceback__");
    vm.get_attr(exc, &key).unwrap_or_else(|_| vm.none())
}
