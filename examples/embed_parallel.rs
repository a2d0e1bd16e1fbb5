//! Many interpreters in parallel: each `kaa::Interpreter` has its own lock and
//! shares nothing, and it is `Send`, so a host can make one per thread (or
//! make them here and move them there) and run CPU-bound Python on every core.
//!
//! ```console
//! $ cargo run --release --example embed_parallel        # N = number of cores
//! $ cargo run --release --example embed_parallel -- 4   # N = 4
//! ```
//!
//! It runs the same CPU-bound script N times on one thread, then on N
//! interpreters on N threads, and prints both times and the speed-up.
//! `tests/embed_examples.rs` runs `run()` (small sizes, no timings).

use std::time::{Duration, Instant};

/// The work: pure Python, no I/O, no sharing.
const SCRIPT: &str = "\
def work(n, seed):
    total = 0
    x = seed
    for i in range(n):
        x = (x * 1103515245 + 12345) % 2147483648
        total += x % 1000
    return total
";

/// One interpreter, made on this thread, doing job `seed`.
fn job(interp: &mut kaa::Interpreter, n: u64, seed: u64) -> Result<i64, kaa::Error> {
    let v: kaa::Value = interp.call_function("work", (n, seed))?;
    interp.convert(&v)
}

/// `jobs` jobs one after another on one interpreter.
pub fn serial(jobs: u64, n: u64) -> Result<(Vec<i64>, Duration), kaa::Error> {
    let start = Instant::now();
    let mut interp = kaa::Interpreter::new();
    interp.exec(SCRIPT)?;
    let mut out = Vec::new();
    for seed in 0..jobs {
        out.push(job(&mut interp, n, seed)?);
    }
    Ok((out, start.elapsed()))
}

/// `jobs` interpreters, made here and moved to one thread each.
pub fn parallel(jobs: u64, n: u64) -> Result<(Vec<i64>, Duration), kaa::Error> {
    let start = Instant::now();
    let mut interps = Vec::new();
    for _ in 0..jobs {
        let mut interp = kaa::Interpreter::new();
        interp.exec(SCRIPT)?;
        interps.push(interp);
    }
    let handles: Vec<_> = interps
        .into_iter()
        .zip(0..jobs)
        .map(|(mut interp, seed)| std::thread::spawn(move || job(&mut interp, n, seed)))
        .collect();
    let mut out = Vec::new();
    for h in handles {
        out.push(h.join().expect("a worker thread panicked")?);
    }
    Ok((out, start.elapsed()))
}

/// The example's checkable part: both ways give the same answers.
pub fn run() -> Result<String, kaa::Error> {
    let (a, _) = serial(3, 2_000)?;
    let (b, _) = parallel(3, 2_000)?;
    Ok(format!("serial:   {a:?}\nparallel: {b:?}\nsame: {}\n", a == b))
}

fn main() {
    let jobs: u64 = std::env::args()
        .nth(1)
        .and_then(|a| a.parse().ok())
        .unwrap_or_else(|| std::thread::available_parallelism().map_or(2, |n| n.get() as u64));
    let n = 3_000_000;
    let result = serial(jobs, n).and_then(|s| parallel(jobs, n).map(|p| (s, p)));
    match result {
        Ok(((a, ts), (b, tp))) => {
            assert_eq!(a, b);
            println!("{jobs} jobs of work({n}):");
            println!("  1 interpreter, 1 thread:       {:>7.2} s", ts.as_secs_f64());
            println!("  {jobs} interpreters, {jobs} threads:    {:>7.2} s", tp.as_secs_f64());
            println!(
                "  speed-up: {:.2}x on {} cores",
                ts.as_secs_f64() / tp.as_secs_f64(),
                std::thread::available_parallelism().map_or(1, |n| n.get())
            );
        }
        Err(e) => {
            eprintln!("{e}");
            std::process::exit(1);
        }
    }
}
