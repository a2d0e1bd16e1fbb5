//! The interpreter loop.
//!
//! `run_frame` fetches an instruction word, decodes it and dispatches in one
//! `match`. Arms are short: fast paths inline, everything else in the protocol
//! functions of `protocol.rs` named after the Python operation. Errors return
//! through `?` to `run_frame`, which records the traceback entry and unwinds the
//! block stack to a handler (see the Notes in `kaa_compiler::bytecode`).

use kaa_compiler::bytecode::{BinaryOp, CompareOp, Opcode};

use crate::frame::{Block, Frame};
use crate::object::core::InstanceDict;
use crate::object::dict::PyDict;
use crate::object::exception::{PyBaseException, TracebackEntry};
use crate::object::function::{AttrHint, GlobalHint, PyBuiltinFunction, PyCell, PyCode, PyFunction};
use crate::object::int::{IntValue, PyInt};
use crate::object::list::PyList;
use crate::object::str::PyStr;
use crate::object::tuple::PyTuple;
use crate::object::PyObjectRef;
use crate::vm::{Args, CallerInfo, PyResult, Vm};

/// How a frame stopped running.
pub enum ExecResult {
    Return(PyObjectRef),
    Yield(PyObjectRef),
}

/// Run `frame` from its current instruction until it returns or yields. With
/// `throw`, the frame resumes by raising that exception at its current point
/// (generator `throw()`).
///
/// Calls of simple Python functions ([`PyCode::simple_argc`]) and
/// resumptions of generators by `FOR_ITER` do not recurse on the Rust
/// stack: `execute` pushes the new frame on `nested` (the callers below it,
/// innermost last) and switches to it without leaving its loop; a return or
/// a yield pops back to the caller, which gets the value on its stack (flat
/// calls: `docs/internals/calls.md`). An exception leaves `execute`: this
/// loop finds its handler, unwinding the frames of `nested` that have none,
/// where it continues in the caller as a call's error.
pub fn run_frame(vm: &mut Vm, frame: &mut Frame, throw: Option<PyObjectRef>) -> PyResult<ExecResult> {
    // A call or a generator resumption: one tick of the limits (`limits.rs`).
    // `(exception, how it reached this frame)`.
    let mut pending = match crate::limits::tick(vm) {
        Ok(()) => throw.map(|e| (e, Arrival::Thrown)),
        Err(e) => Some((e, Arrival::Raised)),
    };
    // The frames called in place, innermost last; `frame` is below them all.
    let mut nested: Vec<Nested> = Vec::new();
    loop {
        let cur: &mut Frame = match nested.last_mut() {
            Some(n) => &mut n.frame,
            None => &mut *frame,
        };
        if let Some((mut exc, how)) = pending.take() {
            match how {
                Arrival::Raised => {
                    // Chained where it was raised: a Python `raise` did it
                    // already; an exception made by Rust code meets its first
                    // frame here (its traceback is still empty). One coming up
                    // from a callee keeps the context it has.
                    if exc
                        .downcast_ref::<PyBaseException>()
                        .is_some_and(|e| e.traceback.borrow().is_empty())
                    {
                        chain_context(vm, &exc, false);
                    }
                    push_traceback(&exc, cur);
                }
                // `gen.throw()`: raised at the `yield`, without chaining to
                // the caller's exception.
                Arrival::Thrown => push_traceback(&exc, cur),
                Arrival::Reraised => {}
            }
            if crate::trace::active(vm) {
                let raised = !matches!(how, Arrival::Reraised);
                if let Err(e) = crate::trace::on_exception(vm, cur, &exc, raised, cur.blocks.is_empty()) {
                    exc = e;
                }
            }
            match cur.blocks.pop() {
                // The handler starts at the depth `verify.rs` checked it
                // with: the block's level and the exception.
                Some(Block { handler, level }) if level as usize <= cur.stack.len() => {
                    cur.stack.truncate(level as usize);
                    cur.stack.push(exc);
                    cur.ip = handler as usize;
                }
                block => {
                    if block.is_some() {
                        // Only hand-made bytecode pops below a block's level
                        // inside it: the handler would start too low, so the
                        // frame ends instead.
                        cur.blocks.clear();
                        exc = vm.new_exception_msg(
                            &vm.exc.system_error.clone(),
                            "bad bytecode: the stack is below an exception handler's level",
                        );
                    }
                    cur.stack.clear();
                    match nested.pop() {
                        // The callee ends with the exception: it goes on in
                        // the caller, where the call was.
                        Some(n) if n.gen.is_some() => {
                            let exc = n.finish_gen(vm, Some(exc)).unwrap_or_else(|| vm.none());
                            pending = Some((exc, Arrival::Raised));
                            continue;
                        }
                        Some(n) => {
                            drop(n.leave(vm));
                            pending = Some((exc, Arrival::Raised));
                            continue;
                        }
                        None => return Err(exc),
                    }
                }
            }
        }
        // `execute` starts in the innermost frame, `cur`, and switches
        // frames itself for the calls, returns and resumptions it runs in
        // place.
        let r = if vm.stats_enabled {
            execute::<true>(vm, frame, &mut nested)
        } else {
            execute::<false>(vm, frame, &mut nested)
        };
        match r {
            // Only `frame` itself returns or yields out of `execute`.
            Ok(Step::Return(v)) => return Ok(ExecResult::Return(v)),
            Ok(Step::Yield(v)) => return Ok(ExecResult::Yield(v)),
            Err(Unwind { exc, reraise }) => {
                let how = if reraise { Arrival::Reraised } else { Arrival::Raised };
                pending = Some((exc, how));
            }
        }
    }
}

/// Run `callee` in place, called by the innermost frame (`Step::Call`):
/// what `call::run_new_frame` does around a frame, and the frame pushed on
/// `nested`. An error belongs to the frame on top of `nested` afterwards:
/// the caller's when the recursion limit refuses the call, the callee's
/// when the limits' tick fails.
#[inline]
fn enter_call(
    vm: &mut Vm,
    nested: &mut Vec<Nested>,
    callee: Box<Frame>,
    init_self: Option<PyObjectRef>,
) -> Result<(), PyObjectRef> {
    vm.enter_recursion()?;
    let saved_globals = std::mem::replace(&mut vm.frame_globals, Some(callee.globals.as_ptr()));
    crate::object::frameobj::push_frame(vm, &callee);
    nested.push(Nested {
        frame: callee,
        init_self,
        gen: None,
        saved_exc: vm.exc_info.clone(),
        saved_globals,
    });
    // A call: one tick, as for a frame run by a Rust call.
    crate::limits::tick(vm)
}

/// Resume generator `gen`'s frame in place for a `FOR_ITER` whose exit
/// target is `exit` (`Step::Resume`, started by [`flat_resume`]).
#[inline]
fn enter_resume(
    vm: &mut Vm,
    nested: &mut Vec<Nested>,
    gframe: Box<Frame>,
    gen: PyObjectRef,
    exit: u32,
) -> Result<(), PyObjectRef> {
    let saved_globals = std::mem::replace(&mut vm.frame_globals, Some(gframe.globals.as_ptr()));
    crate::object::frameobj::push_frame(vm, &gframe);
    nested.push(Nested {
        frame: gframe,
        init_self: None,
        gen: Some((gen, exit)),
        saved_exc: vm.exc_info.clone(),
        saved_globals,
    });
    // A resumption: one tick, as `generator::resume` takes.
    crate::limits::tick(vm)
}

/// The frame on top of `nested` returned `v`: pop it and continue its
/// caller (the frame below it, or `base`). A generator resumed by
/// `FOR_ITER` has ended: the loop ends. A call gets `v` pushed (the
/// instance for `cls(...)`'s `__init__`, or CPython's `TypeError`, raised in
/// the caller).
#[inline]
fn leave_return(vm: &mut Vm, base: &mut Frame, nested: &mut Vec<Nested>, v: PyObjectRef) -> Result<(), PyObjectRef> {
    let Some(n) = nested.pop() else {
        return Ok(());
    };
    if let Some(exit) = n.gen.as_ref().map(|g| g.1) {
        drop(v);
        n.finish_gen(vm, None);
        let caller = match nested.last_mut() {
            Some(n) => &mut n.frame,
            None => base,
        };
        caller.stack.pop();
        caller.ip = exit as usize;
        return Ok(());
    }
    let v = match n.leave(vm) {
        None => v,
        // `cls(...)`'s `__init__` returned: the instance.
        Some(obj) if vm.is_none(&v) => obj,
        Some(_) => {
            let msg = format!("__init__() should return None, not '{}'", v.ty().name());
            return Err(vm.new_type_error(msg));
        }
    };
    let caller = match nested.last_mut() {
        Some(n) => &mut n.frame,
        None => base,
    };
    caller.stack.push(v);
    Ok(())
}

/// The generator frame on top of `nested` (resumed by `FOR_ITER`) yielded
/// `v`: give it back to its generator and push `v` for the loop.
#[inline]
fn leave_yield(vm: &mut Vm, base: &mut Frame, nested: &mut Vec<Nested>, v: PyObjectRef) {
    if let Some(n) = nested.pop() {
        n.suspend(vm);
    }
    let caller = match nested.last_mut() {
        Some(n) => &mut n.frame,
        None => base,
    };
    caller.stack.push(v);
}

/// A frame called in place by `run_frame`, with what its call changed in
/// the interpreter and its return restores (as `call::run_new_frame` does
/// for a frame run by a Rust call).
struct Nested {
    frame: Box<Frame>,
    /// For `__init__` run by a flat call of a class: the new instance, the
    /// call's result when `__init__` returns None.
    init_self: Option<PyObjectRef>,
    /// For a generator resumed in place by `FOR_ITER`: the generator, and
    /// the loop's exit target.
    gen: Option<(PyObjectRef, u32)>,
    saved_exc: Option<PyObjectRef>,
    saved_globals: Option<std::ptr::NonNull<crate::object::core::Header>>,
}

/// How many finished flat-call frames an interpreter keeps for reuse.
const SPARE_FRAMES: usize = 128;

impl Nested {
    /// The frame has finished: restore the caller's state and keep the
    /// frame, its buffers emptied, for the next flat call.
    #[inline]
    fn leave(mut self, vm: &mut Vm) -> Option<PyObjectRef> {
        let init_self = self.init_self.take();
        crate::object::frameobj::pop_frame(vm);
        vm.frame_globals = self.saved_globals;
        vm.exc_info = self.saved_exc;
        vm.leave_recursion();
        let mut f = self.frame;
        // Released in the order dropping a frame releases them.
        f.fastlocals.clear();
        f.cells.clear();
        f.stack.clear();
        f.blocks.clear();
        if vm.spare_frames.len() < SPARE_FRAMES {
            // A spare frame holds nothing of the program: `None` stands in
            // for the code and the globals until the next call sets them.
            let none = vm.none();
            f.code = none.clone();
            f.globals = none;
            vm.spare_frames.push(f);
        }
        init_self
    }
}

impl Nested {
    /// A generator frame yielded: restore the caller's state and give the
    /// frame back to its generator (as `generator::resume` does).
    fn suspend(self, vm: &mut Vm) {
        vm.frame_stack.pop();
        vm.frame_globals = self.saved_globals;
        let Some((gen, _)) = self.gen else {
            return;
        };
        let Some(g) = gen.downcast_ref::<crate::object::generator::PyGenerator>() else {
            return;
        };
        // Its handled exception, kept only while it is inside a handler.
        let own = if crate::generator::in_handler(&self.frame) {
            vm.exc_info.take()
        } else {
            None
        };
        *g.exc_state.borrow_mut() = own;
        vm.exc_info = self.saved_exc;
        vm.leave_recursion();
        g.running.set(false);
        *g.frame.borrow_mut() = Some(self.frame);
    }

    /// A generator frame ended, returning or raising `exc`: restore the
    /// caller's state and drop the frame. Gives the exception to raise in
    /// the caller (PEP 479 turns a `StopIteration` into a `RuntimeError`).
    fn finish_gen(self, vm: &mut Vm, exc: Option<PyObjectRef>) -> Option<PyObjectRef> {
        vm.frame_stack.pop();
        vm.frame_globals = self.saved_globals;
        vm.exc_info = self.saved_exc;
        vm.leave_recursion();
        let gen = self.gen?.0;
        let g = gen.downcast_ref::<crate::object::generator::PyGenerator>()?;
        g.running.set(false);
        drop(self.frame);
        exc.map(|e| crate::generator::escaped(vm, g.kind, e))
    }
}

/// How `execute` stopped: the frame it was given (below all the frames it
/// ran in place) returned or yielded.
enum Step {
    Return(PyObjectRef),
    Yield(PyObjectRef),
}

/// How an exception being handled by `run_frame` got there.
#[derive(Clone, Copy)]
enum Arrival {
    /// Raised in this frame, or coming up from a call it made.
    Raised,
    /// `RERAISE` or a bare `raise`: the traceback stays as it is.
    Reraised,
    /// Thrown into a suspended generator frame.
    Thrown,
}

/// An exception leaving `execute`: `reraise` is set for `RERAISE`, which keeps
/// the traceback as it is.
struct Unwind {
    exc: PyObjectRef,
    reraise: bool,
}

impl From<PyObjectRef> for Unwind {
    #[inline]
    fn from(exc: PyObjectRef) -> Self {
        Unwind { exc, reraise: false }
    }
}

fn push_traceback(exc: &PyObjectRef, frame: &Frame) {
    if let Some(e) = exc.downcast_ref::<PyBaseException>() {
        let entry = TracebackEntry {
            code: frame.pycode().code.clone(),
            lineno: frame.current_line(),
            lasti: frame.lasti as u32,
        };
        e.traceback.borrow_mut().push(entry);
    }
}

