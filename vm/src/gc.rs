//! The VM side of memory management: running finalizers (`__del__`, closing
//! generators) and weakref callbacks at safe points, cycle collections, and the
//! teardown of `__main__` at exit.
//!
//! The object side (tracking, the collection algorithm, the weakref registry) is
//! `object::gc`; see its Notes and `docs/internals/gc.md`.

use crate::object::dict::PyDict;
use crate::object::gc::Pending;
use crate::object::generator::PyGenerator;
use crate::object::module::PyModule;
use crate::object::str::PyStr;
use crate::object::PyObjectRef;
use crate::vm::{Args, PyResult, Vm};

impl Vm {
    /// Do what the heap asked for between two instructions: finalize objects,
    /// call weakref callbacks, collect cycles. Errors in finalizers are printed
    /// ("Exception ignored in: ..."), never raised, as CPython does.
    #[cold]
    pub fn handle_breaker(&mut self) -> PyResult<()> {
        let heap = self.heap.clone();
        let mut rounds = 0usize;
        // (A thread's turn on the lock ends at ticks only, `Vm::lock_requests`,
        // never here between two instructions.)
        loop {
            for p in heap.take_pending() {
                self.run_pending(p);
            }
            if heap.take_collect_request() {
                if let Some(g) = heap.generation_to_collect() {
                    self.collect_garbage(g);
                }
            }
            if heap.take_memory_request() {
                self.memory_over_limit()?;
            }
            rounds += 1;
            if heap.breaker() & !(crate::gil::breaker::AT_TICKS | crate::gil::breaker::TRACE) == 0 || rounds > 1000 {
                return Ok(());
            }
        }
    }

    fn run_pending(&mut self, p: Pending) {
        match p {
            Pending::Finalize(obj) => {
                self.finalize_object(&obj);
                drop(obj);
            }
            Pending::Callback { callback, weakref } => {
                if let Err(e) = self.call(&callback, Args::positional(std::slice::from_ref(&weakref))) {
                    self.write_unraisable(&e, &callback);
                }
            }
        }
    }

    /// Run `obj`'s finalizer: close a suspended generator, or call `__del__`.
    fn finalize_object(&mut self, obj: &PyObjectRef) {
        let s = &self.heap.stats.finalizers_run;
        s.set(s.get() + 1);
        let saved = self.exc_info.take();
        if obj.payload_is::<PyGenerator>() {
            if let Err(e) = crate::coroutine::finalize(self, obj) {
                let o = obj.clone();
                self.write_unraisable(&e, &o);
            }
        } else if let Some(del) = obj.ty().lookup(&self.names.__del__) {
            if let Err(e) = self.call_with_self(&del, obj, &[]) {
                self.write_unraisable(&e, &del);
            }
        }
        self.exc_info = saved;
    }

    /// CPython's `PyErr_WriteUnraisable`: "Exception ignored in: <obj>" and the
    /// traceback, on stderr.
    pub fn write_unraisable(&mut self, exc: &PyObjectRef, origin: &PyObjectRef) {
        self.write_unraisable_msg(exc, "Exception ignored in", origin);
    }

    /// [`Vm::write_unraisable`] with another opening ("Exception ignored in
    /// thread started by").
    pub fn write_unraisable_msg(&mut self, exc: &PyObjectRef, what: &str, origin: &PyObjectRef) {
        let r = self
            .repr_string(origin)
            .unwrap_or_else(|_| "<object repr() failed>".to_string());
        let tb = crate::traceback::format_exception(self, exc);
        let _ = self.out().flush();
        self.write_stderr(&format!("{what}: {r}\n{tb}"));
    }

    /// Break the cycles an interpreter's own objects make, after
    /// [`Vm::finalize`], so that dropping the last `Vm` frees its memory
    /// (about 250 kB a fresh interpreter would otherwise leave behind): the
    /// module table and builtins (module dicts and their functions refer to
    /// each other), native modules' state, then the attribute tables of the
    /// built-in types (their methods and descriptors refer back to them).
    /// Only `type` and `object`, which refer to each other, and what the host
    /// still holds through `Value`s stay. Done only when no other thread runs
    /// this interpreter; no Python code may run afterwards.
    pub fn teardown(&mut self) {
        use crate::object::core::PyPayload;
        if self.gil.threads.load(std::sync::atomic::Ordering::SeqCst) != 0 {
            return;
        }
        self.exc_info = None;
        self.caller = None;
        for d in [self.modules.clone(), self.builtins_dict.clone()] {
            if let Some(p) = d.downcast_ref::<crate::object::dict::PyDict>() {
                PyPayload::clear(p);
            }
        }
        let state = std::mem::take(&mut *self.module_state.borrow_mut());
        drop(state);
        let classes = std::mem::take(&mut *self.host_classes.borrow_mut());
        drop(classes);
        let rust = std::mem::take(&mut *self.rust_state.borrow_mut());
        drop(rust);
        let retired = std::mem::take(&mut *self.retired_classes.borrow_mut());
        drop(retired);
        // The built-ins frozen at start-up are collectable again.
        self.heap.unfreeze();
        self.collect_garbage(2);
        let _ = self.handle_breaker();
        self.collect_garbage(2);
        let mut types = self.types.all();
        types.extend(self.exc.all().into_iter().map(|(_, t)| t));
        for t in &types {
            t.ty_payload().clear_attrs();
        }
        drop(types);
        self.collect_garbage(2);
        self.heap.shrink();
    }

