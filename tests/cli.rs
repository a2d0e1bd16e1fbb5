//! The `kaa` command line against CPython 3.11's: options, `-m`, `-i`, the
//! environment variables, and the messages and exit statuses of bad usage.
//! Expected texts were observed with `python3` (CPython 3.11.7); where
//! CPython names its own executable, `kaa` is named.

use std::io::Write;
use std::process::{Command, Stdio};

const KAA: &str = env!("CARGO_BIN_EXE_kaa");

struct Run {
    status: i32,
    out: String,
    err: String,
}

fn kaa(args: &[&str], env: &[(&str, &str)], stdin: &str, dir: &std::path::Path) -> Run {
    let mut cmd = Command::new(KAA);
    cmd.args(args)
        .current_dir(dir)
        .env_remove("PYTHONPATH")
        .env_remove("PYTHONWARNINGS")
        .env_remove("PYTHONUNBUFFERED")
        .env_remove("PYTHONSAFEPATH")
        .env_remove("PYTHONINSPECT")
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped());
    for (k, v) in env {
        cmd.env(k, v);
    }
    let mut child = cmd.spawn().expect("kaa runs");
    child
        .stdin
        .take()
        .expect("stdin")
        .write_all(stdin.as_bytes())
        .expect("write stdin");
    let o = child.wait_with_output().expect("kaa ends");
    Run {
        status: o.status.code().unwrap_or(-1),
        out: String::from_utf8_lossy(&o.stdout).into_owned(),
        err: String::from_utf8_lossy(&o.stderr).into_owned(),
    }
}

fn tmp(name: &str) -> std::path::PathBuf {
    // A number per call: tests run in parallel, and two of them asking for the
    // same name (`kaa_joined`) must not delete each other's folder.
    static NEXT: std::sync::atomic::AtomicUsize = std::sync::atomic::AtomicUsize::new(0);
    let n = NEXT.fetch_add(1, std::sync::atomic::Ordering::Relaxed);
    let d = std::env::temp_dir().join(format!("kaa-cli-{}-{name}-{n}", std::process::id()));
    let _ = std::fs::remove_dir_all(&d);
    std::fs::create_dir_all(&d).expect("temp dir");
    d
}

#[test]
fn bad_usage_is_status_2_with_cpythons_message() {
    let d = tmp("usage");
    for (args, first) in [
        (&["-z"][..], "Unknown option: -z"),
        (&["-c"][..], "Argument expected for the -c option"),
        (&["-m"][..], "Argument expected for the -m option"),
        (&["-W"][..], "Argument expected for the -W option"),
        (&["-X"][..], "Argument expected for the -X option"),
        (&["--foo"][..], "unknown option --foo"),
        (&["--adaptive", "x.py"][..], "--adaptive is only valid with --dis"),
    ] {
        let r = kaa(args, &[], "", &d);
        assert_eq!(r.status, 2, "{args:?}");
        let lines: Vec<&str> = r.err.lines().collect();
        assert_eq!(lines[0], first);
        assert!(lines[1].starts_with("usage: "), "{}", r.err);
        assert_eq!(lines[2], "Try `python -h' for more information.");
    }
    let r = kaa(&["-V"], &[], "", &d);
    assert_eq!((r.status, r.out.as_str()), (0, "Python 3.11.7\n"));
    let r = kaa(&["-h"], &[], "", &d);
    assert_eq!(r.status, 0);
    assert!(r.out.contains("-m mod : run library module as a script"));
    assert!(r.out.contains("--dis file"));
}