/// Set `__context__` to the exception being handled, as CPython does when an
/// exception is raised inside an `except` or `finally` block (breaking cycles).
/// This happens once, where the exception is raised, never while it unwinds.
/// A `raise` statement replaces a context set before (`overwrite`); an
/// exception made by Rust code keeps one it was given.
fn chain_context(vm: &Vm, exc: &PyObjectRef, overwrite: bool) {
    let Some(handled) = &vm.exc_info else { return };
    if handled.is(exc) {
        return;
    }
    let Some(e) = exc.downcast_ref::<PyBaseException>() else {
        return;
    };
    if !overwrite && e.context.borrow().is_some() {
        return;
    }
    // Break a cycle: if `exc` is already in `handled`'s context chain, cut it
    // there. The chain may loop without `exc` (contexts set by hand): `slow`
    // follows at half speed and meets `o` then (Floyd's cycle detection).
    let context = |o: &PyObjectRef| {
        o.downcast_ref::<PyBaseException>()
            .and_then(|p| p.context.borrow().clone())
    };
    let mut o = handled.clone();
    let mut slow = handled.clone();
    let mut step_slow = false;
    while let Some(n) = context(&o) {
        if n.is(exc) {
            if let Some(p) = o.downcast_ref::<PyBaseException>() {
                *p.context.borrow_mut() = None;
            }
            break;
        }
        o = n;
        if step_slow {
            slow = context(&slow).unwrap_or_else(|| slow.clone());
        }
        step_slow = !step_slow;
        if o.is(&slow) {
            break;
        }
    }
    *e.context.borrow_mut() = Some(handled.clone());
}

#[cold]
fn name_error(vm: &mut Vm, name: &PyObjectRef, globals: &PyObjectRef) -> PyObjectRef {
    let n = crate::object::typ::attr_name(name);
    let e = vm.new_name_error(format!("name '{n}' is not defined"));
    let k = vm.names.name.clone();
    let _ = vm.instance_set(&e, &k, name.clone());
    if let Some(p) = e.downcast_ref::<PyBaseException>() {
        *p.globals.borrow_mut() = Some(globals.clone());
    }
    e
}

#[cold]
fn unbound_local(vm: &mut Vm, name: &str) -> PyObjectRef {
    let cls = vm.exc.unbound_local_error.clone();
    vm.new_exception_msg(
        &cls,
        format!("cannot access local variable '{name}' where it is not associated with a value"),
    )
}

#[cold]
fn unbound_deref(vm: &mut Vm, code: &PyCode, i: usize) -> PyObjectRef {
    let ncell = code.code.co_cellvars.len();
    if i < ncell {
        unbound_local(vm, &code.code.co_cellvars[i])
    } else {
        let name = &code.code.co_freevars[i - ncell];
        vm.new_name_error(format!(
            "cannot access free variable '{name}' where it is not associated with a value in enclosing scope"
        ))
    }
}

/// The exact `dict` behind a namespace, if it is one (a subclass may
/// override lookups: no cache for it).
#[inline]
fn exact_dict<'a>(vm: &Vm, ns: &'a PyObjectRef) -> Option<&'a PyDict> {
    if ns.class().is(&vm.types.dict) {
        ns.downcast_ref::<PyDict>()
    } else {
        None
    }
}

/// `LOAD_GLOBAL` through the code object's cache of where each name was
/// found (`PyCode::global_cache`, a [`GlobalHint`]). A name found in the
/// globals is remembered by its entry index, used only if that entry's key
/// *is* the interned name (a dict holds a key once, so the identical key's
/// value is the lookup's answer; a stale index misses instead of misleading).
/// A name found in the builtins is remembered with the key-set tags of both
/// dicts (`KeysTag`, CPython's dict-keys versions): tags are never reused in
/// an interpreter and are dropped by any change of a dict's keys, so equal
/// tags prove that these are the same two dicts, that the globals still lack
/// the name, and that the builtins' entry is where it was.
#[inline]
fn load_global_cached(vm: &Vm, code: &PyCode, i: usize, frame: &Frame) -> Option<PyObjectRef> {
    let hint = code.global_cache.get(i)?.get();
    if hint.index == 0 {
        return None;
    }
    let g = exact_dict(vm, &frame.globals)?;
    let gt = g.table.try_borrow().ok()?;
    if hint.builtins_tag == 0 {
        let e = gt.entry((hint.index - 1) as usize)?;
        return e.key.is(&code.names[i]).then(|| e.value.clone());
    }
    if gt.keys_tag.get() != hint.globals_tag {
        return None;
    }
    let b = frame.builtins.downcast_ref::<PyDict>()?;
    let bt = b.table.try_borrow().ok()?;
    if bt.keys_tag.get() != hint.builtins_tag {
        return None;
    }
    bt.entry((hint.index - 1) as usize).map(|e| e.value.clone())
}

/// `LOAD_GLOBAL`'s full lookup, then a note in the cache of where the name
/// was found (only for exact dicts and an interned name found by identity).
#[cold]
fn load_global_filling(vm: &mut Vm, code: &PyCode, i: usize, frame: &Frame) -> PyResult {
    let name = &code.names[i];
    let v = load_global(vm, frame, name)?;
    let h = name.downcast_ref::<PyStr>().map_or(-1, |s| s.cached_hash());
    if h == -1 {
        return Ok(v);
    }
    let hint = match exact_dict(vm, &frame.globals).and_then(|g| g.table.try_borrow().ok()) {
        Some(gt) => match gt.find_identical(name, h) {
            Some(ix) => Some(GlobalHint {
                index: ix as u32 + 1,
                ..GlobalHint::default()
            }),
            // The name is absent from the globals only if no equal key is
            // there: with every key an interned str, the identical one.
            None if !gt.mixed_keys => exact_dict(vm, &frame.builtins)
                .and_then(|b| b.table.try_borrow().ok())
                .and_then(|bt| {
                    let ix = bt.find_identical(name, h)?;
                    Some(GlobalHint {
                        index: ix as u32 + 1,
                        globals_tag: vm.heap.tag_dict_keys(&gt),
                        builtins_tag: vm.heap.tag_dict_keys(&bt),
                    })
                }),
            None => None,
        },
        None => None,
    };
    if let (Some(hint), Some(slot)) = (hint, code.global_cache.get(i)) {
        if hint.index < u32::MAX {
            slot.set(hint);
        }
    }
    Ok(v)
}

/// Look a name up in globals, then builtins.
#[inline]
fn load_global(vm: &mut Vm, frame: &Frame, name: &PyObjectRef) -> PyResult {
    if let Some(v) = dict_lookup(vm, &frame.globals, name)? {
        return Ok(v);
    }
    if let Some(v) = dict_lookup(vm, &frame.builtins, name)? {
        return Ok(v);
    }
    Err(name_error(vm, name, &frame.globals))
}

/// Look up in a namespace that is usually a dict but may be any mapping.
#[inline]
fn dict_lookup(vm: &mut Vm, ns: &PyObjectRef, name: &PyObjectRef) -> PyResult<Option<PyObjectRef>> {
    if exact_dict(vm, ns).is_some() {
        return vm.dict_get_item_opt(ns, name);
    }
    match vm.get_item(ns, name) {
        Ok(v) => Ok(Some(v)),
        Err(e) if e.is_instance_of(&vm.exc.key_error) => Ok(None),
        Err(e) => Err(e),
    }
}

fn store_ns(vm: &mut Vm, ns: &PyObjectRef, name: &PyObjectRef, v: PyObjectRef) -> PyResult<()> {
    if ns.class().is(&vm.types.dict) {
        vm.dict_set(ns, name.clone(), v)
    } else {
        vm.set_item(ns, name, v)
    }
}

/// The frame's namespace for `locals()`: its mapping, or a snapshot of fast locals.
pub fn frame_locals(vm: &mut Vm, frame: &Frame) -> PyResult {
    if let Some(l) = &frame.locals {
        return Ok(l.clone());
    }
    let d = vm.new_dict();
    let code = frame.pycode();
    for (i, v) in frame.fastlocals.iter().enumerate() {
        if let Some(v) = v {
            vm.dict_set(&d, code.varnames[i].clone(), v.clone())?;
        }
    }
    let ncell = code.code.co_cellvars.len();
    for (i, cell) in frame.cells.iter().enumerate() {
        let name = if i < ncell {
            &code.code.co_cellvars[i]
        } else {
            &code.code.co_freevars[i - ncell]
        };
        if let Some(c) = cell.downcast_ref::<PyCell>() {
            if let Some(v) = c.value.borrow().clone() {
                let k = vm.intern(name);
                vm.dict_set(&d, k, v)?;
            }
        }
    }
    Ok(d)
}

/// Jump to `$target` (`$ip` is `execute`'s copy of the frame's `ip`); a
/// backward jump (a loop iteration) is a tick of the limits (`limits.rs`).
macro_rules! jump {
    ($vm:expr, $ip:ident, $target:expr) => {{
        let t = $target as usize;
        if t < $ip {
            crate::limits::tick($vm)?;
        }
        $ip = t;
    }};
}

/// Count how a cached instruction went (`kaa --stats`; only in
/// `execute::<true>`, where `STATS` is set).
macro_rules! spec {
    ($vm:expr, $family:ident, $way:expr) => {
        if STATS {
            $vm.spec_counts[crate::stats::spec::$family][$way] += 1;
        }
    };
    // The same, and the instruction's last way (`PyCode::last_way`).
    ($vm:expr, $family:ident, $way:expr, $code:expr, $at:expr, $last:expr) => {
        if STATS {
            $vm.spec_counts[crate::stats::spec::$family][$way] += 1;
            crate::adaptive::note_way($code, $at, $last);
        }
    };
}

/// Pop the top of the value stack (verified code never underflows it:
/// `valstack.rs`).
macro_rules! pop {
    ($frame:expr) => {
        $frame.stack.pop()
    };
}

#[inline(always)]
fn top(frame: &Frame) -> &PyObjectRef {
    frame.stack.top()
}

/// An `EXTENDED_ARG` prefix (or several) with argument `arg`, at `ip - 1`:
/// the instruction it extends and its whole argument, `ip` moved past it.
#[inline(never)]
fn extended_arg(
    vm: &mut Vm,
    instrs: &[kaa_compiler::bytecode::CodeUnit],
    ip: &mut usize,
    arg: u32,
) -> PyResult<(Opcode, u32)> {
    let mut arg = arg;
    loop {
        // Verified code never ends with a prefix.
        let Some(unit) = instrs.get(*ip) else {
            return Err(unknown_opcode(vm));
        };
        *ip += 1;
        let Some(op) = Opcode::from_u8(unit.op_byte()) else {
            return Err(unknown_opcode(vm));
        };
        arg = (arg << 24) | unit.arg();
        if op != Opcode::EXTENDED_ARG {
            return Ok((op, arg));
        }
    }
}

#[cold]
fn unknown_opcode(vm: &mut Vm) -> PyObjectRef {
    vm.new_exception_msg(&vm.exc.system_error.clone(), "unknown opcode")
}