    /// Collect generations `0..=g`; returns the number of unreachable objects
    /// found (what `gc.collect()` returns).
    pub fn collect_garbage(&mut self, g: usize) -> usize {
        let heap = self.heap.clone();
        if heap.is_collecting() {
            return 0;
        }
        heap.set_collecting(true);
        let Some(garbage) = heap.find_garbage(g) else {
            heap.set_collecting(false);
            return 0;
        };
        let n = garbage.len();
        heap.clear_garbage_weakrefs(&garbage);
        let mut finalized = false;
        for o in &garbage {
            if o.wants_finalize() && !heap.is_finalized(o) {
                heap.mark_finalized(o);
                self.finalize_object(o);
                finalized = true;
            }
        }
        if finalized {
            match heap.still_unreachable(&garbage) {
                Some(flags) => {
                    let (dead, alive): (Vec<_>, Vec<_>) = garbage.into_iter().zip(flags).partition(|(_, dead)| *dead);
                    for (o, _) in &alive {
                        heap.retrack(o);
                    }
                    drop(alive);
                    heap.free_garbage(dead.into_iter().map(|(o, _)| o).collect());
                }
                None => {
                    for o in &garbage {
                        heap.retrack(o);
                    }
                }
            }
        } else {
            heap.free_garbage(garbage);
        }
        heap.count_collected(n);
        heap.set_collecting(false);
        n
    }

    /// What CPython does at exit: run the `atexit` handlers, remove `__main__`
    /// from `sys.modules` so that its dict is freed (by reference counting in
    /// insertion order, or, if its functions make it a cycle, by the collector in
    /// creation order), then collect cycles. If something still holds the
    /// module, its globals are released in insertion order instead.
    /// Returns whether flushing `sys.stdout` or `sys.stderr` failed (the
    /// failure of stdout reported on stderr, as CPython: the CLI then exits
    /// with status 120).
    pub fn finalize_main(&mut self) -> bool {
        self.finalize(true)
    }

    /// [`Vm::finalize_main`]; `wait_for_threads`: first join the non-daemon
    /// threads (`threading._shutdown`), as the CLI does at exit. An embedder's
    /// interpreter, when dropped, does not wait (a script's endless thread
    /// must not hang the host). Returns whether flushing the standard
    /// streams failed (see [`Vm::finalize_main`]).
    pub fn finalize(&mut self, wait_for_threads: bool) -> bool {
        let mods = self.modules.clone();
        // Wait for non-daemon threads first, as CPython's `Py_FinalizeEx`
        // (only if `threading` was ever imported).
        let tk = self.new_str("threading");
        let threading = match wait_for_threads {
            true => self.dict_get_item_opt(&mods, &tk).ok().flatten(),
            false => None,
        };
        if let Some(m) = threading {
            if let Ok(f) = self.get_attr_str(&m, "_shutdown") {
                if let Err(e) = self.call(&f, Args::positional(&[])) {
                    self.print_exception(&e);
                }
            }
        }
        // Then `atexit` handlers (only if the module was ever imported).
        let ak = self.new_str("atexit");
        if let Ok(Some(m)) = self.dict_get_item_opt(&mods, &ak) {
            let n = self.intern("_run_exitfuncs");
            if let Ok(f) = self.get_attr(&m, &n) {
                if let Err(e) = self.call(&f, Args::positional(&[])) {
                    self.print_exception(&e);
                }
            }
        }
        let flush_failed = crate::builtins::flush_std_streams_at_exit(self);
        let _ = self.handle_breaker();
        let key = self.names.__main__.clone();
        let main = self.dict_pop(&mods, &key).ok().flatten();
        if let Some(main) = main {
            let dict = main.downcast_ref::<PyModule>().map(|m| m.dict.clone());
            if main.refcount() > 1 {
                if let Some(d) = &dict {
                    self.release_globals(d);
                }
            }
            drop(dict);
            drop(main);
        }
        let _ = self.handle_breaker();
        self.collect_garbage(2);
        let _ = self.handle_breaker();
        crate::builtins::flush_std_streams(self);
        let _ = self.out().flush();
        flush_failed
    }

    /// Set every global but `__builtins__` to `None`, in insertion order.
    fn release_globals(&mut self, d: &PyObjectRef) {
        let Some(pd) = d.downcast_ref::<PyDict>() else { return };
        let keys: Vec<PyObjectRef> = pd.items_vec().into_iter().map(|(k, _)| k).collect();
        let none = self.none();
        for k in &keys {
            if k.downcast_ref::<PyStr>().is_some_and(|s| s.as_str() == "__builtins__") {
                continue;
            }
            let _ = self.dict_set(d, k.clone(), none.clone());
            let _ = self.handle_breaker();
        }
    }
}