#[test]
fn options_reach_sys() {
    let d = tmp("sys");
    let code = "import sys; print(sys._xoptions, sys.warnoptions, sys.flags.optimize, sys.flags.inspect, sys.flags.isolated, sys.flags.safe_path, sys.argv)";
    let r = kaa(
        &["-X", "foo=bar", "-Xbaz", "-W", "ignore", "-OO", "-c", code, "a"],
        &[],
        "",
        &d,
    );
    assert_eq!(
        r.out, "{'foo': 'bar', 'baz': True} ['ignore'] 2 0 0 False ['-c', 'a']\n",
        "{}",
        r.err
    );
    // PYTHONWARNINGS comes first, then -W; -E ignores the environment.
    let code = "import sys; print(sys.warnoptions)";
    let r = kaa(
        &["-W", "always", "-c", code],
        &[("PYTHONWARNINGS", "error,ignore::DeprecationWarning")],
        "",
        &d,
    );
    assert_eq!(r.out, "['error', 'ignore::DeprecationWarning', 'always']\n");
    let r = kaa(&["-E", "-c", code], &[("PYTHONWARNINGS", "error")], "", &d);
    assert_eq!(r.out, "[]\n");
    // Clustered flags and an attached argument.
    let r = kaa(
        &[
            "-Is",
            "-Werror",
            "-c",
            "import sys; print([p.rsplit('/', 2)[-2:] for p in sys.path], sys.flags.isolated, sys.warnoptions)",
        ],
        &[],
        "",
        &d,
    );
    // -I: no script folder, only the standard library's entry.
    assert_eq!(r.out, "[['lib', 'kaa3.11']] 1 ['error']\n");
}

#[test]
fn pythonpath_follows_the_script_folder() {
    let d = tmp("path");
    let lib = d.join("lib");
    std::fs::create_dir_all(&lib).unwrap();
    std::fs::write(lib.join("helper_lib.py"), "VALUE = 41 + 1\n").unwrap();
    let lib_s = lib.to_string_lossy().into_owned();
    let r = kaa(
        &[
            "-c",
            "import helper_lib, sys; print(helper_lib.VALUE, sys.path[1] == sys.argv[1])",
            &lib_s,
        ],
        &[("PYTHONPATH", &lib_s)],
        "",
        &d,
    );
    assert_eq!(r.out, "42 True\n", "{}", r.err);
    let r = kaa(&["-I", "-c", "import helper_lib"], &[("PYTHONPATH", &lib_s)], "", &d);
    assert!(
        r.err.ends_with("ModuleNotFoundError: No module named 'helper_lib'\n"),
        "{}",
        r.err
    );
}

#[test]
fn dash_m_runs_modules_and_packages_as_main() {
    let d = tmp("m");
    std::fs::write(
        d.join("mm.py"),
        "import sys\nprint(__name__, sys.argv[1:], sys.argv[0].endswith('mm.py'))\n",
    )
    .unwrap();
    std::fs::create_dir_all(d.join("pk")).unwrap();
    std::fs::write(d.join("pk/__init__.py"), "print('init')\n").unwrap();
    std::fs::write(
        d.join("pk/__main__.py"),
        "from . import helper\nprint('main', __name__, __package__, helper.X)\n",
    )
    .unwrap();
    std::fs::write(d.join("pk/helper.py"), "X = 7\n").unwrap();
    let r = kaa(&["-m", "mm", "a", "-b"], &[], "", &d);
    assert_eq!(r.out, "__main__ ['a', '-b'] True\n", "{}", r.err);
    let r = kaa(&["-m", "pk"], &[], "", &d);
    assert_eq!(r.out, "init\nmain __main__ pk 7\n", "{}", r.err);
    let r = kaa(&["-m", "nosuchmod"], &[], "", &d);
    assert_eq!(r.status, 1);
    assert!(r.err.ends_with(": No module named nosuchmod\n"), "{}", r.err);
    let r = kaa(&["-m", "collections"], &[], "", &d);
    assert_eq!(r.status, 1);
    assert!(
        r.err.ends_with(
            ": No module named collections.__main__; 'collections' is a package and cannot be directly executed\n"
        ),
        "{}",
        r.err
    );
    // A module of the built-in standard library runs too.
    let r = kaa(&["-m", "this_is_not_there.either"], &[], "", &d);
    assert_eq!(r.status, 1);
}