/// The instruction loop. `STATS` counts instructions per opcode (`kaa --stats`):
/// the choice is made once per frame, so the ordinary loop carries no counting.
fn execute<const STATS: bool>(vm: &mut Vm, base: &mut Frame, nested: &mut Vec<Nested>) -> Result<Step, Unwind> {
    let heap = vm.heap.clone();
    let breaker = &heap.gil.breaker;
    // Each round runs the innermost frame until it calls, returns to or
    // resumes another one in place (`continue 'frames`), or leaves `execute`.
    'frames: loop {
        let frame: &mut Frame = match nested.last_mut() {
            Some(n) => &mut n.frame,
            None => &mut *base,
        };
        // SAFETY: the frame's `code` holds a reference to its code object
        // (always a PyCode) for as long as the frame runs: it is set when
        // the frame is made and changed only by `Nested::leave`, when the
        // frame has returned, after which this loop goes on at `'frames`
        // without using `code` again (as after every frame switch); and a
        // running frame is not dropped (`base` is borrowed, a nested frame
        // is popped only by the switches). So `code` stays valid while this
        // round uses it, without a new reference (a count up and down per
        // switch).
        let code: &PyCode = unsafe { &*(frame.pycode() as *const PyCode) };
        // The value stack pushes and pops unchecked (`valstack.rs`): the code
        // must have passed `verify.rs`, and the stack must have room for its
        // `co_stacksize` items. Both hold but for a code object's first run
        // and a frame made for other code.
        if code.stack_checked.get() != crate::verify::VERIFIED {
            if let Err(why) = crate::verify::check(code) {
                return Err(vm.new_exception_msg(&vm.exc.system_error.clone(), why).into());
            }
        }
        frame.stack.reserve_total(code.code.co_stacksize as usize);
        let instrs = &code.code.co_code[..];
        // The index of the next instruction lives here while the frame runs
        // and is written back to `frame.ip` only where something reads it:
        // before the breaker's handler (tracing), a call or generator
        // resumption run in place, and a yield. (An exception needs no `ip`:
        // `run_frame` sends the frame to its handler, or it ends.)
        let mut ip = frame.ip;
        loop {
            // The eval breaker: finalizers and weakref callbacks queued by frees, and
            // requested collections, run here, between instructions, where no Rust
            // borrow is held. It is one load and a branch that is almost never taken.
            // (A thread's turn on the interpreter lock ends at a tick instead:
            // a backward jump or a call, `limits::tick`.)
            if breaker.load(std::sync::atomic::Ordering::Relaxed) & !crate::gil::breaker::AT_TICKS != 0 {
                frame.ip = ip;
                crate::trace::on_breaker(vm, frame)?;
            }
            let unit = instrs[ip];
            frame.lasti = ip;
            ip += 1;
            let Some(mut op) = Opcode::from_u8(unit.op_byte()) else {
                return Err(unknown_opcode(vm).into());
            };
            let mut arg = unit.arg();
            if op == Opcode::EXTENDED_ARG {
                // The prefix and the instruction it extends run as one.
                if STATS {
                    vm.opcode_counts[op as usize] += 1;
                }
                (op, arg) = extended_arg(vm, instrs, &mut ip, arg)?;
                frame.lasti = ip - 1;
            }
            if STATS {
                vm.opcode_counts[op as usize] += 1;
            }
            match op {
                Opcode::NOP => {}
                // Folded into the instruction it extends, above.
                Opcode::EXTENDED_ARG => {}
                Opcode::POP_TOP => {
                    pop!(frame);
                }
                Opcode::COPY => {
                    let v = frame.stack[frame.stack.len() - arg as usize].clone();
                    frame.stack.push(v);
                }
                Opcode::SWAP => {
                    let n = frame.stack.len();
                    frame.stack.as_mut_slice().swap(n - 1, n - arg as usize);
                }
                Opcode::LOAD_CONST => frame.stack.push(code.consts[arg as usize].clone()),
                Opcode::LOAD_FAST => match &frame.fastlocals[arg as usize] {
                    Some(v) => {
                        let v = v.clone();
                        frame.stack.push(v);
                    }
                    None => return Err(unbound_local(vm, &code.code.co_varnames[arg as usize]).into()),
                },
                Opcode::STORE_FAST => {
                    let v = pop!(frame);
                    frame.fastlocals[arg as usize] = Some(v);
                }
                Opcode::DELETE_FAST => {
                    if frame.fastlocals[arg as usize].take().is_none() {
                        return Err(unbound_local(vm, &code.code.co_varnames[arg as usize]).into());
                    }
                }
                Opcode::LOAD_NAME => {
                    let name = &code.names[arg as usize];
                    let v = match frame.locals.clone() {
                        Some(l) => dict_lookup(vm, &l, name)?,
                        None => None,
                    };
                    let v = match v {
                        Some(v) => v,
                        None => load_global(vm, frame, name)?,
                    };
                    frame.stack.push(v);
                }
                Opcode::STORE_NAME => {
                    let v = pop!(frame);
                    let name = &code.names[arg as usize];
                    let ns = frame.locals.clone().unwrap_or_else(|| frame.globals.clone());
                    store_ns(vm, &ns, name, v)?;
                }
                Opcode::DELETE_NAME => {
                    let name = &code.names[arg as usize];
                    let ns = frame.locals.clone().unwrap_or_else(|| frame.globals.clone());
                    let found = if ns.class().is(&vm.types.dict) {
                        vm.dict_del(&ns, name)?
                    } else {
                        vm.del_item(&ns, name).is_ok()
                    };
                    if !found {
                        return Err(name_error(vm, name, &frame.globals).into());
                    }
                }
                Opcode::LOAD_GLOBAL => {
                    let i = arg as usize;
                    let v = match load_global_cached(vm, code, i, frame) {
                        Some(v) => {
                            spec!(vm, LOAD_GLOBAL, 0);
                            v
                        }
                        None => {
                            spec!(vm, LOAD_GLOBAL, 1);
                            if STATS {
                                let hint = code.global_cache.get(i).map(|c| c.get()).unwrap_or_default();
                                crate::adaptive::count_global_miss(vm, hint, &frame.globals);
                            }
                            load_global_filling(vm, code, i, frame)?
                        }
                    };
                    frame.stack.push(v);
                }
                Opcode::STORE_GLOBAL => {
                    let v = pop!(frame);
                    let g = frame.globals.clone();
                    vm.dict_set(&g, code.names[arg as usize].clone(), v)?;
                }
                Opcode::DELETE_GLOBAL => {
                    let g = frame.globals.clone();
                    let name = &code.names[arg as usize];
                    if !vm.dict_del(&g, name)? {
                        return Err(name_error(vm, name, &g).into());
                    }
                }
                Opcode::LOAD_DEREF => {
                    let cell = &frame.cells[arg as usize];
                    let v = cell.downcast_ref::<PyCell>().and_then(|c| c.value.borrow().clone());
                    match v {
                        Some(v) => frame.stack.push(v),
                        None => return Err(unbound_deref(vm, code, arg as usize).into()),
                    }
                }
                Opcode::STORE_DEREF => {
                    let v = pop!(frame);
                    if let Some(c) = frame.cells[arg as usize].downcast_ref::<PyCell>() {
                        let old = c.value.replace(Some(v));
                        drop(old);
                    }
                }
                Opcode::DELETE_DEREF => {
                    let old = frame.cells[arg as usize]
                        .downcast_ref::<PyCell>()
                        .and_then(|c| c.value.replace(None));
                    if old.is_none() {
                        return Err(unbound_deref(vm, code, arg as usize).into());
                    }
                }
                Opcode::LOAD_CLASSDEREF => {
                    let i = arg as usize;
                    let ncell = code.code.co_cellvars.len();
                    let name_str = if i < ncell {
                        code.code.co_cellvars[i].clone()
                    } else {
                        code.code.co_freevars[i - ncell].clone()
                    };
                    let name = vm.intern(&name_str);
                    let from_ns = match frame.locals.clone() {
                        Some(l) => dict_lookup(vm, &l, &name)?,
                        None => None,
                    };
                    let v = match from_ns {
                        Some(v) => Some(v),
                        None => frame.cells[i]
                            .downcast_ref::<PyCell>()
                            .and_then(|c| c.value.borrow().clone()),
                    };
                    match v {
                        Some(v) => frame.stack.push(v),
                        None => return Err(unbound_deref(vm, code, i).into()),
                    }
                }
                Opcode::LOAD_CLOSURE => {
                    let c = frame.cells[arg as usize].clone();
                    frame.stack.push(c);
                }
                Opcode::LOAD_ATTR => {
                    let obj = pop!(frame);
                    let i = arg as usize;
                    if let Some(v) = cached_slot(code, i, &obj, AttrHint::DESCR_GET).and_then(read_slot) {
                        spec!(vm, LOAD_ATTR, 3);
                        frame.stack.push(v);
                        continue;
                    }
                    if let Some(c) = cached_class(code, i, &obj) {
                        spec!(vm, LOAD_ATTR, 3);
                        frame.stack.push(c);
                        continue;
                    }
                    let found = match attr_dict(code, i, &obj, AttrHint::DICT_FIRST) {
                        // The name's place is known: the value is there, or the
                        // instance has no such attribute.
                        Some(InstAttrs::Values(idict, vix)) if vix != 0 => {
                            let v = idict.value(usize::from(vix - 1));
                            if v.is_some() {
                                spec!(vm, LOAD_ATTR, 0);
                            }
                            v
                        }
                        Some(InstAttrs::Values(idict, _)) => match obj.ty().key_index(&code.names[i]) {
                            Some(ix) => {
                                spec!(vm, LOAD_ATTR, 1);
                                note_values_place(code, i, &obj);
                                idict.value(ix)
                            }
                            None => None,
                        },
                        Some(InstAttrs::Dict(d, ix)) => match dict_value_at(&d, &code.names[i], ix) {
                            Some(v) => {
                                spec!(vm, LOAD_ATTR, 0);
                                Some(v)
                            }
                            None => {
                                spec!(vm, LOAD_ATTR, 1);
                                let v = vm.dict_get_item_opt(&d, &code.names[i])?;
                                if v.is_some() {
                                    note_dict_index(code, i, &d);
                                }
                                v
                            }
                        },
                        None => None,
                    };
                    let found = match found {
                        None => match cached_descriptor(code, i, &obj, AttrHint::DESCR_GET) {
                            Some(d) => match load_through_descriptor(vm, &d, &obj, &code.names[i]) {
                                Some(r) => {
                                    spec!(vm, LOAD_ATTR, 3);
                                    Some(r?)
                                }
                                None => None,
                            },
                            None => None,
                        },
                        found => found,
                    };
                    let v = match found {
                        Some(v) => v,
                        None => match module_attr_cached(vm, code, i, &obj) {
                            Some(v) => {
                                spec!(vm, LOAD_ATTR, 3);
                                v
                            }
                            None => {
                                spec!(vm, LOAD_ATTR, 2);
                                if STATS {
                                    let hint = code.attr_cache[i].get();
                                    crate::adaptive::count_attr_miss(vm, crate::stats::spec::LOAD_ATTR, hint, &obj);
                                }
                                let v = vm.get_attr(&obj, &code.names[i])?;
                                code.attr_cache[i].set(learn_attr(vm, &obj, &code.names[i]));
                                if let Some(d) = obj.existing_dict() {
                                    note_dict_index(code, i, &d);
                                }
                                note_module_attr(vm, code, i, &obj);
                                v
                            }
                        },
                    };
                    frame.stack.push(v);
                }
                Opcode::STORE_ATTR => {
                    let obj = pop!(frame);
                    let v = pop!(frame);
                    let i = arg as usize;
                    if let Some(cell) = cached_slot(code, i, &obj, AttrHint::DESCR_SET) {
                        spec!(vm, STORE_ATTR, 3);
                        drop(cell.replace(Some(v)));
                        continue;
                    }
                    match attr_dict(code, i, &obj, AttrHint::DICT_STORE) {
                        Some(InstAttrs::Values(idict, vix)) if vix != 0 => {
                            let ix = usize::from(vix - 1);
                            match idict.replace_value(ix, v) {
                                Ok(old) => {
                                    spec!(vm, STORE_ATTR, 0);
                                    drop(old);
                                }
                                // A new attribute, after the last one set (a new
                                // instance's `__init__`).
                                Err(v) if ix >= idict.values_len() => {
                                    spec!(vm, STORE_ATTR, 0);
                                    let cap = obj.ty().keys.borrow().len();
                                    idict.push_value(ix, v, cap);
                                }
                                Err(v) => {
                                    spec!(vm, STORE_ATTR, 1);
                                    vm.instance_set(&obj, &code.names[i], v)?;
                                }
                            }
                        }
                        Some(InstAttrs::Values(..)) => {
                            spec!(vm, STORE_ATTR, 1);
                            vm.instance_set(&obj, &code.names[i], v)?;
                            note_values_place(code, i, &obj);
                        }
                        Some(InstAttrs::Dict(d, ix)) => {
                            spec!(vm, STORE_ATTR, 0);
                            vm.heap.track_dict_for_value(&d, &v);
                            if let Err(v) = dict_replace_at(&d, &code.names[i], ix, v) {
                                spec!(vm, STORE_ATTR, 1);
                                if STATS {
                                    // Counted as a probe, not as an index hit.
                                    vm.spec_counts[crate::stats::spec::STORE_ATTR][0] -= 1;
                                }
                                vm.dict_set(&d, code.names[i].clone(), v)?;
                                // A new instance's attribute lands where it did in
                                // the last one: nothing to learn then.
                                if !dict_key_at(&d, &code.names[i], ix) {
                                    note_dict_index(code, i, &d);
                                }
                            }
                        }
                        None => {
                            let v = match cached_descriptor(code, i, &obj, AttrHint::DESCR_SET) {
                                Some(d) => match store_through_descriptor(vm, &d, &obj, v) {
                                    Ok(r) => {
                                        spec!(vm, STORE_ATTR, 3);
                                        r?;
                                        continue;
                                    }
                                    Err(v) => v,
                                },
                                None => v,
                            };
                            spec!(vm, STORE_ATTR, 2);
                            if STATS {
                                let hint = code.attr_cache[i].get();
                                crate::adaptive::count_attr_miss(vm, crate::stats::spec::STORE_ATTR, hint, &obj);
                            }
                            vm.set_attr(&obj, &code.names[i], v)?;
                            code.attr_cache[i].set(learn_attr(vm, &obj, &code.names[i]));
                            if let Some(d) = obj.existing_dict() {
                                note_dict_index(code, i, &d);
                            }
                        }
                    }
                }
                Opcode::DELETE_ATTR => {
                    let obj = pop!(frame);
                    vm.del_attr(&obj, &code.names[arg as usize])?;
                }
                Opcode::LOAD_METHOD => {
                    let obj = pop!(frame);
                    let name = &code.names[arg as usize];
                    if let Some(f) = cached_method(vm, code, arg as usize, &obj)? {
                        spec!(vm, LOAD_METHOD, 0);
                        frame.stack.push(f);
                        frame.stack.push(obj);
                        continue;
                    }
                    if let Some(f) = module_attr_cached(vm, code, arg as usize, &obj) {
                        spec!(vm, LOAD_METHOD, 0);
                        frame.stack.push(f);
                        frame.stack.push(vm.null.clone());
                        continue;
                    }
                    spec!(vm, LOAD_METHOD, 1);
                    if STATS {
                        let hint = code.attr_cache[arg as usize].get();
                        crate::adaptive::count_attr_miss(vm, crate::stats::spec::LOAD_METHOD, hint, &obj);
                    }
                    let found = load_method(vm, &obj, name)?;
                    code.attr_cache[arg as usize].set(learn_attr(vm, &obj, name));
                    match found {
                        Some(func) => {
                            frame.stack.push(func);
                            frame.stack.push(obj);
                        }
                        None => {
                            let attr = vm.get_attr(&obj, name)?;
                            note_module_attr(vm, code, arg as usize, &obj);
                            frame.stack.push(attr);
                            frame.stack.push(vm.null.clone());
                        }
                    }
                }
                Opcode::CALL_METHOD => {
                    // `[func, self or NULL, args...]`: with NULL (an attribute
                    // that is not a method) the call has no `self`.
                    let self_slot = frame.stack.len() - arg as usize - 1;
                    let start = if frame.stack[self_slot].is(&vm.null) {
                        self_slot + 1
                    } else {
                        self_slot
                    };
                    if let Some((callee, init_self)) = call_at::<STATS>(vm, frame, code, self_slot - 1, start)? {
                        frame.ip = ip;
                        enter_call(vm, nested, callee, init_self)?;
                        continue 'frames;
                    }
                }
                Opcode::CALL => {
                    // `[func, args...]`.
                    let at = frame.stack.len() - arg as usize - 1;
                    if let Some((callee, init_self)) = call_at::<STATS>(vm, frame, code, at, at + 1)? {
                        frame.ip = ip;
                        enter_call(vm, nested, callee, init_self)?;
                        continue 'frames;
                    }
                }
                Opcode::CALL_KW => {
                    let kwnames = pop!(frame);
                    let n = arg as usize;
                    let len = frame.stack.len();
                    let func = frame.stack[len - n - 1].clone();
                    let names: &[PyObjectRef] = kwnames.downcast_ref::<PyTuple>().map_or(&[], |t| t.as_slice());
                    let r = call_from_frame(vm, frame, &func, len - n, names);
                    frame.stack.truncate(len - n - 1);
                    frame.stack.push(r?);
                }
                Opcode::CALL_FUNCTION_EX => {
                    let kwargs = if arg & 1 != 0 { Some(pop!(frame)) } else { None };
                    let args = pop!(frame);
                    let func = pop!(frame);
                    let r = call_ex(vm, frame, &func, &args, kwargs.as_ref())?;
                    frame.stack.push(r);
                }
                Opcode::MAKE_FUNCTION => {
                    let code_obj = pop!(frame);
                    let closure = if arg & 8 != 0 { Some(pop!(frame)) } else { None };
                    let annotations = if arg & 4 != 0 { Some(pop!(frame)) } else { None };
                    let kwdefaults = if arg & 2 != 0 { Some(pop!(frame)) } else { None };
                    let defaults = if arg & 1 != 0 { Some(pop!(frame)) } else { None };
                    let f = make_function(vm, frame, code_obj, defaults, kwdefaults, annotations, closure)?;
                    frame.stack.push(f);
                }
                Opcode::LOAD_BUILD_CLASS => {
                    let bc = vm.names.__build_class__.clone();
                    let b = frame.builtins.clone();
                    match dict_lookup(vm, &b, &bc)? {
                        Some(v) => frame.stack.push(v),
                        None => return Err(vm.new_name_error("__build_class__ not found").into()),
                    }
                }
                Opcode::BINARY_OP => {
                    let b = pop!(frame);
                    let a = pop!(frame);
                    let Some((bop, inplace)) = BinaryOp::decode(arg) else {
                        return Err(vm
                            .new_exception_msg(&vm.exc.system_error.clone(), "bad BINARY_OP")
                            .into());
                    };
                    // Small ints: no dispatch (the common case of counters and indexes).
                    if let (Some(x), Some(y)) = (small_int(vm, &a), small_int(vm, &b)) {
                        if let Some(v) = crate::object::int::binary_small(bop, x, y) {
                            spec!(vm, BINARY_OP, 0, code, frame.lasti, crate::adaptive::way::binary::INT);
                            frame.stack.push(vm.new_int(v));
                            continue;
                        }
                    }
                    // Two exact floats, or an exact float and a small int: the
                    // arithmetic without the protocol, the result written into a
                    // temporary operand when there is one (`reuse_float`).
                    if float_arith(bop) {
                        if let Some((x, y, w)) = float_operands(vm, &a, &b) {
                            let (r, reused) = match float_arith_f64(bop, x, y) {
                                Some(v) => reuse_float(vm, v, a, b, w),
                                None => (crate::object::float::binary_f64(vm, bop, x, y)?, false),
                            };
                            if STATS {
                                // Way 4: the result went into an operand (no allocation).
                                let way = match w {
                                    _ if reused => 4,
                                    crate::adaptive::way::binary::FLOAT => 1,
                                    _ => 3,
                                };
                                spec!(vm, BINARY_OP, way, code, frame.lasti, w);
                            }
                            frame.stack.push(r);
                            continue;
                        }
                    }
                    if STATS {
                        let w = crate::adaptive::binary_general_way(vm, &a, &b);
                        spec!(vm, BINARY_OP, 2, code, frame.lasti, w);
                    }
                    let r = vm.binary_op(&a, &b, bop, inplace)?;
                    frame.stack.push(r);
                }
                Opcode::UNARY_POSITIVE => {
                    let v = pop!(frame);
                    let r = vm.unary_op(&v, "__pos__", "+")?;
                    frame.stack.push(r);
                }
                Opcode::UNARY_NEGATIVE => {
                    let v = pop!(frame);
                    let r = match v.downcast_ref::<PyInt>() {
                        Some(PyInt {
                            value: IntValue::Small(i),
                        }) if v.class().is(&vm.types.int) && *i != i64::MIN => vm.new_int(-i),
                        _ => match exact_float(vm, &v) {
                            Some(x) => {
                                let mut v = v;
                                match v.unique_payload_mut::<crate::object::float::PyFloat>() {
                                    Some(f) => {
                                        f.value = -x;
                                        v
                                    }
                                    None => vm.new_float(-x),
                                }
                            }
                            None => vm.unary_op(&v, "__neg__", "-")?,
                        },
                    };
                    frame.stack.push(r);
                }
                Opcode::UNARY_NOT => {
                    let v = pop!(frame);
                    let t = vm.is_true(&v)?;
                    frame.stack.push(vm.new_bool(!t));
                }
                Opcode::UNARY_INVERT => {
                    let v = pop!(frame);
                    let r = vm.unary_op(&v, "__invert__", "~")?;
                    frame.stack.push(r);
                }
                Opcode::COMPARE_OP => {
                    let b = pop!(frame);
                    let a = pop!(frame);
                    let cop = CompareOp::from_u32(arg).unwrap_or(CompareOp::Eq);
                    // Two exact small ints or two exact floats: compared here, and
                    // when a conditional jump follows (the usual `if a < b:` and
                    // `while i < n:`), the jump is taken here too, without a bool.
                    let Some(t) = compare_exact(vm, &a, &b, cop) else {
                        if STATS {
                            let w = crate::adaptive::compare_general_way(vm, &a, &b);
                            spec!(vm, COMPARE_OP, 2, code, frame.lasti, w);
                        }
                        let r = vm.rich_compare(&a, &b, cop)?;
                        frame.stack.push(r);
                        continue;
                    };
                    let next = instrs.get(ip).copied();
                    let jump_if = next.and_then(|n| match Opcode::from_u8(n.op_byte()) {
                        Some(Opcode::POP_JUMP_IF_FALSE) => Some((false, n)),
                        Some(Opcode::POP_JUMP_IF_TRUE) => Some((true, n)),
                        _ => None,
                    });
                    // Not while the breaker is set: tracing sees every instruction.
                    match jump_if {
                        Some((when, next)) if breaker.load(std::sync::atomic::Ordering::Relaxed) == 0 => {
                            spec!(vm, COMPARE_OP, 0);
                            if STATS {
                                let w = if small_int(vm, &a).is_some() && small_int(vm, &b).is_some() {
                                    crate::adaptive::way::compare::INT_JUMP
                                } else {
                                    crate::adaptive::way::compare::FLOAT_JUMP
                                };
                                crate::adaptive::note_way(code, frame.lasti, w);
                                vm.opcode_counts[next.op_byte() as usize] += 1;
                            }
                            frame.lasti = ip;
                            ip += 1;
                            if t == when {
                                jump!(vm, ip, next.arg());
                            }
                        }
                        _ => {
                            if STATS {
                                let w = if small_int(vm, &a).is_some() && small_int(vm, &b).is_some() {
                                    crate::adaptive::way::compare::INT
                                } else {
                                    crate::adaptive::way::compare::FLOAT
                                };
                                crate::adaptive::note_way(code, frame.lasti, w);
                            }
                            spec!(vm, COMPARE_OP, 1);
                            frame.stack.push(vm.new_bool(t))
                        }
                    }
                }
                Opcode::IS_OP => {
                    let b = pop!(frame);
                    let a = pop!(frame);
                    frame.stack.push(vm.new_bool(a.is(&b) != (arg == 1)));
                }
                Opcode::CONTAINS_OP => {
                    let b = pop!(frame);
                    let a = pop!(frame);
                    let r = vm.contains(&b, &a)?;
                    frame.stack.push(vm.new_bool(r != (arg == 1)));
                }
                Opcode::BINARY_SUBSCR => {
                    let key = pop!(frame);
                    let container = pop!(frame);
                    if STATS {
                        let w = crate::adaptive::subscr_way(vm, &container, &key);
                        spec!(vm, BINARY_SUBSCR, w, code, frame.lasti, w as u8 + 1);
                    }
                    let r = vm.get_item(&container, &key)?;
                    frame.stack.push(r);
                }
                Opcode::STORE_SUBSCR => {
                    let key = pop!(frame);
                    let container = pop!(frame);
                    let v = pop!(frame);
                    vm.set_item(&container, &key, v)?;
                }
                Opcode::DELETE_SUBSCR => {
                    let key = pop!(frame);
                    let container = pop!(frame);
                    vm.del_item(&container, &key)?;
                }
                Opcode::BUILD_SLICE => {
                    let step = if arg == 3 { pop!(frame) } else { vm.none() };
                    let stop = pop!(frame);
                    let start = pop!(frame);
                    let s = crate::object::slice::PySlice { start, stop, step };
                    frame.stack.push(PyObjectRef::new(s, &vm.types.slice));
                }
                Opcode::BUILD_TUPLE => {
                    let at = frame.stack.len() - arg as usize;
                    let t = frame.stack.with_vec(|v| vm.new_tuple_from_tail(v, at));
                    frame.stack.push(t);
                }
                Opcode::BUILD_LIST => {
                    let items = frame.stack.split_off(frame.stack.len() - arg as usize);
                    frame.stack.push(vm.new_list(items));
                }
                Opcode::BUILD_SET => {
                    let items = frame.stack.split_off(frame.stack.len() - arg as usize);
                    let s = crate::object::set::new_set(vm, items)?;
                    frame.stack.push(s);
                }
                Opcode::BUILD_MAP => {
                    let items = frame.stack.split_off(frame.stack.len() - 2 * arg as usize);
                    let d = vm.new_dict();
                    let mut it = items.into_iter();
                    while let (Some(k), Some(v)) = (it.next(), it.next()) {
                        vm.dict_set(&d, k, v)?;
                    }
                    frame.stack.push(d);
                }
                Opcode::BUILD_STRING => {
                    let start = frame.stack.len() - arg as usize;
                    let s = crate::object::str::build_string(vm, &frame.stack.as_slice()[start..])?;
                    frame.stack.truncate(start);
                    frame.stack.push(s);
                }
                Opcode::LIST_APPEND => {
                    let v = pop!(frame);
                    let l = &frame.stack[frame.stack.len() - arg as usize];
                    if let Some(l) = l.downcast_ref::<PyList>() {
                        l.items.borrow_mut().push(v);
                        l.recharge(&heap);
                    }
                }
                Opcode::SET_ADD => {
                    let v = pop!(frame);
                    let s = frame.stack[frame.stack.len() - arg as usize].clone();
                    crate::object::set::set_add(vm, &s, v)?;
                }
                Opcode::MAP_ADD => {
                    let v = pop!(frame);
                    let k = pop!(frame);
                    let d = frame.stack[frame.stack.len() - arg as usize].clone();
                    vm.dict_set(&d, k, v)?;
                }
                Opcode::LIST_EXTEND => {
                    let it = pop!(frame);
                    let l = frame.stack[frame.stack.len() - arg as usize].clone();
                    let items = match vm.collect(&it) {
                        Ok(v) => v,
                        Err(e)
                            if e.is_instance_of(&vm.exc.type_error)
                                && vm.lookup_special(&it, &vm.names.__iter__.clone()).is_none() =>
                        {
                            return Err(vm
                                .new_type_error(format!("Value after * must be an iterable, not {}", it.ty().name()))
                                .into())
                        }
                        Err(e) => return Err(e.into()),
                    };
                    if let Some(l) = l.downcast_ref::<PyList>() {
                        l.items.borrow_mut().extend(items);
                    }
                }
                Opcode::SET_UPDATE => {
                    let it = pop!(frame);
                    let s = frame.stack[frame.stack.len() - arg as usize].clone();
                    // `set.update`'s algorithm, so `{*a}` and `{1, 2, 3}` (a frozenset
                    // constant) come out in CPython's order.
                    crate::object::set::update_internal(vm, &s, &it)?;
                }
                Opcode::DICT_UPDATE => {
                    let m = pop!(frame);
                    let d = frame.stack[frame.stack.len() - arg as usize].clone();
                    if let Err(e) = dict_merge(vm, &d, &m, false) {
                        if e.is_instance_of(&vm.exc.attribute_error) {
                            return Err(vm
                                .new_type_error(format!("'{}' object is not a mapping", m.ty().name()))
                                .into());
                        }
                        return Err(e.into());
                    }
                }
                Opcode::DICT_MERGE => {
                    let m = pop!(frame);
                    let d = frame.stack[frame.stack.len() - arg as usize].clone();
                    if let Err(e) = dict_merge(vm, &d, &m, true) {
                        if e.is_instance_of(&vm.exc.attribute_error) {
                            let f = frame.stack[frame.stack.len() - arg as usize - 2].clone();
                            let fname = func_display_name(vm, &f);
                            return Err(vm
                                .new_type_error(format!(
                                    "{fname} argument after ** must be a mapping, not {}",
                                    m.ty().name()
                                ))
                                .into());
                        }
                        return Err(e.into());
                    }
                }
                Opcode::LIST_TO_TUPLE => {
                    let l = pop!(frame);
                    let items = l
                        .downcast_ref::<PyList>()
                        .map(|l| l.items.borrow().clone())
                        .unwrap_or_default();
                    frame.stack.push(vm.new_tuple(items));
                }
                Opcode::FORMAT_VALUE => {
                    let spec = if arg & 4 != 0 { Some(pop!(frame)) } else { None };
                    let v = pop!(frame);
                    let v = match arg & 3 {
                        1 => vm.str(&v)?,
                        2 => vm.repr(&v)?,
                        3 => {
                            let r = vm.repr_string(&v)?;
                            vm.new_str(crate::format::ascii_escape(&r))
                        }
                        _ => v,
                    };
                    let r = match spec {
                        None if v.class().is(&vm.types.str) => v,
                        _ => {
                            let spec = spec.unwrap_or_else(|| vm.empty_str.clone());
                            crate::format::format_obj(vm, &v, &spec)?
                        }
                    };
                    frame.stack.push(r);
                }
                Opcode::UNPACK_SEQUENCE => {
                    let seq = pop!(frame);
                    let n = arg as usize;
                    // An exact-size tuple or list: its items go straight to the stack.
                    // (Exact types only: a subclass's `__iter__` decides.)
                    let exact = match seq
                        .downcast_ref::<PyTuple>()
                        .filter(|_| seq.class().is(&vm.types.tuple))
                    {
                        Some(t) if t.items.len() == n => {
                            frame.stack.extend(t.as_slice().iter().rev().cloned());
                            true
                        }
                        Some(_) => false,
                        None => match seq.downcast_ref::<PyList>().filter(|_| seq.class().is(&vm.types.list)) {
                            Some(l) => {
                                let items = l.items.borrow();
                                let fits = items.len() == n;
                                if fits {
                                    frame.stack.extend(items.iter().rev().cloned());
                                }
                                fits
                            }
                            None => false,
                        },
                    };
                    if STATS {
                        let w = crate::adaptive::unpack_way(vm, &seq, n, exact);
                        spec!(vm, UNPACK_SEQUENCE, w, code, frame.lasti, w as u8 + 1);
                    }
                    if !exact {
                        let items = unpack(vm, &seq, n)?;
                        frame.stack.extend(items.into_iter().rev());
                    }
                }
                Opcode::UNPACK_EX => {
                    let seq = pop!(frame);
                    let before = (arg & 0xFF) as usize;
                    let after = (arg >> 8) as usize;
                    let items = vm.collect(&seq).map_err(|e| {
                        if e.is_instance_of(&vm.exc.type_error) {
                            vm.new_type_error(format!("cannot unpack non-iterable {} object", seq.ty().name()))
                        } else {
                            e
                        }
                    })?;
                    if items.len() < before + after {
                        return Err(vm
                            .new_value_error(format!(
                                "not enough values to unpack (expected at least {}, got {})",
                                before + after,
                                items.len()
                            ))
                            .into());
                    }
                    let mut items = items;
                    let tail = items.split_off(items.len() - after);
                    let mid = items.split_off(before);
                    for v in tail.into_iter().rev() {
                        frame.stack.push(v);
                    }
                    frame.stack.push(vm.new_list(mid));
                    for v in items.into_iter().rev() {
                        frame.stack.push(v);
                    }
                }
                Opcode::GET_ITER => {
                    let v = pop!(frame);
                    let it = vm.get_iter(&v)?;
                    frame.stack.push(it);
                }
                Opcode::FOR_ITER => {
                    // Built-in iterators step in place, the iterator borrowed from
                    // the stack (it stays there, so it stays alive), a range's
                    // without leaving the loop.
                    if STATS {
                        let w = crate::adaptive::for_iter_way(vm, top(frame));
                        spec!(vm, FOR_ITER, w, code, frame.lasti, w as u8 + 1);
                    }
                    let stepped = match top(frame).downcast_ref::<crate::object::iter::PyIterator>() {
                        Some(iter) if !top(frame).ty().flags.heaptype => match range_step(iter) {
                            Some(Some(v)) => Some(Some(vm.new_int(v))),
                            Some(None) => Some(None),
                            None => Some(crate::object::iter::next_of(vm, iter)?),
                        },
                        _ => None,
                    };
                    let stepped = match stepped {
                        Some(s) => s,
                        None => {
                            // A generator resumes in place (`run_frame`).
                            if let Some(g) = flat_resume(vm, top(frame))? {
                                // Where the caller is, for `f_back.f_lineno`.
                                if let Some(e) = vm.frame_stack.last_mut() {
                                    e.lasti = frame.lasti as u32;
                                }
                                let gen = top(frame).clone();
                                frame.ip = ip;
                                enter_resume(vm, nested, g, gen, arg)?;
                                continue 'frames;
                            }
                            let it = top(frame).clone();
                            vm.iter_next(&it)?
                        }
                    };
                    match stepped {
                        Some(v) => frame.stack.push(v),
                        None => {
                            pop!(frame);
                            ip = arg as usize;
                        }
                    }
                }
                Opcode::JUMP => jump!(vm, ip, arg),
                Opcode::POP_JUMP_IF_FALSE => {
                    let v = pop!(frame);
                    if !truthy(vm, &v)? {
                        jump!(vm, ip, arg);
                    }
                }
                Opcode::POP_JUMP_IF_TRUE => {
                    let v = pop!(frame);
                    if truthy(vm, &v)? {
                        jump!(vm, ip, arg);
                    }
                }
                Opcode::JUMP_IF_FALSE_OR_POP => {
                    let v = top(frame).clone();
                    if !truthy(vm, &v)? {
                        ip = arg as usize;
                    } else {
                        pop!(frame);
                    }
                }
                Opcode::JUMP_IF_TRUE_OR_POP => {
                    let v = top(frame).clone();
                    if truthy(vm, &v)? {
                        ip = arg as usize;
                    } else {
                        pop!(frame);
                    }
                }
                Opcode::POP_JUMP_IF_NONE => {
                    let v = pop!(frame);
                    if vm.is_none(&v) {
                        jump!(vm, ip, arg);
                    }
                }
                Opcode::POP_JUMP_IF_NOT_NONE => {
                    let v = pop!(frame);
                    if !vm.is_none(&v) {
                        jump!(vm, ip, arg);
                    }
                }
                Opcode::RETURN_VALUE => {
                    let v = pop!(frame);
                    frame.blocks.clear();
                    if nested.is_empty() {
                        return Ok(Step::Return(v));
                    }
                    leave_return(vm, base, nested, v)?;
                    continue 'frames;
                }
                Opcode::RETURN_CONST => {
                    frame.blocks.clear();
                    let v = code.consts[arg as usize].clone();
                    if nested.is_empty() {
                        return Ok(Step::Return(v));
                    }
                    leave_return(vm, base, nested, v)?;
                    continue 'frames;
                }
                Opcode::YIELD_VALUE => {
                    let v = pop!(frame);
                    frame.ip = ip;
                    if nested.is_empty() {
                        return Ok(Step::Yield(v));
                    }
                    leave_yield(vm, base, nested, v);
                    continue 'frames;
                }
                Opcode::GET_YIELD_FROM_ITER => {
                    let v = pop!(frame);
                    let it = match v.downcast_ref::<crate::object::generator::PyGenerator>() {
                        Some(g) if g.kind == crate::object::generator::GenKind::Generator => v,
                        Some(_) => crate::coroutine::yield_from_iter(vm, v, code.code.co_flags)?,
                        None => vm.get_iter(&v)?,
                    };
                    frame.stack.push(it);
                }
                Opcode::YIELD_FROM => {
                    let sent = pop!(frame);
                    let receiver = top(frame).clone();
                    match crate::generator::send_to(vm, &receiver, sent)? {
                        crate::generator::SendResult::Yielded(v) => {
                            // Re-execute YIELD_FROM when resumed (the sent value is pushed then).
                            frame.ip = frame.lasti;
                            if nested.is_empty() {
                                return Ok(Step::Yield(v));
                            }
                            leave_yield(vm, base, nested, v);
                            continue 'frames;
                        }
                        crate::generator::SendResult::Returned(v) => {
                            pop!(frame);
                            frame.stack.push(v);
                        }
                    }
                }
                Opcode::SETUP_FINALLY => {
                    frame.blocks.push(Block {
                        handler: arg,
                        level: frame.stack.len() as u32,
                    });
                }
                Opcode::SETUP_CLEANUP | Opcode::SETUP_WITH => {
                    frame.blocks.push(Block {
                        handler: arg,
                        level: frame.stack.len() as u32 - 1,
                    });
                }
                Opcode::POP_BLOCK => {
                    frame.blocks.pop();
                }
                Opcode::PUSH_EXC_INFO => {
                    let exc = pop!(frame);
                    let prev = vm.exc_info.replace(exc.clone()).unwrap_or_else(|| vm.none());
                    frame.stack.push(prev);
                    frame.stack.push(exc);
                }
                Opcode::POP_EXCEPT => {
                    let prev = pop!(frame);
                    vm.exc_info = if vm.is_none(&prev) { None } else { Some(prev) };
                }
                Opcode::RERAISE => {
                    let exc = pop!(frame);
                    return Err(Unwind { exc, reraise: true });
                }
                Opcode::POP_EXCEPT_AND_RERAISE => {
                    let exc = pop!(frame);
                    let prev = pop!(frame);
                    vm.exc_info = if vm.is_none(&prev) { None } else { Some(prev) };
                    return Err(Unwind { exc, reraise: true });
                }
                Opcode::CHECK_EXC_MATCH => {
                    let ty = pop!(frame);
                    let exc = top(frame).clone();
                    check_except_type(vm, &ty)?;
                    let m = vm.isinstance(&exc, &ty)?;
                    frame.stack.push(vm.new_bool(m));
                }
                Opcode::CHECK_EG_MATCH => {
                    let ty = pop!(frame);
                    let rest = pop!(frame);
                    let (rest, m) = crate::object::exception_group::exception_group_match(vm, &rest, &ty)?;
                    frame.stack.push(rest);
                    frame.stack.push(m);
                }
                Opcode::PREP_RERAISE_STAR => {
                    let list = pop!(frame);
                    let orig = pop!(frame);
                    let r = crate::object::exception_group::prep_reraise_star(vm, &orig, &list)?;
                    frame.stack.push(r);
                }
                Opcode::RAISE_VARARGS => {
                    let exc = match arg {
                        0 => match vm.exc_info.clone() {
                            Some(e) => return Err(Unwind { exc: e, reraise: true }),
                            None => vm.new_runtime_error("No active exception to reraise"),
                        },
                        1 => {
                            let e = pop!(frame);
                            make_exception(vm, e)?
                        }
                        _ => {
                            let cause = pop!(frame);
                            let e = pop!(frame);
                            let e = make_exception(vm, e)?;
                            let cause = if vm.is_none(&cause) {
                                None
                            } else {
                                let c = make_exception(vm, cause).map_err(|_| {
                                    vm.new_type_error("exception causes must derive from BaseException")
                                })?;
                                Some(c)
                            };
                            if let Some(p) = e.downcast_ref::<PyBaseException>() {
                                *p.cause.borrow_mut() = cause;
                                p.suppress_context.set(true);
                            }
                            e
                        }
                    };
                    chain_context(vm, &exc, true);
                    return Err(exc.into());
                }
                Opcode::BEFORE_WITH => {
                    let mgr = pop!(frame);
                    let enter = vm.lookup_special(&mgr, &vm.names.__enter__.clone());
                    let exit = vm.lookup_special(&mgr, &vm.names.__exit__.clone());
                    let (Some(enter), Some(exit)) = (enter, exit) else {
                        let which = if vm.lookup_special(&mgr, &vm.names.__enter__.clone()).is_none() {
                            ""
                        } else {
                            " (missed __exit__ method)"
                        };
                        return Err(vm
                            .new_type_error(format!(
                                "'{}' object does not support the context manager protocol{which}",
                                mgr.ty().name()
                            ))
                            .into());
                    };
                    let cls = mgr.class().clone();
                    let exit_bound = vm.bind_descriptor(&exit, Some(&mgr), &cls)?;
                    frame.stack.push(exit_bound);
                    let r = vm.call_with_self(&enter, &mgr, &[])?;
                    frame.stack.push(r);
                }
                Opcode::WITH_EXCEPT_START => {
                    let n = frame.stack.len();
                    let exc = frame.stack[n - 1].clone();
                    let exit = frame.stack[n - 3].clone();
                    let tbn = vm.intern("__traceback__");
                    let tb = vm.get_attr(&exc, &tbn)?;
                    let r = vm.call_positional(&exit, &[exc.class().clone(), exc, tb])?;
                    frame.stack.push(r);
                }
                Opcode::GET_AWAITABLE => {
                    let v = pop!(frame);
                    let it = crate::coroutine::get_awaitable(vm, &v, arg)?;
                    frame.stack.push(it);
                }
                Opcode::GET_AITER => {
                    let v = pop!(frame);
                    let it = crate::coroutine::get_aiter(vm, &v)?;
                    frame.stack.push(it);
                }
                Opcode::GET_ANEXT => {
                    let it = top(frame).clone();
                    let a = crate::coroutine::get_anext(vm, &it)?;
                    frame.stack.push(a);
                }
                Opcode::END_ASYNC_FOR => {
                    let exc = pop!(frame);
                    if !exc.is_instance_of(&vm.exc.stop_async_iteration) {
                        return Err(Unwind { exc, reraise: true });
                    }
                    pop!(frame);
                }
                Opcode::BEFORE_ASYNC_WITH => {
                    let mgr = pop!(frame);
                    let (exit, r) = crate::coroutine::before_async_with(vm, &mgr)?;
                    frame.stack.push(exit);
                    frame.stack.push(r);
                }
                Opcode::ASYNC_GEN_WRAP => {
                    let v = pop!(frame);
                    frame.stack.push(crate::coroutine::wrap_value(vm, v));
                }
                Opcode::LOAD_ASSERTION_ERROR => frame.stack.push(vm.exc.assertion_error.clone()),
                Opcode::IMPORT_NAME => {
                    let fromlist = pop!(frame);
                    let level = pop!(frame);
                    let name = code.names[arg as usize].clone();
                    let m = crate::import::import_name(vm, &name, &fromlist, &level, &frame.globals)?;
                    frame.stack.push(m);
                }
                Opcode::IMPORT_FROM => {
                    let module = top(frame).clone();
                    let v = crate::import::import_from(vm, &module, &code.names[arg as usize])?;
                    frame.stack.push(v);
                }
                Opcode::IMPORT_STAR => {
                    let module = pop!(frame);
                    let ns = frame.locals.clone().unwrap_or_else(|| frame.globals.clone());
                    crate::import::import_star(vm, &module, &ns)?;
                }
                Opcode::SETUP_ANNOTATIONS => {
                    let ns = frame.locals.clone().unwrap_or_else(|| frame.globals.clone());
                    let key = vm.names.__annotations__.clone();
                    if dict_lookup(vm, &ns, &key)?.is_none() {
                        let d = vm.new_dict();
                        store_ns(vm, &ns, &key, d)?;
                    }
                }
                Opcode::GET_LEN => {
                    let n = vm.len(top(frame))?;
                    let n = vm.new_int(i64::try_from(n).unwrap_or(i64::MAX));
                    frame.stack.push(n);
                }
                Opcode::MATCH_MAPPING => {
                    let r = crate::pattern::is_mapping(vm, top(frame));
                    frame.stack.push(vm.new_bool(r));
                }
                Opcode::MATCH_SEQUENCE => {
                    let r = crate::pattern::is_sequence(vm, top(frame));
                    frame.stack.push(vm.new_bool(r));
                }
                Opcode::MATCH_KEYS => {
                    let n = frame.stack.len();
                    let (subject, keys) = (frame.stack[n - 2].clone(), frame.stack[n - 1].clone());
                    let r = crate::pattern::match_keys(vm, &subject, &keys)?;
                    frame.stack.push(r);
                }
                Opcode::MATCH_CLASS => {
                    let names = pop!(frame);
                    let cls = pop!(frame);
                    let subject = pop!(frame);
                    let r = crate::pattern::match_class(vm, &subject, &cls, &names, arg as usize)?;
                    frame.stack.push(r);
                }
                Opcode::COPY_DICT_WITHOUT_KEYS => {
                    let keys = pop!(frame);
                    let rest = crate::pattern::copy_dict_without_keys(vm, top(frame), &keys)?;
                    frame.stack.push(rest);
                }
                Opcode::PRINT_EXPR => {
                    let v = pop!(frame);
                    // As CPython: the value goes to `sys.displayhook` (doctest
                    // and code.interact replace it); without a `sys` module
                    // (or hook), it is written directly.
                    if let Some(hook) = crate::builtins::sys_attr(vm, "displayhook") {
                        vm.call_positional(&hook, &[v])?;
                    } else if !vm.is_none(&v) {
                        let r = vm.repr_string(&v)?;
                        vm.write_stdout(&r)?;
                        vm.write_stdout("\n")?;
                        let bd = frame.builtins.clone();
                        let k = vm.intern("_");
                        vm.dict_set(&bd, k, v)?;
                    }
                }
            }
        }
    }
}

