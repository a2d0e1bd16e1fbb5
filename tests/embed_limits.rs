//! Limits and the sandbox (issue 4): every limit stops an adversarial script
//! within its bound, a script cannot catch its way past one, and the interpreter
//! stays usable afterwards. No test asserts on speed beyond generous bounds.

use std::time::{Duration, Instant};

use kaa::{Interpreter, Limit};

/// The interpreter still works after a limit stopped a script.
fn still_usable(i: &mut Interpreter) {
    i.exec("ok = sum(range(10))")
        .expect("the interpreter is usable after a limit");
    assert_eq!(i.eval::<i64>("ok").unwrap(), 45);
}

/// A script that swallows every exception around `work`, forever.
fn catching(work: &str) -> String {
    format!("while True:\n    try:\n        {work}\n    except BaseException:\n        pass\n")
}

#[test]
fn fuel_stops_an_infinite_loop() {
    let mut i = Interpreter::builder().fuel(10_000).build();
    let e = i.exec("while True: pass").unwrap_err();
    assert_eq!(e.type_name, "FuelExhausted");
    assert_eq!(e.limit(), Some(Limit::Fuel));
    assert_eq!(i.last_limit(), Some(Limit::Fuel));
    assert!(e.traceback.contains("FuelExhausted"), "{}", e.traceback);
    still_usable(&mut i);
    assert_eq!(i.last_limit(), None);
}

#[test]
fn fuel_is_exact_and_counts_calls() {
    let mut i = Interpreter::builder().fuel(1_000).build();
    // 900 iterations: 900 backward jumps plus the module frame.
    i.exec("for _ in range(900): pass").unwrap();
    assert!(i.exec("for _ in range(1000): pass").is_err());
    // Recursion without loops is counted at calls.
    let e = i
        .exec("def f(n):\n    return 0 if n == 0 else f(n - 1)\nfor _ in range(100): f(50)")
        .unwrap_err();
    assert_eq!(e.limit(), Some(Limit::Fuel));
    // A raised budget is used from the next run on.
    i.set_fuel(Some(1_000_000));
    i.exec("for _ in range(100): f(50)").unwrap();
    assert!(i.fuel_used() >= 100 * 51);
}

#[test]
fn fuel_cannot_be_caught_away() {
    let mut i = Interpreter::builder().fuel(5_000).build();
    let e = i.exec(&catching("x = 1")).unwrap_err();
    assert_eq!(e.limit(), Some(Limit::Fuel));
    // Catching the limit in a loop of calls, too.
    let src = "def g():\n    pass\nwhile True:\n    try:\n        g()\n    except BaseException:\n        g()\n";
    assert_eq!(i.exec(src).unwrap_err().limit(), Some(Limit::Fuel));
    // Swallowed and returned from without another tick: still an error.
    let src = "try:\n    while True: pass\nexcept BaseException:\n    pass\n";
    assert_eq!(i.exec(src).unwrap_err().limit(), Some(Limit::Fuel));
    // `except Exception` does not even see it.
    let src = "try:\n    while True: pass\nexcept Exception:\n    print('no')\n";
    assert_eq!(i.exec(src).unwrap_err().type_name, "FuelExhausted");
    still_usable(&mut i);
}

#[test]
fn deadline_stops_an_infinite_loop() {
    let mut i = Interpreter::builder().deadline(Duration::from_millis(50)).build();
    let t = Instant::now();
    let e = i.exec("while True: pass").unwrap_err();
    assert!(t.elapsed() < Duration::from_secs(5), "took {:?}", t.elapsed());
    assert_eq!(e.type_name, "DeadlineExceeded");
    assert_eq!(e.limit(), Some(Limit::Deadline));
    // Each run gets its own time.
    still_usable(&mut i);
    let t = Instant::now();
    let e = i.exec(&catching("while True: pass")).unwrap_err();
    assert!(t.elapsed() < Duration::from_secs(5));
    assert_eq!(e.limit(), Some(Limit::Deadline));
    still_usable(&mut i);
}

#[test]
fn deadline_stops_sleep_and_recursion_loops() {
    let mut i = Interpreter::builder().deadline(Duration::from_millis(50)).build();
    let t = Instant::now();
    let e = i.exec("import time\ntime.sleep(3600)").unwrap_err();
    assert!(t.elapsed() < Duration::from_secs(5));
    assert_eq!(e.limit(), Some(Limit::Deadline));
    // Deep recursion caught and restarted forever: only the deadline stops it.
    let src = "def f(n):\n    return f(n + 1)\nwhile True:\n    try:\n        f(0)\n    except RecursionError:\n        pass\n";
    let t = Instant::now();
    let e = i.exec(src).unwrap_err();
    assert!(t.elapsed() < Duration::from_secs(5));
    assert_eq!(e.limit(), Some(Limit::Deadline));
    still_usable(&mut i);
}

