//! The interactive prompt on a terminal: `kaa` driven through a
//! pseudo-terminal (libc's `openpty`), as a person at a keyboard would use
//! it: history across sessions (up arrow), line editing (left arrow and
//! insert), Tab completion, Ctrl-C at the prompt and while a statement
//! runs (the variables stay), `exit`'s hint, Ctrl-D to leave.
//!
//! Every wait has a timeout (generous: the machine may be loaded), and a
//! child still running at the end is killed, so a broken prompt fails the
//! test instead of hanging it.
#![cfg(unix)]

use std::fs::File;
use std::io::{Read, Write};
use std::os::fd::{AsRawFd, FromRawFd, OwnedFd};
use std::os::unix::process::CommandExt;
use std::path::Path;
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

const KAA: &str = env!("CARGO_BIN_EXE_kaa");
const WAIT: Duration = Duration::from_secs(30);

/// `kaa` on the slave side of a pseudo-terminal; the test holds the master.
struct Session {
    master: File,
    child: Child,
    /// Everything the terminal showed.
    out: Vec<u8>,
    /// How far `expect` has matched.
    seen: usize,
}

impl Session {
    fn start(history: &Path) -> Session {
        Session::start_with(history, &[])
    }

    /// `kaa ARGS` on the terminal.
    fn start_with(history: &Path, args: &[&str]) -> Session {
        let mut master: libc::c_int = -1;
        let mut slave: libc::c_int = -1;
        let size = libc::winsize {
            ws_row: 24,
            ws_col: 200,
            ws_xpixel: 0,
            ws_ypixel: 0,
        };
        // SAFETY: openpty writes two file descriptors into the given ints;
        // the name and termios pointers may be null.
        let r = unsafe { libc::openpty(&mut master, &mut slave, std::ptr::null_mut(), std::ptr::null(), &size) };
        assert_eq!(r, 0, "openpty failed");
        // SAFETY: both descriptors were just opened and are owned here only.
        let (master, slave) = unsafe { (OwnedFd::from_raw_fd(master), OwnedFd::from_raw_fd(slave)) };
        let mut cmd = Command::new(KAA);
        cmd.args(args);
        cmd.env("HOME", history.parent().expect("a folder"))
            .env("KAA_HISTORY", history)
            .env("TERM", "xterm")
            .env_remove("PYTHONINSPECT")
            .stdin(Stdio::from(slave.try_clone().expect("dup")))
            .stdout(Stdio::from(slave.try_clone().expect("dup")))
            .stderr(Stdio::from(slave));
        // SAFETY: between fork and exec the child only makes async-signal-safe
        // system calls: a new session, the terminal on its stdin as the
        // controlling one (so Ctrl-C on the master sends SIGINT to kaa), and
        // SIGINT's default action (Kaa, as CPython, leaves an ignored SIGINT
        // ignored, as a background job of a non-interactive shell has it).
        unsafe {
            cmd.pre_exec(|| {
                libc::signal(libc::SIGINT, libc::SIG_DFL);
                if libc::setsid() < 0 {
                    return Err(std::io::Error::last_os_error());
                }
                if libc::ioctl(0, libc::TIOCSCTTY as _, 0) < 0 {
                    return Err(std::io::Error::last_os_error());
                }
                Ok(())
            });
        }
        let child = cmd.spawn().expect("kaa starts");
        drop(cmd);
        Session {
            master: File::from(master),
            child,
            out: Vec::new(),
            seen: 0,
        }
    }

    /// Read what the terminal shows for up to `timeout`; false at the end
    /// of output (the child closed the terminal).
    fn read_some(&mut self, timeout: Duration) -> bool {
        let mut pfd = libc::pollfd {
            fd: self.master.as_raw_fd(),
            events: libc::POLLIN,
            revents: 0,
        };
        let ms = timeout.as_millis().min(1000) as libc::c_int;
        // SAFETY: one valid pollfd, its count 1.
        let n = unsafe { libc::poll(&mut pfd, 1, ms) };
        if n <= 0 {
            return true;
        }
        let mut buf = [0u8; 4096];
        match self.master.read(&mut buf) {
            Ok(0) | Err(_) => false,
            Ok(k) => {
                self.out.extend_from_slice(&buf[..k]);
                true
            }
        }
    }