/// The value of an exact `float` (not a subclass).
#[inline]
fn exact_float(vm: &Vm, o: &PyObjectRef) -> Option<f64> {
    if !o.class().is(&vm.types.float) {
        return None;
    }
    o.downcast_ref::<crate::object::float::PyFloat>().map(|f| f.value)
}

/// The operands of `BINARY_OP`'s float fast path as two doubles, and its
/// way (`adaptive::way::binary`): two exact floats, or an exact float and an
/// exact int that fits a machine word, in either order. `float`'s own
/// operators convert such an int with `int.__float__`'s rounding (to
/// nearest, ties to even), which is what `as f64` does; no machine-word int
/// overflows a double.
#[inline(always)]
fn float_operands(vm: &Vm, a: &PyObjectRef, b: &PyObjectRef) -> Option<(f64, f64, u8)> {
    use crate::adaptive::way::binary;
    match (exact_float(vm, a), exact_float(vm, b)) {
        (Some(x), Some(y)) => Some((x, y, binary::FLOAT)),
        (Some(x), None) => small_int(vm, b).map(|y| (x, y as f64, binary::FLOAT_INT)),
        (None, Some(y)) => small_int(vm, a).map(|x| (x as f64, y, binary::INT_FLOAT)),
        (None, None) => None,
    }
}

