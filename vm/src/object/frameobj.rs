//! `frame` objects: what `sys._getframe()` and `traceback.tb_frame` give.
//!
//! Kaa's frames ([`crate::frame::Frame`]) are not heap objects: they live on
//! the Rust stack while they run, borrowed mutably by the instruction loop,
//! so nothing else may look into them. What a `frame` object shows comes
//! from [`FrameEntry`]s instead: `Vm::frame_stack` holds one per running
//! frame (pushed and popped around `run_frame` in `call.rs` and
//! `generator.rs`), with the code, globals and local namespace (objects the
//! frame keeps alive while it runs) and the instruction it is at, which the
//! loop stores when it calls out (`eval.rs`, `call_from_frame`), as that is
//! when anyone can look.
//!
//! A `frame` object names an entry by index and serial number. While that
//! frame runs, `f_lineno` and `f_back` read the entry; once it has
//! returned, the object keeps what it saw (a snapshot), and `f_back` is
//! None. A traceback's frames (`tb_frame`) are snapshots from the start.
//! `f_locals` of a function frame is the caller's locals when made by
//! `sys._getframe()` (a frame-aware built-in), else empty: the fast locals
//! of an outer frame cannot be read while it runs (a known difference).

use std::cell::{Cell, RefCell};
use std::ptr::NonNull;

use super::core::Header;
use super::function::PyCode;
use super::{PyObjectRef, PyPayload, Visit};
use crate::frame::Frame;
use crate::vm::{PyResult, Vm};

/// What the VM records of a running frame (see the module notes).
pub(crate) struct FrameEntry {
    code: NonNull<Header>,
    globals: NonNull<Header>,
    /// The namespace of a module or class body (`Frame::locals`).
    locals: Option<NonNull<Header>>,
    /// The instruction being executed, as of the last call out.
    pub(crate) lasti: u32,
    serial: u64,
    /// `sys.settrace` state of this activation (`trace.rs`).
    pub(crate) trace: Option<Box<crate::trace::FrameTrace>>,
    /// The `frame` object made for this activation, once one is asked for:
    /// `sys._getframe()`, `f_back` and the trace hooks give the same object
    /// each time (debuggers compare frames with `is`).
    obj: Option<PyObjectRef>,
}

impl FrameEntry {
    fn get(p: NonNull<Header>) -> PyObjectRef {
        // SAFETY: the entry's objects are owned by a frame that runs now
        // (entries are popped when their frame returns), so they are alive;
        // `from_ptr` takes a new reference.
        unsafe { PyObjectRef::from_ptr(p) }
    }

    fn line(&self) -> u32 {
        if let Some(l) = self.trace.as_ref().and_then(|t| t.call_line) {
            return l;
        }
        let code = Self::get(self.code);
        code.downcast_ref::<PyCode>()
            .map_or(0, |c| c.code.linetable.line_of(self.lasti))
    }
}

pub struct PyFrame {
    pub code: PyObjectRef,
    pub globals: PyObjectRef,
    pub builtins: PyObjectRef,
    /// Index in `Vm::frame_stack` and the serial of the frame there; `None`
    /// for a snapshot (a traceback's frame).
    live: Option<(usize, u64)>,
    /// The line when the object was made (or last read live).
    lineno: Cell<u32>,
    /// `f_locals`.
    locals: RefCell<Option<PyObjectRef>>,
}

impl PyPayload for PyFrame {
    const GC: bool = true;

    fn traverse(&self, visit: &mut Visit<'_>) {
        visit.visit(&self.code);
        visit.visit(&self.globals);
        visit.visit(&self.builtins);
        if let Some(l) = self.locals.borrow().as_ref() {
            visit.visit(l);
        }
    }
}

impl Vm {
    /// The running frame `depth` levels below the innermost one, as a
    /// `frame` object (`sys._getframe(depth)`); `None` past the outermost.
    /// `locals` are the innermost frame's, if known.
    pub fn frame_object(&mut self, depth: usize, locals: Option<PyObjectRef>) -> Option<PyObjectRef> {
        let index = self.frame_stack.len().checked_sub(depth + 1)?;
        let f = self.frame_object_at(index);
        if depth == 0 {
            if let Some(l) = locals {
                set_locals(&f, l);
            }
        }
        Some(f)
    }

