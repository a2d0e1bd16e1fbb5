//! What the embedding boundary costs: creating and dropping an interpreter
//! (time, and memory held while idle), calling a trivial Python function from
//! Rust, and converting a nested Rust map to a dict, each next to the same
//! operation done inside Python. Numbers, not a test: `docs/embedding.md`
//! records them.
//!
//! ```console
//! $ cargo run --release --example embed_bench
//! $ cargo run --release --example embed_bench -- create   # one part only: create, call, dict, run
//! $ heaptrack target/release/examples/embed_bench idle     # an idle interpreter's memory, by call stack
//! ```
//!
//! Times are the thread's CPU time (best of five rounds). Memory is counted
//! by a counting global allocator around the system one
//! (the library itself chooses no allocator). `leak` runs create/drop cycles
//! (for `valgrind --leak-check=full`, see `docs/embedding.md`).

use std::alloc::{GlobalAlloc, Layout, System};
use std::collections::BTreeMap;
use std::sync::atomic::{AtomicIsize, AtomicUsize, Ordering};

/// The system allocator, counting live bytes and allocations.
struct Counting;

static LIVE: AtomicIsize = AtomicIsize::new(0);
static ALLOCS: AtomicUsize = AtomicUsize::new(0);

// SAFETY: every call is passed on to `System` unchanged; the counters are
// plain atomics.
unsafe impl GlobalAlloc for Counting {
    unsafe fn alloc(&self, l: Layout) -> *mut u8 {
        LIVE.fetch_add(l.size() as isize, Ordering::Relaxed);
        ALLOCS.fetch_add(1, Ordering::Relaxed);
        // SAFETY: forwarded with the caller's layout.
        unsafe { System.alloc(l) }
    }
    unsafe fn dealloc(&self, p: *mut u8, l: Layout) {
        LIVE.fetch_sub(l.size() as isize, Ordering::Relaxed);
        // SAFETY: `p` was allocated by `System` with layout `l`.
        unsafe { System.dealloc(p, l) }
    }
    unsafe fn realloc(&self, p: *mut u8, l: Layout, new: usize) -> *mut u8 {
        LIVE.fetch_add(new as isize - l.size() as isize, Ordering::Relaxed);
        ALLOCS.fetch_add(1, Ordering::Relaxed);
        // SAFETY: forwarded with the caller's pointer and layout.
        unsafe { System.realloc(p, l, new) }
    }
}

#[global_allocator]
static GLOBAL: Counting = Counting;

/// This thread's CPU time: steadier than the wall clock on a loaded machine
/// (time spent waiting for a core is not counted). Read from Linux's
/// `/proc/thread-self/schedstat`; elsewhere, the wall clock.
#[derive(Clone, Copy)]
struct Clock(f64);

impl Clock {
    fn now() -> Clock {
        static START: std::sync::OnceLock<std::time::Instant> = std::sync::OnceLock::new();
        let cpu = std::fs::read_to_string("/proc/thread-self/schedstat")
            .ok()
            .and_then(|s| s.split_whitespace().next()?.parse::<f64>().ok());
        Clock(cpu.unwrap_or_else(|| START.get_or_init(std::time::Instant::now).elapsed().as_nanos() as f64))
    }

    /// Nanoseconds since `self`.
    fn elapsed_ns(self) -> f64 {
        Clock::now().0 - self.0
    }
}

/// CPU nanoseconds per iteration of `f`, the best of five rounds of `n`.
fn per_iter(n: u32, mut f: impl FnMut()) -> f64 {
    let mut best = f64::MAX;
    for _ in 0..5 {
        let t = Clock::now();
        for _ in 0..n {
            f();
        }
        best = best.min(t.elapsed_ns() / f64::from(n));
    }
    best
}

fn create() {
    // Warm up (the first interpreter of a process may set up shared tables).
    drop(kaa::Interpreter::new());
    let ns = per_iter(200, || drop(kaa::Interpreter::new()));
    println!("create+drop interpreter        {:>9.1} µs", ns / 1000.0);
    let (interp, live0) = measured_interpreter();
    drop(interp);
    let live2 = LIVE.load(Ordering::Relaxed);
    println!("left after drop                {:>9} bytes", live2 - live0);
    let before = LIVE.load(Ordering::Relaxed);
    for _ in 0..1000 {
        drop(kaa::Interpreter::new());
    }
    let per = (LIVE.load(Ordering::Relaxed) - before) as f64 / 1000.0;
    println!("left per create/drop (1000x)   {per:>9.1} bytes");
}