/// `x op y` for the four common operators of `BINARY_OP`'s float fast path
/// (`float_arith(op)` holds); `None` for the others and a division by zero,
/// which `float::binary_f64` does (with its errors: "float division by
/// zero", "float modulo"...).
#[inline(always)]
fn float_arith_f64(op: BinaryOp, x: f64, y: f64) -> Option<f64> {
    match op {
        BinaryOp::Add => Some(x + y),
        BinaryOp::Subtract => Some(x - y),
        BinaryOp::Multiply => Some(x * y),
        BinaryOp::TrueDivide if y != 0.0 => Some(x / y),
        _ => None,
    }
}

/// A float object holding `r`, the result of `a op b` where `way`
/// ([`float_operands`]) says which of them are exact floats: `a` (or else
/// `b`) itself, its value overwritten, when it is an exact float whose only
/// reference is the one given here (popped off the value stack: a temporary
/// such as the `x * y` of `x * y + z`), else a new float. Nothing else can
/// see the object, so reusing it is unobservable, and it saves a free and an
/// allocation (CPython 3.11 takes the new object from its free list
/// instead). The flag says whether an operand was reused.
#[inline(always)]
fn reuse_float(vm: &Vm, r: f64, mut a: PyObjectRef, mut b: PyObjectRef, way: u8) -> (PyObjectRef, bool) {
    use crate::adaptive::way::binary;
    use crate::object::float::PyFloat;
    if way != binary::INT_FLOAT {
        if let Some(f) = a.unique_payload_mut::<PyFloat>() {
            f.value = r;
            return (a, true);
        }
    }
    if way != binary::FLOAT_INT {
        if let Some(f) = b.unique_payload_mut::<PyFloat>() {
            f.value = r;
            return (b, true);
        }
    }
    (vm.new_float(r), false)
}