    fn frame_object_at(&mut self, index: usize) -> PyObjectRef {
        let e = &self.frame_stack[index];
        if let Some(f) = &e.obj {
            return f.clone();
        }
        let f = PyFrame {
            code: FrameEntry::get(e.code),
            globals: FrameEntry::get(e.globals),
            builtins: self.builtins_dict.clone(),
            live: Some((index, e.serial)),
            lineno: Cell::new(e.line()),
            locals: RefCell::new(e.locals.map(FrameEntry::get)),
        };
        let cls = self.types.frame.clone();
        let f = self.new_instance(f, &cls);
        self.frame_stack[index].obj = Some(f.clone());
        f
    }

    /// A snapshot frame of `code` at `lineno` (a traceback entry's).
    pub fn frame_snapshot(&mut self, code: PyObjectRef, globals: PyObjectRef, lineno: u32) -> PyObjectRef {
        let f = PyFrame {
            code,
            globals,
            builtins: self.builtins_dict.clone(),
            live: None,
            lineno: Cell::new(lineno),
            locals: RefCell::new(None),
        };
        let cls = self.types.frame.clone();
        self.new_instance(f, &cls)
    }
}

impl Vm {
    /// The innermost running frame of `code`, as a `frame` object (a
    /// running generator's `gi_frame`).
    pub fn running_frame_of(&mut self, code: &PyObjectRef) -> Option<PyObjectRef> {
        let ptr = code.as_ptr();
        let index = self.frame_stack.iter().rposition(|e| e.code == ptr)?;
        Some(self.frame_object_at(index))
    }
}

/// Give a snapshot frame its `f_locals`.
pub(crate) fn set_locals(frame: &PyObjectRef, locals: PyObjectRef) {
    if let Some(f) = frame.downcast_ref::<PyFrame>() {
        *f.locals.borrow_mut() = Some(locals);
    }
}

impl PyFrame {
    /// The entry of the frame this object names, if it still runs.
    fn running<'a>(&self, vm: &'a Vm) -> Option<(usize, &'a FrameEntry)> {
        let (index, serial) = self.live?;
        let e = vm.frame_stack.get(index)?;
        (e.serial == serial).then_some((index, e))
    }
}

/// Record `frame`, which starts (or resumes) running (see the module notes).
pub(crate) fn push_frame(vm: &mut Vm, frame: &Frame) {
    vm.frame_serial = vm.frame_serial.wrapping_add(1);
    vm.frame_stack.push(FrameEntry {
        code: frame.code.as_ptr(),
        globals: frame.globals.as_ptr(),
        locals: frame.locals.as_ref().map(|l| l.as_ptr()),
        lasti: frame.lasti as u32,
        serial: vm.frame_serial,
        trace: None,
        obj: None,
    });
}

/// Pop the entry of the frame that has finished. Most entries own nothing
/// (no trace state, no `frame` object made): those are forgotten without a
/// call to their drop glue, which a flat call's return would otherwise pay.
#[inline(always)]
pub(crate) fn pop_frame(vm: &mut Vm) {
    if let Some(e) = vm.frame_stack.pop() {
        if e.trace.is_none() && e.obj.is_none() {
            std::mem::forget(e);
        } else {
            drop(e);
        }
    }
}

/// The frame behind `o`; a `TypeError` for anything else (a descriptor
/// taken from the type and applied to another object).
fn frame_of<'a>(vm: &Vm, o: &'a PyObjectRef) -> PyResult<&'a PyFrame> {
    o.downcast_ref::<PyFrame>().ok_or_else(|| {
        vm.new_type_error(format!(
            "descriptor for 'frame' objects doesn't apply to a '{}' object",
            o.ty().name()
        ))
    })
}