fn call() {
    let mut interp = kaa::Interpreter::new();
    interp
        .exec("def f(x):\n    return x\n\ndef loop(n):\n    for i in range(n):\n        f(i)\n")
        .unwrap();
    let f: kaa::Value = interp.get_global("f").unwrap();
    let ns = per_iter(200_000, || {
        let r = f.call(&mut interp, (1,)).unwrap();
        std::hint::black_box(r);
    });
    println!("host->Python call f(1)         {ns:>9.3} ns  ({:.3} µs)", ns / 1000.0);
    let ns = per_iter(200_000, || {
        let r: i64 = interp.call_function(&f, (1,)).unwrap();
        std::hint::black_box(r);
    });
    println!("call_function(&f, (1,)) -> i64 {ns:>9.3} ns");
    let lp: kaa::Value = interp.get_global("loop").unwrap();
    let n = 1_000_000;
    let t = Clock::now();
    lp.call(&mut interp, (n,)).unwrap();
    let ns = t.elapsed_ns() / f64::from(n);
    println!("  same call inside Python      {ns:>9.3} ns");
}

/// A 3-level order: the order, its customer, the customer's address.
fn order() -> BTreeMap<&'static str, Level2> {
    let mut m = BTreeMap::new();
    m.insert("id", Level2::Int(1017));
    m.insert("total", Level2::Float(99.5));
    m.insert("status", Level2::Str("paid"));
    let mut address = BTreeMap::new();
    address.insert("city", "London");
    address.insert("street", "1 Kaa Lane");
    address.insert("zip", "N1 7AA");
    let mut customer = BTreeMap::new();
    customer.insert("name", Level3::Str("Ada"));
    customer.insert("tier", Level3::Str("gold"));
    customer.insert("address", Level3::Map(address));
    m.insert("customer", Level2::Map(customer));
    m
}

