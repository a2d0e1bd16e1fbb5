//! The `kaa` command line: run a file, `-c` code, `--dis`, or a REPL.

use std::io::{IsTerminal, Write};
use std::process::ExitCode;

use kaa::Interpreter;
use kaa_vm::{PyObjectRef, Vm};

mod allocator;
mod repl;

#[global_allocator]
static GLOBAL: allocator::Mimalloc = allocator::Mimalloc;

/// The first line of the usage text (CPython's, naming `kaa`).
const USAGE_LINE: &str = "usage: kaa [option] ... [-c cmd | -m mod | file | -] [arg] ...";

const HELP: &str = "Options (and corresponding environment variables):
-b     : issue warnings about str(bytes_instance), str(bytearray_instance)
         and comparing bytes/bytearray with str. (-bb: issue errors)
-B     : don't write .pyc files on import; also PYTHONDONTWRITEBYTECODE=x
-c cmd : program passed in as string (terminates option list)
-d     : turn on parser debugging output (accepted, no effect)
-E     : ignore PYTHON* environment variables (such as PYTHONPATH)
-h     : print this help message and exit (also -? or --help)
-i     : inspect interactively after running script; forces a prompt even
         if stdin does not appear to be a terminal; also PYTHONINSPECT=x
-I     : isolate Python from the user's environment (implies -E, -s and -P)
-m mod : run library module as a script (terminates option list)
-O     : remove assert and __debug__-dependent statements; add .opt-1 before
         .pyc extension; also PYTHONOPTIMIZE=x
-OO    : do -O changes and also discard docstrings; add .opt-2 before
         .pyc extension
-P     : don't prepend a potentially unsafe path to sys.path; also PYTHONSAFEPATH
-q     : don't print version and copyright messages on interactive startup
-s     : don't add user site directory to sys.path; also PYTHONNOUSERSITE
-S     : don't imply 'import site' on initialization
-u     : force the stdout and stderr streams to be unbuffered;
         this option has no effect on stdin; also PYTHONUNBUFFERED=x
-v     : verbose (trace import statements); also PYTHONVERBOSE=x
-V     : print the Python version number and exit (also --version)
         when given twice, print more information about the build
-W arg : warning control; arg is action:message:category:module:lineno
         also PYTHONWARNINGS=arg
