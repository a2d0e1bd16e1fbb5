//! `kaa --stats`: a snapshot of the interpreter's counters and the table printed
//! after a run (see `docs/internals/stats.md`).
//!
//! Most counters are plain `Cell<u64>` increments that are always on (allocation,
//! the small-int cache, interning, hash caching, dict probes, the collector).
//! Counting instructions per opcode is the one costly counter: the interpreter
//! loop is compiled twice (`execute::<true>` / `execute::<false>`) and the
//! counting copy runs only when [`Vm::stats_enabled`] is set.
//!
//! The interpreter lock's counters (`gil.rs`, [`crate::gil::GilStats`]) are
//! relaxed atomics, always on, counted from the interpreter's creation.

use std::sync::atomic::Ordering::Relaxed;

use kaa_compiler::bytecode::Opcode;

use crate::object::typ::PyType;
use crate::vm::Vm;

/// Allocation counts of one type.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct TypeCount {
    pub name: String,
    pub allocated: u64,
    pub freed: u64,
}

/// The families of caches beside the bytecode (`docs/internals/calls.md`),
/// with the name of each way an instruction of the family went: counted by
/// `execute::<true>` (`kaa --stats`), never otherwise.
pub const SPEC_FAMILIES: [(&str, [&str; SPEC_WAYS]); 6] = [
    ("LOAD_GLOBAL", ["cached", "lookup", "", "", "", ""]),
    (
        "LOAD_ATTR",
        ["dict index", "dict probe", "general", "descriptor or module", "", ""],
    ),
    (
        "STORE_ATTR",
        ["dict index", "dict probe", "general", "descriptor", "", ""],
    ),
    ("LOAD_METHOD", ["cached", "general", "", "", "", ""]),
    ("CALL", ["simple", "general", "builtin", "", "", ""]),
    (
        "BINARY_OP",
        ["int", "float", "general", "float and int", "float in place", ""],
    ),
];
/// How many ways each family counts (unused ways have an empty name).
pub const SPEC_WAYS: usize = 6;
/// `COMPARE_OP` is the seventh family (index 6).
pub const SPEC_COMPARE: (&str, [&str; SPEC_WAYS]) = ("COMPARE_OP", ["fused jump", "exact", "general", "", "", ""]);
/// The families counted since the last way of each instruction is recorded
/// (indexes 7 to 9, [`spec::BINARY_SUBSCR`] on): type checks of the
/// operands, no cache. The way's index plus one is also the byte
/// `PyCode::last_way` keeps for these (`adaptive::way`).
pub const SPEC_TYPED: [(&str, [&str; SPEC_WAYS]); 3] = [
    (
        "BINARY_SUBSCR",
        ["list int", "tuple int", "dict", "str int", "general", ""],
    ),
    (
        "FOR_ITER",
        ["range", "list", "tuple", "built-in iterator", "generator", "general"],
    ),
    ("UNPACK_SEQUENCE", ["two-tuple", "tuple", "list", "general", "", ""]),
];
/// What each way of a family means for the summary of `kaa --stats`
/// ([`Stats::specialization_summary`], docs/internals/specializing.md).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum WayKind {
    /// The specialized form answered: the cache's guard held (or, for the
    /// families without a cache, the operands passed the type check).
    Hit,
    /// The guard failed in part and a slower path answered, refreshing the
    /// cache in place (a new dict index): the specialized form stays.
    Miss,
    /// The general protocol answered and the cache was rewritten from what
    /// it found (a first fill, or a deoptimization and a re-learning).
    Relearn,
    /// The general protocol answered, with no cache to rewrite (the families
    /// whose fast paths are type checks in the instruction's body).
    General,
    /// No such way.
    Unused,
}

/// Per family (the order of [`SPEC_FAMILIES`], then [`SPEC_COMPARE`] and
/// [`SPEC_TYPED`]), what
/// each way counts as.
pub const SPEC_KINDS: [[WayKind; SPEC_WAYS]; spec::N] = {
    use WayKind::*;
    [
        [Hit, Relearn, Unused, Unused, Unused, Unused],
        [Hit, Miss, Relearn, Hit, Unused, Unused],
        [Hit, Miss, Relearn, Hit, Unused, Unused],
        [Hit, Relearn, Unused, Unused, Unused, Unused],
        [Hit, General, Hit, Unused, Unused, Unused],
        [Hit, Hit, General, Hit, Hit, Unused],
        [Hit, Hit, General, Unused, Unused, Unused],
        [Hit, Hit, Hit, Hit, General, Unused],
        [Hit, Hit, Hit, Hit, Hit, General],
        [Hit, Hit, Hit, General, Unused, Unused],
    ]
};

