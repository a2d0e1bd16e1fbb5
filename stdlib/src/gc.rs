//! `gc`: the cycle collector's interface (see `docs/internals/gc.md`).
//!
//! Reference counting frees most objects the moment they become unreachable; the
//! collector finds the reference cycles that counting cannot. Its state (the
//! three generations, their counts and thresholds) lives in the interpreter's
//! heap, `kaa_vm::object::gc::Heap`.

use kaa_vm::object::list::PyList;
use kaa_vm::object::PyObjectRef;
use kaa_vm::{Args, PyResult, Vm};

/// The optional `generation` argument of `collect` and `get_objects`, checked with
/// the messages of CPython's argument clinic.
fn generation_arg(vm: &mut Vm, args: &Args, fname: &str) -> PyResult<Option<PyObjectRef>> {
    let pos = args.pos();
    let n = pos.len() + args.kwnames().len();
    if n > 1 {
        return Err(vm.new_type_error(format!("{fname}() takes at most 1 argument ({n} given)")));
    }
    for (k, _) in args.kwargs() {
        if k != "generation" {
            return Err(vm.new_type_error(format!("'{k}' is an invalid keyword argument for {fname}()")));
        }
    }
    Ok(args.items().first().cloned())
}

fn gc_collect(vm: &mut Vm, args: Args) -> PyResult {
    let g = generation_arg(vm, &args, "collect")?;
    let gen = match g {
        Some(g) => {
            let g = vm.to_index(&g)?;
            if !(0..=2).contains(&g) {
                return Err(vm.new_value_error("invalid generation"));
            }
            g as usize
        }
        None => 2,
    };
    // Finalizers and callbacks already queued run first, as their objects died
    // before the collection started.
    vm.handle_breaker()?;
    if vm.heap.is_collecting() {
        return Ok(vm.new_int(0));
    }
    invoke_callbacks(vm, "start", gen, 0)?;
    let n = vm.collect_garbage(gen);
    vm.handle_breaker()?;
    invoke_callbacks(vm, "stop", gen, n)?;
    Ok(vm.new_int(n as i64))
}

/// Call each function in `gc.callbacks` with `(phase, info)`, as CPython does
/// around a collection; an exception in one is reported and ignored. (Only
/// explicit `gc.collect()` calls do this: automatic collections are started by
/// the VM, which does not look at `gc.callbacks`.)
fn invoke_callbacks(vm: &mut Vm, phase: &str, gen: usize, collected: usize) -> PyResult<()> {
    let m = kaa_vm::import::import_module(vm, "gc")?;
    let name = vm.intern("callbacks");
    let Some(list) = vm.get_attr_opt(&m, &name)? else {
        return Ok(());
    };
    let len = |l: &PyObjectRef| l.downcast_ref::<PyList>().map_or(0, |l| l.items.borrow().len());
    if len(&list) == 0 {
        return Ok(());
    }
    let phase = vm.new_str(phase);
    let info = vm.new_dict();
    for (k, v) in [("generation", gen), ("collected", collected), ("uncollectable", 0)] {
        let v = vm.new_int(v as i64);
        vm.dict_set_str(&info, k, v)?;
    }
    let mut i = 0;
    while i < len(&list) {
        let cb = list
            .downcast_ref::<PyList>()
            .and_then(|l| l.items.borrow().get(i).cloned());
        if let Some(cb) = cb {
            if let Err(e) = vm.call(&cb, Args::positional(&[phase.clone(), info.clone()])) {
                vm.write_unraisable(&e, &cb);
            }
        }
        i += 1;
    }
    Ok(())
}

fn gc_enable(vm: &mut Vm, args: Args) -> PyResult {
    args.exact::<0>(vm, "gc.enable")?;
    vm.heap.set_enabled(true);
    Ok(vm.none())
}

fn gc_disable(vm: &mut Vm, args: Args) -> PyResult {
    args.exact::<0>(vm, "gc.disable")?;
    vm.heap.set_enabled(false);
    Ok(vm.none())
}

