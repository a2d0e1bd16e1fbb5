//! The import system seen from outside: the bytecode cache
//! (`__pycache__/NAME.kaa-311.pyc`: written, reused, invalidated, never
//! written with -B, PYTHONDONTWRITEBYTECODE, sys.dont_write_bytecode or
//! without the host's write grant), `-X importtime`, `site` (-S, -I, the
//! user site), `kaa DIR` and `kaa -m`.

use std::io::Write;
use std::process::{Command, Stdio};

const KAA: &str = env!("CARGO_BIN_EXE_kaa");

struct Run {
    status: i32,
    out: String,
    err: String,
}

fn kaa(args: &[&str], env: &[(&str, &str)], dir: &std::path::Path) -> Run {
    let mut cmd = Command::new(KAA);
    cmd.args(args).current_dir(dir);
    for var in [
        "PYTHONPATH",
        "PYTHONDONTWRITEBYTECODE",
        "PYTHONNOUSERSITE",
        "PYTHONUSERBASE",
        "PYTHONPROFILEIMPORTTIME",
        "PYTHONSAFEPATH",
    ] {
        cmd.env_remove(var);
    }
    cmd.stdin(Stdio::piped()).stdout(Stdio::piped()).stderr(Stdio::piped());
    for (k, v) in env {
        cmd.env(k, v);
    }
    let mut child = cmd.spawn().expect("kaa runs");
    child.stdin.take().expect("stdin").write_all(b"").expect("stdin");
    let o = child.wait_with_output().expect("kaa ends");
    Run {
        status: o.status.code().unwrap_or(-1),
        out: String::from_utf8_lossy(&o.stdout).into_owned(),
        err: String::from_utf8_lossy(&o.stderr).into_owned(),
    }
}

fn tmp(name: &str) -> std::path::PathBuf {
    let d = std::env::temp_dir().join(format!("kaa-imports-{}-{name}", std::process::id()));
    let _ = std::fs::remove_dir_all(&d);
    std::fs::create_dir_all(&d).expect("temp dir");
    d
}

fn set_mtime(path: &std::path::Path, t: std::time::SystemTime) {
    let f = std::fs::OpenOptions::new().write(true).open(path).expect("open");
    f.set_modified(t).expect("set mtime");
}

#[test]
fn the_cache_is_written_reused_and_invalidated() {
    let d = tmp("cache");
    let src = d.join("cached_mod.py");
    std::fs::write(&src, "VALUE = 'one'\n").unwrap();
    std::fs::write(d.join("main.py"), "import cached_mod\nprint(cached_mod.VALUE)\n").unwrap();
    let stamp = std::time::SystemTime::UNIX_EPOCH + std::time::Duration::from_secs(1_700_000_000);
    set_mtime(&src, stamp);
    let r = kaa(&["main.py"], &[], &d);
    assert_eq!(r.out, "one\n", "{}", r.err);
    let pyc = d.join("__pycache__").join("cached_mod.kaa-311.pyc");
    assert!(pyc.is_file(), "the module's cache is written");
    // The script itself is never cached, as in CPython.
    assert!(!d.join("__pycache__").join("main.kaa-311.pyc").exists());
    let header = std::fs::read(&pyc).unwrap();
    assert_eq!(
        &header[8..12],
        &1_700_000_000u32.to_le_bytes(),
        "the header holds the mtime"
    );
    assert_eq!(&header[12..16], &14u32.to_le_bytes(), "and the size");
    // Same size and mtime: the cache is used (the new text is not compiled).
    std::fs::write(&src, "VALUE = 'two'\n").unwrap();
    set_mtime(&src, stamp);
    let r = kaa(&["main.py"], &[], &d);
    assert_eq!(r.out, "one\n", "the cached code runs: {}", r.err);
    // A new mtime invalidates it; the cache is rewritten.
    set_mtime(&src, stamp + std::time::Duration::from_secs(10));
    let r = kaa(&["main.py"], &[], &d);
    assert_eq!(r.out, "two\n", "{}", r.err);
    let header = std::fs::read(&pyc).unwrap();
    assert_eq!(&header[8..12], &1_700_000_010u32.to_le_bytes());
    // A corrupt cache is ignored and replaced.
    std::fs::write(&pyc, b"garbage").unwrap();
    let r = kaa(&["main.py"], &[], &d);
    assert_eq!(r.out, "two\n", "{}", r.err);
    assert!(std::fs::read(&pyc).unwrap().len() > 16);
    // importlib sees the same files and magic number.
    let r = kaa(
        &[
            "-c",
            "import importlib.util as u, cached_mod, sys\n\
             print(cached_mod.__cached__ == u.cache_from_source(cached_mod.__file__))\n\
             print(open(cached_mod.__cached__, 'rb').read(4) == u.MAGIC_NUMBER)\n\
             print(sys.implementation.cache_tag, sys.dont_write_bytecode)",
        ],
        &[],
        &d,
    );
    assert_eq!(r.out, "True\nTrue\nkaa-311 False\n", "{}", r.err);
}