#[test]
fn dash_i_prompts_after_the_program_even_after_an_error() {
    let d = tmp("i");
    let r = kaa(&["-i", "-c", "x = 2; 1/0"], &[], "print(x * 21)\n", &d);
    assert_eq!(r.status, 0);
    assert_eq!(r.out, "42\n");
    assert!(
        r.err.contains("ZeroDivisionError: division by zero\n>>> >>> \n"),
        "{}",
        r.err
    );
}

#[test]
fn dash_x_skips_the_first_line_and_keeps_line_numbers() {
    let d = tmp("x");
    std::fs::write(d.join("x.py"), "this is not python\n1/0\n").unwrap();
    let r = kaa(&["-x", "x.py"], &[], "", &d);
    assert_eq!(r.status, 1);
    assert!(r.err.contains("line 2"), "{}", r.err);
}

#[test]
fn dash_u_writes_unbuffered() {
    let d = tmp("u");
    let r = kaa(
        &[
            "-u",
            "-c",
            "import sys; print('a', end=''); sys.stderr.write('b'); print('c')",
        ],
        &[],
        "",
        &d,
    );
    assert_eq!((r.out.as_str(), r.err.as_str()), ("ac\n", "b"));
}

/// `-i` with piped input: the interactive prompt reads it, prompts on
/// stderr; compound statements end at a blank line; `_`, `sys.last_type`,
/// the hints of `exit`, `quit` and `help`, a settable `sys.ps1`, and the
/// status of `exit(3)`. Expected texts observed with CPython 3.11.
#[test]
fn dash_i_reads_piped_input_at_the_prompt() {
    let d = tmp("i-piped");
    let input = "x = 5\nx\nfor i in range(2): print(i)\n\n@staticmethod\ndef f(): return 7\n\n\
                 f.__func__()\n1/0\nimport sys; sys.last_type.__name__\n_\nexit\nquit\n\
                 sys.ps1 = \"K> \"\nif 1:\n  2\n\n(1,\n2)\nhelp\nexit(3)\nprint('not reached')\n";
    let r = kaa(&["-i", "-q"], &[], input, &d);
    assert_eq!(r.status, 3);
    assert_eq!(
        r.out,
        "5\n0\n1\n7\n'ZeroDivisionError'\n'ZeroDivisionError'\n\
         Use exit() or Ctrl-D (i.e. EOF) to exit\nUse quit() or Ctrl-D (i.e. EOF) to exit\n\
         2\n(1, 2)\nType help() for interactive help, or help(object) for help about object.\n"
    );
    assert_eq!(
        r.err,
        ">>> >>> >>> ... >>> ... ... >>> >>> Traceback (most recent call last):\n  \
         File \"<stdin>\", line 1, in <module>\nZeroDivisionError: division by zero\n\
         >>> >>> >>> >>> >>> K> ... ... K> ... K> K> "
    );
    // Without -i, piped input is a program: no prompts, no echo.
    let r = kaa(&[], &[], "x = 5\nx\nprint(x * 2)\n", &d);
    assert_eq!((r.status, r.out.as_str(), r.err.as_str()), (0, "10\n", ""));
    // End of input at the prompt: status 0 (a newline after the prompt).
    let r = kaa(&["-i", "-q"], &[], "y = 1\n", &d);
    assert_eq!((r.status, r.err.as_str()), (0, ">>> >>> \n"));
}

/// `help(obj)` in a program prints pydoc's text to stdout.
#[test]
fn help_prints_the_documentation() {
    let d = tmp("help");
    let r = kaa(&[], &[], "def f(a):\n    \"Doc of f.\"\nhelp(f)\n", &d);
    assert_eq!(r.status, 0, "{}", r.err);
    assert_eq!(
        r.out,
        "Help on function f in module __main__:\n\nf(a)\n    Doc of f.\n\n"
    );
}

