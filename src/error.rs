//! [`Error`]: what the host gets when Python code fails — the exception's
//! type name, message and traceback text as before, and the exception itself
//! as data: the object ([`Error::value`]), its classes ([`Error::is_instance`],
//! [`Error::matches`]), `args`, notes, the traceback's frames, a syntax
//! error's position and, for an error a host function raised from a Rust
//! error, that error ([`std::error::Error::source`]).
//!
//! # Notes
//!
//! Everything is read once, when the error is made (holding the
//! interpreter's lock), so that an `Error` is plain data: `Send + Sync`,
//! `Clone` (an `Arc`), usable after its interpreter is gone. The Python
//! objects it keeps (the exception, its args, its classes) are
//! [`Handle`]s.
//!
//! **Rust sources.** A host function that fails with
//! [`Exception::from_error`] (or an `std::io::Error`) raises a Python
//! exception; the Rust error is remembered beside it, in a small table of the
//! interpreter (the last [`SOURCES_KEPT`] such exceptions, by identity), and
//! an `Error` made from that exception object gets it back as its `source()`.
//! The table is not visible to scripts (no attribute is added to the
//! exception).

use std::collections::VecDeque;
use std::sync::{Arc, Mutex};

use kaa_vm::object::exception::PyBaseException;
use kaa_vm::object::str::PyStr;
use kaa_vm::object::PyObjectRef;
use kaa_vm::Vm;

use crate::convert::IntoPy;
use crate::handle::Handle;
use crate::host::IntoReturn;
use crate::value::{Context, Exception, Value};

/// A Rust error a host function failed with, shared.
pub(crate) type Source = Arc<dyn std::error::Error + Send + Sync + 'static>;

/// How many host-raised exceptions keep their Rust source (see the notes).
pub const SOURCES_KEPT: usize = 64;

/// An error from running Python code: the exception's type name, its message,
/// the traceback text exactly as the CLI prints it, and the exception as data.
///
/// ```
/// let mut interp = kaa::Interpreter::new();
/// let e = interp.exec("def f():\n    return 1 / 0\nf()").unwrap_err();
/// assert_eq!(e.type_name, "ZeroDivisionError");
/// assert_eq!(e.message, "division by zero");
/// assert!(e.traceback.starts_with("Traceback (most recent call last):"));
/// assert!(e.traceback.ends_with("ZeroDivisionError: division by zero\n"));
/// assert!(e.is_instance("ArithmeticError"));
/// let names: Vec<&str> = e.frames().iter().map(|f| f.function.as_str()).collect();
/// assert_eq!(names, ["<module>", "f"]);
/// assert_eq!((e.frames()[1].line, e.frames()[1].column, e.frames()[1].end_column), (2, Some(11), Some(16)));
/// ```
#[derive(Clone)]
pub struct Error {
    /// The exception's class name (`"ValueError"`; a limit's `"FuelExhausted"`).
    pub type_name: String,
    /// `str()` of the exception.
    pub message: String,
    /// The whole report, as the CLI prints it on stderr.
    pub traceback: String,
    detail: Arc<Detail>,
}

#[derive(Default)]
struct Detail {
    exception: Option<Handle>,
    /// The classes of the exception's `__mro__`, with their names.
    classes: Vec<(String, Handle)>,
    args: Vec<Handle>,
    args_repr: Vec<String>,
    notes: Vec<String>,
    frames: Vec<Frame>,
    syntax: Option<SyntaxPosition>,
    source: Option<Source>,
}

