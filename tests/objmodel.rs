//! The object model's promises that CPython does not make deterministic, checked
//! through the embedding API: the counters of `kaa --stats`, object sizes, and
//! the collector freeing memory (measured by live-object counts, never by time).

use kaa::Interpreter;

fn run(interp: &mut Interpreter, src: &str) -> String {
    interp.capture_output();
    interp.exec(src).unwrap_or_else(|e| panic!("{src}\n{e}"));
    interp.take_output()
}

#[test]
fn million_cycles_run_in_bounded_memory() {
    let mut interp = Interpreter::new();
    interp.enable_stats(true);
    run(&mut interp, "import gc\ngc.collect()");
    let base = interp.stats().live_objects;
    run(
        &mut interp,
        "class Node:\n    pass\nfor i in range(1_000_000):\n    a = Node(); b = Node(); a.other = b; b.other = a\n    l = []; l.append(l)\ndel a, b, l",
    );
    let s = interp.stats();
    // Each round makes 5 objects (2 instances, 2 dicts, a list) that only the
    // collector can free: without it, 5 million would be live.
    assert!(s.peak_objects < base + 200_000, "peak {} (base {base})", s.peak_objects);
    assert!(
        s.collections[0] > 1000,
        "automatic collections ran: {:?}",
        s.collections
    );
    interp.collect_garbage();
    let after = interp.stats().live_objects;
    assert!(
        after < base + 2_000,
        "live objects after collect: {after} (base {base})"
    );
}

#[test]
fn collector_frees_cycles_through_every_container() {
    let mut interp = Interpreter::new();
    let out = run(
        &mut interp,
        r#"
import gc, weakref
class A:
    pass
freed = []
def watch(o, name):
    weakref.finalize(o, freed.append, name)
gc.collect()
a = A(); a.me = a; watch(a, "instance dict")
l = []; l.append(l); x = A(); l.append(x); watch(x, "list")
d = {}; d["d"] = d; y = A(); d["y"] = y; watch(y, "dict")
def outer():
    def inner():
        return inner
    return inner
f = outer(); z = A(); f.z = z; watch(z, "closure")
class B:
    def m(self):
        pass
bb = B(); bb.bound = bb.m; watch(bb, "bound method")
def gen():
    g = yield
    yield g
g = gen(); next(g); g.send(g); watch(g, "generator frame")
s = A(); t = (s,); s.t = t; watch(s, "tuple")
del a, l, x, d, y, f, z, bb, g, s, t
print(sorted(freed))
print(gc.collect() > 0)
print(sorted(freed))
"#,
    );
    let lines: Vec<&str> = out.lines().collect();
    assert_eq!(lines[0], "[]", "nothing freed before the collection");
    assert_eq!(lines[1], "True");
    for name in [
        "instance dict",
        "list",
        "dict",
        "closure",
        "bound method",
        "generator frame",
        "tuple",
    ] {
        assert!(lines[2].contains(name), "{name} not freed: {}", lines[2]);
    }
}

#[test]
fn stats_count_what_they_say() {
    let mut interp = Interpreter::new();
    interp.enable_stats(true);
    let before = interp.stats();
    run(
        &mut interp,
        r#"
import sys
n = 0
for i in range(1000):
    n += i % 7          # small ints
s = "".join(["k", "ey"])
d = {s: 1}
for _ in range(100):
    d[s]                # hash cached after the first time
t = sys.intern(s)
u = sys.intern("".join(["k", "ey"]))   # a hit in the intern table
"#,
    );
    let s = interp.stats();
    assert!(
        s.small_int_hits >= before.small_int_hits + 1000,
        "small ints {}",
        s.small_int_hits
    );
    assert!(s.hashes_cached >= before.hashes_cached + 100);
    assert!(s.hashes_computed > before.hashes_computed);
    assert!(s.intern_hits > before.intern_hits);
    assert!(s.dict_lookups >= before.dict_lookups + 100);
    assert!(s.dict_probes >= s.dict_lookups);
    assert!(s.instructions > 1000);
    let count = |name: &str| s.opcodes.iter().find(|(n, _)| *n == name).map_or(0, |o| o.1);
    assert!(count("FOR_ITER") >= 1100, "FOR_ITER {}", count("FOR_ITER"));
    assert_eq!(s.instructions, s.opcodes.iter().map(|o| o.1).sum::<u64>());
    let report = s.report();
    for part in [
        "live objects",
        "small-int cache hits",
        "str hashes computed",
        "dict lookups",
        "collections",
        "executed",
    ] {
        assert!(report.contains(part), "report lacks {part}:\n{report}");
    }
}