/// One line of the summary of `kaa --stats` (see [`WayKind`]).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SpecSummary {
    pub family: &'static str,
    /// Times an instruction of the family ran.
    pub executions: u64,
    /// Of those, answered by the specialized form.
    pub hits: u64,
    /// Answered otherwise: `executions - hits`.
    pub misses: u64,
    /// Of the misses, those that rewrote the cache (`None`: the family has
    /// no cache to rewrite).
    pub relearned: Option<u64>,
}

/// Why a cached instruction took its general path (a miss that relearned),
/// judged from its hint *before* it is rewritten
/// (`adaptive::count_attr_miss`, `adaptive::count_global_miss`).
pub const MISS_REASONS: [&str; MISS_REASON_COUNT] = [
    "cache empty",
    "another type",
    "class changed",
    "no fast form",
    "entry moved",
    "keys changed",
];
/// How many reasons [`MISS_REASONS`] names.
pub const MISS_REASON_COUNT: usize = 6;
/// Reason indexes of [`MISS_REASONS`].
pub mod miss {
    /// Nothing learnt yet (or nothing cacheable last time: a class, `super`).
    pub const EMPTY: usize = 0;
    /// Learnt for another type than the object's (a polymorphic site, or
    /// two sites sharing the name), or a module hint met a non-module.
    pub const OTHER_TYPE: usize = 1;
    /// Learnt for this type, whose cache tag has been retired since.
    pub const CLASS_CHANGED: usize = 2;
    /// A valid hint without a fast form for this instruction: a hook, a
    /// Python descriptor, a class attribute, an attribute not in the
    /// instance dict, globals that are not an exact dict.
    pub const NO_FAST_FORM: usize = 3;
    /// The remembered entry no longer holds the name (a module attribute or
    /// a global deleted, or the dict rebuilt).
    pub const ENTRY_MOVED: usize = 4;
    /// A builtin's hint: the globals' or the builtins' keys changed.
    pub const KEYS_CHANGED: usize = 5;
}

/// General-path runs of the cached families by reason: `[family][reason]`
/// for `LOAD_GLOBAL`, `LOAD_ATTR`, `STORE_ATTR` and `LOAD_METHOD`
/// (the first four families of [`spec`]).
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct MissCounts(pub [[u64; MISS_REASON_COUNT]; 4]);

impl MissCounts {
    /// Count one general-path run of `family` (a [`spec`] index below 4).
    #[inline]
    pub fn note(&mut self, family: usize, reason: usize) {
        if let Some(n) = self.0.get_mut(family).and_then(|f| f.get_mut(reason)) {
            *n += 1;
        }
    }

    /// Add `other`'s counts (a thread's, when it ends).
    pub fn add(&mut self, other: &MissCounts) {
        for (a, b) in self.0.iter_mut().flatten().zip(other.0.iter().flatten()) {
            *a += b;
        }
    }
}

/// Family indexes of [`SPEC_FAMILIES`] (and 6: [`SPEC_COMPARE`], 7 to 9:
/// [`SPEC_TYPED`]).
pub mod spec {
    pub const LOAD_GLOBAL: usize = 0;
    pub const LOAD_ATTR: usize = 1;
    pub const STORE_ATTR: usize = 2;
    pub const LOAD_METHOD: usize = 3;
    pub const CALL: usize = 4;
    pub const BINARY_OP: usize = 5;
    pub const COMPARE_OP: usize = 6;
    pub const BINARY_SUBSCR: usize = 7;
    pub const FOR_ITER: usize = 8;
    pub const UNPACK_SEQUENCE: usize = 9;
    /// How many families.
    pub const N: usize = 10;
}

