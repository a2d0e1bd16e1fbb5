//! Threads, the interpreter lock and `concurrent.interpreters`, through the
//! `kaa` binary: what the differential corpus (`tests/py/threading/`) cannot
//! check, because CPython 3.11 has no `concurrent.interpreters`, or because it
//! needs a signal. Expected outputs are written by hand here (each says what
//! it shows); no test depends on wall-clock speed.

use std::io::{BufRead, BufReader};
use std::process::{Command, Stdio};

const KAA: &str = env!("CARGO_BIN_EXE_kaa");

fn run(script: &str) -> (String, String, i32) {
    let out = Command::new(KAA)
        .arg(format!("{}/tests/threads/{script}", env!("CARGO_MANIFEST_DIR")))
        .output()
        .expect("run kaa");
    (
        String::from_utf8_lossy(&out.stdout).into_owned(),
        String::from_utf8_lossy(&out.stderr).into_owned(),
        out.status.code().unwrap_or(-1),
    )
}

#[test]
fn a_thousand_threads_start_and_join() {
    // The same program under CPython 3.11 prints the same line.
    let (out, err, code) = run("thousand_threads.py");
    assert_eq!((out.as_str(), code), ("1000 1000 True 1\n", 0), "{err}");
}

#[test]
fn interpreters_exec_call_queues_and_errors() {
    let (out, err, code) = run("interpreters_basics.py");
    assert_eq!(code, 0, "{err}");
    assert_eq!(
        out,
        "True\n\
         Interpreter(1) [Interpreter(0), Interpreter(1)] Interpreter(0)\n\
         in sub: 42\n\
         x is still 42\n\
         (144, 'done')\n\
         (27, 'done')\n\
         failed: ZeroDivisionError: division by zero | ZeroDivisionError\n\
         NotShareableError\n\
         [0, 1, 4, 9, 16]\n\
         empty\n\
         queue.Empty too\n\
         [Interpreter(0)]\n\
         closed: unrecognized interpreter ID 1\n"
    );
}

#[test]
fn interpreters_run_in_parallel_threads() {
    // The sums are CPython's: sum(i % 7 for i in range(n)).
    let (out, err, code) = run("interpreters_parallel.py");
    assert_eq!(code, 0, "{err}");
    assert_eq!(
        out,
        "[(20000, 59997), (40000, 119995)]\n\
         True 3\n\
         ExecutionFailed: KeyError: 'k'\n\
         NotShareableError: 'list' object cannot be shared between interpreters (only None, bool, int, float, str, bytes, tuples of those and interpreter queues can)\n\
         InterpreterError: interpreter already running\n\
         False\n\
         [0]\n"
    );
}

#[test]
fn ctrl_c_interrupts_join_and_sleep_in_the_main_thread() {
    let mut cmd = Command::new(KAA);
    cmd.arg(format!("{}/tests/threads/sigint.py", env!("CARGO_MANIFEST_DIR")))
        .stdout(Stdio::piped())
        .stderr(Stdio::piped());
    // Kaa, as CPython, leaves SIGINT ignored when it starts ignored (as in a
    // background job of a non-interactive shell running the tests).
    // SAFETY: between fork and exec the child only makes an
    // async-signal-safe system call.
    unsafe {
        std::os::unix::process::CommandExt::pre_exec(&mut cmd, || {
            libc::signal(libc::SIGINT, libc::SIG_DFL);
            Ok(())
        });
    }
    let mut child = cmd.spawn().expect("run kaa");
    let pid = child.id() as libc::pid_t;
    let mut lines = BufReader::new(child.stdout.take().expect("stdout")).lines();
    let mut next = || lines.next().expect("a line").expect("utf-8");
    let mut seen = Vec::new();
    // Each line is printed once the program waits again; then Ctrl-C.
    for _ in 0..3 {
        seen.push(next());
        // SAFETY: sending a signal to our own child process.
        unsafe { libc::kill(pid, libc::SIGINT) };
    }
    seen.push(next());
    let status = child.wait().expect("wait");
    assert_eq!(
        seen,
        [
            "waiting in join",
            "KeyboardInterrupt in join; waiting in sleep",
            "KeyboardInterrupt in sleep; looping",
            "KeyboardInterrupt in a loop",
        ]
    );
    assert_eq!(status.code(), Some(0));
}

#[test]
fn concurrent_dict_writes_leave_a_consistent_dict() {
    // CPython 3.11 prints the same two lines.
    let (out, err, code) = run("dict_writes.py");
    assert_eq!((out.as_str(), code), ("106664 True\n500 True True\n", 0), "{err}");
}
