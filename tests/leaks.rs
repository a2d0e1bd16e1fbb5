//! Leak tests (issue 16): reference cycles created and dropped by the million
//! leave the live-object count where it was, and interpreters created, used
//! and dropped by the thousand leave the process's memory flat.
//!
//! * `cycles_are_collected`: one interpreter makes 10^6 reference cycles of
//!   seven kinds and drops them, with the collector running on its own
//!   thresholds as CPython's does; the live-object count of `kaa --stats`
//!   (`Interpreter::stats().live_objects`) comes back to its baseline, and
//!   never grows far from it meanwhile.
//! * `interpreters_leave_rss_flat`: 10,000 interpreters run a small program
//!   (classes, exceptions, a few standard-library imports) and are dropped;
//!   the resident set after the last one is within 2 MB of what it was after
//!   the first 500 (warm-up: the allocator's arenas and process-wide tables).
//!
//! Both read process-wide figures, so they run one at a time. Figures are in
//! docs/reliability.md ("Leaks"). For hunting leaks: `KAA_LEAK_INTERPRETERS=n`
//! changes the count of interpreters (the bound stays the same),
//! `KAA_LEAK_PROGRAM=file` runs another program in each,
//! and `KAA_LEAK_NO_RAISE=1` raises nothing to the host.
//!
//! Each interpreter raises an exception of a class it defines to the host,
//! and the host drops the `Error` *after* the interpreter: its handles keep
//! the class (a cycle through its `__mro__`), the traceback's frames and
//! their globals, and what is left of the interpreter, until the last one
//! goes (`handle.rs`, `Owner`'s `drop`, collects them then; before session
//! 9 this leaked about 32 KB per interpreter).

use std::sync::Mutex;

static SERIAL: Mutex<()> = Mutex::new(());

/// Seven kinds of reference cycle, made `n` times each by `churn(n)`.
const CYCLES: &str = r#"
import gc

class Node:
    def __init__(self):
        self.other = None

    def method(self):
        return self.other

def closure():
    def f():
        return f          # f's cell holds f
    return f

def holder():
    me = yield
    yield me              # the generator's frame holds the generator

def failing():
    try:
        raise ValueError("cycle")
    except ValueError as e:
        err = e           # frame -> err -> traceback -> frame
    return None

def churn(n):
    for _ in range(n):
        l = []
        l.append(l)                   # a list containing itself
        a = Node()
        b = Node()
        a.other = b
        b.other = a                   # two instances through attributes
        f = closure()                 # a closure referring to itself
        g = holder()
        next(g)
        g.send(g)                     # a suspended generator holding itself
        failing()                     # an exception and its traceback
        a.m = a.method                # a bound method stored on its instance
        d = {}
        d["self"] = d                 # a dict containing itself
"#;

/// Kinds of cycle made by one iteration of `churn`.
const KINDS: u64 = 7;

#[test]
fn cycles_are_collected() {
    let _one = SERIAL.lock().unwrap_or_else(|e| e.into_inner());
    let mut interp = kaa::Interpreter::new();
    // Counting from the start: the baseline holds everything the program
    // made, so a leak cannot hide behind frees of uncounted objects.
    interp.enable_stats(true);
    interp.exec(CYCLES).unwrap();
    // Warm-up: the first run fills caches that then stay (interned names,
    // attribute caches, the frame pool, small ints).
    interp.exec("churn(1000)").unwrap();
    interp.collect_garbage();
    let base = interp.stats().live_objects;
    let n = 1_000_000u64.div_ceil(KINDS);
    interp.exec(&format!("churn({n})")).unwrap();
    let during = interp.stats().peak_objects;
    let collections = interp.stats().collections;
    interp.collect_garbage();
    let after = interp.stats().live_objects;
    eprintln!(
        "cycles: {} made; live objects {base} before, {after} after, peak {during}; collections {collections:?}",
        n * KINDS
    );
    // Slack: the code object and constants of the `churn(n)` statement and
    // a few cache entries made while it runs (a fixed number, whatever n).
    assert!(
        after <= base + 64,
        "{} cycles left {} live objects behind",
        n * KINDS,
        after.saturating_sub(base)
    );
    // The collector ran on its own as CPython's would (generation 0 every
    // 700 net allocations), so garbage never piled up: at most a few
    // thousand objects (thresholds 700/10/10: a generation-2 collection
    // every 70,000 allocations holds at most that many cycles).
    assert!(collections[0] > 100, "no automatic collections: {collections:?}");
    assert!(
        during < base + 200_000,
        "garbage piled up to {} live objects",
        during - base
    );
}