fn gc_isenabled(vm: &mut Vm, args: Args) -> PyResult {
    args.exact::<0>(vm, "gc.isenabled")?;
    Ok(vm.new_bool(vm.heap.is_enabled()))
}

fn triple(vm: &mut Vm, t: (usize, usize, usize)) -> PyObjectRef {
    let items = vec![vm.new_int(t.0 as i64), vm.new_int(t.1 as i64), vm.new_int(t.2 as i64)];
    vm.new_tuple(items)
}

fn gc_get_count(vm: &mut Vm, args: Args) -> PyResult {
    args.exact::<0>(vm, "gc.get_count")?;
    let c = vm.heap.get_count();
    Ok(triple(vm, c))
}

fn gc_get_threshold(vm: &mut Vm, args: Args) -> PyResult {
    args.exact::<0>(vm, "gc.get_threshold")?;
    let t = vm.heap.get_threshold();
    Ok(triple(vm, t))
}

fn gc_set_threshold(vm: &mut Vm, args: Args) -> PyResult {
    args.no_kwargs(vm, "set_threshold")?;
    let a = args.pos();
    if a.is_empty() || a.len() > 3 {
        let (bound, which) = if a.is_empty() { (1, "least") } else { (3, "most") };
        let s = if bound == 1 { "" } else { "s" };
        return Err(vm.new_type_error(format!(
            "set_threshold() takes at {which} {bound} argument{s} ({} given)",
            a.len()
        )));
    }
    let mut v = [None; 3];
    for (i, x) in a.iter().enumerate() {
        let n = vm.to_index(x)?;
        // Kaa's thresholds are unsigned: a negative one becomes 0 (no automatic
        // collection). CPython keeps it, and then collects at almost every
        // allocation.
        v[i] = Some(n.max(0) as usize);
    }
    vm.heap.set_threshold(v[0].unwrap_or(0), v[1], v[2]);
    Ok(vm.none())
}

fn gc_is_tracked(vm: &mut Vm, args: Args) -> PyResult {
    let [o] = args.exact::<1>(vm, "gc.is_tracked")?;
    Ok(vm.new_bool(vm.heap.is_tracked(o)))
}

fn gc_is_finalized(vm: &mut Vm, args: Args) -> PyResult {
    let [o] = args.exact::<1>(vm, "gc.is_finalized")?;
    Ok(vm.new_bool(vm.heap.is_finalized(o)))
}

fn gc_get_objects(vm: &mut Vm, args: Args) -> PyResult {
    let g = generation_arg(vm, &args, "get_objects")?;
    let gen = match g.filter(|g| !vm.is_none(g)) {
        Some(g) => {
            if g.ty().lookup(&vm.names.__index__).is_none() {
                return Err(vm.new_type_error(format!("argument should be integer or None, not '{}'", g.ty().name())));
            }
            let g = vm.to_index(&g)?;
            if g >= 3 {
                return Err(vm.new_value_error(
                    "generation parameter must be less than the number of available generations (3)",
                ));
            }
            // -1 is the clinic's "not given": all generations.
            if g < -1 {
                return Err(vm.new_value_error("generation parameter cannot be negative"));
            }
            (g >= 0).then_some(g as usize)
        }
        None => None,
    };
    let objs = vm.heap.objects(gen);
    Ok(vm.new_list(objs))
}

fn gc_get_referents(vm: &mut Vm, args: Args) -> PyResult {
    args.no_kwargs(vm, "get_referents")?;
    let mut out = Vec::new();
    for o in args.pos() {
        out.extend(o.referents());
    }
    Ok(vm.new_list(out))
}

