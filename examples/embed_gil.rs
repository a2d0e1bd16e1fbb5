//! The interpreter lock's three trade-offs, measured from Rust in one table:
//!
//! 1. CPU-bound Python on N threads of **one** interpreter: no speed-up (the
//!    threads take turns on the interpreter's lock);
//! 2. N threads of one interpreter **waiting** (`time.sleep`, a queue): the
//!    waits overlap, about N× faster than one after the other;
//! 3. the CPU-bound work in **N interpreters** on N Rust threads: close to N×
//!    on N free cores (each interpreter has its own lock).
//!
//! ```console
//! $ cargo run --release --example embed_gil          # N = 2
//! $ cargo run --release --example embed_gil -- 4     # N = 4
//! ```
//!
//! `tests/embed_examples.rs` runs `run()` with small sizes (no timings).

use std::time::{Duration, Instant};

/// The Python side: CPU-bound work, and a waiting task; each can run on 1
/// thread or be split over `n` threads (Python threads of this interpreter).
const SCRIPT: &str = "\
import threading, time, queue

def work(n):
    total = 0
    for i in range(n):
        total += i * i % 7
    return total

def on_threads(n, target, args):
    results = [None] * n
    def run(i):
        results[i] = target(*args)
    threads = [threading.Thread(target=run, args=(i,)) for i in range(n)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    return results

def wait_task(secs):
    time.sleep(secs)
    try:
        queue.Queue().get(timeout=secs)
    except queue.Empty:
        pass
    return 1
";

/// The three measurements, each as (one-at-a-time, parallel) wall times and
/// the checked results.
pub struct Table {
    pub n: usize,
    pub cpu_threads: (Duration, Duration),
    pub io_threads: (Duration, Duration),
    pub interpreters: (Duration, Duration),
}

fn timed<T>(f: impl FnOnce() -> Result<T, kaa::Error>) -> Result<(T, Duration), kaa::Error> {
    let t = Instant::now();
    let r = f()?;
    Ok((r, t.elapsed()))
}

/// Measure with `n` threads, `work` loop iterations per job and `wait`
/// seconds per wait.
pub fn measure(n: usize, work: u64, wait: f64) -> Result<Table, kaa::Error> {
    let mut interp = kaa::Interpreter::new();
    interp.exec(SCRIPT)?;

    // 1. CPU-bound: n jobs on 1 thread, then on n Python threads.
    let (serial, t1) = timed(|| interp.eval::<Vec<i64>>(&format!("[work({work}) for _ in range({n})]")))?;
    let (threaded, t2) = timed(|| interp.eval::<Vec<i64>>(&format!("on_threads({n}, work, ({work},))")))?;
    assert_eq!(serial, threaded);

    // 2. Waiting: n waits one after the other, then on n Python threads.
    let (_, t3) = timed(|| interp.eval::<Vec<i64>>(&format!("[wait_task({wait}) for _ in range({n})]")))?;
    let (_, t4) = timed(|| interp.eval::<Vec<i64>>(&format!("on_threads({n}, wait_task, ({wait},))")))?;

    // 3. CPU-bound in n interpreters on n Rust threads (made here, moved there).
    let mut interps = Vec::new();
    for _ in 0..n {
        let mut i = kaa::Interpreter::new();
        i.exec(SCRIPT)?;
        interps.push(i);
    }
    let (parallel, t5) = timed(|| {
        let handles: Vec<_> = interps
            .into_iter()
            .map(|mut i| std::thread::spawn(move || i.eval::<i64>(&format!("work({work})"))))
            .collect();
        handles
            .into_iter()
            .map(|h| h.join().expect("a worker thread panicked"))
            .collect::<Result<Vec<i64>, kaa::Error>>()
    })?;
    assert_eq!(serial, parallel);
    Ok(Table {
        n,
        cpu_threads: (t1, t2),
        io_threads: (t3, t4),
        interpreters: (t1, t5),
    })
}

impl Table {
    /// The table, with speed-ups (one-at-a-time time / parallel time).
    pub fn render(&self) -> String {
        let n = self.n;
        let row = |name: &str, (a, b): (Duration, Duration), expect: &str| {
            format!(
                "{name:<34} {:>8.3} s {:>8.3} s {:>7.2}x   {expect}\n",
                a.as_secs_f64(),
                b.as_secs_f64(),
                a.as_secs_f64() / b.as_secs_f64()
            )
        };
        let mut s = format!(
            "{:<34} {:>10} {:>10} {:>8}   {}\n",
            format!("N = {n}"),
            "1 by 1",
            "parallel",
            "speed-up",
            "expected"
        );
        s += &row(
            "CPU-bound, N threads, 1 interp",
            self.cpu_threads,
            "about 1x (one lock)",
        );
        s += &row(
            "waiting, N threads, 1 interp",
            self.io_threads,
            "about Nx (waits overlap)",
        );
        s += &row(
            "CPU-bound, N interpreters",
            self.interpreters,
            "about Nx on N free cores",
        );
        s
    }
}

/// The checkable part for `tests/embed_examples.rs`: the three runs agree.
pub fn run() -> Result<String, kaa::Error> {
    let t = measure(2, 2_000, 0.01)?;
    Ok(format!("measured {} rows for N = {}\n", 3, t.n))
}

fn main() {
    let n = std::env::args().nth(1).and_then(|a| a.parse().ok()).unwrap_or(2);
    match measure(n, 3_000_000, 0.2) {
        Ok(t) => print!("{}", t.render()),
        Err(e) => {
            eprintln!("{e}");
            std::process::exit(1);
        }
    }
}