-x     : skip first line of source, allowing use of non-Unix forms of #!cmd
-X opt : set implementation-specific option (sys._xoptions)
--check-hash-based-pycs always|default|never:
         accepted for compatibility (Kaa's .pyc files are checked by timestamp)
Kaa's own options:
--dis file : disassemble the file's code objects instead of running it
--dis --adaptive file : run the file (counting, as --stats does), then
             disassemble its code objects showing the specialized form each
             instruction's cache holds or the way it went last
--stats    : after the run, print memory, hashing, collector and instruction
             counters on stderr
Arguments:
file   : program read from script file
-      : program read from stdin (default; interactive mode if a tty)
arg ...: arguments passed to program in sys.argv[1:]
";

/// The Rust stack reserved for the interpreter thread. Only touched pages cost
/// memory; deep recursion is bounded by the recursion limit long before this.
const STACK_SIZE: usize = 512 * 1024 * 1024;

fn main() -> ExitCode {
    allocator::configure();
    let args: Vec<String> = std::env::args().collect();
    let child = std::thread::Builder::new()
        .name("kaa-main".into())
        .stack_size(STACK_SIZE)
        .spawn(move || run(args));
    // Ctrl-C is for the interpreter's thread (so that it interrupts its
    // blocking reads), not for this one, which only waits for it.
    // SAFETY: a local signal set, filled before use; blocking a signal in
    // the calling thread only.
    unsafe {
        let mut set: libc::sigset_t = std::mem::zeroed();
        libc::sigemptyset(&mut set);
        libc::sigaddset(&mut set, libc::SIGINT);
        libc::pthread_sigmask(libc::SIG_BLOCK, &set, std::ptr::null_mut());
    }
    match child.map(|h| h.join()) {
        Ok(Ok(code)) => ExitCode::from(code),
        _ => {
            eprintln!("kaa: internal error (the interpreter thread panicked)");
            ExitCode::from(70)
        }
    }
}

enum Action {
    File(String),
    Code(String),
    Module(String),
    Dis(String),
    Stdin,
}

/// What the command line asked for (CPython's options, and Kaa's own).
#[derive(Default)]
struct Options {
    action: Option<Action>,
    /// `sys.argv[1:]`.
    rest: Vec<String>,
    stats: bool,
    /// `--adaptive` (with `--dis`): run, then show the caches' forms.
    adaptive: bool,
    inspect: bool,
    unbuffered: bool,
    /// `PYTHONIOENCODING`.
    io_encoding: Option<String>,
    ignore_env: bool,
    isolated: bool,
    safe_path: bool,
    no_user_site: bool,
    no_site: bool,
    dont_write_bytecode: bool,
    quiet: bool,
    skip_first_line: bool,
    debug: u8,
    verbose: u8,
    optimize: u8,
    bytes_warning: u8,
    warnoptions: Vec<String>,
    xoptions: Vec<String>,
    /// `-X importtime` or `PYTHONPROFILEIMPORTTIME`.
    importtime: bool,
}

/// The message for a bad command line, as CPython words it; exit status 2.
fn usage_error(msg: &str) -> u8 {
    eprintln!("{msg}\n{USAGE_LINE}\nTry `python -h' for more information.");
    2
}

/// Parse the command line as CPython does: clustered short flags (`-uB`),
/// option arguments attached or separate (`-Wignore`, `-W ignore`), and
/// `-c`/`-m`/a file/`-` ending the options. `Err` is the exit status of a
/// run that ends here (help, version, bad usage).
fn parse_args(args: &[String]) -> Result<Options, u8> {
    let mut o = Options::default();
    let mut versions = 0;
    let mut i = 1;
    while i < args.len() {
        let a = args[i].as_str();
        if a == "-" {
            o.action = Some(Action::Stdin);
            break;
        }
        if a == "--" {
            i += 1;
            if let Some(f) = args.get(i) {
                o.action = Some(if f == "-" {
                    Action::Stdin
                } else {
                    Action::File(f.clone())
                });
            }
            break;
        }
        if let Some(long) = a.strip_prefix("--") {
            match long {
                "help" | "help-all" | "help-env" | "help-xoptions" => {
                    print!("{USAGE_LINE}\n{HELP}");
                    return Err(0);
                }
                "version" => versions += 1,
                "stats" => o.stats = true,
                "adaptive" => o.adaptive = true,
                "dis" | "check-hash-based-pycs" => {
                    i += 1;
                    if long == "dis" && args.get(i).is_some_and(|v| v == "--adaptive") {
                        o.adaptive = true;
                        i += 1;
                    }
                    let Some(v) = args.get(i) else {
                        return Err(usage_error(&format!("Argument expected for the --{long} option")));
                    };
                    if long == "dis" {
                        o.action = Some(Action::Dis(v.clone()));
                        break;
                    }
                    if !matches!(v.as_str(), "always" | "default" | "never") {
                        return Err(usage_error(
                            "--check-hash-based-pycs must be one of 'default', 'always', or 'never'",
                        ));
                    }
                }
                _ => return Err(usage_error(&format!("unknown option --{long}"))),
            }
            i += 1;
            continue;
        }
        let Some(cluster) = a.strip_prefix('-') else {
            o.action = Some(Action::File(a.to_string()));
            break;
        };
        let mut chars = cluster.char_indices();
        let mut ends_options = false;
        while let Some((j, c)) = chars.next() {
            // Options taking an argument take the rest of the cluster, or
            // the next word.
            if matches!(c, 'c' | 'm' | 'W' | 'X') {
                let attached = &cluster[j + c.len_utf8()..];
                let value = if !attached.is_empty() {
                    attached.to_string()
                } else {
                    i += 1;
                    match args.get(i) {
                        Some(v) => v.clone(),
                        None => return Err(usage_error(&format!("Argument expected for the -{c} option"))),
                    }
                };
                match c {
                    'c' => o.action = Some(Action::Code(value)),
                    'm' => o.action = Some(Action::Module(value)),
                    'W' => o.warnoptions.push(value),
                    _ => o.xoptions.push(value),
                }
                ends_options = matches!(c, 'c' | 'm');
                break;
            }
            match c {
                'b' => o.bytes_warning += 1,
                'B' => o.dont_write_bytecode = true,
                'd' => o.debug += 1,
                'E' => o.ignore_env = true,
                'h' | '?' => {
                    print!("{USAGE_LINE}\n{HELP}");
                    return Err(0);
                }
                'i' => o.inspect = true,
                'I' => {
                    o.isolated = true;
                    o.ignore_env = true;
                    o.no_user_site = true;
                    o.safe_path = true;
                }
                'O' => o.optimize += 1,
                'P' => o.safe_path = true,
                'q' => o.quiet = true,
                's' => o.no_user_site = true,
                'S' => o.no_site = true,
                'u' => o.unbuffered = true,
                'v' => o.verbose += 1,
                'V' => versions += 1,
                'x' => o.skip_first_line = true,
                'R' => {}
                other => return Err(usage_error(&format!("Unknown option: -{other}"))),
            }
        }
        if ends_options {
            break;
        }
        i += 1;
    }
    if versions > 0 {
        let (a, b, c) = kaa_stdlib::sys::PYTHON_VERSION;
        if versions > 1 {
            println!(
                "Python {a}.{b}.{c} (Kaa {}, built with Rust)",
                env!("CARGO_PKG_VERSION")
            );
        } else {
            println!("Python {a}.{b}.{c}");
        }
        return Err(0);
    }
    if o.adaptive && !matches!(o.action, Some(Action::Dis(_))) {
        return Err(usage_error("--adaptive is only valid with --dis"));
    }
    o.rest = args.get(i + 1..).map(|s| s.to_vec()).unwrap_or_default();
    if !o.ignore_env {
        apply_environment(&mut o);
    }
    Ok(o)
}

/// The `PYTHON*` environment variables (unless `-E` or `-I`).
fn apply_environment(o: &mut Options) {
    let set = |name: &str| std::env::var_os(name).is_some_and(|v| !v.is_empty());
    o.unbuffered |= set("PYTHONUNBUFFERED");
    o.io_encoding = std::env::var("PYTHONIOENCODING").ok().filter(|v| !v.is_empty());
    o.inspect |= set("PYTHONINSPECT");
    o.safe_path |= set("PYTHONSAFEPATH");
    o.no_user_site |= set("PYTHONNOUSERSITE");
    o.dont_write_bytecode |= set("PYTHONDONTWRITEBYTECODE");
    if set("PYTHONPROFILEIMPORTTIME") && !o.xoptions.iter().any(|x| x == "importtime") {
        o.importtime = true;
    }
    if set("PYTHONOPTIMIZE") && o.optimize == 0 {
        o.optimize = std::env::var("PYTHONOPTIMIZE")
            .ok()
            .and_then(|v| v.parse().ok())
            .unwrap_or(1);
    }
    if set("PYTHONVERBOSE") && o.verbose == 0 {
        o.verbose = 1;
    }
    // PYTHONWARNINGS comes before the -W options, which therefore win.
    if let Ok(w) = std::env::var("PYTHONWARNINGS") {
        let mut env: Vec<String> = w.split(',').filter(|s| !s.is_empty()).map(str::to_string).collect();
        env.append(&mut o.warnoptions);
        o.warnoptions = env;
    }
}

fn run(args: Vec<String>) -> u8 {
    let opts = match parse_args(&args) {
        Ok(o) => o,
        Err(status) => return status,
    };
    // The CLI grants scripts every capability (files, environment).
    let mut interp = Interpreter::builder().allow_all().build();
    // The CLI reads the process's stdin (`input()`, `sys.stdin`).
    // The CLI's thread holds the interpreter's lock for the whole run (Python
    // threads get it when it blocks or yields: `kaa_vm::gil`).
    let mut vm = interp.vm();
    *vm.input() = None;
    // Scripts start with `sys` and its standard streams made, as in CPython
    // (an embedded interpreter makes them on first import).
    if let Err(e) = kaa_vm::import::import_module(&mut vm, "sys") {
        vm.print_exception(&e);
    }
    if opts.unbuffered || opts.io_encoding.is_some() {
        // `-u`, PYTHONIOENCODING=encoding[:errors]: remake the standard streams.
        let spec = opts.io_encoding.clone().unwrap_or_default();
        let (encoding, errors) = match spec.split_once(':') {
            Some((e, r)) => (e.to_string(), Some(r.to_string())),
            None => (spec, None),
        };
        let std = kaa_stdlib::io::stdio::StdOptions {
            unbuffered: opts.unbuffered,
            encoding: Some(encoding).filter(|e| !e.is_empty()),
            errors: errors.filter(|e| !e.is_empty()),
        };
        if let Err(e) = kaa_stdlib::io::stdio::configure(&mut vm, &std) {
            let msg = kaa_vm::traceback::format_exception_only(&mut vm, &e);
            eprintln!(
                "Fatal Python error: init_stdio_encoding: failed to get the Python codec name of the stdio encoding\n\
                 Python runtime state: core initialized\n{}",
                msg.trim_end()
            );
            return 1;
        }
    }
    // `--dis --adaptive` counts too: the counting loop records the last way
    // of the type-checked instructions (`PyCode::last_way`).
    vm.enable_stats(opts.stats || opts.adaptive);
    set_optimize(&mut vm, opts.optimize);
    install_sigint(&mut vm);
    let stats = opts.stats;
    let mut status = run_action(&mut vm, opts);
    if stats {
        let report = vm.stats().report();
        let _ = std::io::stdout().flush();
        eprint!("{report}");
    }
    // The process ends here. Finalize as CPython does at exit (a no-op if
    // the program's run already did), then leave the interpreter's memory to
    // the operating system: tearing down every object and type (what
    // dropping an embedder's `Interpreter` does) would cost a third of an
    // empty program's run time and change nothing anyone can observe.
    if vm.finalize_main() {
        // CPython's `Py_FinalizeEx` failed to flush stdout or stderr.
        status = 120;
    }
    let _ = vm.out().flush();
    drop(vm);
    std::mem::forget(interp);
    status
}

/// `-O`/`-OO`/`PYTHONOPTIMIZE`: the level everything is compiled at (the
/// standard library built into the binary is compiled once, at level 0),
/// and `builtins.__debug__`.
fn set_optimize(vm: &mut Vm, level: u8) {
    vm.optimize.set(level);
    if level > 0 {
        let builtins = vm.builtins.clone();
        let name = vm.intern("__debug__");
        let f = vm.new_bool(false);
        let _ = vm.set_attr(&builtins, &name, f);
    }
}

/// Set by Ctrl-C (SIGINT). A signal handler can only reach process-wide
/// state; the flag is handed to the interpreter (`Limits::sigint`), whose
/// main thread raises `KeyboardInterrupt` at its next check, also while it
/// waits in `join`, a lock or `sleep`.
static SIGINT: std::sync::atomic::AtomicBool = std::sync::atomic::AtomicBool::new(false);

extern "C" fn on_sigint(_: libc::c_int) {
    // Async-signal-safe: one atomic store.
    SIGINT.store(true, std::sync::atomic::Ordering::Relaxed);
    // The next tick looks at the flag (an atomic or).
    kaa_vm::limits::signal_arrived();
}

/// Ctrl-C becomes `KeyboardInterrupt`, in a program and at the interactive
/// prompt (where the line editor reads Ctrl-C itself while it waits for a
/// line: `repl`).
fn install_sigint(vm: &mut Vm) {
    vm.limits.sigint.set(Some(&SIGINT));
    kaa_vm::limits::set_signal_target(&vm.gil);
    // Without SA_RESTART: a blocking read of stdin (`input()`) returns EINTR
    // on Ctrl-C, and raises `KeyboardInterrupt` (`read_stdin_line`).
    // SAFETY: `on_sigint` only stores to an atomic, which is async-signal-safe;
    // the `sigaction` structs are zeroed and filled before use (the first
    // only read back from the kernel).
    //
    // As CPython: a SIGINT ignored when the process started (a background
    // job of a non-interactive shell, `nohup`) stays ignored.
    unsafe {
        let mut old: libc::sigaction = std::mem::zeroed();
        if libc::sigaction(libc::SIGINT, std::ptr::null(), &mut old) == 0 && old.sa_sigaction == libc::SIG_IGN {
            return;
        }
        let mut action: libc::sigaction = std::mem::zeroed();
        action.sa_sigaction = on_sigint as *const () as libc::sighandler_t;
        action.sa_flags = 0;
        libc::sigemptyset(&mut action.sa_mask);
        libc::sigaction(libc::SIGINT, &action, std::ptr::null_mut());
    }
}

fn run_action(vm: &mut Vm, opts: Options) -> u8 {
    let Options { action, rest, .. } = &opts;
    let rest = rest.clone();
    let status = match action.as_ref().unwrap_or(&Action::Stdin) {
        Action::Dis(file) if opts.adaptive => return dis_adaptive(vm, &opts, file, rest),
        Action::Dis(file) => return dis_file(file),
        Action::Code(code) => {
            let mut argv = vec!["-c".to_string()];
            argv.extend(rest);
            setup(vm, &opts, argv, String::new());
            run_source(vm, code, "<string>", None, opts.inspect)
        }
        Action::Module(name) => {
            let mut argv = vec!["-m".to_string()];
            argv.extend(rest);
            let cwd = std::env::current_dir()
                .map(|d| d.to_string_lossy().into_owned())
                .unwrap_or_default();
            setup(vm, &opts, argv, cwd);
            run_module(vm, name, true, opts.inspect)
        }
        Action::File(file) if std::path::Path::new(file).is_dir() => {
            // A directory with a `__main__.py`: it goes first on sys.path
            // and its `__main__` module runs, as CPython does.
            let mut argv = vec![file.clone()];
            argv.extend(rest);
            setup(vm, &opts, argv, absolute(std::path::Path::new(file)));
            run_module(vm, "__main__", false, opts.inspect)
        }
        Action::File(file) => {
            let Some(bytes) = read_script(file) else { return 2 };
            let mut argv = vec![file.clone()];
            argv.extend(rest);
            let dir = absolute(std::path::Path::new(file).parent().unwrap_or(std::path::Path::new("")));
            setup(vm, &opts, argv, dir);
            // PEP 263: the coding cookie, BOM and UTF-8 checks of a script.
            let path = absolute(std::path::Path::new(file));
            let source = match kaa_vm::source::decode_source(vm, &bytes, &path, kaa_vm::source::SourceKind::Script) {
                Ok(s) => s,
                Err(e) => return finish_run(vm, Err(e), opts.inspect),
            };
            let source = if opts.skip_first_line {
                skip_first_line(source)
            } else {
                source
            };
            // `__file__` and the tracebacks' file name are the path joined to
            // the current directory, not normalised, as CPython's since 3.9
            // (`sys.argv[0]` stays as typed).
            let file = std::env::current_dir().unwrap_or_default().join(file);
            let file = file.to_string_lossy();
            run_source(vm, &source, &file, Some(&file), opts.inspect)
        }
        Action::Stdin => {
            let mut argv = vec![String::new()];
            argv.extend(rest);
            setup(vm, &opts, argv, String::new());
            // `-i` with piped input reads it at the prompt too (the prompts
            // then go to stderr), as CPython.
            if opts.inspect || std::io::stdin().is_terminal() {
                return repl::repl(vm, None, !opts.quiet, &SIGINT);
            }
            let mut bytes = Vec::new();
            let _ = std::io::Read::read_to_end(&mut std::io::stdin(), &mut bytes);
            let src = match kaa_vm::source::decode_source(vm, &bytes, "<stdin>", kaa_vm::source::SourceKind::Script) {
                Ok(s) => s,
                Err(e) => return finish_run(vm, Err(e), false),
            };
            run_source(vm, &src, "<stdin>", None, false)
        }
    };
    if opts.inspect {
        // `-i`: the prompt after the program, in its `__main__`, also after
        // an exception (status then comes from the prompt).
        let globals = main_globals(vm);
        return repl::repl(vm, globals, false, &SIGINT);
    }
    status
}

/// `-x`: the first line is dropped but still counted, so that line numbers
/// stay those of the file.
fn skip_first_line(source: String) -> String {
    match source.find('\n') {
        Some(i) => source[i..].to_string(),
        None => String::new(),
    }
}

/// `__main__`'s namespace, if the program made one.
fn main_globals(vm: &mut Vm) -> Option<PyObjectRef> {
    let mods = vm.modules.clone();
    let key = vm.new_str("__main__");
    let m = vm.dict_get_item_opt(&mods, &key).ok().flatten()?;
    m.downcast_ref::<kaa_vm::object::module::PyModule>()
        .map(|m| m.dict.clone())
}

/// `-m name`: run a module's code as `__main__` (a package's `__main__`
/// submodule) with `runpy._run_module_as_main`, as CPython does: parent
/// packages are imported first, `sys.argv[0]` becomes the module's file.
/// `alter_argv` is false for a directory run as a script (`kaa DIR`).
fn run_module(vm: &mut Vm, name: &str, alter_argv: bool, inspect: bool) -> u8 {
    let r = (|| {
        vm.new_module("__main__", None)?;
        let runpy = kaa_vm::import::import_module(vm, "runpy")?;
        let n = vm.new_str(name.to_string());
        let a = vm.new_bool(alter_argv);
        vm.call_method(&runpy, "_run_module_as_main", &[n, a])
    })();
    finish_run(vm, r, inspect)
}

/// `dir` made absolute (the current directory for an empty one), as
/// CPython's `sys.path[0]` for a script.
fn absolute(dir: &std::path::Path) -> String {
    let cwd = std::env::current_dir().unwrap_or_default();
    let p = if dir.as_os_str().is_empty() { cwd } else { cwd.join(dir) };
    // `a/./b` and `a/b/..` as CPython's realpath-free `os.path.abspath`.
    let mut out = std::path::PathBuf::new();
    for c in p.components() {
        match c {
            std::path::Component::CurDir => {}
            std::path::Component::ParentDir => {
                out.pop();
            }
            c => out.push(c),
        }
    }
    out.to_string_lossy().into_owned()
}

/// `sys.prefix`: the folder above the one holding the `kaa` binary
/// (`/usr/local` for `/usr/local/bin/kaa`, `target` for `target/release/kaa`).
fn prefix() -> String {
    std::env::current_exe()
        .ok()
        .and_then(|e| {
            e.parent()
                .and_then(|b| b.parent())
                .map(|p| p.to_string_lossy().into_owned())
        })
        .unwrap_or_default()
}

fn sys_module(vm: &mut Vm) -> Option<PyObjectRef> {
    let mods = vm.modules.clone();
    let key = vm.new_str("sys");
    vm.dict_get_item_opt(&mods, &key).ok().flatten()
}

fn describe(e: &std::io::Error) -> String {
    match e.kind() {
        std::io::ErrorKind::NotFound => "No such file or directory".to_string(),
        std::io::ErrorKind::PermissionDenied => "Permission denied".to_string(),
        _ => e.to_string(),
    }
}

/// Set `sys.argv`, `sys.path` (the script's folder first, as CPython, then
/// `PYTHONPATH`), `sys.flags`, `sys.warnoptions` and `sys._xoptions`.
fn setup(vm: &mut Vm, opts: &Options, argv: Vec<String>, script_dir: String) {
    *vm.argv.borrow_mut() = argv.clone();
    // A developer aid (docs/stdlib.md): load the standard library's Python
    // modules from their source folder, so editing one needs no rebuild.
    if let Some(dir) = std::env::var_os("KAA_STDLIB_DIR").filter(|d| !d.is_empty()) {
        *vm.stdlib_dir.borrow_mut() = Some(dir.into());
    }
    // The script's folder goes first, after `site` ran (as CPython, whose
    // `site` never sees it: `''` for `-c` stays relative).
    let mut path = Vec::new();
    if !opts.ignore_env {
        if let Some(pp) = std::env::var_os("PYTHONPATH") {
            let pp = pp.to_string_lossy().into_owned();
            path.extend(pp.split(':').filter(|s| !s.is_empty()).map(str::to_string));
        }
    }
    // The standard library's entry (Kaa's is built into the binary; the
    // folder is where CPython's would be), then `site` adds site-packages.
    let prefix = prefix();
    let (a, b, _) = kaa_stdlib::sys::PYTHON_VERSION;
    path.push(format!("{prefix}/lib/kaa{a}.{b}"));
    *vm.path.borrow_mut() = path.clone();
    if opts.importtime || opts.xoptions.iter().any(|x| x == "importtime") {
        let t = vm.new_bool(true);
        vm.module_state
            .borrow_mut()
            .insert(kaa_vm::import::IMPORTTIME_KEY.into(), t);
    }
    // Update the live `sys` module (it was made with the interpreter).
    let Some(sys) = sys_module(vm) else { return };
    let strs = |vm: &mut Vm, v: &[String]| -> PyObjectRef {
        let items = v.iter().map(|a| vm.new_str(a.clone())).collect();
        vm.new_list(items)
    };
    let l = strs(vm, &argv);
    set_sys(vm, &sys, "argv", l);
    let l = strs(vm, &path);
    set_sys(vm, &sys, "path", l);
    let l = strs(vm, &opts.warnoptions);
    set_sys(vm, &sys, "warnoptions", l);
    let x = vm.new_dict();
    for opt in &opts.xoptions {
        let (k, v) = match opt.split_once('=') {
            Some((k, v)) => (k.to_string(), vm.new_str(v.to_string())),
            None => (opt.clone(), vm.new_bool(true)),
        };
        let k = vm.new_str(k);
        let _ = vm.dict_set(&x, k, v);
    }
    set_sys(vm, &sys, "_xoptions", x);
    for name in ["prefix", "base_prefix", "exec_prefix", "base_exec_prefix"] {
        let p = vm.new_str(prefix.clone());
        set_sys(vm, &sys, name, p);
    }
    let b = vm.new_bool(opts.dont_write_bytecode);
    set_sys(vm, &sys, "dont_write_bytecode", b);
    set_flags(vm, &sys, opts);
    // `import site`, unless -S (-I and -s keep it, without the user site).
    if !opts.no_site {
        if let Err(e) = kaa_vm::import::import_module(vm, "site") {
            vm.print_exception(&e);
        }
    }
    if !opts.safe_path {
        vm.path.borrow_mut().insert(0, script_dir.clone());
        let n = vm.intern("path");
        if let Ok(p) = vm.get_attr(&sys, &n) {
            let zero = vm.new_int(0);
            let dir = vm.new_str(script_dir);
            let _ = vm.call_method(&p, "insert", &[zero, dir]);
        }
    }
    // What start-up made (`sys`, `site` and the modules it imports) lives
    // as long as the program, as `Interpreter::new`'s objects do: move it to
    // the permanent generation (`gc.freeze`), so that no collection, the
    // one at exit included, walks it again (docs/internals/gc.md).
    vm.heap.freeze();
}

fn set_sys(vm: &mut Vm, sys: &PyObjectRef, name: &str, value: PyObjectRef) {
    let n = vm.intern(name);
    let _ = vm.set_attr(sys, &n, value);
}

/// `sys.flags` for the options given: a new instance of its type, as the
/// fields are read-only.
fn set_flags(vm: &mut Vm, sys: &PyObjectRef, o: &Options) {
    let n = vm.intern("flags");
    let Ok(flags) = vm.get_attr(sys, &n) else { return };
    let Ok(mut items) = vm.collect(&flags) else { return };
    let int = |vm: &mut Vm, v: u8| vm.new_int(i64::from(v));
    let set = |items: &mut Vec<PyObjectRef>, i: usize, v: PyObjectRef| {
        if let Some(slot) = items.get_mut(i) {
            *slot = v;
        }
    };
    // The fields in order: debug, inspect, interactive, optimize,
    // dont_write_bytecode, no_user_site, no_site, ignore_environment,
    // verbose, bytes_warning, quiet, hash_randomization, isolated,
    // dev_mode, utf8_mode, warn_default_encoding, safe_path, int_max_str_digits.
    let v = int(vm, o.debug);
    set(&mut items, 0, v);
    let v = int(vm, o.inspect as u8);
    set(&mut items, 1, v.clone());
    set(&mut items, 2, v);
    let v = int(vm, o.optimize);
    set(&mut items, 3, v);
    let v = int(vm, o.dont_write_bytecode as u8);
    set(&mut items, 4, v);
    let v = int(vm, o.no_user_site as u8);
    set(&mut items, 5, v);
    let v = int(vm, o.no_site as u8);
    set(&mut items, 6, v);
    let v = int(vm, o.ignore_env as u8);
    set(&mut items, 7, v);
    let v = int(vm, o.verbose);
    set(&mut items, 8, v);
    let v = int(vm, o.bytes_warning);
    set(&mut items, 9, v);
    let v = int(vm, o.quiet as u8);
    set(&mut items, 10, v);
    let v = int(vm, o.isolated as u8);
    set(&mut items, 12, v);
    let v = vm.new_bool(o.xoptions.iter().any(|x| x == "dev"));
    set(&mut items, 13, v);
    // UTF-8 mode (PEP 540): `-X utf8[=0|1]`, the last one winning, else
    // `PYTHONUTF8=1`. Kaa's text is UTF-8 either way; the flag reports it.
    let utf8 = match o.xoptions.iter().rev().find(|x| *x == "utf8" || x.starts_with("utf8=")) {
        Some(x) => x != "utf8=0",
        None => !o.ignore_env && std::env::var("PYTHONUTF8").is_ok_and(|v| v == "1"),
    };
    let v = int(vm, utf8 as u8);
    set(&mut items, 14, v);
    let v = vm.new_bool(o.safe_path);
    set(&mut items, 16, v);
    let cls = flags.class().clone();
    let tuple = vm.new_tuple(items);
    if let Ok(new) = vm.call(&cls, kaa_vm::Args::positional(&[tuple])) {
        let _ = vm.set_attr(sys, &n, new);
    }
}

fn dis_file(file: &str) -> u8 {
    let source = match std::fs::read(file) {
        Ok(b) => String::from_utf8_lossy(&b).into_owned(),
        Err(e) => {
            eprintln!("kaa: can't open file '{file}': {}", describe(&e));
            return 2;
        }
    };
    match kaa_compiler::compile(&source, file, kaa_compiler::Mode::Exec) {
        Ok(code) => {
            print!("{}", kaa_compiler::dis::disassemble(&code));
            0
        }
        Err(e) => {
            eprintln!("{e}");
            1
        }
    }
}

/// The bytes of the script `file`, or `None` after CPython's message for a
/// file that cannot be opened (exit status 2).
fn read_script(file: &str) -> Option<Vec<u8>> {
    match std::fs::read(file) {
        Ok(b) => Some(b),
        Err(e) => {
            eprintln!(
                "kaa: can't open file '{file}': [Errno {}] {}",
                e.raw_os_error().unwrap_or(2),
                describe(&e)
            );
            None
        }
    }
}

/// `kaa --dis --adaptive FILE`: run the file as `__main__`, then list its
/// code objects with the form each instruction's cache holds
/// (`kaa_vm::adaptive`, docs/internals/specializing.md). The exit status is
/// the program's.
fn dis_adaptive(vm: &mut Vm, opts: &Options, file: &str, rest: Vec<String>) -> u8 {
    let Some(bytes) = read_script(file) else { return 2 };
    let mut argv = vec![file.to_string()];
    argv.extend(rest);
    let dir = absolute(std::path::Path::new(file).parent().unwrap_or(std::path::Path::new("")));
    setup(vm, opts, argv, dir);
    let path = absolute(std::path::Path::new(file));
    let source = match kaa_vm::source::decode_source(vm, &bytes, &path, kaa_vm::source::SourceKind::Script) {
        Ok(s) => s,
        Err(e) => return finish_run(vm, Err(e), false),
    };
    let path = std::env::current_dir().unwrap_or_default().join(file);
    let path = path.to_string_lossy();
    let code = match vm.compile(&source, &path, kaa_compiler::Mode::Exec) {
        Ok(c) => c,
        Err(e) => return finish_run(vm, Err(e), false),
    };
    let globals = match vm.new_module_with_dict("__main__", Some(&path)) {
        Ok((_, d)) => d,
        Err(e) => return finish_run(vm, Err(e), false),
    };
    let r = vm.run_code(&code, &globals, None);
    let mut status = match r {
        Ok(_) => 0,
        Err(e) => handle_uncaught(vm, &e),
    };
    let text = kaa_vm::adaptive::disassemble(vm, &code, Some(&globals));
    let _ = vm.out().flush();
    let _ = vm.write_stdout(&text);
    if vm.finalize_main() {
        status = 120;
    }
    let _ = vm.out().flush();
    let _ = std::io::stdout().flush();
    status
}

/// Run a program; returns the process exit status.
fn run_source(vm: &mut Vm, source: &str, filename: &str, file_attr: Option<&str>, inspect: bool) -> u8 {
    let r = vm.run_main(source, filename, file_attr);
    finish_run(vm, r, inspect)
}

/// The end of a program's run: the status of an uncaught exception (with
/// `-i` it is only printed: the prompt follows), then finalization.
fn finish_run(vm: &mut Vm, r: kaa_vm::PyResult, inspect: bool) -> u8 {
    let status = match r {
        Ok(_) => 0,
        Err(e) if inspect => {
            vm.print_exception(&e);
            1
        }
        Err(e) => handle_uncaught(vm, &e),
    };
    let mut status = status;
    if !inspect && vm.finalize_main() {
        status = 120;
    }
    let _ = vm.out().flush();
    let _ = std::io::stdout().flush();
    status
}

/// `SystemExit` becomes the status; anything else prints a traceback (status 1).
fn handle_uncaught(vm: &mut Vm, e: &PyObjectRef) -> u8 {
    if e.is_instance_of(&vm.exc.system_exit.clone()) {
        let code = vm.intern("code");
        let c = vm.get_attr(e, &code).unwrap_or_else(|_| vm.none());
        if vm.is_none(&c) {
            return 0;
        }
        if let Ok(n) = vm.to_index(&c) {
            return (n & 0xFF) as u8;
        }
        let s = vm.str_string(&c).unwrap_or_default();
        let _ = vm.out().flush();
        vm.write_stderr(&format!("{s}\n"));
        return 1;
    }
    vm.print_exception(e);
    if e.is_instance_of(&vm.exc.keyboard_interrupt.clone()) {
        // As CPython: the exit status of a process ended by SIGINT.
        return 130;
    }
    1
}
