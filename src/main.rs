//! The `kaa` command line: run a file, `-c` code, `--dis`, or a REPL.

use std::io::{BufRead, IsTerminal, Write};
use std::process::ExitCode;

use kaa::Interpreter;
use kaa_vm::{PyObjectRef, Vm};

#[global_allocator]
static GLOBAL: mimalloc::MiMalloc = mimalloc::MiMalloc;

const USAGE: &str = "usage: kaa [option] ... [-c cmd | file | -] [arg] ...
Options:
  -c cmd   : program passed in as string (terminates option list)
  --dis    : disassemble the file's code objects instead of running it
  --stats  : after the run, print memory, hashing, collector and instruction counters on stderr
  --version: print the Kaa version number and exit (also -V)
  -h, --help: print this help message and exit
  file     : program read from script file
  -        : program read from stdin (default; interactive mode if a tty)
  arg ...  : arguments passed to program in sys.argv[1:]
";

/// The Rust stack reserved for the interpreter thread. Only touched pages cost
/// memory; deep recursion is bounded by the recursion limit long before this.
const STACK_SIZE: usize = 512 * 1024 * 1024;

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().collect();
    let child = std::thread::Builder::new()
        .name("kaa-main".into())
        .stack_size(STACK_SIZE)
        .spawn(move || run(args));
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
    Dis(String),
    Stdin,
}

fn run(args: Vec<String>) -> u8 {
    let mut i = 1;
    let mut action = None;
    let mut stats = false;
    while i < args.len() {
        let a = &args[i];
        match a.as_str() {
            "-h" | "--help" => {
                print!("{USAGE}");
                return 0;
            }
            "-V" | "--version" => {
                println!("Kaa {} (Python 3.11 compatible)", env!("CARGO_PKG_VERSION"));
                return 0;
            }
            "-c" => {
                let Some(code) = args.get(i + 1) else {
                    eprintln!("Argument expected for the -c option\n{USAGE}");
                    return 2;
                };
                action = Some(Action::Code(code.clone()));
                i += 1;
                break;
            }
            "--dis" => {
                let Some(f) = args.get(i + 1) else {
                    eprintln!("--dis expects a file\n{USAGE}");
                    return 2;
                };
                action = Some(Action::Dis(f.clone()));
                i += 1;
                break;
            }
            "--stats" => {
                stats = true;
                i += 1;
            }
            "-" => {
                action = Some(Action::Stdin);
                break;
            }
            s if s.starts_with('-') && s.len() > 1 => {
                eprintln!("Unknown option: {s}\n{USAGE}");
                return 2;
            }
            _ => {
                action = Some(Action::File(a.clone()));
                break;
            }
        }
    }
    let rest: Vec<String> = args.get(i + 1..).map(|s| s.to_vec()).unwrap_or_default();
    // The CLI grants scripts every capability (files, environment).
    let mut interp = Interpreter::builder().allow_all().build();
    // The CLI reads the process's stdin (`input()`, `sys.stdin`).
    // The CLI's thread holds the interpreter's lock for the whole run (Python
    // threads get it when it blocks or yields: `kaa_vm::gil`).
    let mut vm = interp.vm();
    *vm.input() = None;
    vm.enable_stats(stats);
    install_sigint(&mut vm, &action);
    let status = run_action(&mut vm, action, rest);
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
    vm.finalize_main();
    let _ = vm.out().flush();
    drop(vm);
    std::mem::forget(interp);
    status
}

/// Set by Ctrl-C (SIGINT). A signal handler can only reach process-wide
/// state; the flag is handed to the interpreter (`Limits::sigint`), whose
/// main thread raises `KeyboardInterrupt` at its next check, also while it
/// waits in `join`, a lock or `sleep`.
static SIGINT: std::sync::atomic::AtomicBool = std::sync::atomic::AtomicBool::new(false);

extern "C" fn on_sigint(_: libc::c_int) {
    // Async-signal-safe: one atomic store.
    SIGINT.store(true, std::sync::atomic::Ordering::Relaxed);
}

/// Ctrl-C becomes `KeyboardInterrupt` when running a program (the
/// interactive prompt keeps the default: Ctrl-C ends it).
fn install_sigint(vm: &mut Vm, action: &Option<Action>) {
    let interactive = matches!(action, None | Some(Action::Stdin)) && std::io::stdin().is_terminal();
    if interactive {
        return;
    }
    vm.limits.sigint.set(Some(&SIGINT));
    // SAFETY: `on_sigint` only stores to an atomic, which is async-signal-safe.
    unsafe {
        libc::signal(libc::SIGINT, on_sigint as *const () as libc::sighandler_t);
    }
}