/// Every counter, copied out of the interpreter.
#[derive(Debug, Clone, Default)]
pub struct Stats {
    /// Whether the fine-grained counters were compiled in (cargo feature
    /// `stats`); without it, `types`, the small-int, interning, hash and dict
    /// counters stay zero.
    pub fine_counters: bool,
    pub live_objects: u64,
    pub live_bytes: u64,
    pub peak_objects: u64,
    pub peak_bytes: u64,
    /// Per type, most allocated first (types with no allocation are left out).
    pub types: Vec<TypeCount>,
    pub small_int_hits: u64,
    pub strings_interned: u64,
    pub intern_hits: u64,
    pub hashes_computed: u64,
    pub hashes_cached: u64,
    pub dict_lookups: u64,
    pub dict_probes: u64,
    pub collections: [u64; 3],
    pub collected: u64,
    pub finalizers_run: u64,
    /// Instances made with inline attribute values (no dict object), and
    /// how many of those (or of earlier ones) later made a dict object
    /// because something asked for `__dict__` (docs/internals/instance-values.md).
    pub instances_with_values: u64,
    pub dicts_materialized: u64,
    /// Instructions executed (zero unless counting was enabled).
    pub instructions: u64,
    /// `(opcode name, count)`, most executed first.
    pub opcodes: Vec<(&'static str, u64)>,
    /// Per family of cached instructions (see [`SPEC_FAMILIES`]): its name,
    /// and how many times each way was taken, with the way's name.
    pub specialization: Vec<(&'static str, [(&'static str, u64); SPEC_WAYS])>,
    /// Per cached family (`LOAD_GLOBAL`, `LOAD_ATTR`, `STORE_ATTR`,
    /// `LOAD_METHOD`), its general-path runs by reason ([`MISS_REASONS`]);
    /// zero until the interpreter loop counts them (see
    /// docs/internals/specializing.md).
    pub misses_by_reason: Vec<(&'static str, [(&'static str, u64); MISS_REASON_COUNT])>,
    /// Times a thread took the interpreter lock (`GilStats::acquisitions`,
    /// `gil.rs`), since the interpreter was made: start-up, each embedding
    /// call, each return from a blocking call, each turn of a Python thread.
    pub gil_acquisitions: u64,
    /// Of those, the times the thread had to wait for another to let go.
    pub gil_contended: u64,
    /// Times the holder gave the lock up because a waiter had waited a whole
    /// switch interval (`GIL_DROP`, `Gil::yield_to_waiter`).
    pub gil_forced_switches: u64,
    /// Milliseconds spent waiting for the lock, all threads added up (so it
    /// can exceed the run's wall-clock time).
    pub gil_wait_ms: f64,
    /// Turns of asyncio event loops (`BaseEventLoop._run_once`).
    pub asyncio_loop_iterations: u64,
    /// asyncio task steps: each resumes a task's coroutine (a task switch).
    pub asyncio_task_steps: u64,
}