#[test]
fn no_cache_with_dash_b_the_environment_or_sys_flag() {
    for (args, env) in [
        (&["-B", "main.py"][..], &[][..]),
        (&["main.py"][..], &[("PYTHONDONTWRITEBYTECODE", "1")][..]),
    ] {
        let d = tmp("nocache");
        std::fs::write(d.join("m.py"), "X = 1\n").unwrap();
        std::fs::write(
            d.join("main.py"),
            "import sys, m\nprint(m.X, sys.dont_write_bytecode, sys.flags.dont_write_bytecode)\n",
        )
        .unwrap();
        let r = kaa(args, env, &d);
        assert_eq!(r.out, "1 True 1\n", "{}", r.err);
        assert!(!d.join("__pycache__").exists(), "{args:?} wrote a cache");
    }
    let d = tmp("nocache-sys");
    std::fs::write(d.join("m.py"), "X = 1\n").unwrap();
    let r = kaa(
        &["-c", "import sys\nsys.dont_write_bytecode = True\nimport m\nprint(m.X)"],
        &[],
        &d,
    );
    assert_eq!(r.out, "1\n", "{}", r.err);
    assert!(!d.join("__pycache__").exists());
}

#[test]
fn a_sandboxed_embedder_without_write_grant_writes_no_cache() {
    let d = tmp("sandbox");
    std::fs::write(d.join("sandboxed_mod.py"), "X = 41 + 1\n").unwrap();
    let dir = d.to_string_lossy().replace('\\', "\\\\");
    let code = format!("import sys\nsys.path.insert(0, '{dir}')\nimport sandboxed_mod\nprint(sandboxed_mod.X)\n");
    let mut interp = kaa::Interpreter::builder().allow_read(&d).build();
    interp.capture_output();
    interp.exec(&code).expect("runs");
    assert_eq!(interp.take_output(), "42\n");
    assert!(!d.join("__pycache__").exists(), "read-only grant: no cache");
    let mut interp = kaa::Interpreter::builder().allow_read_write(&d).build();
    interp.capture_output();
    interp.exec(&code).expect("runs");
    assert_eq!(interp.take_output(), "42\n");
    assert!(d.join("__pycache__").join("sandboxed_mod.kaa-311.pyc").is_file());
}

#[test]
fn importtime_prints_cpythons_table() {
    let d = tmp("importtime");
    std::fs::create_dir_all(d.join("pk")).unwrap();
    std::fs::write(d.join("pk").join("__init__.py"), "from . import inner\n").unwrap();
    std::fs::write(d.join("pk").join("inner.py"), "X = 1\n").unwrap();
    for (args, env) in [
        (&["-X", "importtime", "-S", "-c", "import pk"][..], &[][..]),
        (&["-S", "-c", "import pk"][..], &[("PYTHONPROFILEIMPORTTIME", "1")][..]),
    ] {
        let r = kaa(args, env, &d);
        assert_eq!(r.status, 0, "{}", r.err);
        let lines: Vec<&str> = r.err.lines().collect();
        assert_eq!(lines[0], "import time: self [us] | cumulative | imported package");
        let tail: Vec<String> = lines[lines.len() - 2..]
            .iter()
            .map(|l| {
                let cols: Vec<&str> = l.split('|').collect();
                assert!(cols[0].starts_with("import time: "), "{l}");
                assert!(
                    cols[0].trim_start_matches("import time:").trim().parse::<u64>().is_ok(),
                    "{l}"
                );
                assert!(cols[1].trim().parse::<u64>().is_ok(), "{l}");
                cols[2].to_string()
            })
            .collect();
        assert_eq!(
            tail,
            [" pk.inner".to_string().replacen(' ', "   ", 1), " pk".to_string()]
        );
    }
    let r = kaa(&["-S", "-c", "import pk"], &[], &d);
    assert_eq!(r.err, "");
}

