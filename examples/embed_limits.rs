//! Limits for untrusted scripts: fuel, memory, a deadline, an interrupt from
//! another thread, and the sandbox. Run with `cargo run --example embed_limits`;
//! `tests/embed_limits.rs` runs it too. (Each line shows how long the run took:
//! the times vary, the outcomes do not.)

use std::time::{Duration, Instant};

use kaa::{Interpreter, Limit};

/// Run `source`, report what stopped it and how long it took.
fn exec(out: &mut String, interp: &mut Interpreter, what: &str, source: &str) {
    let t = Instant::now();
    let r = interp.exec(source);
    let took = t.elapsed();
    match r {
        Ok(()) => out.push_str(&format!("{what}: finished in {took:.1?}\n")),
        Err(e) => {
            let limit = e.limit().map_or("no limit".to_string(), |l| format!("{l:?} limit"));
            out.push_str(&format!(
                "{what}: stopped after {took:.1?} by {} ({limit}): {}\n",
                e.type_name, e.message
            ));
        }
    }
}

fn main() {
    match run() {
        Ok(report) => print!("{report}"),
        Err(e) => eprintln!("{e}"),
    }
}

/// Everything the example does, as the text it prints.
pub fn run() -> Result<String, kaa::Error> {
    let mut out = String::new();
    let o = &mut out;
    // Fuel: one unit per loop iteration or call, per run.
    let mut interp = Interpreter::builder().fuel(100_000).build();
    exec(
        o,
        &mut interp,
        "fuel, a short loop",
        "total = sum(i * i for i in range(1000))",
    );
    o.push_str(&format!("  fuel used: {}\n", interp.fuel_used()));
    exec(o, &mut interp, "fuel, an endless loop", "while True: pass");
    // Catching BaseException does not help: the limit is raised again at the
    // next iteration, and the host still gets the error.
    exec(
        o,
        &mut interp,
        "fuel, a loop that swallows everything",
        "while True:\n    try:\n        while True: pass\n    except BaseException:\n        pass",
    );
    // The interpreter is still usable; a run can get a bigger budget.
    interp.set_fuel(Some(10_000_000));
    exec(o, &mut interp, "fuel, raised budget", "x = [i for i in range(100_000)]");

    // Memory: live bytes of objects (including str text and list buffers).
    let mut interp = Interpreter::builder().memory_limit(64 << 20).build();
    exec(o, &mut interp, "memory, a single huge string", "s = 'x' * 10**12");
    exec(
        o,
        &mut interp,
        "memory, doubling a list",
        "l = [0]\nwhile True: l = l + l",
    );
    exec(
        o,
        &mut interp,
        "memory, many lists kept",
        "keep = []\nwhile True: keep.append([0] * 10_000)",
    );
    interp.exec("keep = None")?;
    exec(o, &mut interp, "memory, after freeing", "small = list(range(1000))");

    // Deadline: wall-clock time per run, also while sleeping.
    let mut interp = Interpreter::builder().deadline(Duration::from_millis(100)).build();
    exec(o, &mut interp, "deadline, an endless loop", "while True: pass");
    exec(
        o,
        &mut interp,
        "deadline, a long sleep",
        "import time\ntime.sleep(3600)",
    );

    // Interrupt: another thread stops the script.
    let mut interp = Interpreter::new();
    let handle = interp.interrupt_handle();
    let stopper = std::thread::spawn(move || {
        std::thread::sleep(Duration::from_millis(100));
        handle.interrupt();
    });
    exec(
        o,
        &mut interp,
        "interrupt from another thread",
        "n = 0\nwhile True: n += 1",
    );
    stopper.join().unwrap();
    assert_eq!(interp.last_limit(), Some(Limit::Interrupt));
    o.push_str(&format!("  the script counted to {}\n", interp.eval::<i64>("n")?));

    // Recursion.
    let mut interp = Interpreter::builder().recursion_limit(100).build();
    exec(o, &mut interp, "recursion", "def f(n): return f(n + 1)\nf(0)");

    // The sandbox: no files, no environment; sys.exit is an error for the host.
    let mut interp = Interpreter::new();
    exec(
        o,
        &mut interp,
        "sandbox, import from disk",
        "import sys\nsys.path.append('.')\nimport build_helpers",
    );
    exec(o, &mut interp, "sandbox, sys.exit", "import sys\nsys.exit(3)");
    let exe = interp.eval::<String>("sys.executable")?;
    o.push_str(&format!("  sys.executable = {exe:?}\n"));
    Ok(out)
}