/// One frame of a traceback, outermost first as the report prints them.
///
/// ```
/// let mut interp = kaa::Interpreter::new();
/// let e = interp.exec("x = [1]\nx[5]").unwrap_err();
/// let f = &e.frames()[0];
/// assert_eq!((f.file.as_str(), f.line, f.function.as_str()), ("<string>", 2, "<module>"));
/// assert_eq!((f.column, f.end_column), (Some(0), Some(4)));
/// ```
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Frame {
    /// The code's file name (`co_filename`: `"<string>"` for [`crate::Interpreter::exec`]).
    pub file: String,
    /// The line being run (1-based).
    pub line: u32,
    /// The last line of the failing expression, when known.
    pub end_line: Option<u32>,
    /// Where the failing expression starts and ends on its line, when known:
    /// 0-based offsets in UTF-8 bytes, as Python's `co_positions()`.
    pub column: Option<u32>,
    /// See [`Frame::column`].
    pub end_column: Option<u32>,
    /// The function's name (`co_name`: `"<module>"` at the top level).
    pub function: String,
}

/// Where a `SyntaxError` (or `IndentationError`, ...) points: its `filename`,
/// `lineno`, `offset`, `text`, `end_lineno` and `end_offset`, as Python has
/// them (offsets are 1-based character columns).
///
/// ```
/// let mut interp = kaa::Interpreter::new();
/// let e = interp.exec("x = 1\ny = (2 +\n").unwrap_err();
/// assert_eq!(e.type_name, "SyntaxError");
/// let p = e.syntax_error().unwrap();
/// assert_eq!((p.line, p.column), (2, 5));
/// assert_eq!(p.text.as_deref(), Some("y = (2 +\n"));
/// ```
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SyntaxPosition {
    /// `filename`.
    pub file: Option<String>,
    /// `lineno` (1-based; 0 if unknown).
    pub line: u32,
    /// `offset` (1-based; 0 if unknown).
    pub column: u32,
    /// `end_lineno`, when given.
    pub end_line: Option<u32>,
    /// `end_offset`, when given.
    pub end_column: Option<u32>,
    /// `text`: the source line, when known.
    pub text: Option<String>,
}

impl std::fmt::Debug for Error {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Error")
            .field("type_name", &self.type_name)
            .field("message", &self.message)
            .field("traceback", &self.traceback)
            .finish_non_exhaustive()
    }
}

/// Two errors are equal when their type names, messages and traceback texts are.
impl PartialEq for Error {
    fn eq(&self, other: &Error) -> bool {
        self.type_name == other.type_name && self.message == other.message && self.traceback == other.traceback
    }
}

impl Eq for Error {}

impl std::fmt::Display for Error {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.traceback.trim_end())
    }
}