#[test]
fn interrupt_from_another_thread() {
    let mut i = Interpreter::new();
    let h = i.interrupt_handle();
    let t = Instant::now();
    let th = std::thread::spawn(move || {
        std::thread::sleep(Duration::from_millis(50));
        h.interrupt();
    });
    let e = i.exec(&catching("while True: pass")).unwrap_err();
    th.join().unwrap();
    assert!(t.elapsed() < Duration::from_secs(5));
    assert_eq!(e.type_name, "KeyboardInterrupt");
    assert_eq!(e.limit(), Some(Limit::Interrupt));
    // The request was consumed: the next run is not interrupted.
    still_usable(&mut i);
}

#[test]
fn interrupt_stops_a_sleep() {
    let mut i = Interpreter::new();
    let h = i.interrupt_handle();
    let th = std::thread::spawn(move || {
        std::thread::sleep(Duration::from_millis(50));
        h.interrupt();
    });
    let t = Instant::now();
    let e = i
        .exec(
            "import time\nwhile True:\n    try:\n        time.sleep(10)\n    except KeyboardInterrupt:\n        pass\n",
        )
        .unwrap_err();
    th.join().unwrap();
    assert!(t.elapsed() < Duration::from_secs(5));
    assert_eq!(e.limit(), Some(Limit::Interrupt));
    still_usable(&mut i);
}

#[test]
fn interrupt_handle_is_send_sync_clone() {
    fn check<T: Send + Sync + Clone + 'static>() {}
    check::<kaa::InterruptHandle>();
}

#[test]
fn memory_cap_stops_doubling_strings() {
    let mut i = Interpreter::builder().memory_limit(64 << 20).build();
    let e = i.exec("s = 'x'\nwhile True:\n    s = s + s").unwrap_err();
    assert_eq!(e.type_name, "MemoryError");
    assert_eq!(e.limit(), Some(Limit::Memory));
    i.exec("del s").unwrap();
    still_usable(&mut i);
}

#[test]
fn memory_cap_stops_growing_structures() {
    let mut i = Interpreter::builder().memory_limit(64 << 20).build();
    // Many medium lists kept alive.
    let e = i
        .exec("keep = []\nwhile True:\n    keep.append([0] * 100_000)")
        .unwrap_err();
    assert_eq!(e.limit(), Some(Limit::Memory), "{e}");
    i.exec("del keep").unwrap();
    // A doubling DAG of lists.
    let e = i
        .exec("x = []\nwhile True:\n    x = [x, x, list(range(1000))]")
        .unwrap_err();
    assert_eq!(e.limit(), Some(Limit::Memory), "{e}");
    i.exec("del x").unwrap();
    // Doubling lists, with every exception swallowed.
    let e = i
        .exec("l = [0]\nwhile True:\n    try:\n        l = l + l\n    except BaseException:\n        pass\n")
        .unwrap_err();
    assert_eq!(e.limit(), Some(Limit::Memory), "{e}");
    i.exec("del l").unwrap();
    still_usable(&mut i);
}

#[test]
fn huge_single_allocations_are_refused_first() {
    let mut i = Interpreter::builder().memory_limit(64 << 20).build();
    for src in [
        "'x' * 10**12",
        "[0] * 10**10",
        "b'ab' * 10**11",
        "(1, 2) * 10**10",
        "'x' * 10**8",
    ] {
        let e = i.exec(src).unwrap_err();
        assert_eq!(e.type_name, "MemoryError", "{src}");
        assert_eq!(e.limit(), Some(Limit::Memory), "{src}");
    }
    still_usable(&mut i);
    // Without a cap, sizes no machine holds are still a MemoryError, not an abort.
    let mut i = Interpreter::new();
    assert_eq!(i.exec("'x' * 10**12").unwrap_err().type_name, "MemoryError");
    assert_eq!(i.exec("[0] * 10**18").unwrap_err().type_name, "MemoryError");
}

#[test]
fn memory_cap_allows_garbage_cycles() {
    // Cycles that die are collected before the cap is declared exceeded.
    let mut i = Interpreter::builder().memory_limit(32 << 20).build();
    i.exec("for _ in range(200_000):\n    a = []\n    a.append(a)\n")
        .unwrap();
}