/// The operators `float` implements for two floats (the rest raise `TypeError`
/// through the protocol).
#[inline]
fn float_arith(op: BinaryOp) -> bool {
    matches!(
        op,
        BinaryOp::Add
            | BinaryOp::Subtract
            | BinaryOp::Multiply
            | BinaryOp::TrueDivide
            | BinaryOp::FloorDivide
            | BinaryOp::Remainder
            | BinaryOp::Power
    )
}

/// The value of an exact `int` that fits a machine word (not a subclass,
/// which may override its operators).
#[inline]
fn small_int(vm: &Vm, o: &PyObjectRef) -> Option<i64> {
    if !o.class().is(&vm.types.int) {
        return None;
    }
    match o.downcast_ref::<PyInt>()?.value {
        IntValue::Small(v) => Some(v),
        _ => None,
    }
}

/// `a <op> b` for two exact small ints or two exact floats (IEEE rules: every
/// comparison with a NaN is false except `!=`); `None` for anything else.
#[inline]
fn compare_exact(vm: &Vm, a: &PyObjectRef, b: &PyObjectRef, op: CompareOp) -> Option<bool> {
    if let (Some(x), Some(y)) = (small_int(vm, a), small_int(vm, b)) {
        return Some(compare_values(op, x, y));
    }
    let (x, y) = match (exact_float(vm, a), exact_float(vm, b)) {
        (Some(x), Some(y)) => (x, y),
        // A float and an int that a double holds exactly: comparing the
        // doubles is CPython's exact comparison (`float_richcompare`).
        (Some(x), None) => (x, exactly_f64(small_int(vm, b)?)?),
        (None, Some(y)) => (exactly_f64(small_int(vm, a)?)?, y),
        (None, None) => return None,
    };
    Some(compare_values(op, x, y))
}

/// `i` as a double when the double is exactly `i` (|i| <= 2**53).
#[inline]
fn exactly_f64(i: i64) -> Option<f64> {
    const EXACT: i64 = 1 << f64::MANTISSA_DIGITS;
    (-EXACT..=EXACT).contains(&i).then_some(i as f64)
}

/// `x op y` for two numbers of one Rust type (`PartialOrd` gives IEEE
/// semantics for floats: every comparison with a NaN is false but `!=`).
#[inline(always)]
fn compare_values<T: PartialOrd>(op: CompareOp, x: T, y: T) -> bool {
    match op {
        CompareOp::Lt => x < y,
        CompareOp::Le => x <= y,
        CompareOp::Eq => x == y,
        CompareOp::Ne => x != y,
        CompareOp::Gt => x > y,
        CompareOp::Ge => x >= y,
    }
}

fn truthy(vm: &mut Vm, v: &PyObjectRef) -> PyResult<bool> {
    if v.is(&vm.true_) {
        return Ok(true);
    }
    if v.is(&vm.false_) {
        return Ok(false);
    }
    vm.is_true(v)
}

/// Where the attribute caches read and write an instance's attributes.
enum InstAttrs<'a> {
    /// Inline values, and the name's place in the key table plus one
    /// (`AttrHint::vindex`; 0: not known).
    Values(&'a InstanceDict, u16),
    /// A dict object, and the guess at the name's entry (`AttrHint::index`).
    Dict(PyObjectRef, u32),
}

/// The instance attributes of `obj` when the attribute cache of name `i`
/// says that `fact` ([`AttrHint`]) holds for `obj`'s type as it is now.
#[inline]
fn attr_dict<'a>(code: &PyCode, i: usize, obj: &'a PyObjectRef, fact: u8) -> Option<InstAttrs<'a>> {
    let hint = code.attr_cache[i].get();
    let cls = obj.class();
    if hint.facts & fact == 0 || hint.ty != cls.id() || !cls.ty_payload().has_cache_tag(hint.tag) {
        return None;
    }
    let idict = obj.instance_dict()?;
    Some(match idict.dict() {
        Some(d) => InstAttrs::Dict(d, hint.index),
        None => InstAttrs::Values(idict, hint.vindex),
    })
}

/// `name`'s place in `t`'s shared key table plus one (0: not there), for
/// [`AttrHint::vindex`].
#[inline]
fn values_place(t: &crate::object::typ::PyType, name: &PyObjectRef) -> u16 {
    t.key_index(name).and_then(|ix| u16::try_from(ix + 1).ok()).unwrap_or(0)
}

/// Remember the place of the name `i` of `code` in the key table of `obj`'s type.
#[cold]
fn note_values_place(code: &PyCode, i: usize, obj: &PyObjectRef) {
    let mut hint = code.attr_cache[i].get();
    hint.vindex = values_place(obj.ty(), &code.names[i]);
    code.attr_cache[i].set(hint);
}

/// The value of `name` in the dict `d` if the entry at `ix` has it as its key
/// (a dict holds a key once, so that entry is the lookup's answer).
#[inline]
fn dict_value_at(d: &PyObjectRef, name: &PyObjectRef, ix: u32) -> Option<PyObjectRef> {
    let t = d.downcast_ref::<PyDict>()?.table.try_borrow().ok()?;
    let e = t.entry(ix as usize)?;
    e.key.is(name).then(|| e.value.clone())
}

/// Whether the entry at `ix` of the dict `d` has `name` as its key.
#[inline]
fn dict_key_at(d: &PyObjectRef, name: &PyObjectRef, ix: u32) -> bool {
    d.downcast_ref::<PyDict>()
        .and_then(|d| d.table.try_borrow().ok())
        .is_some_and(|t| t.entry(ix as usize).is_some_and(|e| e.key.is(name)))
}

/// Store `v` as the value of `name` in the dict `d` if the entry at `ix` has
/// it as its key; `v` back otherwise. (Replacing a value leaves the dict's
/// keys, and so its version, as they were.)
#[inline]
fn dict_replace_at(d: &PyObjectRef, name: &PyObjectRef, ix: u32, v: PyObjectRef) -> Result<(), PyObjectRef> {
    let Some(mut t) = d.downcast_ref::<PyDict>().and_then(|d| d.table.try_borrow_mut().ok()) else {
        return Err(v);
    };
    match t.entry_mut(ix as usize) {
        Some(e) if e.key.is(name) => {
            let old = std::mem::replace(&mut e.value, v);
            // The old value's `__del__` may look at the dict: the borrow ends first.
            drop(t);
            drop(old);
            Ok(())
        }
        _ => Err(v),
    }
}

/// Where the dict `d` holds `name` (an identity probe with the cached hash:
/// only an interned name, as attribute names are, is found).
fn identical_key_index(name: &PyObjectRef, d: &PyObjectRef) -> Option<u32> {
    let h = name
        .downcast_ref::<PyStr>()
        .map(|s| s.cached_hash())
        .filter(|&h| h != -1)?;
    let t = d.downcast_ref::<PyDict>()?.table.try_borrow().ok()?;
    t.find_identical(name, h).map(|ix| ix as u32)
}

/// Remember where the name `i` of `code` sits in the dict `d`.
#[cold]
fn note_dict_index(code: &PyCode, i: usize, d: &PyObjectRef) {
    if let Some(ix) = identical_key_index(&code.names[i], d) {
        let mut hint = code.attr_cache[i].get();
        hint.index = ix;
        code.attr_cache[i].set(hint);
    }
}

/// Whether the dict `d` has the key `name` (an attribute name): an identity
/// probe with the cached hash when every key is an interned `str` (an equal
/// key is then the identical one), the general lookup otherwise.
#[inline]
fn dict_has_name(vm: &mut Vm, d: &PyObjectRef, name: &PyObjectRef) -> PyResult<bool> {
    if let (Some(pd), Some(s)) = (d.downcast_ref::<PyDict>(), name.downcast_ref::<PyStr>()) {
        let h = s.cached_hash();
        if let Ok(t) = pd.table.try_borrow() {
            if h != -1 && s.is_interned() && !t.mixed_keys {
                return Ok(t.find_identical(name, h).is_some());
            }
        }
    }
    let d = d.clone();
    Ok(vm.dict_get_item_opt(&d, name)?.is_some())
}

/// `LOAD_METHOD` through the attribute cache: the method, if the cache of
/// name `i` knows `obj`'s type has one and the instance dict does not shadow it.
#[inline]
fn cached_method(vm: &mut Vm, code: &PyCode, i: usize, obj: &PyObjectRef) -> PyResult<Option<PyObjectRef>> {
    let hint = code.attr_cache[i].get();
    let cls = obj.class();
    if hint.facts & AttrHint::METHOD == 0 || hint.ty != cls.id() {
        return Ok(None);
    }
    let name = &code.names[i];
    if let Some(idict) = obj.instance_dict() {
        match idict.dict() {
            Some(d) => {
                if dict_has_name(vm, &d, name)? {
                    return Ok(None);
                }
            }
            None => {
                // An instance attribute of that name shadows the method.
                let place = match hint.vindex {
                    0 => cls.ty_payload().key_index(name),
                    vix => Some(usize::from(vix - 1)),
                };
                if place.is_some_and(|ix| idict.value(ix).is_some()) {
                    return Ok(None);
                }
            }
        }
    }
    Ok(cls.ty_payload().recall(hint.tag, hint.attr))
}

/// What the attribute caches may remember about `obj.name` for `obj`'s type
/// (see [`AttrHint`]), learnt after a lookup or store took the general path.
/// Only facts that stay true until the type's cache tag changes: a class
/// attribute whose own type is a Python class is never trusted, as that class
/// could gain `__get__` or `__set__` without retiring this type's tag.
fn learn_attr(vm: &Vm, obj: &PyObjectRef, name: &PyObjectRef) -> AttrHint {
    let cls = obj.class();
    let t = cls.ty_payload();
    if obj.as_type().is_some()
        || obj.payload_is::<crate::object::function::PySuper>()
        || obj.payload_is::<crate::object::module::PyModule>()
    {
        return AttrHint::default();
    }
    let tag = t.valid_cache_tag();
    if tag == 0 {
        return AttrHint::default();
    }
    let overrides =
        |hook: &PyObjectRef| t.flags.heaptype && t.lookup(hook).is_some_and(|f| f.payload_is::<PyFunction>());
    let class_attr = t.lookup(name);
    let mut facts = 0;
    let plain = match &class_attr {
        None => true,
        Some(a) => !a.ty().flags.heaptype && !vm.is_data_descriptor(a),
    };
    if obj.instance_dict().is_some() && plain {
        if !overrides(&vm.names.__getattribute__) {
            facts |= AttrHint::DICT_FIRST;
        }
        if !overrides(&vm.names.__setattr__) {
            facts |= AttrHint::DICT_STORE;
        }
    }
    let method = class_attr.as_ref().is_some_and(|a| {
        a.payload_is::<PyFunction>()
            || a.downcast_ref::<PyBuiltinFunction>()
                .is_some_and(|b| b.binding == crate::object::function::Binding::Method && b.self_.is_none())
    });
    if method && !overrides(&vm.names.__getattribute__) {
        facts |= AttrHint::METHOD;
    }
    let mut index = 0;
    if let Some(a) = class_attr.as_ref().filter(|a| builtin_data_descriptor(vm, a)) {
        if !overrides(&vm.names.__getattribute__) {
            facts |= AttrHint::DESCR_GET;
        }
        if !overrides(&vm.names.__setattr__) {
            facts |= AttrHint::DESCR_SET;
        }
        if facts & AttrHint::DESCR_GET != 0
            && vm
                .types
                .object
                .ty_payload()
                .lookup(&vm.names.__class__)
                .is_some_and(|c| c.is(a))
        {
            facts |= AttrHint::CLASS;
        }
        if let Some(m) = a.downcast_ref::<crate::object::member::PyMemberDescr>() {
            // Every instance of `cls` passes the member's own check.
            if cls.is_subtype(&m.owner) {
                if let Ok(ix) = u32::try_from(m.index) {
                    facts |= AttrHint::SLOT;
                    index = ix;
                }
            }
        }
    }
    AttrHint {
        ty: cls.id(),
        tag,
        facts,
        index,
        vindex: values_place(t, name),
        attr: class_attr.as_ref().map_or(0, |a| a.id()),
    }
}