impl std::error::Error for Error {
    /// The Rust error a host function failed with (see
    /// [`crate::Exception::from_error`]), downcastable to its own type.
    fn source(&self) -> Option<&(dyn std::error::Error + 'static)> {
        self.detail
            .source
            .as_ref()
            .map(|s| &**s as &(dyn std::error::Error + 'static))
    }
}

impl Error {
    /// The exception object (for example to raise it again, or read its
    /// attributes), a [`Handle`] of the interpreter that raised it.
    ///
    /// ```
    /// let mut interp = kaa::Interpreter::new();
    /// interp.exec("class Rejected(Exception):\n    def __init__(self, code):\n        super().__init__(f'rejected {code}')\n        self.code = code").unwrap();
    /// let e = interp.exec("raise Rejected(451)").unwrap_err();
    /// let exc = e.value().unwrap().get(&mut interp).unwrap();
    /// assert_eq!(exc.getattr(&mut interp, "code").unwrap().to::<i64>(&mut interp).unwrap(), 451);
    /// ```
    pub fn value(&self) -> Option<&Handle> {
        self.detail.exception.as_ref()
    }

    /// Whether the exception is an instance of the class named `name` (its
    /// own class or any base: `"LookupError"` matches a `KeyError`).
    ///
    /// ```
    /// let mut interp = kaa::Interpreter::new();
    /// let e = interp.exec("{}['k']").unwrap_err();
    /// assert!(e.is_instance("KeyError") && e.is_instance("LookupError") && e.is_instance("BaseException"));
    /// assert!(!e.is_instance("ValueError"));
    /// ```
    pub fn is_instance(&self, name: &str) -> bool {
        self.detail.classes.iter().any(|(n, _)| n == name)
    }

    /// Whether the exception is an instance of `class` (a class object, for
    /// example a Python class the script defined, or one a
    /// [`crate::ModuleBuilder::exception`] declared), compared by identity
    /// with the classes of its `__mro__`.
    ///
    /// ```
    /// let mut interp = kaa::Interpreter::new();
    /// interp.exec("class AppError(Exception): pass\nclass Timeout(AppError): pass").unwrap();
    /// let app: kaa::Handle = interp.get_global("AppError").unwrap();
    /// let e = interp.exec("raise Timeout('slow')").unwrap_err();
    /// assert!(e.matches(&app));
    /// let e = interp.exec("raise ValueError").unwrap_err();
    /// assert!(!e.matches(&app));
    /// ```
    pub fn matches(&self, class: &Handle) -> bool {
        self.detail.classes.iter().any(|(_, c)| c == class)
    }

    /// The exception's `args`, as handles.
    ///
    /// ```
    /// let mut interp = kaa::Interpreter::new();
    /// let e = interp.exec("raise ValueError('bad', 42)").unwrap_err();
    /// assert_eq!(e.args().len(), 2);
    /// assert_eq!(e.args()[1].to::<i64>(&mut interp).unwrap(), 42);
    /// ```
    pub fn args(&self) -> &[Handle] {
        &self.detail.args
    }

    /// `repr()` of each of the exception's `args`, read when the error was made.
    ///
    /// ```
    /// let mut interp = kaa::Interpreter::new();
    /// let e = interp.exec("raise ValueError('bad', 42)").unwrap_err();
    /// assert_eq!(e.args_repr(), ["'bad'", "42"]);
    /// ```
    pub fn args_repr(&self) -> &[String] {
        &self.detail.args_repr
    }

    /// The notes added with `add_note()` (`__notes__`), in order.
    ///
    /// ```
    /// let mut interp = kaa::Interpreter::new();
    /// let e = interp.exec("e = KeyError('k')\ne.add_note('while loading config')\nraise e").unwrap_err();
    /// assert_eq!(e.notes(), ["while loading config"]);
    /// ```
    pub fn notes(&self) -> &[String] {
        &self.detail.notes
    }

    /// The traceback's frames, outermost first (empty for an error raised
    /// before any code ran, like a `SyntaxError`). See [`Frame`].
    ///
    /// ```
    /// let mut interp = kaa::Interpreter::new();
    /// interp.exec("def inner():\n    raise KeyError('x')\ndef outer():\n    inner()").unwrap();
    /// let e = interp.exec("outer()").unwrap_err();
    /// let lines: Vec<(u32, &str)> = e.frames().iter().map(|f| (f.line, f.function.as_str())).collect();
    /// assert_eq!(lines, [(1, "<module>"), (4, "outer"), (2, "inner")]);
    /// ```
    pub fn frames(&self) -> &[Frame] {
        &self.detail.frames
    }

    /// Where a syntax error points (see [`SyntaxPosition`]); `None` for other
    /// exceptions.
    ///
    /// ```
    /// let mut interp = kaa::Interpreter::new();
    /// let e = interp.exec("if True:\nprint(1)").unwrap_err();
    /// assert_eq!(e.type_name, "IndentationError");
    /// assert_eq!(e.syntax_error().unwrap().line, 2);
    /// assert!(interp.exec("1/0").unwrap_err().syntax_error().is_none());
    /// ```
    pub fn syntax_error(&self) -> Option<&SyntaxPosition> {
        self.detail.syntax.as_ref()
    }
}

/// Marker: a host function returning `Result<T, Box<dyn Error + Send + Sync>>`.
#[doc(hidden)]
pub struct FallibleBoxed;

/// A host function may fail with any Rust error, boxed (what `?` makes of
/// any error in a function returning `Result<T, Box<dyn Error + Send +
/// Sync>>`): the script sees a `RuntimeError` with the error's message, and
/// the host's [`Error`] has the error as its `source()`, downcastable to its
/// own type.
///
/// ```
/// use std::error::Error as _;
/// type BoxError = Box<dyn std::error::Error + Send + Sync>;
/// let mut interp = kaa::Interpreter::new();
/// interp
///     .register_fn("port", |s: String| -> Result<u16, BoxError> {
///         let n: u16 = s.trim().parse()?;
///         if n == 0 { return Err("port 0 is reserved".into()); }
///         Ok(n)
///     })
///     .unwrap();
/// assert_eq!(interp.eval::<u16>("port(' 80')").unwrap(), 80);
/// let e = interp.eval::<u16>("port('http')").unwrap_err();
/// assert_eq!((e.type_name.as_str(), e.message.as_str()), ("RuntimeError", "invalid digit found in string"));
/// assert!(e.source().unwrap().downcast_ref::<std::num::ParseIntError>().is_some());
/// assert_eq!(interp.eval::<u16>("port('0')").unwrap_err().message, "port 0 is reserved");
/// ```
impl<T: IntoPy> IntoReturn<FallibleBoxed> for Result<T, Box<dyn std::error::Error + Send + Sync + 'static>> {
    fn into_return(self, cx: &mut Context) -> Result<Value, Exception> {
        match self {
            Ok(v) => v.into_py(cx),
            Err(e) => {
                let source: Source = Arc::from(e);
                Err(Exception::runtime_error(source.to_string()).with_shared_source(source))
            }
        }
    }
}

/// The Rust source of `e`, shared.
impl Error {
    /// An error made without an interpreter (no exception object, no frames).
    pub(crate) fn plain(type_name: String, message: String, traceback: String) -> Error {
        Error {
            type_name,
            message,
            traceback,
            detail: Arc::default(),
        }
    }