/// Resident set size of this process, in bytes (`/proc/self/statm`).
fn rss() -> u64 {
    let s = std::fs::read_to_string("/proc/self/statm").unwrap_or_default();
    let pages: u64 = s.split_whitespace().nth(1).and_then(|p| p.parse().ok()).unwrap_or(0);
    pages * 4096
}

/// What each interpreter runs: classes, an exception caught, a generator,
/// built-in modules.
const PROGRAM: &str = r#"
import math, itertools, operator
class Shape:
    def __init__(self, *sides):
        self.sides = sides
    def area(self):
        raise NotImplementedError
class Square(Shape):
    def area(self):
        return self.sides[0] ** 2
try:
    Shape(1).area()
except NotImplementedError as e:
    caught = type(e).__name__
squares = [Square(i) for i in range(10)]
total = sum(itertools.accumulate(map(operator.methodcaller("area"), squares)))
assert math.isqrt(total) >= 0 and caught == "NotImplementedError"
"#;

/// What every [`HEAVY_EVERY`]th interpreter runs besides: standard-library
/// modules written in Python (compiled by each interpreter that imports
/// them: the slow part of this test).
const HEAVY: &str = r#"
import collections, json, re, functools
class Point(collections.namedtuple("Point", "x y")):
    def norm(self):
        return (self.x ** 2 + self.y ** 2) ** 0.5
class Err(ValueError):
    pass
try:
    raise Err(json.dumps({"p": Point(3, 4).norm()}))
except ValueError as e:
    msg = str(e)
assert re.match(r"\{\"p\": 5\.0\}", msg), msg
total = functools.reduce(lambda a, b: a + b, [Point(i, i).x for i in range(20)])
"#;

/// One interpreter in this many also runs [`HEAVY`].
const HEAVY_EVERY: usize = 10;

#[test]
fn interpreters_leave_rss_flat() {
    if !std::path::Path::new("/proc/self/statm").exists() {
        eprintln!("no /proc/self/statm: skipped");
        return;
    }
    let _one = SERIAL.lock().unwrap_or_else(|e| e.into_inner());
    let total: usize = std::env::var("KAA_LEAK_INTERPRETERS")
        .ok()
        .and_then(|s| s.parse().ok())
        .unwrap_or(10_000);
    // For hunting a leak: another program (a file), and whether to raise.
    let program = std::env::var("KAA_LEAK_PROGRAM")
        .ok()
        .and_then(|p| std::fs::read_to_string(p).ok())
        .unwrap_or_else(|| PROGRAM.to_string());
    let raise = std::env::var("KAA_LEAK_NO_RAISE").is_err();
    let warm_up = 500.min(total);
    let mut after_warm_up = 0;
    for i in 0..total {
        let mut interp = kaa::Interpreter::new();
        interp.exec(&program).unwrap();
        if i % HEAVY_EVERY == 0 {
            interp.exec(HEAVY).unwrap();
        }
        let error = if raise {
            let e = interp
                .exec("class HostError(ValueError):\n    pass\nraise HostError('to the host')")
                .unwrap_err();
            assert_eq!(e.type_name, "HostError");
            Some(e)
        } else {
            None
        };
        // The error outlives its interpreter (see the module's notes).
        drop(interp);
        drop(error);
        if i + 1 == warm_up {
            after_warm_up = rss();
        }
    }
    let end = rss();
    eprintln!(
        "interpreters: {total}; RSS {} KB after {warm_up}, {} KB after {total} ({:+} KB)",
        after_warm_up / 1024,
        end / 1024,
        (end as i64 - after_warm_up as i64) / 1024
    );
    assert!(
        end <= after_warm_up + (2 << 20),
        "RSS grew from {} KB to {} KB over {} interpreters",
        after_warm_up / 1024,
        end / 1024,
        total - warm_up
    );
}