fn gc_get_referrers(vm: &mut Vm, args: Args) -> PyResult {
    args.no_kwargs(vm, "get_referrers")?;
    let targets = args.pos();
    let mut out = Vec::new();
    for o in vm.heap.objects(None) {
        if o.referents().iter().any(|r| targets.iter().any(|t| t.is(r))) {
            out.push(o);
        }
    }
    Ok(vm.new_list(out))
}

fn gc_get_stats(vm: &mut Vm, args: Args) -> PyResult {
    args.exact::<0>(vm, "gc.get_stats")?;
    let mut gens = Vec::new();
    for g in 0..3 {
        let d = vm.new_dict();
        let s = &vm.heap.stats;
        let (c, k, u) = (
            s.collections[g].get(),
            s.collected_by_gen[g].get(),
            if g == 2 { s.uncollectable.get() } else { 0 },
        );
        for (name, v) in [("collections", c), ("collected", k), ("uncollectable", u)] {
            let v = vm.new_int(v as i64);
            vm.dict_set_str(&d, name, v)?;
        }
        gens.push(d);
    }
    Ok(vm.new_list(gens))
}

fn gc_get_debug(vm: &mut Vm, args: Args) -> PyResult {
    args.exact::<0>(vm, "gc.get_debug")?;
    Ok(vm.new_int(0))
}

fn gc_set_debug(vm: &mut Vm, args: Args) -> PyResult {
    let [f] = args.exact::<1>(vm, "gc.set_debug")?;
    vm.to_index(f)?;
    Ok(vm.none())
}

fn gc_freeze(vm: &mut Vm, args: Args) -> PyResult {
    args.exact::<0>(vm, "gc.freeze")?;
    vm.heap.freeze();
    Ok(vm.none())
}

fn gc_unfreeze(vm: &mut Vm, args: Args) -> PyResult {
    args.exact::<0>(vm, "gc.unfreeze")?;
    vm.heap.unfreeze();
    Ok(vm.none())
}

fn gc_get_freeze_count(vm: &mut Vm, args: Args) -> PyResult {
    args.exact::<0>(vm, "gc.get_freeze_count")?;
    let n = vm.heap.freeze_count();
    Ok(vm.new_int(n as i64))
}

const FUNCTIONS: &[(&str, kaa_vm::vm::NativeFn)] = &[
    ("collect", gc_collect),
    ("enable", gc_enable),
    ("disable", gc_disable),
    ("isenabled", gc_isenabled),
    ("get_count", gc_get_count),
    ("get_threshold", gc_get_threshold),
    ("set_threshold", gc_set_threshold),
    ("is_tracked", gc_is_tracked),
    ("is_finalized", gc_is_finalized),
    ("get_objects", gc_get_objects),
    ("get_referents", gc_get_referents),
    ("get_referrers", gc_get_referrers),
    ("get_stats", gc_get_stats),
    ("get_debug", gc_get_debug),
    ("set_debug", gc_set_debug),
    ("freeze", gc_freeze),
    ("unfreeze", gc_unfreeze),
    ("get_freeze_count", gc_get_freeze_count),
];

/// Create the `gc` module.
pub fn init(vm: &mut Vm) -> PyResult<PyObjectRef> {
    let (m, d) = vm.new_module_with_dict("gc", None)?;
    for &(name, f) in FUNCTIONS {
        let func = vm.new_builtin_function(name, f);
        vm.dict_set_str(&d, name, func)?;
    }
    let garbage = vm.new_list(Vec::new());
    vm.dict_set_str(&d, "garbage", garbage)?;
    let callbacks = vm.new_list(Vec::new());
    vm.dict_set_str(&d, "callbacks", callbacks)?;
    for (name, v) in [
        ("DEBUG_STATS", 1),
        ("DEBUG_COLLECTABLE", 2),
        ("DEBUG_UNCOLLECTABLE", 4),
        ("DEBUG_SAVEALL", 32),
        ("DEBUG_LEAK", 38),
    ] {
        let v = vm.new_int(v);
        vm.dict_set_str(&d, name, v)?;
    }
    Ok(m)
}