    /// Wait until the terminal shows `needle` (after what was matched
    /// before); panics with the transcript after the timeout.
    fn expect(&mut self, needle: &str) {
        let start = Instant::now();
        loop {
            let text = String::from_utf8_lossy(&self.out[self.seen..]).into_owned();
            if let Some(i) = text.find(needle) {
                // `i` is in the lossy text; map back through its prefix.
                self.seen += text[..i + needle.len()].len();
                return;
            }
            if start.elapsed() > WAIT {
                self.fail(&format!("timed out waiting for {needle:?}"));
            }
            if !self.read_some(Duration::from_millis(200)) {
                // The terminal closed: one last look, then fail.
                let text = String::from_utf8_lossy(&self.out[self.seen..]).into_owned();
                if !text.contains(needle) {
                    self.fail(&format!("kaa ended before showing {needle:?}"));
                }
            }
        }
    }

    fn send(&mut self, keys: &str) {
        self.master.write_all(keys.as_bytes()).expect("write to the terminal");
        self.master.flush().expect("flush");
    }

    /// Wait for the child to end; its exit status.
    fn wait_exit(&mut self) -> i32 {
        let start = Instant::now();
        loop {
            if let Some(st) = self.child.try_wait().expect("try_wait") {
                return st.code().unwrap_or(-1);
            }
            if start.elapsed() > WAIT {
                self.fail("kaa did not exit");
            }
            self.read_some(Duration::from_millis(100));
        }
    }

    fn fail(&mut self, why: &str) -> ! {
        let _ = self.child.kill();
        let _ = self.child.wait();
        panic!("{why}; the terminal showed:\n{}", String::from_utf8_lossy(&self.out));
    }
}

impl Drop for Session {
    fn drop(&mut self) {
        if let Ok(None) = self.child.try_wait() {
            let _ = self.child.kill();
            let _ = self.child.wait();
        }
    }
}

fn temp_history(name: &str) -> std::path::PathBuf {
    let d = std::env::temp_dir().join(format!("kaa-pty-{}-{name}", std::process::id()));
    let _ = std::fs::remove_dir_all(&d);
    std::fs::create_dir_all(&d).expect("temp dir");
    d.join("history")
}

