//! The embedding API and threads: interpreters moved between threads, Python
//! threads running between the host's calls, `Value`s kept and dropped while
//! they do, and blocking host functions releasing the interpreter lock. No
//! test measures time: overlap is shown with barriers, which only open when
//! every thread is inside at once.

use std::sync::{Arc, Barrier};

#[test]
fn blocking_host_functions_release_the_lock() {
    // Three Python threads must all be inside `meet` at once for the barrier
    // to open: possible only if the interpreter lock is released inside it.
    let barrier = Arc::new(Barrier::new(3));
    let mut interp = kaa::Interpreter::new();
    let b = barrier.clone();
    interp
        .register_fn(
            "meet",
            kaa::Blocking(move |i: i64| {
                b.wait();
                i * 10
            }),
        )
        .unwrap();
    interp
        .exec(
            "import threading\n\
             out = []\n\
             ts = [threading.Thread(target=lambda i=i: out.append(meet(i))) for i in range(3)]\n\
             for t in ts: t.start()\n\
             for t in ts: t.join()\n\
             out.sort()",
        )
        .unwrap();
    assert_eq!(interp.eval::<Vec<i64>>("out").unwrap(), [0, 10, 20]);
}

#[test]
fn python_threads_run_between_host_calls() {
    let mut interp = kaa::Interpreter::new();
    let barrier = Arc::new(Barrier::new(2));
    let b = barrier.clone();
    interp
        .register_fn(
            "rendezvous",
            kaa::Blocking(move || {
                b.wait();
            }),
        )
        .unwrap();
    interp
        .exec(
            "import threading\n\
             done = threading.Event()\n\
             box = []\n\
             def bg():\n\
             \x20   rendezvous()\n\
             \x20   box.append(sum(range(1000)))\n\
             \x20   done.set()\n\
             threading.Thread(target=bg).start()",
        )
        .unwrap();
    // The script returned; the host is outside the interpreter, and the
    // Python thread meets it here and then runs on under the free lock.
    barrier.wait();
    let v: kaa::Value = interp.eval("done").unwrap();
    interp.exec("done.wait()").unwrap();
    assert_eq!(interp.eval::<Vec<i64>>("box").unwrap(), [499500]);
    drop(v); // dropped outside a call: takes the lock for the moment
}

#[test]
fn an_interpreter_moves_while_the_host_keeps_values() {
    let mut interp = kaa::Interpreter::new();
    interp.exec("data = [1, 2, 3]").unwrap();
    let kept: kaa::Value = interp.get_global("data").unwrap();
    let copy = kept.clone();
    // The interpreter runs on another thread; the handles stay here.
    let mut interp = std::thread::spawn(move || {
        interp
            .exec("data.append(4)\nimport threading\nthreading.Thread(target=data.append, args=(5,)).start()")
            .unwrap();
        interp
    })
    .join()
    .unwrap();
    drop(copy);
    interp
        .exec("import time\nwhile len(data) < 5: time.sleep(0.001)")
        .unwrap();
    assert_eq!(kept.to::<Vec<i64>>(&mut interp).unwrap(), [1, 2, 3, 4, 5]);
}

#[test]
fn many_interpreters_on_many_threads() {
    let handles: Vec<_> = (0..8i64)
        .map(|k| {
            std::thread::spawn(move || {
                let mut interp = kaa::Interpreter::new();
                interp
                    .exec(&format!("k = {k}\nacc = [k * i for i in range(1000)]"))
                    .unwrap();
                interp.eval::<i64>("sum(acc)").unwrap()
            })
        })
        .collect();
    let sums: Vec<i64> = handles.into_iter().map(|h| h.join().unwrap()).collect();
    assert_eq!(sums, (0..8).map(|k| k * 499500).collect::<Vec<_>>());
}

#[test]
fn interpreters_made_by_a_script_write_to_the_hosts_output() {
    let mut interp = kaa::Interpreter::new();
    interp.capture_output();
    interp
        .exec("from concurrent import interpreters\nsub = interpreters.create()\nsub.exec('print(\"from the sub-interpreter\")')\nprint('from main')")
        .unwrap();
    assert_eq!(interp.take_output(), "from the sub-interpreter\nfrom main\n");
}

#[test]
fn a_limited_script_cannot_escape_into_a_new_interpreter() {
    let mut interp = kaa::Interpreter::builder().fuel(1_000_000).build();
    let e = interp
        .exec("from concurrent import interpreters\ninterpreters.create()")
        .unwrap_err();
    assert_eq!(e.type_name, "InterpreterError");
    assert_eq!(
        e.message,
        "cannot create an interpreter under the host's limits (fuel, memory or deadline)"
    );
}

#[test]
fn dropping_an_interpreter_ends_its_python_threads() {
    let (tx, rx) = std::sync::mpsc::channel::<String>();
    let tx = std::sync::Mutex::new(tx);
    let mut interp = kaa::Interpreter::new();
    interp
        .register_fn("report", move |s: String| {
            let _ = tx.lock().unwrap().send(s);
        })
        .unwrap();
    interp
        .exec(
            "import threading, time\n\
             def spin():\n\
             \x20   try:\n\
             \x20       while True: pass\n\
             \x20   finally:\n\
             \x20       report('spin ended')\n\
             def nap():\n\
             \x20   try:\n\
             \x20       time.sleep(3600)\n\
             \x20   finally:\n\
             \x20       report('nap ended')\n\
             threading.Thread(target=spin, daemon=True).start()\n\
             threading.Thread(target=nap, daemon=True).start()",
        )
        .unwrap();
    drop(interp);
    // A bound for a failing run, not a speed test.
    let wait = std::time::Duration::from_secs(60);
    let mut got = vec![rx.recv_timeout(wait).unwrap(), rx.recv_timeout(wait).unwrap()];
    got.sort();
    assert_eq!(got, ["nap ended", "spin ended"]);
}

#[test]
fn a_panicking_blocking_function_leaves_the_lock_held() {
    let mut interp = kaa::Interpreter::new();
    interp
        .register_fn(
            "boom",
            kaa::Blocking(|n: i64| -> i64 {
                if n > 0 {
                    panic!("host bug");
                }
                n
            }),
        )
        .unwrap();
    // Another Python thread exists, so the lock really is released inside.
    interp
        .exec("import threading\nev = threading.Event()\nt = threading.Thread(target=ev.wait)\nt.start()")
        .unwrap();
    let e = interp.exec("boom(1)").unwrap_err();
    assert_eq!(e.type_name, "RuntimeError");
    // The interpreter goes on, under its lock.
    interp.exec("x = [i for i in range(100)]\nev.set()\nt.join()").unwrap();
    assert_eq!(interp.eval::<i64>("len(x)").unwrap(), 100);
}
