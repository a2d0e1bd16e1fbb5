//! How late a deadline or an interrupt stops a script: runs each Python file
//! given on the command line in an embedded interpreter (64 MiB memory cap)
//! under a 200 ms deadline, then again with an interrupt from another thread
//! after 200 ms, and prints how long after the 200 ms each run ended. The
//! figures of docs/embedding-limits.md ("What limits cost") come from a
//! release build: `cargo run --release --example deadline_overshoot -- a.py b.py`.

use std::time::{Duration, Instant};

use kaa::Interpreter;

const AFTER: Duration = Duration::from_millis(200);

/// Run `source` once and report how it ended and how late.
fn run(name: &str, source: &str, interrupt: bool) {
    let mut interp = Interpreter::builder().memory_limit(64 << 20).build();
    if !interrupt {
        interp.set_deadline(Some(AFTER));
    }
    let handle = interp.interrupt_handle();
    let start = Instant::now();
    let waker = interrupt.then(|| {
        std::thread::spawn(move || {
            std::thread::sleep(AFTER);
            handle.interrupt();
        })
    });
    let r = interp.exec(source);
    let took = start.elapsed();
    if let Some(w) = waker {
        let _ = w.join();
    }
    let how = match r {
        Ok(()) => "finished".to_string(),
        Err(e) => e.limit().map_or(e.type_name.clone(), |l| format!("{l:?}")),
    };
    let late = took.saturating_sub(AFTER);
    let what = if interrupt { "interrupt" } else { "deadline" };
    println!(
        "{name}: {what}: {how} after {:.1} ms (late {:.1} ms)",
        took.as_secs_f64() * 1e3,
        late.as_secs_f64() * 1e3
    );
}

fn main() {
    for path in std::env::args().skip(1) {
        let source = match std::fs::read_to_string(&path) {
            Ok(s) => s,
            Err(e) => {
                eprintln!("{path}: {e}");
                continue;
            }
        };
        run(&path, &source, false);
        run(&path, &source, true);
    }
}
