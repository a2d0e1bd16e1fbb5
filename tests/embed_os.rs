//! The sandbox seen through `os` (issue 13): a sandboxed interpreter cannot
//! list, stat, create or remove what the host did not grant, cannot escape a
//! granted directory through `..` or a symbolic link, sees an empty
//! environment whose changes stay its own, and may not use raw file
//! descriptors or start processes.

use kaa::Interpreter;

/// A fresh directory under the system's temporary directory, with a file
/// and a sub-directory in it.
fn scratch(tag: &str) -> std::path::PathBuf {
    let dir = std::env::temp_dir().join(format!("kaa-embed-os-{tag}-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(dir.join("sub")).unwrap();
    std::fs::write(dir.join("file.txt"), "data").unwrap();
    dir
}

/// `dir` as a Python string literal.
fn lit(dir: &std::path::Path) -> String {
    format!("{:?}", dir.display().to_string())
}

/// The error of `src`, which must fail with `PermissionError`.
fn denied(i: &mut Interpreter, src: &str) -> String {
    let e = i.exec(src).unwrap_err();
    assert_eq!(e.type_name, "PermissionError", "{src}: {}", e.traceback);
    e.message
}

#[test]
fn sandboxed_os_reaches_nothing() {
    let dir = scratch("none");
    let d = lit(&dir);
    let mut i = Interpreter::new();
    i.exec("import os, os.path, shutil, glob, tempfile").unwrap();
    let m = denied(&mut i, "os.listdir('/')");
    assert_eq!(m, "[Errno 13] read access not granted by the host: '/'");
    denied(&mut i, &format!("os.stat({d})"));
    denied(&mut i, &format!("os.remove(os.path.join({d}, 'file.txt'))"));
    denied(&mut i, &format!("os.mkdir(os.path.join({d}, 'new'))"));
    denied(
        &mut i,
        &format!("os.rename(os.path.join({d}, 'file.txt'), os.path.join({d}, 'x'))"),
    );
    denied(&mut i, &format!("os.open(os.path.join({d}, 'file.txt'), os.O_RDONLY)"));
    denied(&mut i, &format!("os.chdir({d})"));
    denied(&mut i, &format!("list(os.scandir({d}))"));
    denied(&mut i, &format!("shutil.rmtree({d})"));
    // Raw descriptors, processes and the umask need grants too.
    denied(&mut i, "os.read(0, 1)");
    denied(&mut i, "os.write(1, b'x')");
    denied(&mut i, "os.pipe()");
    denied(&mut i, "os.system('true')");
    denied(&mut i, "os.kill(os.getpid(), 0)");
    denied(&mut i, "os._exit(0)");
    denied(&mut i, "os.umask(0)");
    // Checks that only report (exists, isdir, glob) answer "no" quietly.
    i.exec(&format!(
        "r = (os.path.exists({d}), os.path.isdir({d}), glob.glob({d} + '/*'))"
    ))
    .unwrap();
    assert_eq!(i.eval::<String>("repr(r)").unwrap(), "(False, False, [])");
    // What needs no grant still works.
    i.exec("x = (os.getpid() > 0, len(os.urandom(4)), os.cpu_count() is None or os.cpu_count() > 0)")
        .unwrap();
    assert_eq!(i.eval::<String>("repr(x)").unwrap(), "(True, 4, True)");
    assert!(dir.join("file.txt").exists());
    std::fs::remove_dir_all(&dir).unwrap();
}

#[test]
fn sandboxed_environment_is_empty_and_private() {
    let mut i = Interpreter::new();
    i.exec("import os").unwrap();
    assert_eq!(i.eval::<i64>("len(os.environ)").unwrap(), 0);
    assert_eq!(i.eval::<String>("repr(os.getenv('PATH'))").unwrap(), "None");
    i.exec("os.environ['KAA_EMBED_OS_PRIVATE'] = 'yes'\nos.putenv('KAA_EMBED_OS_PUT', '1')")
        .unwrap();
    assert_eq!(i.eval::<String>("os.environ['KAA_EMBED_OS_PRIVATE']").unwrap(), "yes");
    assert!(std::env::var("KAA_EMBED_OS_PRIVATE").is_err());
    assert!(std::env::var("KAA_EMBED_OS_PUT").is_err());
    i.exec("del os.environ['KAA_EMBED_OS_PRIVATE']").unwrap();
    assert_eq!(i.eval::<i64>("len(os.environ)").unwrap(), 0);

    // With the grant, os.environ is the process's.
    let mut i = Interpreter::builder().allow_environment(true).build();
    i.exec("import os").unwrap();
    assert!(i.eval::<i64>("len(os.environ)").unwrap() > 0);
    assert_eq!(
        i.eval::<bool>("os.environ.get('PATH') is not None").unwrap(),
        std::env::var("PATH").is_ok()
    );
}

#[test]
fn read_only_grant_lists_and_stats_but_does_not_write() {
    let dir = scratch("ro");
    let d = lit(&dir);
    let mut i = Interpreter::builder().allow_read(&dir).build();
    i.exec(&format!("import os, os.path\nd = {d}")).unwrap();
    assert_eq!(
        i.eval::<String>("repr(sorted(os.listdir(d)))").unwrap(),
        "['file.txt', 'sub']"
    );
    assert_eq!(
        i.eval::<i64>("os.stat(os.path.join(d, 'file.txt')).st_size").unwrap(),
        4
    );
    assert!(i.eval::<bool>("os.path.isdir(os.path.join(d, 'sub'))").unwrap());
    assert_eq!(
        i.eval::<String>("repr(sorted(e.name for e in os.scandir(d)))").unwrap(),
        "['file.txt', 'sub']"
    );
    i.exec("fd = os.open(os.path.join(d, 'file.txt'), os.O_RDONLY)")
        .unwrap();
    let m = denied(&mut i, "os.mkdir(os.path.join(d, 'new'))");
    assert!(m.starts_with("[Errno 13] write access not granted by the host"), "{m}");
    denied(&mut i, "os.remove(os.path.join(d, 'file.txt'))");
    denied(&mut i, "os.rmdir(os.path.join(d, 'sub'))");
    denied(&mut i, "os.chmod(os.path.join(d, 'file.txt'), 0o600)");
    denied(&mut i, "os.utime(os.path.join(d, 'file.txt'))");
    denied(&mut i, "os.open(os.path.join(d, 'new.txt'), os.O_WRONLY | os.O_CREAT)");
    denied(&mut i, "os.open(os.path.join(d, 'file.txt'), os.O_RDWR)");
    denied(
        &mut i,
        "os.rename(os.path.join(d, 'file.txt'), os.path.join(d, 'moved.txt'))",
    );
    denied(&mut i, "os.symlink('file.txt', os.path.join(d, 'link'))");
    denied(&mut i, "os.truncate(os.path.join(d, 'file.txt'), 0)");
    assert!(!dir.join("new").exists());
    assert_eq!(std::fs::read_to_string(dir.join("file.txt")).unwrap(), "data");
    std::fs::remove_dir_all(&dir).unwrap();
}

#[test]
fn read_write_grant_stays_inside_its_directory() {
    let dir = scratch("rw");
    let outside = scratch("outside");
    std::os::unix::fs::symlink(&outside, dir.join("escape")).unwrap();
    std::os::unix::fs::symlink(outside.join("file.txt"), dir.join("escape_file")).unwrap();
    let d = lit(&dir);
    let mut i = Interpreter::builder().allow_read_write(&dir).build();
    i.exec(&format!("import os, os.path, shutil\nd = {d}")).unwrap();
    // Inside: everything.
    i.exec(
        "os.makedirs(os.path.join(d, 'a', 'b'))\n\
         fd = os.open(os.path.join(d, 'a', 'f'), os.O_WRONLY | os.O_CREAT)\n\
         os.rename(os.path.join(d, 'a', 'f'), os.path.join(d, 'a', 'g'))\n\
         os.remove(os.path.join(d, 'a', 'g'))\n\
         shutil.rmtree(os.path.join(d, 'a'))",
    )
    .unwrap();
    assert!(!dir.join("a").exists());
    // A `..` escape.
    let m = denied(&mut i, "os.listdir(os.path.join(d, '..'))");
    assert!(m.contains("read access not granted"), "{m}");
    denied(&mut i, "os.stat(os.path.join(d, 'sub', '..', '..'))");
    denied(&mut i, "os.mkdir(os.path.join(d, '..', 'kaa-embed-os-escape'))");
    // A symbolic link leading out.
    denied(&mut i, "os.listdir(os.path.join(d, 'escape'))");
    denied(&mut i, "os.stat(os.path.join(d, 'escape_file'))");
    denied(&mut i, "os.open(os.path.join(d, 'escape_file'), os.O_RDONLY)");
    denied(&mut i, "os.remove(os.path.join(d, 'escape', 'file.txt'))");
    // Renaming out of the directory needs write access to both names.
    denied(
        &mut i,
        "os.rename(os.path.join(d, 'file.txt'), os.path.join(d, '..', 'stolen.txt'))",
    );
    // Raw descriptors still need the whole file system.
    denied(&mut i, "os.read(fd, 1)");
    assert!(outside.join("file.txt").exists());
    assert!(dir.join("file.txt").exists());
    std::fs::remove_dir_all(&dir).unwrap();
    std::fs::remove_dir_all(&outside).unwrap();
}

#[test]
fn full_grant_works_as_the_cli() {
    let dir = scratch("all");
    let d = lit(&dir);
    let mut i = Interpreter::builder().allow_filesystem(true).build();
    i.exec(&format!(
        "import os\nd = {d}\nfd = os.open(os.path.join(d, 'file.txt'), os.O_RDONLY)\n\
         data = os.read(fd, 100)\nos.close(fd)\nnames = sorted(os.listdir(d))"
    ))
    .unwrap();
    assert_eq!(i.eval::<String>("repr(data)").unwrap(), "b'data'");
    assert_eq!(i.eval::<String>("repr(names)").unwrap(), "['file.txt', 'sub']");
    std::fs::remove_dir_all(&dir).unwrap();
}