#[test]
fn recursion_limit() {
    let mut i = Interpreter::builder().recursion_limit(100).build();
    let e = i.exec("def f(n): return f(n + 1)\nf(0)").unwrap_err();
    assert_eq!(e.type_name, "RecursionError");
    i.exec("def g(n): return 0 if n == 0 else g(n - 1)\nr = g(90)").unwrap();
    still_usable(&mut i);
}

#[test]
fn sandbox_by_default() {
    let dir = std::env::temp_dir().join(format!("kaa-sandbox-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    std::fs::write(dir.join("secret_mod.py"), "VALUE = 42\n").unwrap();
    let path = dir.to_string_lossy().replace('\\', "\\\\");
    let src = format!("import sys\nsys.path.insert(0, '{path}')\nimport secret_mod\nv = secret_mod.VALUE");

    let mut i = Interpreter::new();
    let e = i.exec(&src).unwrap_err();
    assert_eq!(e.type_name, "ModuleNotFoundError");
    assert_eq!(i.eval::<String>("sys.executable").unwrap(), "");
    // sys.exit is an error the host sees, and the process goes on.
    let e = i.exec("import sys\nsys.exit(3)").unwrap_err();
    assert_eq!(e.type_name, "SystemExit");
    still_usable(&mut i);

    let mut i = Interpreter::builder().allow_filesystem(true).build();
    i.exec(&src).unwrap();
    assert_eq!(i.eval::<i64>("v").unwrap(), 42);
    let _ = std::fs::remove_dir_all(&dir);
}

#[test]
fn no_limits_by_default() {
    let mut i = Interpreter::new();
    i.exec("n = 0\nfor _ in range(300_000): n += 1").unwrap();
    assert_eq!(i.eval::<i64>("n").unwrap(), 300_000);
    assert_eq!(i.last_limit(), None);
}

#[test]
fn limits_apply_to_calls_from_the_host() {
    let mut i = Interpreter::builder().fuel(10_000).build();
    i.exec("def spin():\n    while True: pass\ndef ok():\n    return 7")
        .unwrap();
    let e = i.eval::<i64>("spin()").unwrap_err();
    assert_eq!(e.limit(), Some(Limit::Fuel));
    assert_eq!(i.eval::<i64>("ok()").unwrap(), 7);
}

#[allow(dead_code)]
#[path = "../examples/embed_limits.rs"]
mod embed_limits_example;

#[test]
fn the_example_runs() {
    let out = embed_limits_example::run().unwrap_or_else(|e| panic!("{e}"));
    let expect = [
        ("fuel, a short loop: finished", ""),
        ("fuel, an endless loop: stopped", "(Fuel limit)"),
        ("fuel, a loop that swallows everything: stopped", "(Fuel limit)"),
        ("fuel, raised budget: finished", ""),
        ("memory, a single huge string: stopped", "(Memory limit)"),
        ("memory, doubling a list: stopped", "(Memory limit)"),
        ("memory, many lists kept: stopped", "(Memory limit)"),
        ("memory, after freeing: finished", ""),
        ("deadline, an endless loop: stopped", "(Deadline limit)"),
        ("deadline, a long sleep: stopped", "(Deadline limit)"),
        ("interrupt from another thread: stopped", "(Interrupt limit)"),
        ("recursion: stopped", "RecursionError"),
        ("sandbox, import from disk: stopped", "ModuleNotFoundError"),
        ("sandbox, sys.exit: stopped", "SystemExit"),
    ];
    for (start, has) in expect {
        let line = out
            .lines()
            .find(|l| l.starts_with(start))
            .unwrap_or_else(|| panic!("no line {start:?} in\n{out}"));
        assert!(line.contains(has), "{line}");
    }
    assert!(out.contains("sys.executable = \"\""), "{out}");
}

#[test]
fn native_loops_over_endless_iterators_are_stopped() {
    // `iter(int, 1)` never ends, and no Python code runs while `list()` drains it.
    let mut i = Interpreter::builder().deadline(Duration::from_millis(50)).build();
    let t = Instant::now();
    let e = i.exec("list(iter(int, 1))").unwrap_err();
    assert!(t.elapsed() < Duration::from_secs(5));
    assert_eq!(e.limit(), Some(Limit::Deadline));
    let mut i = Interpreter::builder().memory_limit(32 << 20).build();
    let e = i.exec("l = []\nl.extend(iter(int, 1))").unwrap_err();
    assert_eq!(e.limit(), Some(Limit::Memory), "{e}");
    let e = i.exec("t = tuple(iter(int, 1))").unwrap_err();
    assert_eq!(e.limit(), Some(Limit::Memory), "{e}");
    let mut i = Interpreter::builder().fuel(1_000).build();
    assert_eq!(i.exec("list(iter(int, 1))").unwrap_err().limit(), Some(Limit::Fuel));
}

#[test]
fn huge_ints_are_refused_under_a_cap() {
    let mut i = Interpreter::builder().memory_limit(32 << 20).build();
    for src in ["x = 10 ** 10**9", "x = 1 << 10**10", "x = 7 ** 300_000_000"] {
        let t = Instant::now();
        let e = i.exec(src).unwrap_err();
        assert!(t.elapsed() < Duration::from_secs(5), "{src}");
        assert_eq!(e.limit(), Some(Limit::Memory), "{src}: {e}");
    }
    still_usable(&mut i);
}

#[test]
fn limit_exceptions_are_base_exceptions() {
    let mut i = Interpreter::new();
    i.exec("import kaa\nassert not issubclass(kaa.FuelExhausted, Exception)\nassert issubclass(kaa.DeadlineExceeded, kaa.LimitExceeded)\nassert issubclass(kaa.LimitExceeded, BaseException)").unwrap();
}

// ----- issue 16: limits reach native loops, the output limit -----

#[test]
fn native_loops_over_ranges_use_fuel() {
    // `sum`, `max`, `min`, `any`, `all` and `in` loop in Rust: they tick every
    // few thousand items, so a small budget stops them long before the end.
    for src in [
        "sum(range(10**12))",
        "max(range(10**12))",
        "min(range(10**12, 0, -1))",
        "any(iter(int, 1))",
        "all(iter(object, 1))",
        "1 in iter(int, 1)",
        "sorted(iter(int, 1))",
        "''.join(iter(str, 'x'))",
        "dict.fromkeys(iter(int, 1))",
    ] {
        let mut i = Interpreter::builder().fuel(200).build();
        let e = i.exec(src).unwrap_err();
        assert_eq!(e.limit(), Some(Limit::Fuel), "{src}: {e}");
        still_usable(&mut i);
    }
}

#[test]
fn native_loops_see_the_deadline_and_the_interrupt() {
    let mut i = Interpreter::builder().deadline(Duration::from_millis(200)).build();
    for src in [
        "sum(range(10**12))",
        "max(range(10**12))",
        "any(iter(int, 1))",
        "1 in iter(int, 1)",
    ] {
        let e = i.exec(src).unwrap_err();
        assert_eq!(e.limit(), Some(Limit::Deadline), "{src}: {e}");
    }
    let mut i = Interpreter::new();
    let h = i.interrupt_handle();
    std::thread::spawn(move || {
        std::thread::sleep(Duration::from_millis(100));
        h.interrupt();
    });
    let e = i.exec("any(iter(int, 1))").unwrap_err();
    assert_eq!(e.limit(), Some(Limit::Interrupt), "{e}");
}

#[test]
fn slow_iterations_are_stopped_by_the_clock_not_a_count() {
    // Each iteration copies a 2,000,000-item list in one native call that
    // neither ticks nor charges its work (tens of milliseconds in a debug
    // build): with the clock read every 1024 iterations, the deadline and
    // the interrupt were seconds late; the slices are now sized by the
    // clock (`limits.rs`, `Limits::adapt`).
    let src = "l = [0] * (2 * 10**6)\nwhile True:\n    y = l[:]";
    let mut i = Interpreter::builder().deadline(Duration::from_millis(200)).build();
    let t = Instant::now();
    let e = i.exec(src).unwrap_err();
    assert_eq!(e.limit(), Some(Limit::Deadline), "{e}");
    assert!(
        t.elapsed() < Duration::from_secs(3),
        "deadline seen after {:?}",
        t.elapsed()
    );
    let mut i = Interpreter::new();
    let h = i.interrupt_handle();
    let t = Instant::now();
    std::thread::spawn(move || {
        std::thread::sleep(Duration::from_millis(200));
        h.interrupt();
    });
    let e = i.exec(src).unwrap_err();
    assert_eq!(e.limit(), Some(Limit::Interrupt), "{e}");
    assert!(
        t.elapsed() < Duration::from_secs(3),
        "interrupt seen after {:?}",
        t.elapsed()
    );
}

#[test]
fn materialising_a_known_length_checks_the_cap_first() {
    let mut i = Interpreter::builder().memory_limit(64 << 20).build();
    for src in [
        "set(range(10**12))",
        "frozenset(range(10**12))",
        "list(range(10**12))",
        "tuple(range(10**12))",
        "dict.fromkeys(range(10**10))",
        "import itertools\nlist(itertools.repeat(0, 10**12))",
        "(10**100).to_bytes(10**12, 'big')",
        "'{:>100000000000}'.format('a')",
        "'%100000000000d' % 1",
        "10 ** 10**13",
    ] {
        let e = i.exec(src).unwrap_err();
        assert_eq!(e.limit(), Some(Limit::Memory), "{src}: {e}");
    }
    // Growth the heap does not count (a set's table) is seen as it happens.
    let e = i
        .exec("import itertools\ns = set(map(lambda i: 'x' * 1000 + str(i), itertools.count()))")
        .unwrap_err();
    assert_eq!(e.limit(), Some(Limit::Memory), "{e}");
    i.exec("del itertools").unwrap();
    still_usable(&mut i);
}

#[test]
fn big_int_powers_are_charged_and_stop() {
    // `7 ** 10**8` (35 MB, minutes of work) squares step by step, charging
    // fuel for each multiplication and looking at the deadline in between.
    let mut i = Interpreter::builder().fuel(1_000_000).build();
    let e = i.exec("x = 7 ** 10**8").unwrap_err();
    assert_eq!(e.limit(), Some(Limit::Fuel), "{e}");
    let mut i = Interpreter::builder().deadline(Duration::from_millis(300)).build();
    let e = i.exec("x = 7 ** 10**8").unwrap_err();
    assert_eq!(e.limit(), Some(Limit::Deadline), "{e}");
    // Results below the threshold are exact, as before.
    let mut i = Interpreter::builder().fuel(1_000_000).build();
    i.exec("x = 3 ** 100_000\nassert x % 10**10 == pow(3, 100_000, 10**10)")
        .unwrap();
}

#[test]
fn output_limit_stops_a_flood() {
    let mut i = Interpreter::builder().output_limit(1000).build();
    i.capture_output();
    let e = i.exec("while True:\n    print('spam')").unwrap_err();
    assert_eq!(e.type_name, "OutputLimitExceeded");
    assert_eq!(e.limit(), Some(Limit::Output));
    assert_eq!(i.last_limit(), Some(Limit::Output));
    let out = i.take_output();
    assert!(out.len() <= 1000 && out.len() >= 900, "{}", out.len());
    // One write past the limit is refused whole.
    let e = i.exec("print('x' * 2000)").unwrap_err();
    assert_eq!(e.limit(), Some(Limit::Output));
    assert_eq!(i.take_output(), "");
    // Caught, it stays tripped; the next run has a fresh budget.
    let src = "while True:\n    try:\n        print('x' * 100)\n    except BaseException:\n        pass\n";
    assert_eq!(i.exec(src).unwrap_err().limit(), Some(Limit::Output));
    i.take_output();
    i.exec("print('fits')").unwrap();
    assert_eq!(i.take_output(), "fits\n");
    i.exec("import kaa\nassert issubclass(kaa.OutputLimitExceeded, kaa.LimitExceeded)")
        .unwrap();
}

#[test]
fn output_limit_counts_stderr_and_sys_stdout() {
    let mut i = Interpreter::new();
    i.capture_output();
    i.set_stderr(std::io::sink());
    i.set_output_limit(Some(4096));
    let e = i
        .exec("import sys\nwhile True:\n    sys.stderr.write('e' * 100)")
        .unwrap_err();
    assert_eq!(e.limit(), Some(Limit::Output), "{e}");
    let e = i
        .exec("import sys\nwhile True:\n    sys.stdout.write('o' * 100)")
        .unwrap_err();
    assert_eq!(e.limit(), Some(Limit::Output), "{e}");
    i.set_output_limit(None);
    i.exec("print('x' * 10000)").unwrap();
}

#[test]
fn long_float_precisions_format() {
    let mut i = Interpreter::new();
    assert_eq!(i.eval::<i64>("len(format(1.5, '.65536f'))").unwrap(), 65538);
    assert_eq!(i.eval::<String>("format(0.1, '.70000f')[-3:]").unwrap(), "000");
    assert_eq!(i.eval::<i64>("len('%.70000e' % 2.5)").unwrap(), 70006);
}
