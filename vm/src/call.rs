//! Calling: dispatch on the callable's kind, bind arguments to parameters with
//! CPython's error messages, and make frames for Python functions.

use crate::frame::Frame;
use crate::object::dict::PyDict;
use crate::object::function::{Binding, PyBoundMethod, PyBuiltinFunction, PyCell, PyCode, PyFunction};
use crate::object::generator::PyGenerator;
use crate::object::str::PyStr;
use crate::object::tuple::PyTuple;
use crate::object::PyObjectRef;
use crate::vm::{ArgVec, Args, PyResult, Vm};
use kaa_compiler::code::flags;

/// Call any callable object.
pub fn call(vm: &mut Vm, func: &PyObjectRef, args: Args) -> PyResult {
    if !args.has_kwargs() {
        if let Some(r) = call_simple_function(vm, func, None, args.items()) {
            return r;
        }
    }
    if let Some(f) = func.downcast_ref::<PyFunction>() {
        return call_function(vm, func, f, args, None);
    }
    if let Some(b) = func.downcast_ref::<PyBuiltinFunction>() {
        return call_builtin(vm, b, args);
    }
    if let Some(m) = func.downcast_ref::<PyBoundMethod>() {
        let mut buf: ArgVec = smallvec::SmallVec::with_capacity(args.items().len() + 1);
        buf.push(m.self_.clone());
        buf.extend(args.items().iter().cloned());
        let inner = Args::new(&buf, args.kwnames());
        let f = m.func.clone();
        return call(vm, &f, inner);
    }
    if func.as_type().is_some() {
        // A metaclass's own `__call__` (EnumType's) replaces `type.__call__`.
        let meta = func.class();
        if !meta.is(&vm.types.type_) {
            if let Some(c) = meta.ty_payload().lookup(&vm.names.__call__) {
                if !crate::builtins_type::is_type_call(vm, &c) {
                    return call_slot(vm, &c, func, args);
                }
            }
        }
        return crate::builtins_type::type_call(vm, func, args);
    }
    match vm.lookup_special(func, &vm.names.__call__.clone()) {
        Some(c) => {
            vm.enter_recursion()?;
            let r = stacker::maybe_grow(64 * 1024, 1024 * 1024, || call_slot(vm, &c, func, args));
            vm.leave_recursion();
            r
        }
        None => Err(vm.new_type_error(format!("'{}' object is not callable", func.ty().name()))),
    }
}

/// `obj(*args)` through `c`, the `__call__` found on `obj`'s type (CPython's
/// `slot_tp_call`): a Python function or a built-in method gets `obj` as its
/// first argument; anything else goes through the descriptor protocol first,
/// so `__call__ = dict` (a class, which is no descriptor) is called as it is.
fn call_slot(vm: &mut Vm, c: &PyObjectRef, obj: &PyObjectRef, args: Args) -> PyResult {
    let method = c.payload_is::<PyFunction>()
        || c.downcast_ref::<PyBuiltinFunction>()
            .is_some_and(|b| b.binding == Binding::Method && b.self_.is_none());
    if method {
        let mut buf: ArgVec = smallvec::SmallVec::with_capacity(args.items().len() + 1);
        buf.push(obj.clone());
        buf.extend(args.items().iter().cloned());
        return call(vm, c, Args::new(&buf, args.kwnames()));
    }
    let cls = obj.class().clone();
    let bound = vm.bind_descriptor(c, Some(obj), &cls)?;
    call(vm, &bound, args)
}

fn call_builtin(vm: &mut Vm, b: &PyBuiltinFunction, args: Args) -> PyResult {
    if let Some(data) = &b.data {
        let data = data.clone();
        // A host method taken from an instance (`m = obj.method`) gets its
        // `self` first, as a built-in method does.
        if let Some(s) = &b.self_ {
            let mut buf: ArgVec = smallvec::SmallVec::with_capacity(args.items().len() + 1);
            buf.push(s.clone());
            buf.extend(args.items().iter().cloned());
            return data(vm, Args::new(&buf, args.kwnames()));
        }
        return data(vm, args);
    }
    match &b.self_ {
        // A module-level function's `self_` is its module (`__self__`), which
        // it does not take as an argument.
        Some(s) if b.binding != Binding::Function => {
            let mut buf: ArgVec = smallvec::SmallVec::with_capacity(args.items().len() + 1);
            buf.push(s.clone());
            buf.extend(args.items().iter().cloned());
            (b.func)(vm, Args::new(&buf, args.kwnames()))
        }
        _ => (b.func)(vm, args),
    }
}