/// `kaa -m timeit`: CPython's options and output line.
#[test]
fn dash_m_timeit_prints_loops_best_of_and_time_per_loop() {
    let d = tmp("timeit");
    let r = kaa(&["-m", "timeit", "-n", "3", "-r", "2", "x = 1"], &[], "", &d);
    assert_eq!(r.status, 0, "{}", r.err);
    let line = r.out.trim_end();
    let rest = line
        .strip_prefix("3 loops, best of 2: ")
        .unwrap_or_else(|| panic!("{line:?}"));
    let (num, unit) = rest
        .strip_suffix(" per loop")
        .and_then(|s| s.split_once(' '))
        .expect("a time");
    assert!(num.parse::<f64>().is_ok(), "{line:?}");
    assert!(["nsec", "usec", "msec", "sec"].contains(&unit), "{line:?}");
    let r = kaa(&["-m", "timeit", "-x"], &[], "", &d);
    assert_eq!(r.status, 2);
    assert_eq!(r.out, "option -x not recognized\nuse -h/--help for command line help\n");
}

/// Run `kaa ARGS` through `sh` with stderr joined to stdout (one pipe, so
/// the order in which the two streams reach it shows), stdin from `stdin`.
fn kaa_joined(args: &[&str], env: &[(&str, &str)], stdin: &str) -> (i32, String) {
    let d = tmp("joined");
    let mut line = format!("'{KAA}'");
    for a in args {
        line.push_str(&format!(" '{}'", a.replace('\'', "'\\''")));
    }
    line.push_str(" 2>&1");
    let r = kaa_via_sh(&line, env, stdin, &d);
    (r.status, r.out)
}

fn kaa_via_sh(line: &str, env: &[(&str, &str)], stdin: &str, dir: &std::path::Path) -> Run {
    let mut cmd = Command::new("sh");
    cmd.arg("-c")
        .arg(line)
        .current_dir(dir)
        .env_remove("PYTHONUNBUFFERED")
        .env_remove("PYTHONIOENCODING")
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped());
    for (k, v) in env {
        cmd.env(k, v);
    }
    let mut child = cmd.spawn().expect("sh runs");
    child
        .stdin
        .take()
        .expect("stdin")
        .write_all(stdin.as_bytes())
        .expect("write stdin");
    let o = child.wait_with_output().expect("sh ends");
    Run {
        status: o.status.code().unwrap_or(-1),
        out: String::from_utf8_lossy(&o.stdout).into_owned(),
        err: String::from_utf8_lossy(&o.stderr).into_owned(),
    }
}

#[test]
fn stdout_is_block_buffered_through_a_pipe_and_stderr_line_buffered() {
    // As CPython: stdout reaches the pipe at exit, stderr at each line.
    let code = "import sys; print('a'); sys.stderr.write('b\\n'); print('c')";
    assert_eq!(kaa_joined(&["-c", code], &[], ""), (0, "b\na\nc\n".to_string()));
    // A traceback goes behind what stderr holds; stdout is flushed after it.
    let code = "import sys; print('a'); sys.stderr.write('b'); print('c'); 1/0";
    let (status, out) = kaa_joined(&["-c", code], &[], "");
    assert_eq!(status, 1);
    assert!(out.starts_with("bTraceback (most recent call last):\n"), "{out}");
    assert!(out.ends_with("ZeroDivisionError: division by zero\na\nc\n"), "{out}");
    // flush() sends it at once; atexit handlers still write before the end.
    let code = "import sys, atexit; atexit.register(lambda: print('bye')); \
                print('a', flush=True); sys.stderr.write('b\\n'); print('c', end='')";
    assert_eq!(kaa_joined(&["-c", code], &[], ""), (0, "a\nb\ncbye\n".to_string()));
    // os._exit() leaves what is buffered unwritten, as CPython.
    let code = "import os; print('lost'); os._exit(3)";
    assert_eq!(kaa_joined(&["-c", code], &[], ""), (3, String::new()));
}

#[test]
fn dash_u_has_no_buffered_layer() {
    let code = "import sys; print(type(sys.stdout.buffer).__name__, sys.stdout.write_through, \
                type(sys.stdin.buffer).__name__); sys.stderr.write('e\\n'); print('o')";
    let want = "FileIO True BufferedReader\ne\no\n".to_string();
    assert_eq!(kaa_joined(&["-u", "-c", code], &[], ""), (0, want.clone()));
    assert_eq!(kaa_joined(&["-c", code], &[("PYTHONUNBUFFERED", "1")], ""), (0, want));
    // -E ignores PYTHONUNBUFFERED.
    let (_, out) = kaa_joined(&["-E", "-c", code], &[("PYTHONUNBUFFERED", "1")], "");
    assert_eq!(out, "e\nBufferedWriter False BufferedReader\no\n");
}

