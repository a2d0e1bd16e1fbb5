//! `subprocess` and `signal` in an embedded interpreter (issue 13): starting
//! a process needs the subprocess grant (checked before anything is spawned),
//! `cwd=` needs read access to the directory, a child does not inherit the
//! host's environment without the environment grant, installing signal
//! handlers needs the subprocess grant, and a wait on a child is stopped by
//! the deadline and by the host's interrupt.

use std::time::{Duration, Instant};

use kaa::{Interpreter, Limit};

/// The error of `src`, which must fail with `PermissionError`.
fn denied(i: &mut Interpreter, src: &str) -> String {
    let e = i.exec(src).unwrap_err();
    assert_eq!(e.type_name, "PermissionError", "{src}: {}", e.traceback);
    e.message
}

#[test]
fn sandboxed_subprocess_is_refused() {
    let mut i = Interpreter::new();
    i.exec("import subprocess, signal").unwrap();
    let m = denied(&mut i, "subprocess.run(['true'])");
    assert_eq!(m, "subprocesses not granted by the host");
    denied(&mut i, "subprocess.run(['true'], capture_output=True)");
    denied(&mut i, "subprocess.Popen('echo x', shell=True)");
    denied(&mut i, "subprocess.check_output(['echo', 'x'])");
    denied(&mut i, "subprocess.getoutput('echo x')");
    // A program that does not exist is refused the same way (nothing is
    // looked up before the grant is checked).
    denied(&mut i, "subprocess.run(['nonexistent-cmd'])");
    // Signals: changing dispositions and sending signals need the grant;
    // looking needs none.
    denied(&mut i, "signal.signal(signal.SIGUSR1, lambda s, f: None)");
    denied(&mut i, "signal.signal(signal.SIGUSR1, signal.SIG_IGN)");
    denied(&mut i, "signal.raise_signal(signal.SIGUSR1)");
    denied(&mut i, "signal.alarm(1)");
    denied(&mut i, "signal.setitimer(signal.ITIMER_REAL, 1)");
    assert_eq!(
        i.eval::<String>("repr(signal.getsignal(signal.SIGTERM))").unwrap(),
        "<Handlers.SIG_DFL: 0>"
    );
    assert_eq!(i.eval::<String>("signal.strsignal(signal.SIGKILL)").unwrap(), "Killed");
}

#[test]
fn granted_subprocess_runs() {
    let mut i = Interpreter::builder().allow_subprocess(true).build();
    i.exec("import subprocess").unwrap();
    assert_eq!(i.eval::<i64>("subprocess.run(['true']).returncode").unwrap(), 0);
    assert_eq!(i.eval::<i64>("subprocess.run(['false']).returncode").unwrap(), 1);
    // Pipes work without the file-descriptor grant: they lead to the child.
    assert_eq!(
        i.eval::<String>("subprocess.run(['echo', 'hi'], capture_output=True, text=True).stdout")
            .unwrap(),
        "hi\n"
    );
    assert_eq!(
        i.eval::<String>("subprocess.run(['cat'], input='fed', stdout=subprocess.PIPE, text=True).stdout")
            .unwrap(),
        "fed"
    );
    let e = i.exec("subprocess.run(['nonexistent-cmd'])").unwrap_err();
    assert_eq!(e.type_name, "FileNotFoundError");
    assert_eq!(e.message, "[Errno 2] No such file or directory: 'nonexistent-cmd'");
    // Raw descriptors other than the pipes a Popen made stay refused.
    let e = i
        .exec("import _subprocess; _subprocess.pipe_file(0, 'rb')")
        .unwrap_err();
    assert_eq!(e.type_name, "ValueError");
}

#[test]
fn child_sees_the_scripts_environment_only() {
    std::env::set_var("KAA_EMBED_SUBPROCESS_SECRET", "host");
    let mut i = Interpreter::builder().allow_subprocess(true).build();
    i.exec("import os, subprocess\nos.environ['MINE'] = 'script'").unwrap();
    let out: String = i
        .eval("subprocess.run(['/bin/sh', '-c', 'echo \"$KAA_EMBED_SUBPROCESS_SECRET|$MINE\"'], capture_output=True, text=True).stdout")
        .unwrap();
    assert_eq!(out, "|script\n");
    let mut g = Interpreter::builder()
        .allow_subprocess(true)
        .allow_environment(true)
        .build();
    g.exec("import subprocess").unwrap();
    let out: String = g
        .eval(
            "subprocess.run(['sh', '-c', 'echo $KAA_EMBED_SUBPROCESS_SECRET'], capture_output=True, text=True).stdout",
        )
        .unwrap();
    assert_eq!(out, "host\n");
}

#[test]
fn cwd_needs_read_access() {
    let dir = std::env::temp_dir().join(format!("kaa-embed-sub-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let d = format!("{:?}", dir.display().to_string());
    let mut i = Interpreter::builder().allow_subprocess(true).build();
    i.exec("import subprocess").unwrap();
    let m = denied(&mut i, &format!("subprocess.run(['pwd'], cwd={d})"));
    assert!(m.starts_with("[Errno 13] read access not granted by the host"), "{m}");
    let mut g = Interpreter::builder().allow_subprocess(true).allow_read(&dir).build();
    g.exec("import subprocess").unwrap();
    let out: String = g
        .eval(&format!(
            "subprocess.run(['/bin/pwd'], cwd={d}, capture_output=True, text=True).stdout"
        ))
        .unwrap();
    let real = std::fs::canonicalize(&dir).unwrap();
    assert_eq!(out.trim_end(), real.display().to_string());
    let _ = std::fs::remove_dir_all(&dir);
}

#[test]
fn deadline_stops_a_wait() {
    let mut i = Interpreter::builder()
        .allow_subprocess(true)
        .deadline(Duration::from_millis(300))
        .build();
    i.exec("import subprocess").unwrap();
    let start = Instant::now();
    let e = i
        .exec("p = subprocess.Popen(['sleep', '5'])\ntry:\n    p.wait()\nfinally:\n    pid = p.pid")
        .unwrap_err();
    assert_eq!(e.limit(), Some(Limit::Deadline), "{}", e.traceback);
    assert!(start.elapsed() < Duration::from_secs(3));
    let pid: i64 = i.eval("pid").unwrap();
    // SAFETY: signalling and reaping the child the script started.
    unsafe {
        libc::kill(pid as i32, libc::SIGKILL);
        libc::waitpid(pid as i32, std::ptr::null_mut(), 0);
    }
}

#[test]
fn interrupt_stops_communicate() {
    let mut i = Interpreter::builder().allow_subprocess(true).build();
    i.exec("import subprocess").unwrap();
    let h = i.interrupt_handle();
    let t = std::thread::spawn(move || {
        std::thread::sleep(Duration::from_millis(200));
        h.interrupt();
    });
    let start = Instant::now();
    let e = i
        .exec("p = subprocess.Popen(['sleep', '5'], stdout=subprocess.PIPE, stderr=subprocess.PIPE)\ntry:\n    p.communicate()\nfinally:\n    p.kill(); p.wait()")
        .unwrap_err();
    t.join().unwrap();
    assert_eq!(e.type_name, "KeyboardInterrupt", "{}", e.traceback);
    assert!(start.elapsed() < Duration::from_secs(3));
}
