//! Blocked threads sleep until something happens (`kaa_vm::wait`): a thread
//! blocked on a lock, an event, a sleep or a socket is woken by the host's
//! interrupt, the deadline and the interpreter's teardown, and does not wake
//! up (nor take the interpreter lock) meanwhile. Time bounds are for failing
//! runs (seconds), never speed tests.

use std::time::{Duration, Instant};

use kaa::{Interpreter, Limit};

/// What a failing run may take before a test gives up on it.
const PATIENCE: Duration = Duration::from_secs(30);

/// Interrupt `i` from another thread after `after`.
fn interrupt_later(i: &Interpreter, after: Duration) -> std::thread::JoinHandle<()> {
    let h = i.interrupt_handle();
    std::thread::spawn(move || {
        std::thread::sleep(after);
        h.interrupt();
    })
}

/// Run `code`, which blocks, with a host interrupt 100 ms later: it must end
/// in `KeyboardInterrupt` well within [`PATIENCE`]. The error, for more checks.
fn interrupted(i: &mut Interpreter, code: &str) -> kaa::Error {
    let t0 = Instant::now();
    let h = interrupt_later(i, Duration::from_millis(100));
    let e = i.exec(code).unwrap_err();
    h.join().unwrap();
    assert_eq!(e.type_name, "KeyboardInterrupt", "{code}: {}", e.traceback);
    assert!(t0.elapsed() < PATIENCE, "{code}");
    e
}

#[test]
fn a_deadline_ends_a_lock_blocked_forever() {
    let mut i = Interpreter::builder().deadline(Duration::from_millis(300)).build();
    let t0 = Instant::now();
    let e = i
        .exec("import threading\nl = threading.Lock()\nl.acquire()\nl.acquire()")
        .unwrap_err();
    assert_eq!(e.limit(), Some(Limit::Deadline), "{}", e.traceback);
    assert!(t0.elapsed() < PATIENCE);
}

#[test]
fn a_deadline_ends_a_lock_wait_while_other_threads_wait_too() {
    // Another Python thread exists, so the interpreter lock really is
    // released around the waits.
    let mut i = Interpreter::builder().deadline(Duration::from_millis(300)).build();
    i.capture_output();
    let t0 = Instant::now();
    let e = i
        .exec(
            "import threading\n\
             ev = threading.Event()\n\
             t = threading.Thread(target=ev.wait, daemon=True)\n\
             t.start()\n\
             l = threading.Lock()\n\
             l.acquire()\n\
             l.acquire(timeout=3600)",
        )
        .unwrap_err();
    assert_eq!(e.limit(), Some(Limit::Deadline), "{}", e.traceback);
    assert!(t0.elapsed() < PATIENCE);
}

#[test]
fn an_interrupt_wakes_a_blocked_acquire() {
    let mut i = Interpreter::new();
    i.exec("import threading\nl = threading.Lock()\nl.acquire()").unwrap();
    let e = interrupted(&mut i, "l.acquire()");
    assert_eq!(e.limit(), Some(Limit::Interrupt));
    // The interpreter goes on; the lock is still held.
    assert!(!i.eval::<bool>("l.acquire(False)").unwrap());
}

#[test]
fn an_interrupt_wakes_event_wait_join_and_sleep_with_threads_running() {
    // A fresh interpreter each: the interrupt also stops the workers (a
    // tripped limit reaches every thread).
    for code in ["ev.wait()", "workers[0].join()", "time.sleep(3600)"] {
        let mut i = Interpreter::new();
        i.capture_output();
        i.exec(
            "import threading, time\n\
             ev = threading.Event()\n\
             workers = [threading.Thread(target=ev.wait, daemon=True) for _ in range(20)]\n\
             for w in workers: w.start()",
        )
        .unwrap();
        interrupted(&mut i, code);
    }
}

#[test]
fn an_interrupt_wakes_a_blocked_recv_and_select() {
    let mut i = Interpreter::builder().allow_network(true).build();
    i.exec("import socket, select\na, b = socket.socketpair()").unwrap();
    for code in ["a.recv(1)", "select.select([a], [], [])"] {
        interrupted(&mut i, code);
    }
    // Readiness still wakes them.
    i.exec("b.send(b'x')\nassert select.select([a], [], [], 5)[0] == [a]\nassert a.recv(1) == b'x'")
        .unwrap();
}

#[test]
fn an_interrupt_before_the_wait_is_not_lost() {
    let mut i = Interpreter::new();
    i.exec("import threading\nl = threading.Lock()\nl.acquire()").unwrap();
    i.interrupt_handle().interrupt();
    let e = i.exec("l.acquire()").unwrap_err();
    assert_eq!(e.type_name, "KeyboardInterrupt");
}

#[test]
fn blocked_threads_do_not_take_the_interpreter_lock() {
    let mut i = Interpreter::new();
    i.enable_stats(true);
    i.exec(
        "import threading, time\n\
         ev = threading.Event()\n\
         workers = [threading.Thread(target=ev.wait, daemon=True) for _ in range(200)]\n\
         for w in workers: w.start()",
    )
    .unwrap();
    let before = i.stats().gil_acquisitions;
    // Waking up in 20 ms slices, 200 threads took the lock 10,000 times a
    // second; asleep until the event is set, none of them takes it.
    i.exec("time.sleep(0.5)").unwrap();
    let during = i.stats().gil_acquisitions - before;
    assert!(
        during < 1000,
        "{during} lock acquisitions while every thread was blocked"
    );
    i.exec("ev.set()\nfor w in workers: w.join()").unwrap();
}

#[test]
fn dropping_an_interpreter_ends_its_blocked_threads() {
    let (tx, rx) = std::sync::mpsc::channel::<String>();
    let tx = std::sync::Mutex::new(tx);
    let mut i = Interpreter::new();
    i.register_fn("report", move |s: String| {
        let _ = tx.lock().unwrap().send(s);
    })
    .unwrap();
    i.exec(
        "import threading, queue\n\
         ev = threading.Event()\n\
         l = threading.Lock()\n\
         l.acquire()\n\
         q = queue.Queue()\n\
         def block(what, f):\n\
         \x20   try:\n\
         \x20       f()\n\
         \x20   finally:\n\
         \x20       report(what)\n\
         for what, f in [('event', ev.wait), ('lock', l.acquire), ('queue', q.get)]:\n\
         \x20   threading.Thread(target=block, args=(what, f), daemon=True).start()",
    )
    .unwrap();
    let t0 = Instant::now();
    drop(i);
    assert!(t0.elapsed() < PATIENCE);
    let mut got: Vec<String> = (0..3).map(|_| rx.recv_timeout(PATIENCE).unwrap()).collect();
    got.sort();
    assert_eq!(got, ["event", "lock", "queue"]);
}

#[test]
fn an_interrupt_wakes_a_wait_for_a_child_process() {
    let mut i = Interpreter::builder().allow_subprocess(true).build();
    i.exec("import subprocess\np = subprocess.Popen(['sleep', '60'])")
        .unwrap();
    interrupted(&mut i, "p.wait()");
    i.exec("p.kill()\np.wait()").unwrap();
}