/// Call a Python function: bind the arguments into a new frame and run it (or
/// return a generator).
/// Call a Python function whose parameters are exactly `first` (if given)
/// followed by `rest`, positionally ([`PyCode::simple_argc`]: no defaults
/// needed, no `*args`/`**kwargs`, no cells, not a generator): the frame's
/// locals are filled straight from the slices, with no `Args` and no binding.
/// `None` (nothing done) when `func` is not such a function for that many
/// arguments: the caller takes the general path. The path of a Python
/// `__lt__`, `__eq__`, `__hash__` or sort key called from Rust.
#[inline]
pub fn call_simple_function(
    vm: &mut Vm,
    func: &PyObjectRef,
    first: Option<&PyObjectRef>,
    rest: &[PyObjectRef],
) -> Option<PyResult> {
    let f = func.downcast_ref::<PyFunction>()?;
    let pycode = f.pycode();
    let argc = usize::from(first.is_some()) + rest.len();
    if pycode.simple_argc as usize != argc {
        return None;
    }
    let (mut fast, stack) = vm.frame_pool.pop().unwrap_or_default();
    fast.reserve(pycode.code.co_varnames.len());
    fast.extend(first.into_iter().chain(rest).map(|a| Some(a.clone())));
    while fast.len() < pycode.code.co_varnames.len() {
        fast.push(None);
    }
    Some(run_simple_frame(vm, f, fast, stack))
}

/// Run a call of `f` (a function with [`PyCode::simple_argc`] parameters)
/// with its locals `fast` (the arguments first, the rest unbound), on the
/// value-stack buffer `stack` (empty); then keep both buffers for the next
/// call. Shared by the fast paths of `CALL` and of calls from Rust.
#[inline(always)]
pub(crate) fn run_simple_frame(
    vm: &mut Vm,
    f: &PyFunction,
    fast: Vec<Option<PyObjectRef>>,
    stack: Vec<PyObjectRef>,
) -> PyResult {
    let cells = match f.closure.as_ref().and_then(|c| c.downcast_ref::<PyTuple>()) {
        Some(t) => t.as_slice().to_vec(),
        None => Vec::new(),
    };
    let mut frame = Frame::new(
        f.code.clone(),
        f.globals.clone(),
        vm.builtins_dict.clone(),
        None,
        fast,
        cells,
        stack,
    );
    let r = run_new_frame(vm, &mut frame);
    recycle_frame(vm, &mut frame);
    r
}

pub fn call_function(
    vm: &mut Vm,
    func_obj: &PyObjectRef,
    func: &PyFunction,
    args: Args,
    locals: Option<PyObjectRef>,
) -> PyResult {
    let frame = new_frame(vm, func_obj, func, args, locals)?;
    let code = func.pycode();
    if code.code.is_resumable() {
        let (kind, ty) = crate::coroutine::kind_of(vm, code.code.co_flags);
        let g = PyGenerator {
            kind,
            running_async: std::cell::Cell::new(false),
            closed: std::cell::Cell::new(false),
            hooks_inited: std::cell::Cell::new(false),
            finalizer: std::cell::RefCell::new(None),
            frame: std::cell::RefCell::new(Some(Box::new(frame))),
            running: std::cell::Cell::new(false),
            started: std::cell::Cell::new(false),
            name: func.name.borrow().clone(),
            qualname: func.qualname.borrow().clone(),
            code: func.code.clone(),
            exc_state: std::cell::RefCell::new(None),
        };
        return Ok(PyObjectRef::new(g, &ty));
    }
    let mut frame = frame;
    let r = run_new_frame(vm, &mut frame);
    recycle_frame(vm, &mut frame);
    r
}

/// How many finished frames' buffers a thread keeps for reuse.
const FRAME_POOL: usize = 64;

/// Release a finished frame's references (locals first, then cells, then the
/// stack, as dropping it would) and keep its buffers for the next call. The
/// frame itself (code, globals, builtins) is dropped by the caller; taking it
/// by reference spares moving its 150 bytes.
pub(crate) fn recycle_frame(vm: &mut Vm, frame: &mut Frame) {
    let mut fastlocals = std::mem::take(&mut frame.fastlocals);
    fastlocals.clear();
    if !frame.cells.is_empty() {
        frame.cells.clear();
    }
    let stack = std::mem::take(&mut frame.stack).into_vec();
    if vm.frame_pool.len() < FRAME_POOL {
        vm.frame_pool.push((fastlocals, stack));
    }
}