/// `module.name` through the attribute hint of name `i` (`AttrHint::MODULE`):
/// the entry of the module's dict at the remembered index, if its key is the
/// name. `None`: not an exact module, or the guess missed.
#[inline]
fn module_attr_cached(vm: &Vm, code: &PyCode, i: usize, obj: &PyObjectRef) -> Option<PyObjectRef> {
    let hint = code.attr_cache[i].get();
    if hint.facts & AttrHint::MODULE == 0 || !obj.class().is(&vm.types.module) {
        return None;
    }
    let m = obj.downcast_ref::<crate::object::module::PyModule>()?;
    dict_value_at(&m.dict, &code.names[i], hint.index)
}

/// After a general lookup of `module.name`: remember where the module's dict
/// holds the name, for [`module_attr_cached`] (an exact module, an interned
/// name found by identity, no data descriptor of that name on the module type).
#[cold]
fn note_module_attr(vm: &Vm, code: &PyCode, i: usize, obj: &PyObjectRef) {
    if !obj.class().is(&vm.types.module) {
        return;
    }
    let Some(m) = obj.downcast_ref::<crate::object::module::PyModule>() else {
        return;
    };
    let name = &code.names[i];
    if vm
        .types
        .module
        .ty_payload()
        .lookup(name)
        .is_some_and(|a| vm.is_data_descriptor(&a))
    {
        return;
    }
    if let Some(ix) = identical_key_index(name, &m.dict) {
        code.attr_cache[i].set(AttrHint {
            ty: 0,
            tag: 0,
            facts: AttrHint::MODULE,
            index: ix,
            vindex: 0,
            attr: 0,
        });
    }
}

/// Whether `a` is a data descriptor whose behaviour a script cannot change:
/// an instance of exactly `getset_descriptor`, `member_descriptor` or
/// `property` (built-in types, which cannot gain or lose `__get__`/`__set__`).
fn builtin_data_descriptor(vm: &Vm, a: &PyObjectRef) -> bool {
    let c = a.class();
    c.is(&vm.types.getset) || c.is(&vm.types.member_descriptor) || c.is(&vm.types.property)
}

/// The `__slots__` entry of `obj` that `obj.<name i>` reads or writes, if
/// the hint of name `i` has `fact` and `AttrHint::SLOT` for `obj`'s type
/// under its current tag: what the member descriptor would reach, without
/// looking it up.
#[inline]
fn cached_slot<'a>(
    code: &PyCode,
    i: usize,
    obj: &'a PyObjectRef,
    fact: u8,
) -> Option<&'a crate::object::core::SlotCell> {
    let hint = code.attr_cache[i].get();
    let want = fact | AttrHint::SLOT;
    if hint.facts & want != want {
        return None;
    }
    let cls = obj.class();
    if hint.ty != cls.id() || !cls.ty_payload().has_cache_tag(hint.tag) {
        return None;
    }
    obj.slots()?.get(hint.index as usize)
}

/// `obj.__class__` when the hint of name `i` knows it is `object.__class__`
/// for `obj`'s type under its current tag (`AttrHint::CLASS`).
#[inline]
fn cached_class(code: &PyCode, i: usize, obj: &PyObjectRef) -> Option<PyObjectRef> {
    let hint = code.attr_cache[i].get();
    if hint.facts & AttrHint::CLASS == 0 {
        return None;
    }
    let cls = obj.class();
    if hint.ty != cls.id() || !cls.ty_payload().has_cache_tag(hint.tag) {
        return None;
    }
    Some(cls.clone())
}

/// The value in a slot; `None` when it is empty (the general path raises
/// the `AttributeError`, or calls `__getattr__`).
#[inline]
fn read_slot(cell: &crate::object::core::SlotCell) -> Option<PyObjectRef> {
    let v = cell.take();
    let r = v.clone();
    cell.set(v);
    r
}

/// The descriptor the attribute caches know `obj.<name i>` resolves to, if
/// the hint of name `i` has `fact` for `obj`'s type under its current tag.
#[inline]
fn cached_descriptor(code: &PyCode, i: usize, obj: &PyObjectRef, fact: u8) -> Option<PyObjectRef> {
    let hint = code.attr_cache[i].get();
    let cls = obj.class();
    if hint.facts & fact == 0 || hint.ty != cls.id() {
        return None;
    }
    cls.ty_payload().recall(hint.tag, hint.attr)
}

/// `obj.name` through a cached data descriptor (`DESCR_GET`): its getter,
/// called as `bind_descriptor` would, with `get_attr`'s `__getattr__`
/// fallback when it raises `AttributeError`. `None`: not such a descriptor
/// (the caller takes the general path).
fn load_through_descriptor(vm: &mut Vm, d: &PyObjectRef, obj: &PyObjectRef, name: &PyObjectRef) -> Option<PyResult> {
    let r = if let Some(gs) = d.downcast_ref::<crate::object::function::PyGetSet>() {
        (gs.getter)(vm, obj)
    } else if let Some(m) = d.downcast_ref::<crate::object::member::PyMemberDescr>() {
        m.get(vm, obj)
    } else if let Some(p) = d.downcast_ref::<crate::object::function::PyProperty>() {
        let g = p.fget.clone()?;
        vm.call(&g, crate::vm::Args::positional(std::slice::from_ref(obj)))
    } else {
        return None;
    };
    Some(match r {
        Err(e) if e.is_instance_of(&vm.exc.attribute_error) => {
            match vm.lookup_special(obj, &vm.names.__getattr__.clone()) {
                Some(ga) => vm.call_with_self(&ga, obj, std::slice::from_ref(name)),
                None => Err(e),
            }
        }
        r => r,
    })
}

/// `obj.name = v` through a cached data descriptor (`DESCR_SET`): its
/// setter. `Err(v)` back when it has none (the general path raises).
fn store_through_descriptor(
    vm: &mut Vm,
    d: &PyObjectRef,
    obj: &PyObjectRef,
    v: PyObjectRef,
) -> Result<PyResult<()>, PyObjectRef> {
    if let Some(m) = d.downcast_ref::<crate::object::member::PyMemberDescr>() {
        return Ok(m.set(vm, obj, Some(v)));
    }
    if let Some(gs) = d.downcast_ref::<crate::object::function::PyGetSet>() {
        return match gs.setter {
            Some(set) => Ok(set(vm, obj, Some(v))),
            None => Err(v),
        };
    }
    if let Some(p) = d.downcast_ref::<crate::object::function::PyProperty>() {
        return match p.fset.clone() {
            Some(f) => Ok(vm.call(&f, crate::vm::Args::positional(&[obj.clone(), v])).map(drop)),
            None => Err(v),
        };
    }
    Err(v)
}

/// One step of a range iterator (`None`: not one): `Some(None)` when it is
/// exhausted. `iter::next_of` without the int (made by the caller).
#[inline]
fn range_step(iter: &crate::object::iter::PyIterator) -> Option<Option<i64>> {
    let mut st = iter.state.try_borrow_mut().ok()?;
    match &mut *st {
        crate::object::iter::IterState::Range { next, step, remaining } => {
            if *remaining == 0 {
                return Some(None);
            }
            let v = *next;
            *remaining -= 1;
            if *remaining > 0 {
                *next = v.wrapping_add(*step);
            }
            Some(Some(v))
        }
        _ => None,
    }
}

/// `LOAD_METHOD`: the function to call with `obj` as first argument, if the
/// attribute is a plain method found on the type (no bound method is created).
fn load_method(vm: &mut Vm, obj: &PyObjectRef, name: &PyObjectRef) -> PyResult<Option<PyObjectRef>> {
    if obj.as_type().is_some() || obj.payload_is::<crate::object::function::PySuper>() {
        return Ok(None);
    }
    let cls = obj.class();
    if cls.ty_payload().flags.heaptype
        && cls
            .ty_payload()
            .lookup(&vm.names.__getattribute__)
            .is_some_and(|g| g.payload_is::<PyFunction>())
    {
        return Ok(None);
    }
    let Some(attr) = cls.ty_payload().lookup(name) else {
        return Ok(None);
    };
    let is_method = attr.payload_is::<PyFunction>()
        || attr
            .downcast_ref::<PyBuiltinFunction>()
            .is_some_and(|b| b.binding == crate::object::function::Binding::Method && b.self_.is_none());
    if !is_method {
        return Ok(None);
    }
    // An instance attribute of the same name shadows the method.
    if vm.instance_has(obj, name)? {
        return Ok(None);
    }
    Ok(Some(attr))
}

/// The fast path of `CALL` and `CALL_METHOD`: a Python function whose
/// parameters are exactly the positional arguments on the stack from `start`
/// (see [`PyCode::simple_argc`]). The arguments move from this frame's stack
/// into the new frame's locals, with no `Args` and no binding; the frame is
/// returned for `run_frame` to run in place. `None` (nothing done) for any
/// other callable: the caller takes the general path.
#[inline]
fn flat_frame(vm: &mut Vm, frame: &mut Frame, func: &PyObjectRef, start: usize) -> Option<Box<Frame>> {
    let f = func.downcast_ref::<PyFunction>()?;
    let pycode = f.pycode();
    let argc = frame.stack.len() - start;
    if pycode.simple_argc as usize != argc {
        return flat_frame_of(vm, frame, f, None, start);
    }
    let mut new = spare_frame(vm, frame, f);
    // The arguments move from the top of this frame's stack into the first
    // locals, in order; the other locals start unbound. (Push loops:
    // `resize` and `drain` are calls, not inlined, and cost more.)
    let fast = &mut new.fastlocals;
    frame.stack.move_from(start, |v| fast.push(Some(v)));
    for _ in argc..pycode.code.co_varnames.len() {
        fast.push(None);
    }
    Some(new)
}

/// A frame for a flat call of `f` made from `frame`, its buffers empty and
/// reserved for `f`'s locals and value stack, its cells `f`'s closure.
/// `CALL` and `CALL_METHOD`: call `frame.stack[base]` with the arguments
/// from `start` to the top (`start` is `base + 1`, or `base + 2` for a
/// method call without `self`), leaving the result in place of them all. A
/// Python function or a class whose instances `object.__new__` makes and
/// whose `__init__` is one gives its frame back (with the new instance for
/// `__init__`), to run in place; anything else is called here.
#[inline(always)]
fn call_at<const STATS: bool>(
    vm: &mut Vm,
    frame: &mut Frame,
    code: &PyCode,
    base: usize,
    start: usize,
) -> Result<Option<(Box<Frame>, Option<PyObjectRef>)>, Unwind> {
    let func = frame.stack[base].clone();
    let way = if STATS {
        crate::adaptive::flat_call_way(&func, frame.stack.len() - start)
    } else {
        0
    };
    if let Some(callee) = flat_frame(vm, frame, &func, start) {
        spec!(vm, CALL, 0, code, frame.lasti, way);
        frame.stack.truncate(base);
        return Ok(Some((callee, None)));
    }
    match flat_init(vm, frame, &func, start) {
        Some(Ok((callee, obj))) => {
            spec!(vm, CALL, 0, code, frame.lasti, crate::adaptive::way::call::TYPE_INIT);
            frame.stack.truncate(base);
            return Ok(Some((callee, Some(obj))));
        }
        Some(Err(e)) => return Err(e.into()),
        None => {}
    }
    let r = match call_builtin_direct(vm, frame, &func, start) {
        Some(r) => {
            spec!(vm, CALL, 2, code, frame.lasti, crate::adaptive::call_builtin_way(&func));
            r
        }
        None => {
            spec!(
                vm,
                CALL,
                1,
                code,
                frame.lasti,
                crate::adaptive::call_general_way(vm, &func)
            );
            call_from_frame(vm, frame, &func, start, &[])
        }
    };
    frame.stack.truncate(base);
    frame.stack.push(r?);
    Ok(None)
}

/// For `FOR_ITER` over `it`: when `it` is a plain generator that can be
/// resumed in place, start its resumption as `generator::resume` does
/// (running, started, the `None` sent pushed, a level of recursion) and
/// give its frame to run. `None` leaves the generator to `iter_next`: not a
/// generator, running or finished (its errors), or suspended inside an
/// exception handler (its handled exception to restore).
#[inline]
fn flat_resume(vm: &mut Vm, it: &PyObjectRef) -> PyResult<Option<Box<Frame>>> {
    use crate::object::generator::{GenKind, PyGenerator};
    let Some(g) = it.downcast_ref::<PyGenerator>() else {
        return Ok(None);
    };
    if g.kind != GenKind::Generator || g.running.get() || g.exc_state.borrow().is_some() {
        return Ok(None);
    }
    let mut slot = g.frame.borrow_mut();
    if slot.is_none() {
        return Ok(None);
    }
    vm.enter_recursion()?;
    let Some(mut frame) = slot.take() else {
        vm.leave_recursion();
        return Ok(None);
    };
    if g.started.get() {
        frame.stack.push(vm.none());
    } else {
        g.started.set(true);
    }
    g.running.set(true);
    Ok(Some(frame))
}