fn run_action(vm: &mut Vm, action: Option<Action>, rest: Vec<String>) -> u8 {
    match action.unwrap_or(Action::Stdin) {
        Action::Dis(file) => dis_file(&file),
        Action::Code(code) => {
            let mut argv = vec!["-c".to_string()];
            argv.extend(rest);
            setup(vm, argv, String::new());
            run_source(vm, &code, "<string>", None)
        }
        Action::File(file) => {
            let source = match std::fs::read(&file) {
                Ok(b) => String::from_utf8_lossy(&b).into_owned(),
                Err(e) => {
                    eprintln!(
                        "kaa: can't open file '{file}': [Errno {}] {}",
                        e.raw_os_error().unwrap_or(2),
                        describe(&e)
                    );
                    return 2;
                }
            };
            let mut argv = vec![file.clone()];
            argv.extend(rest);
            let dir = std::path::Path::new(&file)
                .parent()
                .map(|p| p.to_string_lossy().to_string())
                .unwrap_or_default();
            setup(vm, argv, dir);
            run_source(vm, &source, &file, Some(&file))
        }
        Action::Stdin => {
            let mut argv = vec![String::new()];
            argv.extend(rest);
            setup(vm, argv, String::new());
            if std::io::stdin().is_terminal() {
                repl(vm)
            } else {
                let mut src = String::new();
                let _ = std::io::Read::read_to_string(&mut std::io::stdin(), &mut src);
                run_source(vm, &src, "<stdin>", None)
            }
        }
    }
}

fn describe(e: &std::io::Error) -> String {
    match e.kind() {
        std::io::ErrorKind::NotFound => "No such file or directory".to_string(),
        std::io::ErrorKind::PermissionDenied => "Permission denied".to_string(),
        _ => e.to_string(),
    }
}

/// Set `sys.argv` and `sys.path` (the script's folder first, as CPython).
fn setup(vm: &mut Vm, argv: Vec<String>, script_dir: String) {
    *vm.argv.borrow_mut() = argv.clone();
    // A developer aid (docs/stdlib.md): load the standard library's Python
    // modules from their source folder, so editing one needs no rebuild.
    if let Some(dir) = std::env::var_os("KAA_STDLIB_DIR").filter(|d| !d.is_empty()) {
        *vm.stdlib_dir.borrow_mut() = Some(dir.into());
    }
    let path0 = if script_dir.is_empty() {
        String::new()
    } else {
        script_dir
    };
    *vm.path.borrow_mut() = vec![path0.clone()];
    // Update the live `sys` module if it was already created.
    let mods = vm.modules.clone();
    let key = vm.new_str("sys");
    if let Ok(Some(sys)) = vm.dict_get_item_opt(&mods, &key) {
        let items: Vec<PyObjectRef> = argv.iter().map(|a| vm.new_str(a.clone())).collect();
        let l = vm.new_list(items);
        let n = vm.intern("argv");
        let _ = vm.set_attr(&sys, &n, l);
        let p = vm.new_str(path0);
        let l = vm.new_list(vec![p]);
        let n = vm.intern("path");
        let _ = vm.set_attr(&sys, &n, l);
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

/// Run a program; returns the process exit status.
fn run_source(vm: &mut Vm, source: &str, filename: &str, file_attr: Option<&str>) -> u8 {
    let r = vm.run_main(source, filename, file_attr);
    let status = match r {
        Ok(_) => 0,
        Err(e) => handle_uncaught(vm, &e),
    };
    vm.finalize_main();
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

/// Whether the REPL should read more lines before compiling `buf`.
fn needs_more(buf: &str) -> bool {
    let first = buf.lines().next().unwrap_or("");
    let last = buf.lines().last().unwrap_or("");
    if buf.lines().count() > 1 && !last.trim().is_empty() && first.trim_end().ends_with(':') {
        return true;
    }
    match kaa_compiler::compile(buf, "<stdin>", kaa_compiler::Mode::Single) {
        Ok(_) => first.trim_end().ends_with(':') && !buf.ends_with("\n\n"),
        Err(e) => {
            let m = &e.msg;
            m.contains("was never closed")
                || m.contains("unexpected EOF")
                || m.starts_with("expected an indented block")
                || m.contains("unterminated triple-quoted")
        }
    }
}

fn repl(vm: &mut Vm) -> u8 {
    println!("Kaa {} (Python 3.11 compatible)\nType \"help\", \"copyright\", \"credits\" or \"license\" for more information.", env!("CARGO_PKG_VERSION"));
    let stdin = std::io::stdin();
    let mut lines = stdin.lock().lines();
    let globals = match vm.new_module("__main__", None) {
        Ok(m) => m
            .downcast_ref::<kaa_vm::object::module::PyModule>()
            .map(|m| m.dict.clone()),
        Err(_) => None,
    };
    let Some(globals) = globals else { return 1 };
    loop {
        let mut buf = String::new();
        let mut prompt = ">>> ";
        loop {
            print!("{prompt}");
            let _ = std::io::stdout().flush();
            match lines.next() {
                Some(Ok(line)) => {
                    buf.push_str(&line);
                    buf.push('\n');
                }
                _ => {
                    println!();
                    return 0;
                }
            }
            if !needs_more(&buf) {
                break;
            }
            prompt = "... ";
        }
        if buf.trim().is_empty() {
            continue;
        }
        let r = vm
            .compile(&buf, "<stdin>", kaa_compiler::Mode::Single)
            .and_then(|code| vm.run_code(&code, &globals, None));
        if let Err(e) = r {
            if e.is_instance_of(&vm.exc.system_exit.clone()) {
                return handle_uncaught(vm, &e);
            }
            vm.print_exception(&e);
        }
        let _ = vm.out().flush();
    }
}
