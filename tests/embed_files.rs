//! `open()` in embedded interpreters: the sandbox decides (no grant: nothing;
//! a read grant: reading only; `..`, absolute paths and symbolic links that
//! lead out of the granted directory are refused), and data written is on
//! disk when the script ends, even with an exception.

use std::path::{Path, PathBuf};

/// A fresh directory for one test, removed when dropped.
struct Scratch(PathBuf);

impl Scratch {
    fn new(name: &str) -> Scratch {
        let p = std::env::temp_dir().join(format!("kaa-embed-files-{}-{name}", std::process::id()));
        let _ = std::fs::remove_dir_all(&p);
        std::fs::create_dir_all(&p).unwrap();
        Scratch(p)
    }

    fn path(&self) -> &Path {
        &self.0
    }

    fn lit(&self, name: &str) -> String {
        format!("{:?}", self.0.join(name).display().to_string())
    }
}

impl Drop for Scratch {
    fn drop(&mut self) {
        let _ = std::fs::remove_dir_all(&self.0);
    }
}

#[test]
fn no_grant_refuses_open() {
    let s = Scratch::new("nogrant");
    std::fs::write(s.path().join("in.txt"), "secret").unwrap();
    let mut i = kaa::Interpreter::builder().build();
    let e = i.exec(&format!("open({})", s.lit("in.txt"))).unwrap_err();
    assert_eq!(e.type_name, "PermissionError");
    assert!(
        e.message.starts_with("[Errno 13] read access not granted by the host"),
        "{}",
        e.message
    );
    let e = i.exec(&format!("open({}, 'w')", s.lit("out.txt"))).unwrap_err();
    assert_eq!(e.type_name, "PermissionError");
    assert!(!s.path().join("out.txt").exists());
    // A file descriptor needs the whole file system.
    let e = i.exec("open(0)").unwrap_err();
    assert_eq!(e.type_name, "PermissionError");
}

#[test]
fn read_grant_reads_but_does_not_write() {
    let s = Scratch::new("readonly");
    std::fs::write(s.path().join("in.txt"), "hello\nworld\n").unwrap();
    let mut i = kaa::Interpreter::builder().allow_read(s.path()).build();
    i.exec(&format!("lines = open({}).readlines()", s.lit("in.txt")))
        .unwrap();
    assert_eq!(i.eval::<i64>("len(lines)").unwrap(), 2);
    assert_eq!(
        i.eval::<String>(&format!("open({}, 'rb').read().decode()", s.lit("in.txt")))
            .unwrap(),
        "hello\nworld\n"
    );
    for mode in ["w", "a", "x", "r+", "wb"] {
        let e = i.exec(&format!("open({}, '{mode}')", s.lit("new.txt"))).unwrap_err();
        assert_eq!(e.type_name, "PermissionError", "mode {mode}");
        assert!(e.message.contains("write access not granted"), "{}", e.message);
    }
    assert!(!s.path().join("new.txt").exists());
    assert_eq!(
        std::fs::read_to_string(s.path().join("in.txt")).unwrap(),
        "hello\nworld\n"
    );
}

#[test]
fn paths_leading_out_are_refused() {
    let s = Scratch::new("escape");
    let inside = s.path().join("granted");
    std::fs::create_dir_all(&inside).unwrap();
    std::fs::write(s.path().join("outside.txt"), "outside").unwrap();
    #[cfg(unix)]
    std::os::unix::fs::symlink(s.path().join("outside.txt"), inside.join("link.txt")).unwrap();
    let mut i = kaa::Interpreter::builder().allow_read_write(&inside).build();
    let dotdot = format!("{:?}", inside.join("../outside.txt").display().to_string());
    let abs = s.lit("outside.txt");
    let link = format!("{:?}", inside.join("link.txt").display().to_string());
    for target in [&dotdot, &abs, &link] {
        for mode in ["r", "w", "a"] {
            let e = i.exec(&format!("open({target}, '{mode}')")).unwrap_err();
            assert_eq!(e.type_name, "PermissionError", "{target} {mode}");
        }
    }
    let created = format!("{:?}", inside.join("../created.txt").display().to_string());
    assert!(i.exec(&format!("open({created}, 'w')")).is_err());
    assert!(!s.path().join("created.txt").exists());
    assert_eq!(
        std::fs::read_to_string(s.path().join("outside.txt")).unwrap(),
        "outside"
    );
    // Inside the grant, everything works.
    let ok = format!("{:?}", inside.join("ok.txt").display().to_string());
    i.exec(&format!("with open({ok}, 'w') as f: f.write('fine')")).unwrap();
    assert_eq!(std::fs::read_to_string(inside.join("ok.txt")).unwrap(), "fine");
}

#[test]
fn unclosed_files_are_flushed() {
    let s = Scratch::new("flush");
    let mut i = kaa::Interpreter::builder().allow_read_write(s.path()).build();
    // Freed by reference counting.
    i.exec(&format!("f = open({}, 'w'); f.write('freed'); del f", s.lit("a.txt")))
        .unwrap();
    assert_eq!(std::fs::read_to_string(s.path().join("a.txt")).unwrap(), "freed");
    // Still open when the script fails; freed with the interpreter.
    let e = i
        .exec(&format!(
            "g = open({}, 'w')\ng.write('kept')\nh = open({}, 'wb')\nh.write(b'bytes')\n1/0",
            s.lit("b.txt"),
            s.lit("c.bin")
        ))
        .unwrap_err();
    assert_eq!(e.type_name, "ZeroDivisionError");
    drop(i);
    assert_eq!(std::fs::read_to_string(s.path().join("b.txt")).unwrap(), "kept");
    assert_eq!(std::fs::read(s.path().join("c.bin")).unwrap(), b"bytes");
}