impl Vm {
    /// Copy the counters out (`kaa --stats`, `Interpreter::stats`).
    pub fn stats(&self) -> Stats {
        let s = &self.heap.stats;
        let mut types: Vec<TypeCount> = Vec::new();
        let mut seen = std::collections::HashSet::new();
        let mut add = |t: &PyType, id: usize| {
            if seen.insert(id) && t.allocs.get() > 0 {
                types.push(TypeCount {
                    name: t.qualname.borrow().clone(),
                    allocated: t.allocs.get(),
                    freed: t.frees.get(),
                });
            }
        };
        add(self.types.object.ty_payload(), self.types.object.id());
        add(self.types.type_.ty_payload(), self.types.type_.id());
        for o in self.heap.objects(None) {
            if let Some(t) = o.as_type() {
                add(t, o.id());
            }
        }
        types.sort_by(|a, b| b.allocated.cmp(&a.allocated).then_with(|| a.name.cmp(&b.name)));
        // Counts of this thread plus those of threads that have ended.
        let ended = self.ended_threads_opcodes.borrow();
        let all: Vec<u64> = self
            .opcode_counts
            .iter()
            .zip(ended.iter())
            .map(|(a, b)| a + b)
            .collect();
        drop(ended);
        let ended_spec = self.ended_threads_spec.borrow();
        let specialization = SPEC_FAMILIES
            .iter()
            .chain(std::iter::once(&SPEC_COMPARE))
            .chain(SPEC_TYPED.iter())
            .enumerate()
            .map(|(f, (name, ways))| {
                let n = |w: usize| self.spec_counts[f][w] + ended_spec[f][w];
                (*name, std::array::from_fn(|w| (ways[w], n(w))))
            })
            .collect();
        drop(ended_spec);
        let mut misses = self.spec_misses;
        misses.add(&self.ended_threads_misses.borrow());
        let misses_by_reason = SPEC_FAMILIES
            .iter()
            .zip(misses.0.iter())
            .map(|((name, _), counts)| (*name, std::array::from_fn(|r| (MISS_REASONS[r], counts[r]))))
            .collect();
        let mut opcodes: Vec<(&'static str, u64)> = all
            .iter()
            .enumerate()
            .filter(|(_, &n)| n > 0)
            .filter_map(|(i, &n)| Opcode::from_u8(i as u8).map(|op| (op.name(), n)))
            .collect();
        opcodes.sort_by(|a, b| b.1.cmp(&a.1).then_with(|| a.0.cmp(b.0)));
        Stats {
            fine_counters: cfg!(feature = "stats"),
            live_objects: s.live_objects.get(),
            live_bytes: s.live_bytes.get(),
            peak_objects: s.peak_objects.get(),
            peak_bytes: s.peak_bytes.get(),
            types,
            small_int_hits: s.small_int_hits.get(),
            strings_interned: s.interned.get(),
            intern_hits: s.intern_hits.get(),
            hashes_computed: s.hashes_computed.get(),
            hashes_cached: s.hashes_cached.get(),
            dict_lookups: s.dict_lookups.get(),
            dict_probes: s.dict_probes.get(),
            collections: [s.collections[0].get(), s.collections[1].get(), s.collections[2].get()],
            collected: s.collected.get(),
            finalizers_run: s.finalizers_run.get(),
            instances_with_values: s.instances_with_values.get(),
            dicts_materialized: s.dicts_materialized.get(),
            instructions: opcodes.iter().map(|o| o.1).sum(),
            opcodes,
            specialization,
            misses_by_reason,
            gil_acquisitions: self.gil.stats.acquisitions.load(Relaxed),
            gil_contended: self.gil.stats.contended.load(Relaxed),
            gil_forced_switches: self.gil.stats.forced_switches.load(Relaxed),
            gil_wait_ms: self.gil.stats.wait_ns.load(Relaxed) as f64 / 1e6,
            asyncio_loop_iterations: s.asyncio_loop_iterations.get(),
            asyncio_task_steps: s.asyncio_task_steps.get(),
        }
    }
}

fn pct(part: u64, whole: u64) -> String {
    if whole == 0 {
        "-".to_string()
    } else {
        format!("{:.1}%", part as f64 * 100.0 / whole as f64)
    }
}

impl Stats {
    /// Per family that ran: executions, hits, misses and re-learnings, from
    /// [`Stats::specialization`] and [`SPEC_KINDS`].
    pub fn specialization_summary(&self) -> Vec<SpecSummary> {
        let mut out = Vec::new();
        for (f, (family, ways)) in self.specialization.iter().enumerate() {
            let Some(kinds) = SPEC_KINDS.get(f) else { continue };
            let count = |k: WayKind| -> u64 {
                ways.iter()
                    .zip(kinds)
                    .filter(|(_, &kind)| kind == k)
                    .map(|(w, _)| w.1)
                    .sum()
            };
            let executions: u64 = ways.iter().map(|w| w.1).sum();
            if executions == 0 {
                continue;
            }
            let hits = count(WayKind::Hit);
            out.push(SpecSummary {
                family,
                executions,
                hits,
                misses: executions - hits,
                relearned: kinds.contains(&WayKind::Relearn).then(|| count(WayKind::Relearn)),
            });
        }
        out
    }