    /// A compile-time `SyntaxError` (from [`crate::Program::compile`], which
    /// needs no interpreter), with its position as data.
    pub(crate) fn from_syntax(e: &kaa_compiler::SyntaxError) -> Error {
        let to_u32 = |n: usize| u32::try_from(n).unwrap_or(u32::MAX);
        let syntax = SyntaxPosition {
            file: Some(e.filename.clone()),
            line: to_u32(e.lineno),
            column: to_u32(e.offset),
            end_line: (e.end_lineno > 0).then(|| to_u32(e.end_lineno)),
            end_column: (e.end_offset > 0).then(|| to_u32(e.end_offset)),
            // As the exception object's `text` (vm/src/run.rs): the line with its newline.
            text: e.text.as_ref().map(|t| format!("{t}\n")),
        };
        Error {
            type_name: e.kind.name().to_string(),
            message: format!("{} ({}, line {})", e.msg, e.filename, e.lineno),
            traceback: e.to_string(),
            detail: Arc::new(Detail {
                syntax: Some(syntax),
                ..Detail::default()
            }),
        }
    }
}

pub(crate) fn source_arc(e: &Error) -> Option<Source> {
    e.detail.source.clone()
}

/// The interpreter's table of Rust sources of host-raised exceptions.
struct Sources(Mutex<VecDeque<(Handle, Source)>>);

const SOURCES_KEY: &str = "kaa::Error sources";

fn sources(vm: &Vm, create: bool) -> Option<Arc<Sources>> {
    let known = vm.rust_state.borrow().get(SOURCES_KEY).cloned();
    if let Some(s) = known.and_then(|a| a.downcast::<Sources>().ok()) {
        return Some(s);
    }
    if !create {
        return None;
    }
    let s = Arc::new(Sources(Mutex::new(VecDeque::new())));
    vm.rust_state.borrow_mut().insert(SOURCES_KEY, s.clone());
    Some(s)
}

/// Remember that the exception `exc` (about to be raised) comes from `source`.
pub(crate) fn remember_source(vm: &Vm, exc: &PyObjectRef, source: Source) {
    let Some(table) = sources(vm, true) else { return };
    let h = Handle::from_obj(vm, exc.clone());
    let old = {
        let mut t = table.0.lock().unwrap_or_else(|e| e.into_inner());
        let old = if t.len() >= SOURCES_KEPT { t.pop_front() } else { None };
        t.push_back((h, source));
        old
    };
    drop(old);
}

/// The Rust source remembered for `exc`, if any.
fn source_of(vm: &Vm, exc: &PyObjectRef) -> Option<Source> {
    let table = sources(vm, false)?;
    let t = table.0.lock().unwrap_or_else(|e| e.into_inner());
    let found = t.iter().rev().find(|(h, _)| h.addr_is(exc)).map(|(_, s)| s.clone());
    found
}

/// An [`Error`] made from the Python exception `exc`; the caller holds the
/// interpreter's lock.
pub(crate) fn from_exception(vm: &mut Vm, exc: &PyObjectRef) -> Error {
    let type_name = exc.ty().name().to_string();
    let message = vm.str_string(exc).unwrap_or_default();
    let traceback = kaa_vm::traceback::format_exception(vm, exc);
    let mut d = Detail {
        exception: Some(Handle::from_obj(vm, exc.clone())),
        ..Detail::default()
    };
    for c in exc.class().mro() {
        let name = c.as_type().map(|t| t.name().to_string()).unwrap_or_default();
        d.classes.push((name, Handle::from_obj(vm, c)));
    }
    if let Some(p) = exc.downcast_ref::<PyBaseException>() {
        let args = p.args.borrow().clone();
        if let Ok(items) = vm.collect(&args) {
            for a in items {
                d.args_repr.push(vm.repr_string(&a).unwrap_or_default());
                d.args.push(Handle::from_obj(vm, a));
            }
        }
        let tb = p.traceback.borrow().clone();
        for e in tb.iter().rev() {
            let pos = e.code.linetable.position_of(e.lasti).filter(|p| p.line == e.lineno);
            d.frames.push(Frame {
                file: e.code.co_filename.to_string(),
                line: e.lineno,
                end_line: pos.map(|p| p.end_line),
                column: pos.and_then(|p| p.col),
                end_column: pos.and_then(|p| p.end_col),
                function: e.code.co_name.to_string(),
            });
        }
    }
    let key = vm.intern("__notes__");
    if let Ok(Some(notes)) = vm.instance_get(exc, &key) {
        if let Ok(items) = vm.collect(&notes) {
            for n in items {
                if n.payload_is::<PyStr>() {
                    d.notes.push(vm.str_string(&n).unwrap_or_default());
                }
            }
        }
    }
    let syntax = vm.exc.syntax_error.clone();
    if exc.is_instance_of(&syntax) {
        d.syntax = Some(syntax_position(vm, exc));
    }
    d.source = source_of(vm, exc);
    Error {
        type_name,
        message,
        traceback,
        detail: Arc::new(d),
    }
}

/// The position attributes of a `SyntaxError`.
fn syntax_position(vm: &mut Vm, exc: &PyObjectRef) -> SyntaxPosition {
    let mut attr = |name: &str| -> Option<PyObjectRef> {
        let v = vm.get_attr_str(exc, name).ok()?;
        (!v.is(&vm.none)).then_some(v)
    };
    let file = attr("filename");
    let line = attr("lineno");
    let offset = attr("offset");
    let text = attr("text");
    let end_line = attr("end_lineno");
    let end_offset = attr("end_offset");
    let int = |vm: &mut Vm, o: Option<PyObjectRef>| -> Option<u32> {
        let o = o?;
        let s = vm.str_string(&o).ok()?;
        s.parse::<u32>().ok()
    };
    let string = |vm: &mut Vm, o: Option<PyObjectRef>| -> Option<String> {
        let o = o?;
        o.payload_is::<PyStr>().then(|| vm.str_string(&o).ok()).flatten()
    };
    SyntaxPosition {
        file: string(vm, file),
        line: int(vm, line).unwrap_or(0),
        column: int(vm, offset).unwrap_or(0),
        end_line: int(vm, end_line),
        end_column: int(vm, end_offset),
        text: string(vm, text),
    }
}