#[test]
fn stats_count_the_caches_beside_the_bytecode() {
    let mut interp = Interpreter::new();
    interp.enable_stats(true);
    run(
        &mut interp,
        r#"
class P:
    def __init__(self, x):
        self.x = x
    def get(self):
        return self.x
def f(a):
    return a
p = P(1.5)
def main():
    t = 0.0
    for i in range(500):
        f(i)                # a simple call of a global function
        t = t + p.get()     # a cached method, an attribute at its dict index, a float op
        if i < 10:          # a compare fused with its jump
            pass
    return t
main()
P.get = lambda self: 0.0    # the class changed: the method cache misses once
p.get()
"#,
    );
    let s = interp.stats();
    let way = |family: &str, way: &str| {
        let (_, ways) = s.specialization.iter().find(|(n, _)| *n == family).expect(family);
        ways.iter().find(|w| w.0 == way).map_or(0, |w| w.1)
    };
    assert!(way("CALL", "simple") >= 1000, "{:?}", s.specialization);
    assert!(way("LOAD_METHOD", "cached") >= 499, "{:?}", s.specialization);
    assert!(way("LOAD_METHOD", "general") >= 2, "{:?}", s.specialization);
    assert!(way("LOAD_ATTR", "dict index") >= 499, "{:?}", s.specialization);
    assert!(way("BINARY_OP", "float") >= 500, "{:?}", s.specialization);
    assert!(way("COMPARE_OP", "fused jump") >= 500, "{:?}", s.specialization);
    assert!(way("LOAD_GLOBAL", "cached") >= 990, "{:?}", s.specialization);
    assert!(s.report().contains("caches beside the bytecode"));
    // The summary: hits and misses add up; only cached families relearn.
    let summary = s.specialization_summary();
    let family = |f: &str| summary.iter().find(|x| x.family == f).expect(f).clone();
    let lm = family("LOAD_METHOD");
    assert_eq!(lm.hits + lm.misses, lm.executions, "{lm:?}");
    assert!(lm.hits >= 499 && lm.relearned >= Some(2), "{lm:?}");
    assert_eq!(family("BINARY_OP").relearned, None);
    assert!(s.report().contains("relearned"));
    // Re-learnings by reason: one row per cached family, each reason named.
    let names: Vec<&str> = s.misses_by_reason.iter().map(|r| r.0).collect();
    assert_eq!(names, ["LOAD_GLOBAL", "LOAD_ATTR", "STORE_ATTR", "LOAD_METHOD"]);
    assert!(s.misses_by_reason.iter().all(|(_, r)| r[1].0 == "another type"));
}

#[test]
fn optional_counting_is_off_by_default() {
    let mut interp = Interpreter::new();
    run(&mut interp, "d = {}\nfor i in range(100): d[str(i)] = i");
    let s = interp.stats();
    assert_eq!(s.instructions, 0);
    assert_eq!((s.small_int_hits, s.dict_lookups, s.hashes_computed), (0, 0, 0));
    assert!(s.types.is_empty());
    assert_eq!((s.live_objects, s.peak_bytes), (0, 0));
    // The collector's own counts are always kept.
    assert!(s.collections[0] > 0 || interp.collect_garbage() == 0);
}

#[test]
fn sizes_are_kaa_s_own() {
    let mut interp = Interpreter::new();
    let out = run(
        &mut interp,
        r#"
import sys
print(sys.getsizeof(None))
print(sys.getsizeof("a" * 100) - sys.getsizeof("a"))
l = []
print(sys.getsizeof(l))
l.append(1)
print(sys.getsizeof(l) > sys.getsizeof([]))
class P:
    __slots__ = ("x", "y")
class Q:
    pass
q = Q()
print(sys.getsizeof(P()) < sys.getsizeof(q) + sys.getsizeof(q.__dict__))
print(sys.getsizeof(1.5), sys.getsizeof((1, 2, 3)) - sys.getsizeof(()))
"#,
    );
    let lines: Vec<&str> = out.lines().collect();
    // The header is 16 bytes (refcount, type), as CPython's; None has nothing else.
    assert_eq!(lines[0], "16");
    // A str's size grows by exactly its UTF-8 bytes.
    assert_eq!(lines[1], "99");
    // An empty list: 16 (GC head) + 16 (header) + 32 (RefCell<Vec>) + 8 (the
    // buffer bytes charged to the memory limit, `PyList::recharge`).
    assert_eq!(lines[2], "72");
    assert_eq!(lines[3], "True");
    assert_eq!(lines[4], "True");
    // A float: header + f64; a tuple grows by one pointer per item.
    assert_eq!(lines[5], "24 24");
}

#[test]
fn del_runs_when_the_last_reference_goes() {
    let mut interp = Interpreter::new();
    let out = run(
        &mut interp,
        "class A:\n    def __del__(self):\n        print('del')\na = A()\nb = a\ndel a\nprint('one left')\ndel b\nprint('after')",
    );
    assert_eq!(out, "one left\ndel\nafter\n");
    // The interpreter stays usable, and a later run sees a fresh __main__.
    assert_eq!(run(&mut interp, "print(1 + 1)"), "2\n");
}