#[inline(always)]
fn spare_frame(vm: &mut Vm, frame: &Frame, f: &PyFunction) -> Box<Frame> {
    // Where the caller is, for `frame` objects made during the call.
    if let Some(e) = vm.frame_stack.last_mut() {
        e.lasti = frame.lasti as u32;
    }
    let mut new = match vm.spare_frames.pop() {
        Some(mut s) => {
            s.code = f.code.clone();
            s.globals = f.globals.clone();
            s.ip = 0;
            s.lasti = 0;
            s
        }
        None => Box::new(Frame::new(
            f.code.clone(),
            f.globals.clone(),
            vm.builtins_dict.clone(),
            None,
            Vec::new(),
            Vec::new(),
            Vec::new(),
        )),
    };
    // (The value stack is made room for when `execute` enters the frame.)
    new.fastlocals.reserve(f.pycode().code.co_varnames.len());
    if let Some(t) = f.closure.as_ref().and_then(|c| c.downcast_ref::<PyTuple>()) {
        new.cells.extend(t.as_slice().iter().cloned());
    }
    new
}

/// The frame of a flat call of `f` with `first` (if given) and the stack
/// items from `start` as its positional arguments, the missing last ones
/// from its defaults; `None` (nothing done) when `f` does not take them so.
#[inline(never)]
fn flat_frame_of(
    vm: &mut Vm,
    frame: &mut Frame,
    f: &PyFunction,
    first: Option<PyObjectRef>,
    start: usize,
) -> Option<Box<Frame>> {
    let pycode = f.pycode();
    let given = frame.stack.len() - start;
    let argc = given + usize::from(first.is_some());
    let want = pycode.simple_argc as usize;
    // Fewer arguments than parameters: the rest from the defaults.
    if argc > want || (argc < want && !flat_defaults_cover(f, want - argc)) {
        return None;
    }
    let mut new = spare_frame(vm, frame, f);
    let fast = &mut new.fastlocals;
    if let Some(first) = first {
        fast.push(Some(first));
    }
    frame.stack.move_from(start, |v| fast.push(Some(v)));
    if argc < want {
        let d = f.defaults.borrow();
        if let Some(t) = d.as_ref().and_then(|d| d.downcast_ref::<PyTuple>()) {
            let t = t.as_slice();
            let from = t.len().saturating_sub(want - argc);
            fast.extend(t[from..].iter().map(|v| Some(v.clone())));
        }
    }
    // Unbound: the locals that are not parameters.
    while fast.len() < pycode.code.co_varnames.len() {
        fast.push(None);
    }
    Some(new)
}

/// Whether `f`'s positional defaults give its last `missing` parameters.
fn flat_defaults_cover(f: &PyFunction, missing: usize) -> bool {
    f.defaults
        .borrow()
        .as_ref()
        .and_then(|d| d.downcast_ref::<PyTuple>())
        .is_some_and(|t| t.as_slice().len() >= missing)
}

/// A flat call of a class whose instances are made by `object.__new__` and
/// set up by a Python `__init__` that takes the arguments on the stack from
/// `start` ([`crate::builtins_type::plain_instance_init`]): the new
/// instance, and `__init__`'s frame with it as `self`. `None` (nothing
/// done) for any other callable or call shape.
#[inline]
fn flat_init(
    vm: &mut Vm,
    frame: &mut Frame,
    func: &PyObjectRef,
    start: usize,
) -> Option<PyResult<(Box<Frame>, PyObjectRef)>> {
    func.as_type()?;
    let (init, obj) = match crate::builtins_type::plain_instance_init(vm, func)? {
        Ok(x) => x,
        Err(e) => return Some(Err(e)),
    };
    let f = init.downcast_ref::<PyFunction>()?;
    let callee = flat_frame_of(vm, frame, f, Some(obj.clone()), start)?;
    Some(Ok((callee, obj)))
}

/// The fast path of `CALL` and `CALL_METHOD` for a built-in function or an
/// unbound built-in method (`len`, `list.append` found by `LOAD_METHOD`)
/// that takes its arguments as they are: no host data, no bound `self`, no
/// caller's frame needed. Its Rust function gets the arguments straight off
/// the stack. `None` for anything else.
#[inline]
fn call_builtin_direct(vm: &mut Vm, frame: &mut Frame, func: &PyObjectRef, start: usize) -> Option<PyResult> {
    let b = func.downcast_ref::<PyBuiltinFunction>()?;
    if b.needs_frame
        || b.data.is_some()
        || (b.self_.is_some() && b.binding != crate::object::function::Binding::Function)
    {
        return None;
    }
    // Where this frame is, for `frame` objects made during the call.
    if let Some(e) = vm.frame_stack.last_mut() {
        e.lasti = frame.lasti as u32;
    }
    Some((b.func)(vm, Args::new(&frame.stack.as_slice()[start..], &[])))
}

/// Call `func` with the stack items from `start` as arguments (the last
/// `kwnames.len()` of them by keyword).
#[inline]
fn call_from_frame(
    vm: &mut Vm,
    frame: &mut Frame,
    func: &PyObjectRef,
    start: usize,
    kwnames: &[PyObjectRef],
) -> PyResult {
    // Where this frame is, for `frame` objects made during the call.
    if let Some(e) = vm.frame_stack.last_mut() {
        e.lasti = frame.lasti as u32;
    }
    if let Some(b) = func.downcast_ref::<PyBuiltinFunction>() {
        if b.needs_frame {
            let locals = frame_locals(vm, frame)?;
            vm.caller = Some(CallerInfo {
                globals: frame.globals.clone(),
                locals,
            });
        }
    } else if func.is(&vm.types.super_) && frame.stack.len() == start && kwnames.is_empty() {
        // Zero-argument super(): the `__class__` cell and the first argument.
        let args = zero_arg_super(vm, frame)?;
        return vm.call(func, Args::positional(&args));
    }
    let args = Args::new(&frame.stack.as_slice()[start..], kwnames);
    vm.call(func, args)
}

fn zero_arg_super(vm: &mut Vm, frame: &Frame) -> PyResult<Vec<PyObjectRef>> {
    let code = frame.pycode();
    let ncell = code.code.co_cellvars.len();
    let class_cell = code
        .code
        .co_freevars
        .iter()
        .position(|n| &**n == "__class__")
        .map(|i| i + ncell)
        .and_then(|i| frame.cells.get(i))
        .and_then(|c| c.downcast_ref::<PyCell>().and_then(|c| c.value.borrow().clone()));
    let Some(cls) = class_cell else {
        return Err(vm.new_runtime_error("super(): __class__ cell not found"));
    };
    if code.code.co_argcount == 0 {
        return Err(vm.new_runtime_error("super(): no arguments"));
    }
    let first = match code.code.cell2arg.iter().position(|a| *a == Some(0)) {
        Some(ci) => frame.cells[ci]
            .downcast_ref::<PyCell>()
            .and_then(|c| c.value.borrow().clone()),
        None => frame.fastlocals.first().cloned().flatten(),
    };
    match first {
        Some(f) => Ok(vec![cls, f]),
        None => Err(vm.new_runtime_error("super(): arg[0] deleted")),
    }
}

fn func_display_name(vm: &mut Vm, f: &PyObjectRef) -> String {
    if let Some(func) = f.downcast_ref::<PyFunction>() {
        let q = func.qualname.borrow().clone();
        return format!("{}()", vm.str_string(&q).unwrap_or_default());
    }
    if let Some(b) = f.downcast_ref::<PyBuiltinFunction>() {
        return format!("{}()", b.name);
    }
    format!("{}", f.ty().name())
}

/// `f(*args, **kwargs)`.
fn call_ex(
    vm: &mut Vm,
    frame: &Frame,
    func: &PyObjectRef,
    args: &PyObjectRef,
    kwargs: Option<&PyObjectRef>,
) -> PyResult {
    let mut items: Vec<PyObjectRef> = match args.downcast_ref::<PyTuple>() {
        Some(t) => t.as_slice().to_vec(),
        None => match vm.collect(args) {
            Ok(v) => v,
            Err(_) => {
                let fname = func_display_name(vm, func);
                return Err(vm.new_type_error(format!(
                    "{fname} argument after * must be an iterable, not {}",
                    args.ty().name()
                )));
            }
        },
    };
    let mut names = Vec::new();
    if let Some(kw) = kwargs {
        if let Some(d) = kw.downcast_ref::<PyDict>() {
            for (k, v) in d.items_vec() {
                if !k.payload_is::<PyStr>() {
                    return Err(vm.new_type_error("keywords must be strings"));
                }
                names.push(k);
                items.push(v);
            }
        }
    }
    // A frame-aware built-in (`vars`, `namedtuple`) called as `f(*a, **k)`
    // learns its caller as in `call_from_frame`.
    if let Some(e) = vm.frame_stack.last_mut() {
        e.lasti = frame.lasti as u32;
    }
    if func.downcast_ref::<PyBuiltinFunction>().is_some_and(|b| b.needs_frame) {
        let locals = frame_locals(vm, frame)?;
        vm.caller = Some(CallerInfo {
            globals: frame.globals.clone(),
            locals,
        });
    }
    vm.call(func, Args::new(&items, &names))
}

/// `{**m}` and `f(**m)`: copy a mapping's items into `d`; with `check_dups`, a
/// repeated key is a `TypeError`.
fn dict_merge(vm: &mut Vm, d: &PyObjectRef, m: &PyObjectRef, check_dups: bool) -> PyResult<()> {
    let pairs: Vec<(PyObjectRef, PyObjectRef)> = if let Some(src) = m.downcast_ref::<PyDict>() {
        src.items_vec()
    } else {
        let keys_name = vm.names.keys.clone();
        let keys_fn = vm.get_attr(m, &keys_name)?;
        let keys = vm.call_positional(&keys_fn, &[])?;
        let mut out = Vec::new();
        for k in vm.collect(&keys)? {
            let v = vm.get_item(m, &k)?;
            out.push((k, v));
        }
        out
    };
    for (k, v) in pairs {
        if check_dups {
            if vm.dict_get_item_opt(d, &k)?.is_some() {
                let ks = vm.str_string(&k)?;
                return Err(vm.new_type_error(format!("got multiple values for keyword argument '{ks}'")));
            }
        }
        vm.dict_set(d, k, v)?;
    }
    Ok(())
}

fn unpack(vm: &mut Vm, seq: &PyObjectRef, n: usize) -> PyResult<Vec<PyObjectRef>> {
    if let Some(t) = seq
        .downcast_ref::<PyTuple>()
        .filter(|_| seq.class().is(&vm.types.tuple))
    {
        if t.items.len() == n {
            return Ok(t.as_slice().to_vec());
        }
    }
    let it = vm.get_iter(seq).map_err(|e| {
        if e.is_instance_of(&vm.exc.type_error) {
            vm.new_type_error(format!("cannot unpack non-iterable {} object", seq.ty().name()))
        } else {
            e
        }
    })?;
    let mut out = Vec::with_capacity(n);
    while let Some(v) = vm.iter_next(&it)? {
        if out.len() == n {
            return Err(vm.new_value_error(format!("too many values to unpack (expected {n})")));
        }
        out.push(v);
    }
    if out.len() < n {
        return Err(vm.new_value_error(format!("not enough values to unpack (expected {n}, got {})", out.len())));
    }
    Ok(out)
}

fn check_except_type(vm: &mut Vm, ty: &PyObjectRef) -> PyResult<()> {
    let ok = |t: &PyObjectRef, vm: &Vm| t.as_type().is_some() && t.is_subtype(&vm.exc.base_exception);
    let valid = if let Some(tup) = ty.downcast_ref::<PyTuple>() {
        tup.as_slice().iter().all(|t| ok(t, vm))
    } else {
        ok(ty, vm)
    };
    if !valid {
        return Err(vm.new_type_error("catching classes that do not inherit from BaseException is not allowed"));
    }
    Ok(())
}

/// `raise X`: instantiate a class, check the type.
fn make_exception(vm: &mut Vm, e: PyObjectRef) -> PyResult {
    if e.as_type().is_some() && e.is_subtype(&vm.exc.base_exception) {
        let inst = vm.call_positional(&e, &[])?;
        if !inst.is_instance_of(&vm.exc.base_exception) {
            let r = vm.repr_string(&e)?;
            return Err(vm.new_type_error(format!(
                "calling {} should have returned an instance of BaseException, not {}",
                r,
                inst.ty().name()
            )));
        }
        return Ok(inst);
    }
    if e.is_instance_of(&vm.exc.base_exception) {
        return Ok(e);
    }
    Err(vm.new_type_error("exceptions must derive from BaseException"))
}

fn make_function(
    vm: &mut Vm,
    frame: &Frame,
    code_obj: PyObjectRef,
    defaults: Option<PyObjectRef>,
    kwdefaults: Option<PyObjectRef>,
    annotations: Option<PyObjectRef>,
    closure: Option<PyObjectRef>,
) -> PyResult {
    let parts = FunctionParts {
        defaults,
        kwdefaults,
        annotations,
        closure,
    };
    new_function(vm, code_obj, frame.globals.clone(), parts)
}

/// What a function has besides its code and globals.
#[derive(Default)]
pub struct FunctionParts {
    pub defaults: Option<PyObjectRef>,
    pub kwdefaults: Option<PyObjectRef>,
    pub annotations: Option<PyObjectRef>,
    pub closure: Option<PyObjectRef>,
}

/// A function object for `code_obj` (a `code` object) with `globals`.
pub fn new_function(vm: &mut Vm, code_obj: PyObjectRef, globals: PyObjectRef, parts: FunctionParts) -> PyResult {
    let Some(pc) = code_obj.downcast_ref::<PyCode>() else {
        return Err(vm.new_type_error("MAKE_FUNCTION expects a code object"));
    };
    let name = vm.intern(&pc.code.co_name);
    let qualname = vm.new_str(pc.code.co_qualname.to_string());
    // As CPython: a function's docstring is its first constant, when that is a str.
    let doc = match pc.consts.first() {
        Some(d) if d.payload_is::<PyStr>() && !pc.code.co_name.starts_with('<') => d.clone(),
        _ => vm.none(),
    };
    let module_key = vm.names.__name__.clone();
    let module = vm
        .dict_get_item_opt(&globals, &module_key)?
        .unwrap_or_else(|| vm.none());
    let f = PyFunction {
        code: code_obj,
        globals,
        name: std::cell::RefCell::new(name),
        qualname: std::cell::RefCell::new(qualname),
        defaults: std::cell::RefCell::new(parts.defaults),
        kwdefaults: std::cell::RefCell::new(parts.kwdefaults),
        closure: parts.closure,
        annotations: std::cell::RefCell::new(parts.annotations),
        module: std::cell::RefCell::new(module),
        doc: std::cell::RefCell::new(doc),
    };
    Ok(vm.new_instance(f, &vm.types.function.clone()))
}
