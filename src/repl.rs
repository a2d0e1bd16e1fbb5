//! The interactive prompt: `kaa` on a terminal, `kaa -i`, and `kaa -` with
//! `-i` on piped input.
//!
//! On a terminal the lines come from a line editor (`rustyline`): editing
//! keys, history (kept across sessions in `~/.kaa_history`, or the file named
//! by `KAA_HISTORY`; an empty `KAA_HISTORY` keeps no file) and Tab completion
//! of names, keywords and attributes by the `rlcompleter` module. Otherwise
//! lines are read plainly from stdin and the prompts go to stderr, as
//! CPython's do.
//!
//! As in CPython: the prompts are `sys.ps1` and `sys.ps2` (set here if
//! missing); a compound statement ends with a blank line; Ctrl-C at the
//! prompt drops the line and prints `KeyboardInterrupt`, and while a
//! statement runs raises `KeyboardInterrupt` in it (the CLI's SIGINT flag,
//! `Limits::sigint`); Ctrl-D (end of input) leaves; errors set
//! `sys.last_type`, `sys.last_value`, `sys.last_traceback` and go through
//! `sys.excepthook`.

use std::borrow::Cow;
use std::cell::RefCell;
use std::io::{IsTerminal, Write};
use std::sync::atomic::{AtomicBool, Ordering};

use kaa_vm::{PyObjectRef, Vm};
use rustyline::completion::Completer;
use rustyline::error::ReadlineError;
use rustyline::highlight::Highlighter;
use rustyline::hint::Hinter;
use rustyline::history::{DefaultHistory, History};
use rustyline::validate::Validator;
use rustyline::{CompletionType, Config, Context, Editor, Helper};

/// One line of input, or why there is none.
enum Line {
    Text(String),
    /// Ctrl-C at the prompt.
    Interrupt,
    /// Ctrl-D, or the end of piped input.
    Eof,
}

/// The line editor's helper: Tab completion through `rlcompleter`. It holds
/// the interpreter only while the editor reads a line (the REPL moves its
/// `&mut Vm` in before and takes it back after).
struct KaaHelper<'a> {
    vm: RefCell<Option<&'a mut Vm>>,
    globals: PyObjectRef,
    completer: RefCell<Option<PyObjectRef>>,
}

impl KaaHelper<'_> {
    /// `rlcompleter.Completer(globals).complete(text, i)` for i = 0, 1, ...
    fn candidates(&self, text: &str) -> Vec<String> {
        let mut slot = self.vm.borrow_mut();
        let Some(vm) = slot.as_deref_mut() else {
            return Vec::new();
        };
        let mut completer = self.completer.borrow_mut();
        if completer.is_none() {
            let made = kaa_vm::import::import_module(vm, "rlcompleter").and_then(|m| {
                let g = self.globals.clone();
                vm.call_method(&m, "Completer", &[g])
            });
            match made {
                Ok(c) => *completer = Some(c),
                Err(_) => return Vec::new(),
            }
        }
        let Some(c) = completer.clone() else {
            return Vec::new();
        };
        let mut out = Vec::new();
        let t = vm.new_str(text);
        for i in 0..10_000i64 {
            let n = vm.new_int(i);
            match vm.call_method(&c, "complete", &[t.clone(), n]) {
                Ok(v) if !vm.is_none(&v) => match vm.str_string(&v) {
                    Ok(s) => out.push(s),
                    Err(_) => break,
                },
                _ => break,
            }
        }
        out
    }
}

impl Completer for KaaHelper<'_> {
    type Candidate = String;

    fn complete(&self, line: &str, pos: usize, _ctx: &Context<'_>) -> rustyline::Result<(usize, Vec<String>)> {
        let before = &line[..pos];
        // The word under the cursor: a dotted name (as readline's word
        // breaks for Python).
        let start = before
            .char_indices()
            .rev()
            .find(|(_, c)| !(c.is_alphanumeric() || *c == '_' || *c == '.'))
            .map_or(0, |(i, c)| i + c.len_utf8());
        let text = &before[start..];
        if text.is_empty() {
            // CPython inserts a tab here (indentation); four spaces read the
            // same to the compiler and display predictably.
            return Ok((pos, vec!["    ".to_string()]));
        }
        Ok((start, self.candidates(text)))
    }
}