fn f_code(_vm: &mut Vm, o: &PyObjectRef) -> PyResult {
    Ok(frame_of(_vm, o)?.code.clone())
}
fn f_globals(_vm: &mut Vm, o: &PyObjectRef) -> PyResult {
    Ok(frame_of(_vm, o)?.globals.clone())
}
fn f_builtins(_vm: &mut Vm, o: &PyObjectRef) -> PyResult {
    Ok(frame_of(_vm, o)?.builtins.clone())
}
fn f_lineno(vm: &mut Vm, o: &PyObjectRef) -> PyResult {
    let f = frame_of(vm, o)?;
    if let Some((_, e)) = f.running(vm) {
        f.lineno.set(e.line());
    }
    Ok(vm.new_int(f.lineno.get() as i64))
}
fn f_lasti(vm: &mut Vm, o: &PyObjectRef) -> PyResult {
    let f = frame_of(vm, o)?;
    let lasti = f.running(vm).map_or(-1, |(_, e)| e.lasti as i64 * 2);
    Ok(vm.new_int(lasti))
}
fn f_locals(vm: &mut Vm, o: &PyObjectRef) -> PyResult {
    let f = frame_of(vm, o)?;
    let known = f.locals.borrow().clone();
    Ok(match known {
        Some(d) => d,
        None => {
            let d = vm.new_dict();
            *f.locals.borrow_mut() = Some(d.clone());
            d
        }
    })
}
fn f_back(vm: &mut Vm, o: &PyObjectRef) -> PyResult {
    let f = frame_of(vm, o)?;
    match f.running(vm) {
        Some((index, _)) if index > 0 => Ok(vm.frame_object_at(index - 1)),
        _ => Ok(vm.none()),
    }
}
/// `f_trace`: the frame's local trace function (`trace.rs`).
fn f_trace(vm: &mut Vm, o: &PyObjectRef) -> PyResult {
    let f = frame_of(vm, o)?;
    let local = f
        .running(vm)
        .and_then(|(_, e)| e.trace.as_ref())
        .and_then(|t| t.local.clone());
    Ok(local.unwrap_or_else(|| vm.none()))
}
fn set_f_trace(vm: &mut Vm, o: &PyObjectRef, v: Option<PyObjectRef>) -> PyResult<()> {
    let f = frame_of(vm, o)?;
    let v = v.filter(|v| !vm.is_none(v));
    if let Some((index, _)) = f.running(vm) {
        let e = &mut vm.frame_stack[index];
        if e.trace.is_none() {
            let line = e.line();
            e.trace = Some(Box::new(crate::trace::FrameTrace::running(line, e.lasti as usize)));
        }
        if let Some(t) = e.trace.as_mut() {
            t.local = v;
        }
    }
    Ok(())
}
/// `f_trace_lines`: whether the local trace function gets `'line'` events.
fn f_trace_lines(vm: &mut Vm, o: &PyObjectRef) -> PyResult {
    let f = frame_of(vm, o)?;
    let on = f
        .running(vm)
        .and_then(|(_, e)| e.trace.as_ref())
        .map_or(true, |t| t.trace_lines);
    Ok(vm.new_bool(on))
}
fn set_f_trace_lines(vm: &mut Vm, o: &PyObjectRef, v: Option<PyObjectRef>) -> PyResult<()> {
    let f = frame_of(vm, o)?;
    let Some(v) = v.filter(|v| v.class().is(&vm.types.bool)) else {
        return Err(vm.new_type_error("attribute value type must be bool"));
    };
    let on = v.is(&vm.true_);
    if let Some((index, _)) = f.running(vm) {
        let e = &mut vm.frame_stack[index];
        e.trace
            .get_or_insert_with(|| Box::new(crate::trace::FrameTrace::new(true)))
            .trace_lines = on;
    }
    Ok(())
}

fn frame_repr(vm: &mut Vm, args: crate::Args) -> PyResult {
    let [o] = args.exact::<1>(vm, "__repr__")?;
    let f = frame_of(vm, &o)?;
    let line = f.running(vm).map_or(f.lineno.get(), |(_, e)| e.line());
    let code = f.code.downcast_ref::<PyCode>().map(|c| c.code.clone());
    let (file, name) = code.map_or((String::new(), String::new()), |c| {
        (c.co_filename.to_string(), c.co_name.to_string())
    });
    let text = format!(
        "<frame at {:#x}, file '{}', line {}, code {}>",
        o.as_ptr().as_ptr() as usize,
        file,
        line,
        name
    );
    Ok(vm.new_str(text))
}

fn frame_clear(vm: &mut Vm, args: crate::Args) -> PyResult {
    let [o] = args.exact::<1>(vm, "clear")?;
    let f = frame_of(vm, &o)?;
    if f.running(vm).is_some() {
        return Err(vm.new_runtime_error("cannot clear an executing frame"));
    }
    *f.locals.borrow_mut() = None;
    Ok(vm.none())
}

pub fn init(vm: &mut Vm) {
    let t = vm.types.frame.clone();
    vm.add_getset(&t, "f_code", f_code, None);
    vm.add_getset(&t, "f_globals", f_globals, None);
    vm.add_getset(&t, "f_builtins", f_builtins, None);
    vm.add_getset(&t, "f_lineno", f_lineno, None);
    vm.add_getset(&t, "f_lasti", f_lasti, None);
    vm.add_getset(&t, "f_locals", f_locals, None);
    vm.add_getset(&t, "f_back", f_back, None);
    vm.add_getset(&t, "f_trace", f_trace, Some(set_f_trace));
    vm.add_getset(&t, "f_trace_lines", f_trace_lines, Some(set_f_trace_lines));
    vm.add_method(&t, "__repr__", frame_repr);
    vm.add_method(&t, "clear", frame_clear);
}