    /// The table `kaa --stats` prints on stderr.
    pub fn report(&self) -> String {
        let mut o = String::new();
        let mut line = |s: String| {
            o.push_str(&s);
            o.push('\n');
        };
        line("== kaa --stats ==".to_string());
        line("-- memory --".to_string());
        line(format!(
            "  live objects      {:>12}   peak {:>12}",
            self.live_objects, self.peak_objects
        ));
        line(format!(
            "  live bytes        {:>12}   peak {:>12}   (object headers and payloads)",
            self.live_bytes, self.peak_bytes
        ));
        if self.fine_counters {
            line("-- objects by type (top 15) --".to_string());
            line(format!(
                "  {:<28} {:>12} {:>12} {:>10}",
                "type", "allocated", "freed", "live"
            ));
            for t in self.types.iter().take(15) {
                line(format!(
                    "  {:<28} {:>12} {:>12} {:>10}",
                    t.name,
                    t.allocated,
                    t.freed,
                    t.allocated.saturating_sub(t.freed)
                ));
            }
            line("-- small ints, interning, hashing --".to_string());
            line(format!("  small-int cache hits   {:>12}", self.small_int_hits));
            line(format!(
                "  strings interned       {:>12}   intern-table hits {:>12}",
                self.strings_interned, self.intern_hits
            ));
            let hashes = self.hashes_computed + self.hashes_cached;
            line(format!(
                "  str hashes computed    {:>12}   served from cache {:>12} ({})",
                self.hashes_computed,
                self.hashes_cached,
                pct(self.hashes_cached, hashes)
            ));
            let avg = if self.dict_lookups == 0 {
                0.0
            } else {
                self.dict_probes as f64 / self.dict_lookups as f64
            };
            line(format!(
                "  dict lookups           {:>12}   slots probed {:>12} (avg {:.2} per lookup)",
                self.dict_lookups, self.dict_probes, avg
            ));
        } else {
            line("-- per-type, small-int, interning, hash and dict counters --".to_string());
            line("  not compiled in: build with `cargo build --release --features stats`".to_string());
        }
        line("-- instance attributes --".to_string());
        line(format!(
            "  made with inline values {:>11}   dicts made on demand {:>8}",
            self.instances_with_values, self.dicts_materialized
        ));
        line("-- cycle collector --".to_string());
        line(format!(
            "  collections (gen 0/1/2)  {} / {} / {}   objects freed {}   finalizers run {}",
            self.collections[0], self.collections[1], self.collections[2], self.collected, self.finalizers_run
        ));
        line("-- interpreter lock --".to_string());
        line(format!(
            "  acquisitions           {:>12}   contended {:>12} ({})",
            self.gil_acquisitions,
            self.gil_contended,
            pct(self.gil_contended, self.gil_acquisitions)
        ));
        line(format!(
            "  forced switches        {:>12}   time waiting {:>10.1} ms (all threads)",
            self.gil_forced_switches, self.gil_wait_ms
        ));
        line("-- asyncio --".to_string());
        line(format!(
            "  loop iterations        {:>12}   task steps {:>12}",
            self.asyncio_loop_iterations, self.asyncio_task_steps
        ));
        line("-- instructions --".to_string());
        line(format!("  executed               {:>12}", self.instructions));
        for (name, n) in self.opcodes.iter().take(12) {
            line(format!("  {:<24} {:>12} {:>7}", name, n, pct(*n, self.instructions)));
        }
        let summary = self.specialization_summary();
        if !summary.is_empty() {
            line("-- specialization: caches beside the bytecode (docs/internals/specializing.md) --".to_string());
            line(format!(
                "  {:<15} {:>12} {:>12} {:>7} {:>12} {:>12}",
                "family", "executions", "hits", "", "misses", "relearned"
            ));
            for s in &summary {
                line(format!(
                    "  {:<15} {:>12} {:>12} {:>7} {:>12} {:>12}",
                    s.family,
                    s.executions,
                    s.hits,
                    pct(s.hits, s.executions),
                    s.misses,
                    s.relearned.map_or("-".to_string(), |n| n.to_string())
                ));
            }
            line("  ways taken:".to_string());
            for (name, ways) in &self.specialization {
                let total: u64 = ways.iter().map(|w| w.1).sum();
                if total == 0 {
                    continue;
                }
                let parts: Vec<String> = ways
                    .iter()
                    .filter(|w| !w.0.is_empty())
                    .map(|(w, n)| format!("{w} {n} ({})", pct(*n, total)))
                    .collect();
                line(format!("    {:<15} {}", name, parts.join(", ")));
            }
            if self.misses_by_reason.iter().any(|(_, r)| r.iter().any(|x| x.1 > 0)) {
                line("  relearned, by reason:".to_string());
                for (name, reasons) in &self.misses_by_reason {
                    let total: u64 = reasons.iter().map(|r| r.1).sum();
                    if total == 0 {
                        continue;
                    }
                    let parts: Vec<String> = reasons
                        .iter()
                        .filter(|r| r.1 > 0)
                        .map(|(r, n)| format!("{r} {n} ({})", pct(*n, total)))
                        .collect();
                    line(format!("    {:<15} {}", name, parts.join(", ")));
                }
            }
        }
        o
    }
}