#[test]
fn input_flushes_stdout_and_stdin_reads_lines() {
    let code = "print('a', end=''); x = input(); print(x)";
    assert_eq!(kaa_joined(&["-c", code], &[], "hello\n"), (0, "ahello\n".to_string()));
    let code = "import sys\nprint(repr(sys.stdin.readline()))\nfor l in sys.stdin: print(repr(l))\n\
                print(repr(sys.stdin.read()))";
    let (_, out) = kaa_joined(&["-c", code], &[], "l1\nl2\nl3");
    assert_eq!(out, "'l1\\n'\n'l2\\n'\n'l3'\n''\n");
    let code = "import sys; print(sys.stdin.buffer.read(3), sys.stdin.buffer.read())";
    assert_eq!(
        kaa_joined(&["-c", code], &[], "abcdef"),
        (0, "b'abc' b'def'\n".to_string())
    );
}

#[test]
fn pythonioencoding_sets_the_streams_encoding() {
    let code = "import sys; print(sys.stdout.encoding, sys.stdout.errors, sys.stderr.errors)";
    let (_, out) = kaa_joined(&["-c", code], &[("PYTHONIOENCODING", ":replace")], "");
    assert_eq!(out, "utf-8 replace backslashreplace\n");
    let (_, out) = kaa_joined(&["-c", code], &[("PYTHONIOENCODING", "latin-1")], "");
    assert_eq!(out, "iso8859-1 strict backslashreplace\n");
    let (status, out) = kaa_joined(&["-c", "print('caf\\xe9')"], &[("PYTHONIOENCODING", "ascii")], "");
    assert_eq!(status, 1);
    assert!(
        out.ends_with(
            "UnicodeEncodeError: 'ascii' codec can't encode character '\\xe9' in position 3: \
             ordinal not in range(128)\n"
        ),
        "{out}"
    );
    let (_, out) = kaa_joined(
        &["-c", "print('caf\\xe9')"],
        &[("PYTHONIOENCODING", "ascii:replace")],
        "",
    );
    assert_eq!(out, "caf?\n");
    let (status, out) = kaa_joined(&["-c", "print(1)"], &[("PYTHONIOENCODING", "bogus")], "");
    assert_eq!(status, 1);
    assert!(out.contains("LookupError: unknown encoding: bogus"), "{out}");
}

#[test]
fn dash_i_prompt_and_input_share_stdin() {
    // The prompt reads a line at a time without holding stdin, so the
    // program's input() gets the next line (it used to wait for ever).
    let d = tmp("i-input");
    let r = kaa(&["-i", "-c", "pass"], &[], "x = input()\nhello\nprint(x)\n", &d);
    assert_eq!((r.status, r.out.as_str()), (0, ""), "{}", r.err);
    let r = kaa(&["-i", "-c", "pass"], &[], "x = input()\nhello\n", &d);
    assert_eq!((r.status, r.out.as_str()), (0, ""), "{}", r.err);
    let r = kaa(
        &["-i", "-c", "import sys"],
        &[],
        "print(1, end='')\nsys.stdout.write('2\\n')\n",
        &d,
    );
    assert_eq!((r.status, r.out.as_str()), (0, "12\n2\n"), "{}", r.err);
}