/// Run a fresh frame to completion, with the recursion check.
pub fn run_new_frame(vm: &mut Vm, frame: &mut Frame) -> PyResult {
    // Python entered from the host (depth 0) starts a run of the limits.
    let top = vm.recursion_depth == 0;
    if top {
        vm.limits.begin_run();
    }
    vm.enter_recursion()?;
    let saved_exc = vm.exc_info.clone();
    let saved_globals = std::mem::replace(&mut vm.frame_globals, Some(frame.globals.as_ptr()));
    if top {
        // Entries a panic left behind (the host caught it) are stale.
        vm.frame_stack.clear();
    }
    crate::object::frameobj::push_frame(vm, frame);
    let r = stacker::maybe_grow(128 * 1024, 2 * 1024 * 1024, || crate::eval::run_frame(vm, frame, None));
    vm.frame_stack.pop();
    vm.frame_globals = saved_globals;
    vm.exc_info = saved_exc;
    vm.leave_recursion();
    let r = if top { vm.end_run(r) } else { r };
    match r? {
        crate::eval::ExecResult::Return(v) => Ok(v),
        crate::eval::ExecResult::Yield(_) => Err(vm.new_runtime_error("yield outside of a generator frame")),
    }
}

/// Make a frame for a call of `func` with `args` bound to its parameters.
pub fn new_frame(
    vm: &mut Vm,
    func_obj: &PyObjectRef,
    func: &PyFunction,
    args: Args,
    locals: Option<PyObjectRef>,
) -> PyResult<Frame> {
    let pycode = func.pycode();
    let code = &pycode.code;
    let nlocals = code.co_varnames.len();
    // Buffers of an earlier frame if there are some (both empty).
    let (mut fast, stack) = vm.frame_pool.pop().unwrap_or_default();
    fast.reserve(nlocals);
    while fast.len() < nlocals {
        fast.push(None);
    }
    if let Err(e) = bind_arguments(vm, func_obj, func, pycode, args, &mut fast) {
        fast.clear();
        if vm.frame_pool.len() < FRAME_POOL {
            vm.frame_pool.push((fast, stack));
        }
        return Err(e);
    }
    // Cells: cellvars (possibly initialized from an argument), then the closure.
    let ncells = code.co_cellvars.len();
    let mut cells = Vec::with_capacity(ncells + code.co_freevars.len());
    for i in 0..ncells {
        let init = code
            .cell2arg
            .get(i)
            .copied()
            .flatten()
            .and_then(|a| fast[a as usize].take());
        cells.push(PyObjectRef::new(
            PyCell {
                value: std::cell::RefCell::new(init),
            },
            &vm.types.cell,
        ));
    }
    if let Some(cl) = &func.closure {
        if let Some(t) = cl.downcast_ref::<PyTuple>() {
            cells.extend(t.as_slice().iter().cloned());
        }
    }
    Ok(Frame::new(
        func.code.clone(),
        func.globals.clone(),
        vm.builtins_dict.clone(),
        locals,
        fast,
        cells,
        stack,
    ))
}

fn plural(n: usize, word: &str) -> String {
    if n == 1 {
        format!("{n} {word}")
    } else {
        format!("{n} {word}s")
    }
}

/// `'a'`, `'a' and 'b'`, `'a', 'b', and 'c'` as CPython lists missing names.
fn name_list(names: &[String]) -> String {
    let q: Vec<String> = names.iter().map(|n| format!("'{n}'")).collect();
    match q.len() {
        0 => String::new(),
        1 => q[0].clone(),
        2 => format!("{} and {}", q[0], q[1]),
        n => format!("{}, and {}", q[..n - 1].join(", "), q[n - 1]),
    }
}