#[test]
fn site_and_the_user_site() {
    let d = tmp("site");
    let home = d.join("home");
    let user_site = home.join(".local/lib/kaa3.11/site-packages");
    std::fs::create_dir_all(&user_site).unwrap();
    std::fs::write(user_site.join("user_mod.py"), "WHERE = 'user site'\n").unwrap();
    std::fs::write(user_site.join("extra.pth"), "import sys; sys.PTH_RAN = True\n").unwrap();
    let home_s = home.to_string_lossy().into_owned();
    let code = "import sys, user_mod\nprint(user_mod.WHERE, sys.PTH_RAN, 'site' in sys.modules)";
    let r = kaa(&["-c", code], &[("HOME", &home_s)], &d);
    assert_eq!(r.out, "user site True True\n", "{}", r.err);
    for (args, env) in [
        (&["-s", "-c", "import user_mod"][..], &[("HOME", home_s.as_str())][..]),
        (&["-I", "-c", "import user_mod"][..], &[("HOME", home_s.as_str())][..]),
        (
            &["-c", "import user_mod"][..],
            &[("HOME", home_s.as_str()), ("PYTHONNOUSERSITE", "1")][..],
        ),
        (&["-S", "-c", "import user_mod"][..], &[("HOME", home_s.as_str())][..]),
    ] {
        let r = kaa(args, env, &d);
        assert!(
            r.err.ends_with("ModuleNotFoundError: No module named 'user_mod'\n"),
            "{args:?}: {}",
            r.err
        );
    }
    let r = kaa(
        &[
            "-S",
            "-c",
            "import sys; print('site' in sys.modules, sys.flags.no_site)",
        ],
        &[],
        &d,
    );
    assert_eq!(r.out, "False 1\n");
    // sys.path: the script's folder (absolute), then the standard library's entry.
    std::fs::write(d.join("p.py"), "import sys, os\nprint(sys.path[0] == os.getcwd(), sys.path[1].endswith('/lib/kaa3.11'))\nprint(sys.prefix == os.path.dirname(os.path.dirname(sys.executable)))\n").unwrap();
    let r = kaa(&["p.py"], &[], &d);
    assert_eq!(r.out, "True True\nTrue\n", "{}", r.err);
    // `-c`: `''` first, which `site` (run before it is added) leaves alone.
    let r = kaa(&["-c", "import sys; print(repr(sys.path[0]))"], &[], &d);
    assert_eq!(r.out, "''\n", "{}", r.err);
}

#[test]
fn a_directory_with_main_runs_and_dash_m_sets_argv0() {
    let d = tmp("dirmain");
    let app = d.join("app");
    std::fs::create_dir_all(&app).unwrap();
    std::fs::write(
        app.join("__main__.py"),
        "import sys, helper\nprint(__name__, sys.argv, helper.X)\n",
    )
    .unwrap();
    std::fs::write(app.join("helper.py"), "X = 'beside __main__'\n").unwrap();
    let r = kaa(&["app", "arg"], &[], &d);
    assert_eq!(r.out, "__main__ ['app', 'arg'] beside __main__\n", "{}", r.err);
    std::fs::write(
        d.join("mm.py"),
        "import sys\nprint(__name__, sys.argv[0] == __file__, __spec__.name)\n",
    )
    .unwrap();
    let r = kaa(&["-m", "mm"], &[], &d);
    assert_eq!(r.out, "__main__ True mm\n", "{}", r.err);
    let empty = d.join("empty");
    std::fs::create_dir_all(&empty).unwrap();
    let r = kaa(&["empty"], &[], &d);
    assert_eq!(r.status, 1);
    assert!(
        r.err
            .ends_with(&format!(": can't find '__main__' module in '{}'\n", empty.display())),
        "{}",
        r.err
    );
}