/// `__file__` of the script and the file names in its tracebacks are the
/// path as typed joined to the current directory (not normalised), while
/// `sys.argv[0]` stays as typed and `sys.path[0]` is the normalised folder,
/// as CPython 3.9+.
#[test]
fn script_file_is_absolute_as_typed() {
    let d = tmp("abs");
    std::fs::create_dir_all(d.join("sub")).expect("sub");
    std::fs::write(
        d.join("sub/s.py"),
        "import sys\nprint(__file__)\nprint(sys.argv[0])\nprint(sys.path[0])\n1/0\n",
    )
    .expect("write");
    let r = kaa(&["sub/../sub/s.py"], &[], "", &d);
    let root = d.to_string_lossy();
    assert_eq!(r.out, format!("{root}/sub/../sub/s.py\nsub/../sub/s.py\n{root}/sub\n"));
    assert!(
        r.err
            .contains(&format!("  File \"{root}/sub/../sub/s.py\", line 5, in <module>\n")),
        "{}",
        r.err
    );
    assert_eq!(r.status, 1);
}

/// `sys.flags.utf8_mode` as CPython's: `-X utf8[=0|1]` (the last wins), else
/// `PYTHONUTF8=1` unless `-E`.
#[test]
fn utf8_mode_flag() {
    let d = tmp("utf8");
    let code = "import sys; print(sys.flags.utf8_mode)";
    let flag = |args: &[&str], env: &[(&str, &str)]| {
        let mut all = args.to_vec();
        all.extend(["-c", code]);
        kaa(&all, env, "", &d).out
    };
    assert_eq!(flag(&[], &[]), "0\n");
    assert_eq!(flag(&["-X", "utf8"], &[]), "1\n");
    assert_eq!(flag(&["-X", "utf8", "-X", "utf8=0"], &[]), "0\n");
    assert_eq!(flag(&[], &[("PYTHONUTF8", "1")]), "1\n");
    assert_eq!(flag(&["-E"], &[("PYTHONUTF8", "1")]), "0\n");
}

/// Run `kaa args` with stdout a pipe whose reading end is already closed
/// (what `kaa ... | head -1` comes to once `head` has exited).
fn kaa_into_closed_pipe(args: &[&str]) -> Run {
    let (reader, writer) = std::io::pipe().expect("pipe");
    drop(reader);
    let o = Command::new(KAA)
        .args(args)
        .env_remove("PYTHONUNBUFFERED")
        .env_remove("PYTHONIOENCODING")
        .stdin(Stdio::null())
        .stdout(writer)
        .stderr(Stdio::piped())
        .output()
        .expect("kaa runs");
    Run {
        status: o.status.code().unwrap_or(-1),
        out: String::new(),
        err: String::from_utf8_lossy(&o.stderr).into_owned(),
    }
}

#[test]
fn a_closed_stdout_pipe_ends_as_in_cpython() {
    let ignored = "Exception ignored in: <_io.TextIOWrapper name='<stdout>' mode='w' encoding='utf-8'>\n\
                   BrokenPipeError: [Errno 32] Broken pipe\n";
    let tb = |line: u32| {
        format!(
            "Traceback (most recent call last):\n  File \"<string>\", line {line}, in <module>\n\
             BrokenPipeError: [Errno 32] Broken pipe\n"
        )
    };
    for flags in [&[][..], &["-S"][..]] {
        let run = |src: &str| kaa_into_closed_pipe(&[flags, &["-c", src][..]].concat());
        // The block buffer fills: the write fails in the program, which
        // ends with a traceback; nothing is left to flush at exit.
        let r = run("for i in range(10**6): print(i)");
        assert_eq!((r.status, r.err.as_str()), (1, tb(1).as_str()), "{flags:?}");
        // A write larger than the buffer goes straight to the pipe.
        let r = run("import sys\nsys.stdout.write('x' * 100000)");
        assert_eq!((r.status, r.err.as_str()), (1, tb(2).as_str()), "{flags:?}");
        // What is still buffered at exit cannot be written: reported as
        // ignored, status 120 (also over a `SystemExit` status).
        let r = run("print('x' * 10)");
        assert_eq!((r.status, r.err.as_str()), (120, ignored), "{flags:?}");
        let r = run("print('x')\nraise SystemExit(3)");
        assert_eq!((r.status, r.err.as_str()), (120, ignored), "{flags:?}");
        let r = run("import sys\nprint('a')\nsys.stderr.write('hello\\n')");
        assert_eq!((r.status, r.err), (120, format!("hello\n{ignored}")), "{flags:?}");
        // A failed explicit flush keeps the data: it fails again at exit.
        let r = run("print('a', flush=True)");
        assert_eq!((r.status, r.err), (120, format!("{}{ignored}", tb(1))), "{flags:?}");
        // Caught by the program: then nothing is pending.
        let r = run("import sys\ntry:\n    for i in range(10**6): print(i)\n\
             except BrokenPipeError as e:\n    print('caught', e, file=sys.stderr)");
        assert_eq!(
            (r.status, r.err.as_str()),
            (0, "caught [Errno 32] Broken pipe\n"),
            "{flags:?}"
        );
    }
    // Unbuffered (`-u`): every print fails at once; nothing pending at exit.
    let r = kaa_into_closed_pipe(&["-u", "-c", "print('x' * 10)"]);
    assert_eq!((r.status, r.err.as_str()), (1, tb(1).as_str()));
}