impl Hinter for KaaHelper<'_> {
    type Hint = String;
}

impl Highlighter for KaaHelper<'_> {
    fn highlight<'l>(&self, line: &'l str, _pos: usize) -> Cow<'l, str> {
        Cow::Borrowed(line)
    }
}

impl Validator for KaaHelper<'_> {}

impl Helper for KaaHelper<'_> {}

/// The history file: `KAA_HISTORY` if set (empty: none), else
/// `~/.kaa_history`.
fn history_path() -> Option<std::path::PathBuf> {
    if let Some(p) = std::env::var_os("KAA_HISTORY") {
        return (!p.is_empty()).then(|| p.into());
    }
    let home = std::env::var_os("HOME").filter(|h| !h.is_empty())?;
    Some(std::path::Path::new(&home).join(".kaa_history"))
}

/// Where lines come from.
enum Source<'a> {
    Editor(Box<Editor<KaaHelper<'a>, DefaultHistory>>, Option<std::path::PathBuf>),
    /// Not a terminal: lines read one at a time, without holding stdin's
    /// lock between them (the program's `input()` reads the same stdin).
    Plain,
}

/// `sys.<name>`, if set.
fn sys_get(vm: &mut Vm, name: &str) -> Option<PyObjectRef> {
    kaa_vm::builtins::sys_attr(vm, name)
}

fn sys_set(vm: &mut Vm, name: &str, value: PyObjectRef) {
    let Ok(sys) = kaa_vm::import::import_module(vm, "sys") else {
        return;
    };
    let n = vm.intern(name);
    let _ = vm.set_attr(&sys, &n, value);
}

/// The prompt: `str(sys.ps1)` or `str(sys.ps2)`.
fn prompt(vm: &mut Vm, name: &str, default: &str) -> String {
    match sys_get(vm, name) {
        Some(p) => vm.str_string(&p).unwrap_or_else(|_| default.to_string()),
        None => default.to_string(),
    }
}

/// The first word of the first line that is not blank or a comment.
fn is_compound(buf: &str) -> bool {
    let Some(first) = buf
        .lines()
        .map(str::trim)
        .find(|l| !l.is_empty() && !l.starts_with('#'))
    else {
        return false;
    };
    if first.starts_with('@') {
        return true;
    }
    let word: String = first.chars().take_while(|c| c.is_alphanumeric() || *c == '_').collect();
    match word.as_str() {
        "if" | "while" | "for" | "try" | "with" | "def" | "class" | "async" => true,
        // A soft keyword: a statement only as `match ...:`.
        "match" => first.trim_end().ends_with(':'),
        _ => false,
    }
}

/// Whether `buf` is decorators waiting for their definition.
fn only_decorators(buf: &str) -> bool {
    let mut lines = buf
        .lines()
        .map(str::trim)
        .filter(|l| !l.is_empty() && !l.starts_with('#'))
        .peekable();
    lines.peek().is_some() && lines.all(|l| l.starts_with('@') && l.len() > 1)
}

/// Whether a compile error only says that the input stopped too early.
fn is_eof_error(msg: &str) -> bool {
    msg.contains("was never closed") || msg.contains("unexpected EOF") || msg.contains("unterminated triple-quoted")
}