fn bind_arguments(
    vm: &mut Vm,
    _func_obj: &PyObjectRef,
    func: &PyFunction,
    pycode: &PyCode,
    args: Args,
    fast: &mut [Option<PyObjectRef>],
) -> PyResult<()> {
    let code = &pycode.code;
    let argcount = code.co_argcount as usize;
    let posonly = code.co_posonlyargcount as usize;
    let kwonly = code.co_kwonlyargcount as usize;
    let has_varargs = code.co_flags & flags::VARARGS != 0;
    let has_varkw = code.co_flags & flags::VARKEYWORDS != 0;
    let pos = args.pos();
    let fname = || {
        let q = func.qualname.borrow();
        q.downcast_ref::<PyStr>()
            .map_or("?".to_string(), |s| s.as_str().to_string())
    };

    // Fast path: exactly the positional parameters, nothing else.
    if !args.has_kwargs() && pos.len() == argcount && !has_varargs && !has_varkw && kwonly == 0 {
        for (slot, v) in fast.iter_mut().zip(pos) {
            *slot = Some(v.clone());
        }
        return Ok(());
    }

    let n = pos.len().min(argcount);
    for i in 0..n {
        fast[i] = Some(pos[i].clone());
    }
    let mut index = argcount + kwonly;
    if has_varargs {
        let extra = if pos.len() > argcount {
            pos[argcount..].to_vec()
        } else {
            Vec::new()
        };
        fast[index] = Some(vm.new_tuple(extra));
        index += 1;
    } else if pos.len() > argcount {
        let defaults = func
            .defaults
            .borrow()
            .as_ref()
            .and_then(|d| d.downcast_ref::<PyTuple>().map(|t| t.items.len()))
            .unwrap_or(0);
        let kw_given = args
            .kwargs()
            .filter(|(k, _)| code.co_varnames[argcount..argcount + kwonly].iter().any(|v| &**v == *k))
            .count();
        let takes = if defaults > 0 {
            format!("from {} to {} positional arguments", argcount - defaults, argcount)
        } else {
            plural(argcount, "positional argument")
        };
        let given = if kw_given > 0 {
            format!(
                "{} positional argument{} (and {} keyword-only argument{}) were given",
                pos.len(),
                if pos.len() == 1 { "" } else { "s" },
                kw_given,
                if kw_given == 1 { "" } else { "s" }
            )
        } else if pos.len() == 1 {
            "1 was given".to_string()
        } else {
            format!("{} were given", pos.len())
        };
        let verb = if defaults == 0 && argcount == 1 {
            "takes"
        } else {
            "takes"
        };
        return Err(vm.new_type_error(format!("{}() {verb} {takes} but {given}", fname())));
    }
    let kwargs_dict = if has_varkw {
        let d = vm.new_dict();
        fast[index] = Some(d.clone());
        Some(d)
    } else {
        None
    };

    let mut posonly_as_kw: Vec<String> = Vec::new();
    for (ki, (k, v)) in args.kwargs().enumerate() {
        // Match by text (names are interned, so this is usually a short compare).
        let found = pycode.varnames[posonly..argcount + kwonly]
            .iter()
            .position(|vn| vn.downcast_ref::<PyStr>().is_some_and(|s| s.as_str() == k))
            .map(|i| i + posonly);
        match found {
            Some(i) => {
                if fast[i].is_some() {
                    return Err(vm.new_type_error(format!("{}() got multiple values for argument '{k}'", fname())));
                }
                fast[i] = Some(v.clone());
            }
            None => match &kwargs_dict {
                Some(d) => {
                    // The caller's keyword name object (interned), as CPython keeps it.
                    let key = args.kwnames()[ki].clone();
                    if vm.dict_get_item_opt(d, &key)?.is_some() {
                        return Err(vm.new_type_error(format!("{}() got multiple values for argument '{k}'", fname())));
                    }
                    vm.dict_set(d, key, v.clone())?;
                }
                None => {
                    if code.co_varnames[..posonly].iter().any(|vn| &**vn == k) {
                        posonly_as_kw.push(k.to_string());
                        continue;
                    }
                    return Err(vm.new_type_error(format!("{}() got an unexpected keyword argument '{k}'", fname())));
                }
            },
        }
    }
    if !posonly_as_kw.is_empty() {
        return Err(vm.new_type_error(format!(
            "{}() got some positional-only arguments passed as keyword arguments: '{}'",
            fname(),
            posonly_as_kw.join(", ")
        )));
    }

    // Defaults for missing positional parameters.
    if pos.len() < argcount {
        let defaults: Vec<PyObjectRef> = func
            .defaults
            .borrow()
            .as_ref()
            .and_then(|d| d.downcast_ref::<PyTuple>().map(|t| t.as_slice().to_vec()))
            .unwrap_or_default();
        let first_default = argcount - defaults.len();
        let mut missing = Vec::new();
        for i in pos.len()..argcount {
            if fast[i].is_none() {
                if i >= first_default {
                    fast[i] = Some(defaults[i - first_default].clone());
                } else {
                    missing.push(code.co_varnames[i].to_string());
                }
            }
        }
        if !missing.is_empty() {
            return Err(vm.new_type_error(format!(
                "{}() missing {} required positional argument{}: {}",
                fname(),
                missing.len(),
                if missing.len() == 1 { "" } else { "s" },
                name_list(&missing)
            )));
        }
    }
    if kwonly > 0 {
        let kwdefaults = func.kwdefaults.borrow().clone();
        let mut missing = Vec::new();
        for i in argcount..argcount + kwonly {
            if fast[i].is_none() {
                let name = &pycode.varnames[i];
                let dflt = match &kwdefaults {
                    Some(d) if d.payload_is::<PyDict>() => vm.dict_get_item_opt(d, name)?,
                    _ => None,
                };
                match dflt {
                    Some(v) => fast[i] = Some(v),
                    None => missing.push(code.co_varnames[i].to_string()),
                }
            }
        }
        if !missing.is_empty() {
            return Err(vm.new_type_error(format!(
                "{}() missing {} required keyword-only argument{}: {}",
                fname(),
                missing.len(),
                if missing.len() == 1 { "" } else { "s" },
                name_list(&missing)
            )));
        }
    }
    Ok(())
}