#[test]
fn dis_adaptive_shows_the_specialized_forms_after_the_run() {
    let d = tmp("adaptive");
    let prog = "\
class P:
    def __init__(self, x):
        self.x = x
    def m(self):
        return self.x
class S:
    __slots__ = ('a',)
def f(p, s):
    s.a = len('ab')
    return p.x + p.m() + s.a
class Q:
    def __init__(self):
        self.z = 1
def g(q):
    return q.z
print(sum(f(P(i), S()) for i in range(8)))
print(sum(g(Q()) for i in range(8)))
Q.w = 0
";
    std::fs::write(d.join("prog.py"), prog).expect("write");
    let r = kaa(&["--dis", "--adaptive", "prog.py"], &[], "", &d);
    assert_eq!(r.status, 0, "{}", r.err);
    assert!(r.out.starts_with("72\n8\n"), "{}", r.out);
    let line = |needle: &str| r.out.lines().find(|l| l.contains(needle)).map(str::to_string);
    for form in [
        "STORE_ATTR_WITH_HINT",
        "LOAD_METHOD_WITH_DICT",
        "STORE_ATTR_SLOT",
        "LOAD_ATTR_SLOT",
        "LOAD_GLOBAL_BUILTIN",
    ] {
        assert!(line(form).is_some(), "{form} missing:\n{}", r.out);
    }
    // `Q.w = 0` retired Q's cache tag after the run: the hints learnt for Q
    // are shown as stale, under the base name.
    let stale = line("LOAD_ATTR                0 (z) [stale: Q or a base changed").unwrap_or_default();
    assert!(!stale.is_empty(), "{}", r.out);
    // The plain listing still compiles without running.
    let r = kaa(&["--dis", "prog.py"], &[], "", &d);
    assert!(!r.out.contains("72\n") && !r.out.contains("_WITH_HINT"), "{}", r.out);
    // From Python, before the class changes.
    let code = "import dis\nclass K:\n    def __init__(self): self.v = 1\ndef h(k): return k.v\nfor _ in range(8): h(K())\ndis.dis(h, adaptive=True)\ndis.dis(h)";
    let r = kaa(&["-c", code], &[], "", &d);
    assert_eq!(r.status, 0, "{}", r.err);
    assert!(
        r.out.contains("LOAD_ATTR_WITH_HINT      0 (v) [K, entry 0]"),
        "{}",
        r.out
    );
    assert!(r.out.contains("LOAD_ATTR                0 (v)\n"), "{}", r.out);
    // An uncaught exception: its status, and the listing all the same.
    std::fs::write(d.join("bad.py"), "def f(): return len(1)\nf()\n").expect("write");
    let r = kaa(&["--dis", "--adaptive", "bad.py"], &[], "", &d);
    assert_eq!(r.status, 1);
    assert!(
        r.err.contains("TypeError: object of type 'int' has no len()"),
        "{}",
        r.err
    );
    assert!(r.out.contains("LOAD_GLOBAL_BUILTIN"), "{}", r.out);
}