/// Whether the REPL should read more lines before running `buf` (each line
/// ends with a newline): open brackets or strings and a line continuation
/// always go on; a compound statement goes on until a blank line.
fn needs_more(buf: &str) -> bool {
    let last_blank = buf.lines().last().map_or(true, |l| l.trim().is_empty());
    match kaa_compiler::compile(buf, "<stdin>", kaa_compiler::Mode::Single) {
        Ok(_) => is_compound(buf) && !last_blank,
        Err(e) => {
            let m = &e.msg;
            if is_eof_error(m) {
                return true;
            }
            !last_blank
                && (m.starts_with("expected an indented block")
                    || m.starts_with("expected 'except' or 'finally' block")
                    || only_decorators(buf))
        }
    }
}

/// Print an exception as the REPL does: remember it in `sys.last_*`, then
/// `sys.excepthook(type, value, traceback)`.
fn report(vm: &mut Vm, e: &PyObjectRef) {
    let tb_name = vm.intern("__traceback__");
    let tb = vm.get_attr(e, &tb_name).unwrap_or_else(|_| vm.none());
    let ty = e.class().clone();
    sys_set(vm, "last_type", ty.clone());
    sys_set(vm, "last_value", e.clone());
    sys_set(vm, "last_traceback", tb.clone());
    let _ = vm.out().flush();
    if let Some(hook) = sys_get(vm, "excepthook") {
        if vm.call_positional(&hook, &[ty, e.clone(), tb]).is_ok() {
            return;
        }
    }
    vm.print_exception(e);
}

/// The interactive prompt, in `globals` (`-i`: the program's `__main__`)
/// or a new `__main__`; returns the exit status. `sigint` is the flag the
/// CLI's SIGINT handler sets.
pub fn repl(vm: &mut Vm, globals: Option<PyObjectRef>, banner: bool, sigint: &'static AtomicBool) -> u8 {
    let tty = std::io::stdin().is_terminal();
    if banner {
        let (a, b, c) = kaa_stdlib::sys::PYTHON_VERSION;
        eprintln!(
            "Kaa {} (Python {a}.{b}.{c} compatible)\nType \"help\", \"copyright\", \"credits\" or \"license\" for more information.",
            env!("CARGO_PKG_VERSION")
        );
    }
    let globals = match globals {
        Some(g) => Some(g),
        None => match vm.new_module("__main__", None) {
            Ok(m) => m
                .downcast_ref::<kaa_vm::object::module::PyModule>()
                .map(|m| m.dict.clone()),
            Err(_) => None,
        },
    };
    let Some(globals) = globals else { return 1 };
    for (name, default) in [("ps1", ">>> "), ("ps2", "... ")] {
        if sys_get(vm, name).is_none() {
            let v = vm.new_str(default);
            sys_set(vm, name, v);
        }
    }
    install_site_builtins(vm);
    let mut source = if tty { editor(&globals) } else { None }.unwrap_or(Source::Plain);
    let mut vm = vm;
    loop {
        let mut buf = String::new();
        let mut cont = false;
        let interrupted = loop {
            let p = if cont {
                prompt(vm, "ps2", "... ")
            } else {
                prompt(vm, "ps1", ">>> ")
            };
            // What the program printed comes before the prompt.
            kaa_vm::builtins::flush_std_streams(vm);
            let _ = vm.out().flush();
            let (line, back) = read_line(&mut source, vm, &p);
            let Some(back) = back else { return 1 };
            vm = back;
            match line {
                Line::Text(l) => {
                    buf.push_str(&l);
                    buf.push('\n');
                }
                Line::Interrupt => break true,
                Line::Eof => {
                    eprintln!();
                    save_history(&mut source);
                    vm.finalize_main();
                    return 0;
                }
            }
            if !needs_more(&buf) {
                break false;
            }
            cont = true;
        };
        if interrupted {
            // As CPython: the line is dropped, the state kept (the editor
            // has already moved to a new line).
            let _ = std::io::stdout().flush();
            vm.write_stderr("KeyboardInterrupt\n");
            continue;
        }
        save_history(&mut source);
        if buf.trim().is_empty() {
            continue;
        }
        // A Ctrl-C typed before this statement started does not count.
        sigint.store(false, Ordering::Relaxed);
        let r = vm
            .compile(&buf, "<stdin>", kaa_compiler::Mode::Single)
            .and_then(|code| vm.run_code(&code, &globals, None));
        if let Err(e) = r {
            if e.is_instance_of(&vm.exc.system_exit.clone()) {
                save_history(&mut source);
                return crate::handle_uncaught(vm, &e);
            }
            report(vm, &e);
        }
        let _ = vm.out().flush();
    }
}