enum Level2 {
    Int(i64),
    Float(f64),
    Str(&'static str),
    Map(BTreeMap<&'static str, Level3>),
}

enum Level3 {
    Str(&'static str),
    Map(BTreeMap<&'static str, &'static str>),
}

impl kaa::IntoPy for Level2 {
    fn into_py(self, cx: &mut kaa::Context) -> Result<kaa::Value, kaa::Exception> {
        match self {
            Level2::Int(i) => cx.value(i),
            Level2::Float(f) => cx.value(f),
            Level2::Str(s) => cx.value(s),
            Level2::Map(m) => cx.value(m),
        }
    }
}

impl kaa::IntoPy for Level3 {
    fn into_py(self, cx: &mut kaa::Context) -> Result<kaa::Value, kaa::Exception> {
        match self {
            Level3::Str(s) => cx.value(s),
            Level3::Map(m) => cx.value(m),
        }
    }
}

fn dict() {
    let mut interp = kaa::Interpreter::new();
    let ns = per_iter(50_000, || {
        let v = interp.value(order()).unwrap();
        std::hint::black_box(v);
    });
    // Building the Rust maps alone, to subtract.
    let rust = per_iter(50_000, || {
        std::hint::black_box(order());
    });
    println!(
        "3-level order dict from Rust   {:>9.3} µs  (of which Rust maps {:.3} µs)",
        ns / 1000.0,
        rust / 1000.0
    );
    interp
        .exec(concat!(
            "def make():\n",
            "    return {'customer': {'address': {'city': 'London', 'street': '1 Kaa Lane', 'zip': 'N1 7AA'},\n",
            "            'name': 'Ada', 'tier': 'gold'}, 'id': 1017, 'status': 'paid', 'total': 99.5}\n",
            "def loop(n):\n",
            "    for i in range(n):\n",
            "        make()\n",
            "def read(d, n):\n",
            "    for i in range(n):\n",
            "        d['customer']['address']['city']; d['id']; d['total']; d['status']\n",
        ))
        .unwrap();
    let lp: kaa::Value = interp.get_global("loop").unwrap();
    let n = 200_000;
    let t = Clock::now();
    lp.call(&mut interp, (n,)).unwrap();
    println!(
        "  same dict built in Python    {:>9.3} µs",
        t.elapsed_ns() / f64::from(n) / 1000.0
    );
    let read: kaa::Value = interp.get_global("read").unwrap();
    let from_rust = interp.value(order()).unwrap();
    let from_py: kaa::Value = interp.eval("make()").unwrap();
    let n = 1_000_000;
    for (what, d) in [("Rust-built", &from_rust), ("Python-built", &from_py)] {
        let t = Clock::now();
        read.call(&mut interp, (d, n)).unwrap();
        let ns = t.elapsed_ns() / f64::from(n);
        println!("  read 6 keys of {what:<13} {ns:>9.1} ns");
    }
}

/// `interp.run(&program)` of a small program, again and again in one
/// interpreter (its code object is made at the first run and kept).
fn run() {
    let mut interp = kaa::Interpreter::new();
    interp.exec("total = 0").unwrap();
    let p = kaa::Program::compile("total = total + 1\nlast = (total, 'step', 2.5)", "<step>").unwrap();
    let ns = per_iter(100_000, || interp.run(&p).unwrap());
    println!("run(&program), small program   {ns:>9.1} ns");
    let ns = per_iter(100_000, || {
        interp.exec("total = total + 1\nlast = (total, 'step', 2.5)").unwrap()
    });
    println!("  exec of the same source      {ns:>9.1} ns");
}

/// `n` calls of `f(1)` and nothing else, for callgrind (`-- calls 100000`).
fn calls(n: usize) {
    let mut interp = kaa::Interpreter::new();
    interp.exec("def f(x):\n    return x").unwrap();
    let f: kaa::Value = interp.get_global("f").unwrap();
    for _ in 0..n {
        let r = f.call(&mut interp, (1,)).unwrap();
        std::hint::black_box(r);
    }
}

/// One interpreter made and kept to the end (never dropped), for heaptrack:
/// its memory is what `heaptrack_print --print-leaks` lists, by call stack
/// (docs/internals/interpreter-creation.md).
fn idle() {
    drop(kaa::Interpreter::new());
    std::mem::forget(measured_interpreter().0);
}

/// A new interpreter, after printing the bytes and allocations making it
/// took; with the live bytes before it was made.
fn measured_interpreter() -> (kaa::Interpreter, isize) {
    let (live0, allocs0) = (LIVE.load(Ordering::Relaxed), ALLOCS.load(Ordering::Relaxed));
    let interp = kaa::Interpreter::new();
    let (live1, allocs1) = (LIVE.load(Ordering::Relaxed), ALLOCS.load(Ordering::Relaxed));
    println!(
        "idle interpreter               {:>9.1} KB in {} allocations",
        (live1 - live0) as f64 / 1024.0,
        allocs1 - allocs0
    );
    (interp, live0)
}

/// Create/run/drop cycles for valgrind: each interpreter runs a line of
/// source, a precompiled program (twice, so its code object is kept) and a
/// host call, and keeps a `Handle`.
fn leak(n: usize) {
    let program = kaa::Program::compile("y = sum(x) + 1", "<leak>").unwrap();
    for _ in 0..n {
        let mut interp = kaa::Interpreter::new();
        interp.exec("x = [i for i in range(10)]").unwrap();
        interp.run(&program).unwrap();
        interp.run(&program).unwrap();
        let h: kaa::Handle = interp.eval("lambda v: v + 1").unwrap();
        h.call(&mut interp, (1,)).unwrap();
    }
}

fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let part = args.first().map_or("all", String::as_str);
    match part {
        "create" => create(),
        "call" => call(),
        "dict" => dict(),
        "run" => run(),
        "calls" => calls(args.get(1).and_then(|n| n.parse().ok()).unwrap_or(100_000)),
        "idle" => idle(),
        "leak" => leak(args.get(1).and_then(|n| n.parse().ok()).unwrap_or(10_000)),
        _ => {
            create();
            call();
            dict();
            run();
        }
    }
}