#[test]
fn editing_completion_interrupts_and_history_across_sessions() {
    let hist = temp_history("session");
    let mut s = Session::start(&hist);
    s.expect("Type \"help\"");
    s.expect(">>> ");
    s.send("x = 41\r");
    s.expect(">>> ");
    s.send("x + 1\r");
    s.expect("42");
    s.expect(">>> ");
    // Up arrow recalls the last line.
    s.send("\x1b[A\r");
    s.expect("42");
    s.expect(">>> ");
    // Left arrow, then a digit inserted before the last one.
    s.send("y = 1\x1b[D2\r");
    s.expect(">>> ");
    s.send("y * 2\r");
    s.expect("42");
    s.expect(">>> ");
    // Tab completes a name and an attribute (the line shows with cursor
    // moves in it: only the results are checked).
    s.send("some_long_name = 7\r");
    s.expect(">>> ");
    s.send("some_lo\t * 6\r");
    s.expect("42");
    s.expect(">>> ");
    s.send("import types; ns = types.SimpleNamespace(value_abc=40)\r");
    s.expect(">>> ");
    s.send("ns.val\t + 2\r");
    s.expect("42");
    s.expect(">>> ");
    // A compound statement on one line needs a blank line.
    s.send("for i in range(2): print('it', i)\r");
    s.expect("... ");
    s.send("\r");
    s.expect("it 1");
    s.expect(">>> ");
    // Ctrl-C while a statement runs: KeyboardInterrupt, state kept.
    // (It says when it has started, so that the Ctrl-C cannot come first:
    // a Ctrl-C typed ahead while the editor still reads is a plain byte.
    // The words checked are not in the echoed line.)
    s.send("import itertools; [0 for i in itertools.count() if i == 0 and print('spin' + 'ning')]\r");
    s.expect("spinning");
    s.send("\x03");
    s.expect("KeyboardInterrupt");
    s.expect(">>> ");
    s.send("import time; print('sleep' + 'ing'); time.sleep(60)\r");
    s.expect("sleeping");
    s.send("\x03");
    s.expect("KeyboardInterrupt");
    s.expect(">>> ");
    s.send("x\r");
    s.expect("41");
    s.expect(">>> ");
    // Ctrl-C at the prompt drops the line.
    s.send("dropped_line\x03");
    s.expect("KeyboardInterrupt");
    s.expect(">>> ");
    s.send("x - 1\r");
    s.expect("40");
    s.expect(">>> ");
    s.send("exit\r");
    s.expect("Use exit() or Ctrl-D (i.e. EOF) to exit");
    s.expect(">>> ");
    s.send("'hist' + 'ory'\r");
    s.expect("'history'");
    s.expect(">>> ");
    // Ctrl-D leaves, status 0.
    s.send("\x04");
    assert_eq!(s.wait_exit(), 0);
    let saved = std::fs::read_to_string(&hist).unwrap_or_default();
    assert!(saved.contains("x = 41"), "history file: {saved:?}");
    assert!(!saved.contains("dropped_line"), "history file: {saved:?}");

    // A new session recalls the old one's lines.
    let mut s = Session::start(&hist);
    s.expect(">>> ");
    s.send("\x1b[A\r");
    s.expect("'history'");
    s.expect(">>> ");
    s.send("exit(3)\r");
    assert_eq!(s.wait_exit(), 3);
}

#[test]
fn errors_set_sys_last_and_prompts_follow_sys_ps1() {
    let hist = temp_history("errors");
    let mut s = Session::start(&hist);
    s.expect(">>> ");
    s.send("1/0\r");
    s.expect("ZeroDivisionError: division by zero");
    s.expect(">>> ");
    s.send("import sys; sys.last_type.__name__\r");
    s.expect("'ZeroDivisionError'");
    s.expect(">>> ");
    s.send("sys.ps1 = 'kaa> '\r");
    s.expect("kaa> ");
    s.send("6 * 7\r");
    s.expect("42");
    s.expect("kaa> ");
    s.send("_ + 1\r");
    s.expect("43");
    s.expect("kaa> ");
    s.send("quit()\r");
    assert_eq!(s.wait_exit(), 0);
}

/// Ctrl-C while `input()` or `sys.stdin.readline()` waits for a line raises
/// `KeyboardInterrupt` there (what was typed is dropped), as in CPython; the
/// program goes on reading afterwards.
#[test]
fn ctrl_c_in_input_raises_keyboard_interrupt() {
    let history = temp_history("input");
    let script = "import sys\n\
                  try:\n    input('name? ')\nexcept KeyboardInterrupt:\n    print('KI one')\n\
                  try:\n    sys.stdin.readline()\nexcept KeyboardInterrupt:\n    print('KI two')\n\
                  print('got', input('again? '))\n\
                  input('last? ')\n";
    let mut s = Session::start_with(&history, &["-c", script]);
    s.expect("name? ");
    s.send("abc\x03");
    s.expect("KI one");
    // The second read has started once the first handler printed.
    std::thread::sleep(Duration::from_millis(300));
    s.send("\x03");
    s.expect("KI two");
    s.expect("again? ");
    s.send("xyz\n");
    s.expect("got xyz");
    s.expect("last? ");
    // Uncaught: the traceback ends in KeyboardInterrupt, status 130.
    s.send("\x03");
    s.expect("KeyboardInterrupt");
    assert_eq!(s.wait_exit(), 130);
}