/// `--dis --adaptive` names the way each type-checked instruction went last
/// (`PyCode::last_way`): the int forms after an int run, the float forms
/// after a later float run of the same code; `dis.dis(adaptive=True)` says
/// when counting was off.
#[test]
fn dis_adaptive_shows_the_last_way_of_the_type_checked_instructions() {
    let d = tmp("adaptive_way");
    let prog = "\
def f(n, x):
    t = x
    for i in range(n):
        t = t + x * x
        if t < x:
            t -= 1
    return t
def g(pairs, d):
    s = 0
    for a, b in pairs:
        s = s + a
    return s + d['k'] + pairs[0][1] + len(pairs)
def gen(n):
    yield from range(n)
def h(n):
    for v in gen(n):
        pass
print(f(3, 1))
print(g([(1, 2), (3, 4)], {'k': 5}))
h(2)
";
    std::fs::write(d.join("prog.py"), prog).expect("write");
    let r = kaa(&["--dis", "--adaptive", "prog.py"], &[], "", &d);
    assert_eq!(r.status, 0, "{}", r.err);
    assert!(r.out.starts_with("4\n13\n"), "{}", r.out);
    for form in [
        "BINARY_OP_ADD_INT",
        "BINARY_OP_MULTIPLY_INT",
        "COMPARE_OP_INT_JUMP",
        "FOR_ITER_RANGE",
        "FOR_ITER_LIST",
        "UNPACK_SEQUENCE_TWO_TUPLE",
        "BINARY_SUBSCR_DICT",
        "BINARY_SUBSCR_LIST_INT",
        "BINARY_SUBSCR_TUPLE_INT",
        "CALL_PY_EXACT_ARGS",
        "PRECALL_NO_KW_LEN",
        "FOR_ITER_GEN",
    ] {
        assert!(r.out.contains(form), "{form} missing:\n{}", r.out);
    }
    assert!(!r.out.contains("_FLOAT"), "{}", r.out);
    // `t -= 1` never ran.
    assert!(r.out.contains("(-=) [not run]"), "{}", r.out);
    // A later run of the same code with floats: the float forms.
    let floats = prog.replace("print(f(3, 1))", "print(f(3, 1))\nprint(f(2, 0.5))");
    std::fs::write(d.join("floats.py"), floats).expect("write");
    let r = kaa(&["--dis", "--adaptive", "floats.py"], &[], "", &d);
    assert_eq!(r.status, 0, "{}", r.err);
    for form in [
        "BINARY_OP_ADD_FLOAT",
        "BINARY_OP_MULTIPLY_FLOAT",
        "COMPARE_OP_FLOAT_JUMP",
    ] {
        assert!(r.out.contains(form), "{form} missing:\n{}", r.out);
    }
    // Without counting, the listing says so.
    let code = "import dis\ndef h(a): return a + 1\nh(1)\ndis.dis(h, adaptive=True)";
    let r = kaa(&["-c", code], &[], "", &d);
    assert_eq!(r.status, 0, "{}", r.err);
    assert!(
        r.out
            .contains("BINARY_OP                0 (+) [way not recorded: counting was off"),
        "{}",
        r.out
    );
    // With it (`--stats`), `dis.dis` shows the way from Python too.
    let r = kaa(&["--stats", "-c", code], &[], "", &d);
    assert_eq!(r.status, 0, "{}", r.err);
    assert!(r.out.contains("BINARY_OP_ADD_INT        0 (+)"), "{}", r.out);
}

/// docs/internals/specializing.md shows what examples/specializing.py prints:
/// keep the two the same.
#[test]
fn specializing_chapter_shows_what_the_example_prints() {
    let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR"));
    let doc = std::fs::read_to_string(root.join("docs/internals/specializing.md")).expect("the chapter");
    let marker = "$ kaa examples/specializing.py\n";
    let start = doc.find(marker).expect("the example's run in the chapter") + marker.len();
    let shown = &doc[start..start + doc[start..].find("```").expect("end of the block")];
    let r = kaa(&["examples/specializing.py"], &[], "", root);
    assert_eq!(r.status, 0, "{}", r.err);
    assert_eq!(r.out, shown, "update docs/internals/specializing.md");
}