/// The line editor, if the terminal supports one; the history loaded.
fn editor<'a>(globals: &PyObjectRef) -> Option<Source<'a>> {
    let config = Config::builder()
        .completion_type(CompletionType::List)
        .auto_add_history(false)
        // Pasted lines run one by one, as typed ones.
        .bracketed_paste(false)
        .build();
    let mut ed: Editor<KaaHelper<'a>, DefaultHistory> = Editor::with_config(config).ok()?;
    ed.set_helper(Some(KaaHelper {
        vm: RefCell::new(None),
        globals: globals.clone(),
        completer: RefCell::new(None),
    }));
    let path = history_path();
    if let Some(p) = &path {
        let _ = ed.load_history(p);
    }
    Some(Source::Editor(Box::new(ed), path))
}

/// Add the history's new lines to its file.
fn save_history(source: &mut Source<'_>) {
    if let Source::Editor(ed, Some(path)) = source {
        if ed.history().is_empty() {
            return;
        }
        let _ = ed.append_history(path);
    }
}

/// Read one line with prompt `p`; hands the interpreter back (the editor
/// borrows it for Tab completion while it reads).
fn read_line<'a>(source: &mut Source<'a>, vm: &'a mut Vm, p: &str) -> (Line, Option<&'a mut Vm>) {
    match source {
        Source::Editor(ed, _) => {
            let Some(h) = ed.helper_mut() else {
                return (Line::Eof, Some(vm));
            };
            *h.vm.get_mut() = Some(vm);
            let r = ed.readline(p);
            let back = ed.helper_mut().and_then(|h| h.vm.get_mut().take());
            let line = match r {
                Ok(l) => {
                    if !l.trim().is_empty() {
                        let _ = ed.add_history_entry(l.as_str());
                    }
                    Line::Text(l)
                }
                Err(ReadlineError::Interrupted) => Line::Interrupt,
                Err(_) => Line::Eof,
            };
            (line, back)
        }
        Source::Plain => {
            let _ = std::io::stdout().flush();
            eprint!("{p}");
            let _ = std::io::stderr().flush();
            let mut l = String::new();
            match std::io::stdin().read_line(&mut l) {
                Ok(0) | Err(_) => (Line::Eof, Some(vm)),
                Ok(_) => {
                    if l.ends_with('\n') {
                        l.pop();
                        if l.ends_with('\r') {
                            l.pop();
                        }
                    }
                    (Line::Text(l), Some(vm))
                }
            }
        }
    }
}

/// What CPython's `site` adds for interactive use: `exit` and `quit` whose
/// repr says how to leave, and `help` whose repr says how to use it.
fn install_site_builtins(vm: &mut Vm) {
    let Ok(m) = kaa_vm::import::import_module(vm, "_sitebuiltins") else {
        return;
    };
    let builtins = vm.builtins.clone();
    if let Ok(h) = vm.call_method(&m, "_Helper", &[]) {
        let key = vm.intern("help");
        let _ = vm.set_attr(&builtins, &key, h);
    }
    for (name, eof) in [("exit", "Ctrl-D (i.e. EOF)"), ("quit", "Ctrl-D (i.e. EOF)")] {
        let n = vm.new_str(name);
        let e = vm.new_str(eof);
        if let Ok(q) = vm.call_method(&m, "Quitter", &[n, e]) {
            let key = vm.intern(name);
            let _ = vm.set_attr(&builtins, &key, q);
        }
    }
}
