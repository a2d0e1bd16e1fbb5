//! `_csv`: the reader and writer of `csv` (`py/csv.py`), CPython 3.11's
//! parsing and quoting rules and messages.
//!
//! `py/csv.py` validates the dialect (its `_csv.Dialect` objects) and calls
//! `_reader(iterable, dialect)` / `_writer(fileobj, dialect)`; the objects
//! made here read the dialect's attributes once. `Error` and
//! `field_size_limit` live here, as in CPython.

use std::cell::{Cell, RefCell};

use kaa_compiler::bytecode::{BinaryOp, CompareOp};
use kaa_vm::builtins::new_native_type;
use kaa_vm::object::core::{PyPayload, Visit};
use kaa_vm::object::float::PyFloat;
use kaa_vm::object::function::{Binding, PyBoundMethod, PyBuiltinFunction};
use kaa_vm::object::int::{IntValue, PyInt};
use kaa_vm::object::list::PyList;
use kaa_vm::object::slice::PySlice;
use kaa_vm::object::str::PyStr;
use kaa_vm::object::tuple::PyTuple;
use kaa_vm::object::PyObjectRef;
use kaa_vm::vm::NativeFn;
use kaa_vm::{Args, PyResult, Vm};

const QUOTE_MINIMAL: i64 = 0;
const QUOTE_ALL: i64 = 1;
const QUOTE_NONNUMERIC: i64 = 2;
const QUOTE_NONE: i64 = 3;

/// `field_size_limit()`, shared by every interpreter of the process.
/// `field_size_limit()`'s default (CPython's 128 KiB).
const DEFAULT_FIELD_LIMIT: i64 = 128 * 1024;

/// The interpreter's field size limit, kept in `Vm::module_state` (no
/// process-wide state: each interpreter has its own, as in CPython).
fn field_limit(vm: &Vm) -> i64 {
    let v = vm.module_state.borrow().get("_csv.field_limit").cloned();
    match v.as_ref().and_then(|o| o.downcast_ref::<PyInt>()).map(|i| &i.value) {
        Some(IntValue::Small(n)) => *n,
        _ => DEFAULT_FIELD_LIMIT,
    }
}

/// A dialect's settings, read from a validated `_csv.Dialect`.
struct Params {
    delimiter: char,
    quotechar: Option<char>,
    escapechar: Option<char>,
    doublequote: bool,
    skipinitialspace: bool,
    quoting: i64,
    strict: bool,
    lineterminator: String,
    /// The characters `write_field` must look at (delimiter, quote and
    /// escape characters, those of the line terminator) as a bit set of
    /// ASCII codes (two words: a `u128` would raise the payload's
    /// alignment); `None` when one of them is not ASCII.
    special: Option<[u64; 2]>,
}

/// [`Params::special`].
fn special_set(chars: impl IntoIterator<Item = char>) -> Option<[u64; 2]> {
    let mut set = [0u64; 2];
    for c in chars {
        if !c.is_ascii() {
            return None;
        }
        let b = c as u32;
        set[(b >> 6) as usize] |= 1 << (b & 63);
    }
    Some(set)
}

fn opt_char(vm: &mut Vm, d: &PyObjectRef, name: &str) -> PyResult<Option<char>> {
    let v = vm.get_attr_str(d, name)?;
    if vm.is_none(&v) {
        return Ok(None);
    }
    let s = v
        .downcast_ref::<PyStr>()
        .map(|s| s.as_str().to_string())
        .unwrap_or_default();
    let mut it = s.chars();
    match (it.next(), it.next()) {
        (Some(c), None) => Ok(Some(c)),
        _ => Err(vm.new_type_error(format!("\"{name}\" must be a 1-character string"))),
    }
}

fn flag(vm: &mut Vm, d: &PyObjectRef, name: &str) -> PyResult<bool> {
    let v = vm.get_attr_str(d, name)?;
    vm.is_true(&v)
}

impl Params {
    fn from_dialect(vm: &mut Vm, d: &PyObjectRef) -> PyResult<Params> {
        let delimiter = opt_char(vm, d, "delimiter")?.unwrap_or(',');
        let quotechar = opt_char(vm, d, "quotechar")?;
        let escapechar = opt_char(vm, d, "escapechar")?;
        let doublequote = flag(vm, d, "doublequote")?;
        let skipinitialspace = flag(vm, d, "skipinitialspace")?;
        let strict = flag(vm, d, "strict")?;
        let q = vm.get_attr_str(d, "quoting")?;
        let quoting = match q.downcast_ref::<PyInt>().map(|i| &i.value) {
            Some(IntValue::Small(n)) if (0..=3).contains(n) => *n,
            _ => return Err(vm.new_type_error("bad \"quoting\" value")),
        };
        let lt = vm.get_attr_str(d, "lineterminator")?;
        let lineterminator = match lt.downcast_ref::<PyStr>() {
            Some(s) => s.as_str().to_string(),
            None => return Err(vm.new_type_error("\"lineterminator\" must be a string")),
        };
        let special = special_set(
            [Some(delimiter), quotechar, escapechar]
                .into_iter()
                .flatten()
                .chain(lineterminator.chars()),
        );
        Ok(Params {
            delimiter,
            quotechar,
            escapechar,
            doublequote,
            skipinitialspace,
            quoting,
            strict,
            lineterminator,
            special,
        })
    }
}

/// `_csv.Error`, made at import.
fn error_class(vm: &mut Vm) -> PyResult<PyObjectRef> {
    let found = vm.module_state.borrow().get("_csv.Error").cloned();
    found.ok_or_else(|| vm.new_runtime_error("_csv is not initialized"))
}

fn csv_error(vm: &mut Vm, msg: impl Into<String> + AsRef<str>) -> PyObjectRef {
    match error_class(vm) {
        Ok(cls) => vm.new_exception_msg(&cls, msg),
        Err(e) => e,
    }
}

// ----- the reader -----

#[derive(Clone, Copy, PartialEq, Eq)]
enum State {
    StartRecord,
    StartField,
    EscapedChar,
    InField,
    InQuotedField,
    EscapeInQuotedField,
    QuoteInQuotedField,
    EatCrnl,
    AfterEscapedCrnl,
}

/// The parse of one record in progress.
struct Parse {
    state: State,
    fields: Vec<PyObjectRef>,
    field: String,
    /// Characters in `field` (the limit counts characters).
    field_len: i64,
    /// The field size limit when the row started.
    limit: i64,
    numeric: bool,
}

/// `_csv.reader`.
struct Reader {
    it: RefCell<Option<PyObjectRef>>,
    dialect: RefCell<Option<PyObjectRef>>,
    p: Params,
    line_num: Cell<i64>,
}

impl PyPayload for Reader {
    const GC: bool = true;

    fn traverse(&self, visit: &mut Visit<'_>) {
        visit.visit_cell(&self.it, |o, visit| visit.visit_opt(o));
        visit.visit_cell(&self.dialect, |o, visit| visit.visit_opt(o));
    }

    fn clear(&self) {
        let a = self.it.try_borrow_mut().map(|mut o| o.take());
        let b = self.dialect.try_borrow_mut().map(|mut o| o.take());
        drop((a, b));
    }
}

/// The end of a line, as a character no line contains.
const EOL: Option<char> = None;

impl Parse {
    fn add_char(&mut self, vm: &mut Vm, c: char) -> PyResult<()> {
        let limit = self.limit;
        if self.field_len >= limit {
            return Err(csv_error(vm, format!("field larger than field limit ({limit})")));
        }
        self.field.push(c);
        self.field_len += 1;
        Ok(())
    }

    /// [`Parse::add_char`] for each character of `s`.
    fn add_str(&mut self, vm: &mut Vm, s: &str) -> PyResult<()> {
        let n = s.chars().count() as i64;
        let limit = self.limit;
        if self.field_len + n > limit {
            return Err(csv_error(vm, format!("field larger than field limit ({limit})")));
        }
        self.field.push_str(s);
        self.field_len += n;
        Ok(())
    }

    /// The length in bytes of the leading characters of `s` that
    /// [`Parse::step`] would only add to the field, in the states where
    /// that is all a character can do (0 in the others).
    fn run_len(&self, p: &Params, s: &str) -> usize {
        let stop: &dyn Fn(char) -> bool = match self.state {
            State::InField => &|c| c == '\n' || c == '\r' || c == p.delimiter || Some(c) == p.escapechar,
            State::InQuotedField => &|c| Some(c) == p.escapechar || (p.quoting != QUOTE_NONE && Some(c) == p.quotechar),
            _ => return 0,
        };
        s.char_indices().find(|&(_, c)| stop(c)).map_or(s.len(), |(i, _)| i)
    }

    fn save_field(&mut self, vm: &mut Vm) -> PyResult<()> {
        let text = std::mem::take(&mut self.field);
        self.field_len = 0;
        let v = if self.numeric {
            self.numeric = false;
            match kaa_vm::object::float::parse_float(&text) {
                Some(f) => vm.new_float(f),
                None => {
                    // `float()` itself, for its error.
                    let s = vm.new_str(text);
                    let float = vm.types.float.clone();
                    vm.call(&float, Args::positional(std::slice::from_ref(&s)))?
                }
            }
        } else {
            vm.new_str(text)
        };
        self.fields.push(v);
        Ok(())
    }

    fn end_field(&mut self, vm: &mut Vm, c: Option<char>) -> PyResult<()> {
        self.save_field(vm)?;
        self.state = if c.is_none() {
            State::StartRecord
        } else {
            State::EatCrnl
        };
        Ok(())
    }

    /// One character of a line, or `EOL` after the last.
    fn step(&mut self, vm: &mut Vm, p: &Params, c: Option<char>) -> PyResult<()> {
        let is_nl = |c: Option<char>| matches!(c, None | Some('\n') | Some('\r'));
        let quoting = p.quoting != QUOTE_NONE;
        let mut state = self.state;
        if state == State::StartRecord {
            match c {
                None => return Ok(()),
                Some('\n') | Some('\r') => {
                    self.state = State::EatCrnl;
                    return Ok(());
                }
                _ => state = State::StartField,
            }
        }
        if state == State::AfterEscapedCrnl {
            if c.is_none() {
                return Ok(());
            }
            state = State::InField;
        }
        match state {
            State::StartField => {
                if is_nl(c) {
                    self.end_field(vm, c)?;
                } else if quoting && c == p.quotechar {
                    self.state = State::InQuotedField;
                } else if c.is_some() && c == p.escapechar {
                    self.state = State::EscapedChar;
                } else if c == Some(' ') && p.skipinitialspace {
                    self.state = State::StartField;
                } else if c == Some(p.delimiter) {
                    self.state = State::StartField;
                    self.save_field(vm)?;
                } else {
                    if p.quoting == QUOTE_NONNUMERIC {
                        self.numeric = true;
                    }
                    self.add_char(vm, c.unwrap_or('\n'))?;
                    self.state = State::InField;
                }
            }
            State::EscapedChar => {
                match c {
                    Some('\n') | Some('\r') => {
                        self.add_char(vm, c.unwrap_or('\n'))?;
                        self.state = State::AfterEscapedCrnl;
                        return Ok(());
                    }
                    _ => {}
                }
                self.add_char(vm, c.unwrap_or('\n'))?;
                self.state = State::InField;
            }
            State::InField => {
                if is_nl(c) {
                    self.end_field(vm, c)?;
                } else if c == p.escapechar {
                    self.state = State::EscapedChar;
                } else if c == Some(p.delimiter) {
                    self.save_field(vm)?;
                    self.state = State::StartField;
                } else {
                    // The state stays: after an escaped newline it is
                    // still `AfterEscapedCrnl` (the record goes on).
                    self.add_char(vm, c.unwrap_or('\n'))?;
                }
            }
            State::InQuotedField => {
                self.state = State::InQuotedField;
                if c.is_none() {
                } else if c == p.escapechar {
                    self.state = State::EscapeInQuotedField;
                } else if quoting && c == p.quotechar {
                    self.state = if p.doublequote {
                        State::QuoteInQuotedField
                    } else {
                        State::InField
                    };
                } else {
                    self.add_char(vm, c.unwrap_or('\n'))?;
                }
            }
            State::EscapeInQuotedField => {
                self.add_char(vm, c.unwrap_or('\n'))?;
                self.state = State::InQuotedField;
            }
            State::QuoteInQuotedField => {
                if quoting && c.is_some() && c == p.quotechar {
                    self.add_char(vm, c.unwrap_or('\n'))?;
                    self.state = State::InQuotedField;
                } else if c == Some(p.delimiter) {
                    self.save_field(vm)?;
                    self.state = State::StartField;
                } else if is_nl(c) {
                    self.end_field(vm, c)?;
                } else if !p.strict {
                    self.add_char(vm, c.unwrap_or('\n'))?;
                    self.state = State::InField;
                } else {
                    let q = p.quotechar.map(String::from).unwrap_or_default();
                    return Err(csv_error(vm, format!("'{}' expected after '{q}'", p.delimiter)));
                }
            }
            State::EatCrnl => {
                if matches!(c, Some('\n') | Some('\r')) {
                } else if c.is_none() {
                    self.state = State::StartRecord;
                } else {
                    return Err(csv_error(
                        vm,
                        "new-line character seen in unquoted field - do you need to open the file in universal-newline mode?",
                    ));
                }
            }
            State::StartRecord | State::AfterEscapedCrnl => {}
        }
        Ok(())
    }
}

fn this_reader<'a>(vm: &mut Vm, args: &Args<'a>, method: &str) -> PyResult<(&'a PyObjectRef, &'a Reader)> {
    let o = args.pos().first().ok_or_else(|| {
        vm.new_type_error(format!(
            "descriptor '{method}' of '_csv.reader' object needs an argument"
        ))
    })?;
    match o.downcast_ref::<Reader>() {
        Some(r) => Ok((o, r)),
        None => Err(vm.new_type_error(format!(
            "descriptor '{method}' requires a '_csv.reader' object but received a '{}'",
            o.ty().name()
        ))),
    }
}

fn reader_next(vm: &mut Vm, args: Args) -> PyResult {
    args.exact::<1>(vm, "__next__")?;
    let (_, r) = this_reader(vm, &args, "__next__")?;
    match next_record(vm, r)? {
        Some(rec) => Ok(rec),
        None => Err(vm.new_stop_iteration(None)),
    }
}

/// `next()` of a `_csv.reader` without a method call (`crate::native_next`);
/// `None` when `it` is not one.
pub fn native_next(vm: &mut Vm, it: &PyObjectRef) -> Option<PyResult<Option<PyObjectRef>>> {
    let r = it.downcast_ref::<Reader>()?;
    Some(next_record(vm, r))
}

/// The next record as a list; `None` at the end of the input.
fn next_record(vm: &mut Vm, r: &Reader) -> PyResult<Option<PyObjectRef>> {
    let Some(it) = r.it.borrow().clone() else {
        return Ok(None);
    };
    let mut parse = Parse {
        state: State::StartRecord,
        fields: Vec::new(),
        field: String::new(),
        field_len: 0,
        limit: field_limit(vm),
        numeric: false,
    };
    loop {
        let line = match vm.iter_next(&it)? {
            Some(line) => line,
            None => {
                if parse.field_len != 0 || parse.state == State::InQuotedField {
                    if r.p.strict {
                        return Err(csv_error(vm, "unexpected end of data"));
                    }
                    parse.save_field(vm)?;
                    break;
                }
                return Ok(None);
            }
        };
        let Some(s) = line.downcast_ref::<PyStr>() else {
            let name = line.ty().name().to_string();
            return Err(csv_error(
                vm,
                format!("iterator should return strings, not {name:.200} (the file should be opened in text mode)"),
            ));
        };
        r.line_num.set(r.line_num.get() + 1);
        let text = s.as_str();
        // A quick path for the common case, a record on one line with no
        // quotes: fields are the text between delimiters.
        if parse.state == State::StartRecord && fast_path_ok(&r.p, text) {
            fast_split(vm, &r.p, text, &mut parse)?;
            break;
        }
        let mut rest = text;
        while let Some(c) = rest.chars().next() {
            // Inside a field, a run of ordinary characters goes in at once.
            let run = parse.run_len(&r.p, rest);
            if run > 0 {
                parse.add_str(vm, &rest[..run])?;
                rest = &rest[run..];
                continue;
            }
            parse.step(vm, &r.p, Some(c))?;
            rest = &rest[c.len_utf8()..];
        }
        parse.step(vm, &r.p, EOL)?;
        if parse.state == State::StartRecord {
            break;
        }
    }
    Ok(Some(vm.new_list(parse.fields)))
}

/// Whether `text` can be split on delimiters alone: no quote, escape, or
/// newline before the final "\r\n", "\n" or "\r", not empty, no leading spaces to
/// skip, and plain strings wanted.
fn fast_path_ok(p: &Params, text: &str) -> bool {
    if p.quoting == QUOTE_NONNUMERIC || p.skipinitialspace || !p.delimiter.is_ascii() {
        return false;
    }
    let body = line_body(text);
    if body.is_empty() || p.delimiter == '\n' || p.delimiter == '\r' {
        return false;
    }
    let q = p.quotechar.filter(|_| p.quoting != QUOTE_NONE);
    !body
        .chars()
        .any(|c| c == '\n' || c == '\r' || Some(c) == q || Some(c) == p.escapechar)
}

/// A line without its final "\r\n", "\n" or "\r".
fn line_body(text: &str) -> &str {
    text.strip_suffix("\r\n")
        .or_else(|| text.strip_suffix('\n'))
        .or_else(|| text.strip_suffix('\r'))
        .unwrap_or(text)
}

fn fast_split(vm: &mut Vm, p: &Params, text: &str, parse: &mut Parse) -> PyResult<()> {
    let body = line_body(text);
    let limit = parse.limit;
    for f in body.split(p.delimiter) {
        if f.len() as i64 > limit && f.chars().count() as i64 > limit {
            return Err(csv_error(vm, format!("field larger than field limit ({limit})")));
        }
        let s = vm.new_str(f);
        parse.fields.push(s);
    }
    Ok(())
}

fn reader_iter(vm: &mut Vm, args: Args) -> PyResult {
    args.exact::<1>(vm, "__iter__")?;
    let (o, _) = this_reader(vm, &args, "__iter__")?;
    Ok(o.clone())
}

fn reader_line_num(vm: &mut Vm, o: &PyObjectRef) -> PyResult {
    match o.downcast_ref::<Reader>() {
        Some(r) => Ok(vm.new_int(r.line_num.get())),
        None => Err(vm.new_type_error("descriptor 'line_num' for '_csv.reader' objects doesn't apply")),
    }
}

fn reader_dialect(vm: &mut Vm, o: &PyObjectRef) -> PyResult {
    match o.downcast_ref::<Reader>().and_then(|r| r.dialect.borrow().clone()) {
        Some(d) => Ok(d),
        None => Ok(vm.none()),
    }
}

/// `_reader(iterable, dialect)`: `dialect` is a validated `_csv.Dialect`.
fn make_reader(vm: &mut Vm, args: Args) -> PyResult {
    let [iterable, dialect] = args.exact::<2>(vm, "_reader")?;
    let it = vm.get_iter(iterable)?;
    let p = Params::from_dialect(vm, dialect)?;
    let cls = state_type(vm, "_csv.reader")?;
    Ok(vm.new_instance(
        Reader {
            it: RefCell::new(Some(it)),
            dialect: RefCell::new(Some(dialect.clone())),
            p,
            line_num: Cell::new(0),
        },
        &cls,
    ))
}

// ----- the writer -----

/// `_csv.writer`.
struct Writer {
    write: RefCell<Option<PyObjectRef>>,
    dialect: RefCell<Option<PyObjectRef>>,
    p: Params,
}

impl PyPayload for Writer {
    const GC: bool = true;

    fn traverse(&self, visit: &mut Visit<'_>) {
        visit.visit_cell(&self.write, |o, visit| visit.visit_opt(o));
        visit.visit_cell(&self.dialect, |o, visit| visit.visit_opt(o));
    }

    fn clear(&self) {
        let a = self.write.try_borrow_mut().map(|mut o| o.take());
        let b = self.dialect.try_borrow_mut().map(|mut o| o.take());
        drop((a, b));
    }
}

/// Whether QUOTE_NONNUMERIC leaves `o` unquoted (C's `PyNumber_Check`).
fn is_number(vm: &mut Vm, o: &PyObjectRef) -> bool {
    if o.payload_is::<PyInt>() || o.payload_is::<PyFloat>() || o.class().is(&vm.types.complex) {
        return true;
    }
    if o.payload_is::<PyStr>() {
        return false;
    }
    let names = [
        vm.names.__index__.clone(),
        vm.names.__int__.clone(),
        vm.names.__float__.clone(),
    ];
    names.iter().any(|n| vm.lookup_special(o, n).is_some()) || o.class().mro().iter().any(|c| c.is(&vm.types.complex))
}

/// Append one field to `line`, quoted or escaped as the dialect says.
fn write_field(vm: &mut Vm, p: &Params, line: &mut String, field: &str, mut quoted: bool) -> PyResult<()> {
    // The common case: nothing in the field to quote or escape (a byte of a
    // non-ASCII character is never one of the ASCII special characters).
    if let Some(set) = p.special {
        if field
            .bytes()
            .all(|b| b >= 128 || set[(b >> 6) as usize] & (1 << (b & 63)) == 0)
        {
            match (quoted, p.quotechar) {
                (true, Some(q)) => {
                    line.push(q);
                    line.push_str(field);
                    line.push(q);
                }
                _ => line.push_str(field),
            }
            return Ok(());
        }
    }
    let start = line.len();
    let mut body = String::with_capacity(field.len() + 2);
    for c in field.chars() {
        let special =
            c == p.delimiter || Some(c) == p.escapechar || Some(c) == p.quotechar || p.lineterminator.contains(c);
        let mut want_escape = false;
        if special {
            if p.quoting == QUOTE_NONE {
                want_escape = true;
            } else {
                if Some(c) == p.quotechar {
                    if p.doublequote {
                        body.push(c);
                    } else {
                        want_escape = true;
                    }
                } else if Some(c) == p.escapechar {
                    want_escape = true;
                }
                if !want_escape {
                    quoted = true;
                }
            }
            if want_escape {
                match p.escapechar {
                    Some(e) => body.push(e),
                    None => return Err(csv_error(vm, "need to escape, but no escapechar set")),
                }
            }
        }
        body.push(c);
    }
    line.truncate(start);
    match (quoted, p.quotechar) {
        (true, Some(q)) => {
            line.push(q);
            line.push_str(&body);
            line.push(q);
        }
        _ => line.push_str(&body),
    }
    Ok(())
}

/// A row's text in the making, one field at a time.
struct RowText {
    line: String,
    n: usize,
    last_empty: bool,
}

impl RowText {
    fn new() -> RowText {
        RowText {
            line: String::new(),
            n: 0,
            last_empty: false,
        }
    }

    /// Append `field` (quoted, escaped and converted with `str()` as the
    /// dialect says).
    fn add(&mut self, vm: &mut Vm, p: &Params, field: &PyObjectRef) -> PyResult<()> {
        if self.n > 0 {
            self.line.push(p.delimiter);
        }
        self.n += 1;
        let mut quoted = match p.quoting {
            QUOTE_NONNUMERIC => !is_number(vm, field),
            QUOTE_ALL => true,
            _ => false,
        };
        let text;
        let s: &str = if let Some(s) = field.downcast_ref::<PyStr>() {
            s.as_str()
        } else if vm.is_none(field) {
            ""
        } else {
            text = vm.str(field)?;
            match text.downcast_ref::<PyStr>() {
                Some(s) => s.as_str(),
                None => "",
            }
        };
        if p.quotechar.is_none() {
            quoted = false;
        }
        self.last_empty = s.is_empty();
        write_field(vm, p, &mut self.line, s, quoted)
    }

    /// The text with the line terminator.
    fn finish(mut self, vm: &mut Vm, p: &Params) -> PyResult<String> {
        if self.n == 1 && self.last_empty {
            if p.quoting == QUOTE_NONE {
                return Err(csv_error(vm, "single empty field record must be quoted"));
            }
            self.line.clear();
            if let Some(q) = p.quotechar {
                self.line.push(q);
                self.line.push(q);
            }
        }
        self.line.push_str(&p.lineterminator);
        Ok(self.line)
    }
}

/// The text of one row, with the line terminator.
fn join_row(vm: &mut Vm, p: &Params, row: &PyObjectRef) -> PyResult<String> {
    let it = match vm.get_iter(row) {
        Ok(it) => it,
        Err(e) if e.class().is(&vm.exc.type_error) || is_subclass(vm, &e, "type_error") => {
            return Err(csv_error(vm, format!("iterable expected, not {}", row.ty().name())));
        }
        Err(e) => return Err(e),
    };
    let mut text = RowText::new();
    while let Some(field) = vm.iter_next(&it)? {
        text.add(vm, p, &field)?;
    }
    text.finish(vm, p)
}

/// Hand a row's text to the writer's file: `write(line)`, or the text
/// file's own write without a call when `write` is the bound `write` of a
/// built-in text file.
fn write_line(vm: &mut Vm, write: &PyObjectRef, line: String) -> PyResult {
    if let Some(t) = crate::io::textio::native_write_target(write) {
        crate::io::textio::write_text(vm, t, &line)?;
        let n = if line.is_ascii() {
            line.len()
        } else {
            line.chars().count()
        };
        return Ok(vm.new_int(n as i64));
    }
    let s = vm.new_str(line);
    vm.call(write, Args::positional(std::slice::from_ref(&s)))
}

fn is_subclass(vm: &mut Vm, e: &PyObjectRef, _which: &str) -> bool {
    let te = vm.exc.type_error.clone();
    e.class().mro().iter().any(|c| c.is(&te))
}

fn this_writer<'a>(vm: &mut Vm, args: &Args<'a>, method: &str) -> PyResult<&'a Writer> {
    let o = args.pos().first();
    match o.and_then(|o| o.downcast_ref::<Writer>()) {
        Some(w) => Ok(w),
        None => Err(vm.new_type_error(format!("descriptor '{method}' requires a '_csv.writer' object"))),
    }
}

fn writer_writerow(vm: &mut Vm, args: Args) -> PyResult {
    let w = this_writer(vm, &args, "writerow")?;
    args.no_kwargs(vm, "writer.writerow")?;
    let [_, row] = args.pos() else {
        let n = args.pos().len().saturating_sub(1);
        return Err(vm.new_type_error(format!("writer.writerow() takes exactly one argument ({n} given)")));
    };
    let line = join_row(vm, &w.p, row)?;
    let Some(write) = w.write.borrow().clone() else {
        return Ok(vm.none());
    };
    write_line(vm, &write, line)
}

fn writer_writerows(vm: &mut Vm, args: Args) -> PyResult {
    let w = this_writer(vm, &args, "writerows")?;
    args.no_kwargs(vm, "writer.writerows")?;
    let [_, rows] = args.pos() else {
        let n = args.pos().len().saturating_sub(1);
        return Err(vm.new_type_error(format!("writer.writerows() takes exactly one argument ({n} given)")));
    };
    let it = vm.get_iter(rows)?;
    let Some(write) = w.write.borrow().clone() else {
        return Ok(vm.none());
    };
    while let Some(row) = vm.iter_next(&it)? {
        let line = join_row(vm, &w.p, &row)?;
        write_line(vm, &write, line)?;
    }
    Ok(vm.none())
}

fn writer_dialect(vm: &mut Vm, o: &PyObjectRef) -> PyResult {
    match o.downcast_ref::<Writer>().and_then(|w| w.dialect.borrow().clone()) {
        Some(d) => Ok(d),
        None => Ok(vm.none()),
    }
}

/// `_writer(fileobj, dialect)`.
fn make_writer(vm: &mut Vm, args: Args) -> PyResult {
    let [file, dialect] = args.exact::<2>(vm, "_writer")?;
    let key = vm.intern("write");
    let write = match vm.get_attr_opt(file, &key)? {
        Some(w) => w,
        None => return Err(vm.new_type_error("argument 1 must have a \"write\" method")),
    };
    let p = Params::from_dialect(vm, dialect)?;
    let cls = state_type(vm, "_csv.writer")?;
    Ok(vm.new_instance(
        Writer {
            write: RefCell::new(Some(write)),
            dialect: RefCell::new(Some(dialect.clone())),
            p,
        },
        &cls,
    ))
}

// ----- DictReader and DictWriter -----
//
// `py/csv.py` defines the classes; their per-row methods are these native
// functions (binding as methods), which do what CPython's Python code does,
// attribute access by attribute access, so subclasses and instances that
// replace `fieldnames`, `reader`, `writer`, `restval` ... see the same
// lookups and calls in the same order.

/// `self.<name>`.
fn attr(vm: &mut Vm, o: &PyObjectRef, name: &PyObjectRef) -> PyResult {
    vm.get_attr(o, name)
}

/// `self.<name> = v`.
fn set_attr(vm: &mut Vm, o: &PyObjectRef, name: &PyObjectRef, v: PyObjectRef) -> PyResult<()> {
    vm.set_attr(o, name, v)
}

/// The attribute names the native `DictReader`/`DictWriter` methods look
/// up, interned once per interpreter (a tuple in `Vm::module_state`): one
/// map lookup a call instead of interning each name at each use.
const NAME_TEXTS: [&str; 10] = [
    "line_num",
    "fieldnames",
    "reader",
    "_fieldnames",
    "restkey",
    "restval",
    "writer",
    "writerow",
    "_dict_to_list",
    "extrasaction",
];
const LINE_NUM: usize = 0;
const FIELDNAMES: usize = 1;
const READER: usize = 2;
const PRIVATE_FIELDNAMES: usize = 3;
const RESTKEY: usize = 4;
const RESTVAL: usize = 5;
const WRITER: usize = 6;
const WRITEROW: usize = 7;
const DICT_TO_LIST: usize = 8;
const EXTRASACTION: usize = 9;

struct Names(PyObjectRef);

impl Names {
    fn load(vm: &mut Vm) -> Names {
        let cached = vm.module_state.borrow().get("_csv.names").cloned();
        if let Some(t) = cached {
            return Names(t);
        }
        let items = NAME_TEXTS.iter().map(|n| vm.intern(n)).collect();
        let t = vm.new_tuple(items);
        vm.module_state.borrow_mut().insert("_csv.names".to_string(), t.clone());
        Names(t)
    }

    /// The name `NAME_TEXTS[i]`.
    fn get(&self, i: usize) -> &PyObjectRef {
        match self.0.downcast_ref::<PyTuple>().and_then(|t| t.as_slice().get(i)) {
            Some(n) => n,
            // Not reached: the tuple is made above with every name.
            None => &self.0,
        }
    }
}

/// `next(it)` with StopIteration raised at the end.
fn next_or_stop(vm: &mut Vm, it: &PyObjectRef) -> PyResult {
    match vm.iter_next(it)? {
        Some(v) => Ok(v),
        None => Err(vm.new_stop_iteration(None)),
    }
}

/// `DictReader.fieldnames` (the property's getter).
fn dictreader_fieldnames(vm: &mut Vm, args: Args) -> PyResult {
    let [this] = args.exact::<1>(vm, "fieldnames")?;
    let nm = Names::load(vm);
    let cur = attr(vm, this, nm.get(PRIVATE_FIELDNAMES))?;
    if vm.is_none(&cur) {
        let rd = attr(vm, this, nm.get(READER))?;
        if let Some(names) = vm.iter_next(&rd)? {
            set_attr(vm, this, nm.get(PRIVATE_FIELDNAMES), names)?;
        }
    }
    let rd = attr(vm, this, nm.get(READER))?;
    let n = attr(vm, &rd, nm.get(LINE_NUM))?;
    set_attr(vm, this, nm.get(LINE_NUM), n)?;
    attr(vm, this, nm.get(PRIVATE_FIELDNAMES))
}

/// `len(o)` with the exact-list case first.
fn len_of(vm: &mut Vm, o: &PyObjectRef) -> PyResult<usize> {
    match o.downcast_ref::<PyList>() {
        Some(l) if o.class().is(&vm.types.list) => Ok(l.len()),
        _ => vm.len(o),
    }
}

/// `o[start:]`.
fn tail_of(vm: &mut Vm, o: &PyObjectRef, start: usize) -> PyResult {
    if let Some(l) = o.downcast_ref::<PyList>().filter(|_| o.class().is(&vm.types.list)) {
        let items = l.items.borrow().get(start..).map(<[_]>::to_vec).unwrap_or_default();
        return Ok(vm.new_list(items));
    }
    let slice = PyObjectRef::new(
        PySlice {
            start: vm.new_int(start as i64),
            stop: vm.none(),
            step: vm.none(),
        },
        &vm.types.slice,
    );
    vm.get_item(o, &slice)
}

/// `DictReader.__next__`.
fn dictreader_next(vm: &mut Vm, args: Args) -> PyResult {
    let [this] = args.exact::<1>(vm, "__next__")?;
    let nm = Names::load(vm);
    let this = this.clone();
    let n = attr(vm, &this, nm.get(LINE_NUM))?;
    let zero = vm.new_int(0);
    if vm.eq(&n, &zero)? {
        attr(vm, &this, nm.get(FIELDNAMES))?;
    }
    let rd = attr(vm, &this, nm.get(READER))?;
    let mut row = next_or_stop(vm, &rd)?;
    let rd = attr(vm, &this, nm.get(READER))?;
    let n = attr(vm, &rd, nm.get(LINE_NUM))?;
    set_attr(vm, &this, nm.get(LINE_NUM), n)?;
    loop {
        let empty = match row.downcast_ref::<PyList>() {
            Some(l) if row.class().is(&vm.types.list) => l.len() == 0,
            _ => {
                let e = vm.new_list(Vec::new());
                let r = vm.rich_compare(&row, &e, CompareOp::Eq)?;
                vm.is_true(&r)?
            }
        };
        if !empty {
            break;
        }
        let rd = attr(vm, &this, nm.get(READER))?;
        row = next_or_stop(vm, &rd)?;
    }
    // dict(zip(self.fieldnames, row))
    let names = attr(vm, &this, nm.get(FIELDNAMES))?;
    let d = vm.new_dict();
    let list = vm.types.list.clone();
    let tuple = vm.types.tuple.clone();
    let exact_names = (names.class().is(&list) || names.class().is(&tuple)) && row.class().is(&list);
    if exact_names {
        let keys: Vec<PyObjectRef> = match names.downcast_ref::<PyList>() {
            Some(l) => l.items.borrow().clone(),
            None => names
                .downcast_ref::<PyTuple>()
                .map(|t| t.as_slice().to_vec())
                .unwrap_or_default(),
        };
        let values: Vec<PyObjectRef> = row
            .downcast_ref::<PyList>()
            .map(|l| l.items.borrow().clone())
            .unwrap_or_default();
        for (k, v) in keys.into_iter().zip(values) {
            vm.dict_set(&d, k, v)?;
        }
    } else {
        let a = vm.get_iter(&names)?;
        let b = vm.get_iter(&row)?;
        while let Some(k) = vm.iter_next(&a)? {
            let Some(v) = vm.iter_next(&b)? else { break };
            vm.dict_set(&d, k, v)?;
        }
    }
    let names = attr(vm, &this, nm.get(FIELDNAMES))?;
    let lf = len_of(vm, &names)?;
    let lr = len_of(vm, &row)?;
    if lf < lr {
        let key = attr(vm, &this, nm.get(RESTKEY))?;
        let rest = tail_of(vm, &row, lf)?;
        vm.dict_set(&d, key, rest)?;
    } else if lf > lr {
        let names = attr(vm, &this, nm.get(FIELDNAMES))?;
        let missing = tail_of(vm, &names, lr)?;
        let it = vm.get_iter(&missing)?;
        while let Some(key) = vm.iter_next(&it)? {
            let v = attr(vm, &this, nm.get(RESTVAL))?;
            vm.dict_set(&d, key, v)?;
        }
    }
    Ok(d)
}

/// `DictWriter.writerow(rowdict)`: `self.writer.writerow(self._dict_to_list(rowdict))`.
/// When `_dict_to_list` is csv.py's own and the writer a `_csv.writer`,
/// the row is made here field by field, in the order CPython's generator
/// and writer interleave the lookups and the `str()` calls.
fn dictwriter_writerow(vm: &mut Vm, args: Args) -> PyResult {
    let [this, rowdict] = args.exact::<2>(vm, "writerow")?;
    let nm = Names::load(vm);
    let (this, rowdict) = (this.clone(), rowdict.clone());
    let writer = attr(vm, &this, nm.get(WRITER))?;
    let writerow = attr(vm, &writer, nm.get(WRITEROW))?;
    let to_list = attr(vm, &this, nm.get(DICT_TO_LIST))?;
    let own = vm.module_state.borrow().get("_csv.dict_to_list").cloned();
    let is_own = to_list
        .downcast_ref::<PyBoundMethod>()
        .is_some_and(|m| m.self_.is(&this) && own.as_ref().is_some_and(|f| f.is(&m.func)));
    let target = writerow
        .downcast_ref::<PyBuiltinFunction>()
        .filter(|b| std::ptr::fn_addr_eq(b.func, writer_writerow as NativeFn))
        .and_then(|b| b.self_.clone())
        .filter(|w| w.payload_is::<Writer>());
    let (true, Some(wobj)) = (is_own, target) else {
        let row = vm.call(&to_list, Args::positional(std::slice::from_ref(&rowdict)))?;
        return vm.call(&writerow, Args::positional(std::slice::from_ref(&row)));
    };
    let Some(w) = wobj.downcast_ref::<Writer>() else {
        return Ok(vm.none());
    };
    // _dict_to_list's check.
    let action = attr(vm, &this, nm.get(EXTRASACTION))?;
    let raise = vm.new_str("raise");
    if vm.eq(&action, &raise)? {
        let keys = vm.call_method(&rowdict, "keys", &[])?;
        let names = attr(vm, &this, nm.get(FIELDNAMES))?;
        let wrong = vm.binary_op(&keys, &names, BinaryOp::Subtract, false)?;
        if vm.is_true(&wrong)? {
            let it = vm.get_iter(&wrong)?;
            let mut parts = Vec::new();
            while let Some(x) = vm.iter_next(&it)? {
                let r = vm.repr(&x)?;
                parts.push(
                    r.downcast_ref::<PyStr>()
                        .map(|s| s.as_str().to_string())
                        .unwrap_or_default(),
                );
            }
            return Err(vm.new_value_error(format!("dict contains fields not in fieldnames: {}", parts.join(", "))));
        }
    }
    // The generator: rowdict.get(key, self.restval) for key in self.fieldnames.
    let names = attr(vm, &this, nm.get(FIELDNAMES))?;
    let it = vm.get_iter(&names)?;
    let exact_dict = rowdict.class().is(&vm.types.dict);
    let mut text = RowText::new();
    while let Some(key) = vm.iter_next(&it)? {
        let restval = attr(vm, &this, nm.get(RESTVAL))?;
        let v = if exact_dict {
            vm.dict_get_item_opt(&rowdict, &key)?.unwrap_or(restval)
        } else {
            vm.call_method(&rowdict, "get", &[key, restval])?
        };
        text.add(vm, &w.p, &v)?;
    }
    let line = text.finish(vm, &w.p)?;
    let Some(write) = w.write.borrow().clone() else {
        return Ok(vm.none());
    };
    write_line(vm, &write, line)
}

/// `_set_dict_to_list(f)`: csv.py's `DictWriter._dict_to_list`, which
/// [`dictwriter_writerow`] may do itself.
fn set_dict_to_list(vm: &mut Vm, args: Args) -> PyResult {
    let [f] = args.exact::<1>(vm, "_set_dict_to_list")?;
    vm.module_state
        .borrow_mut()
        .insert("_csv.dict_to_list".to_string(), f.clone());
    Ok(vm.none())
}

/// A built-in function that binds as a method when stored in a class.
fn method(vm: &Vm, name: &'static str, owner: &str, func: NativeFn) -> PyObjectRef {
    PyObjectRef::new(
        PyBuiltinFunction {
            name,
            owner: Some(owner.into()),
            func,
            binding: Binding::Method,
            self_: None,
            needs_frame: false,
            data: None,
        },
        &vm.types.builtin_function,
    )
}

// ----- the module -----

/// `field_size_limit([new_limit])`: the old limit.
fn field_size_limit(vm: &mut Vm, args: Args) -> PyResult {
    let items = args.items();
    if items.len() > 1 {
        return Err(vm.new_type_error(format!(
            "field_size_limit() takes at most 1 argument ({} given)",
            items.len()
        )));
    }
    let old = field_limit(vm);
    if let Some(v) = items.first() {
        if args.has_kwargs() && args.kwarg("new_limit").is_none() {
            let k = args.kwargs().next().map(|(k, _)| k.to_string()).unwrap_or_default();
            return Err(vm.new_type_error(format!("'{k}' is an invalid keyword argument for field_size_limit()")));
        }
        if !v.payload_is::<PyInt>() {
            return Err(vm.new_type_error("limit must be an integer"));
        }
        match v.downcast_ref::<PyInt>().map(|i| &i.value) {
            Some(IntValue::Small(_)) => {
                vm.module_state
                    .borrow_mut()
                    .insert("_csv.field_limit".to_string(), v.clone());
            }
            _ => return Err(vm.new_overflow_error("Python int too large to convert to C long")),
        }
    }
    Ok(vm.new_int(old))
}

fn state_type(vm: &mut Vm, key: &str) -> PyResult<PyObjectRef> {
    let found = vm.module_state.borrow().get(key).cloned();
    found.ok_or_else(|| vm.new_runtime_error("_csv is not initialized"))
}

fn no_new(vm: &mut Vm, args: Args) -> PyResult {
    let name = args
        .pos()
        .first()
        .and_then(|c| c.as_type().map(|t| t.name().to_string()))
        .unwrap_or_default();
    Err(vm.new_type_error(format!("cannot create '{name}' instances")))
}

pub fn init(vm: &mut Vm) -> PyResult<PyObjectRef> {
    crate::native_next::install();
    let (m, d) = vm.new_module_with_dict("_csv", None)?;
    let modname = vm.new_str("_csv");

    let reader = new_native_type::<Reader>(vm, "reader", None);
    vm.add_static(&reader, "__new__", no_new);
    vm.add_method(&reader, "__iter__", reader_iter);
    vm.add_method(&reader, "__next__", reader_next);
    vm.add_getset(&reader, "line_num", reader_line_num, None);
    vm.add_getset(&reader, "dialect", reader_dialect, None);
    vm.set_type_attr(&reader, "__module__", modname.clone());

    let writer = new_native_type::<Writer>(vm, "writer", None);
    vm.add_static(&writer, "__new__", no_new);
    vm.add_method(&writer, "writerow", writer_writerow);
    vm.add_method(&writer, "writerows", writer_writerows);
    vm.add_getset(&writer, "dialect", writer_dialect, None);
    vm.set_type_attr(&writer, "__module__", modname.clone());

    let exception = vm.exc.exception.clone();
    let type_ = vm.types.type_.clone();
    let error = vm.new_class("Error", vec![exception], &type_)?;
    vm.set_type_attr(&error, "__module__", modname);

    {
        let mut st = vm.module_state.borrow_mut();
        st.insert("_csv.reader".to_string(), reader.clone());
        st.insert("_csv.writer".to_string(), writer.clone());
        st.insert("_csv.Error".to_string(), error.clone());
    }
    vm.dict_set_str(&d, "Reader", reader)?;
    vm.dict_set_str(&d, "Writer", writer)?;
    vm.dict_set_str(&d, "Error", error)?;
    for (name, v) in [
        ("QUOTE_MINIMAL", QUOTE_MINIMAL),
        ("QUOTE_ALL", QUOTE_ALL),
        ("QUOTE_NONNUMERIC", QUOTE_NONNUMERIC),
        ("QUOTE_NONE", QUOTE_NONE),
    ] {
        let o = vm.new_int(v);
        vm.dict_set_str(&d, name, o)?;
    }
    let functions: &[(&'static str, NativeFn)] = &[
        ("_reader", make_reader),
        ("_writer", make_writer),
        ("field_size_limit", field_size_limit),
    ];
    for &(name, f) in functions {
        let func = vm.new_builtin_function(name, f);
        vm.dict_set_str(&d, name, func)?;
    }
    let f = vm.new_builtin_function("_set_dict_to_list", set_dict_to_list);
    vm.dict_set_str(&d, "_set_dict_to_list", f)?;
    for (name, attr, owner, func) in [
        (
            "_dictreader_next",
            "__next__",
            "DictReader",
            dictreader_next as NativeFn,
        ),
        (
            "_dictreader_fieldnames",
            "fieldnames",
            "DictReader",
            dictreader_fieldnames,
        ),
        ("_dictwriter_writerow", "writerow", "DictWriter", dictwriter_writerow),
    ] {
        let f = method(vm, attr, owner, func);
        vm.dict_set_str(&d, name, f)?;
    }
    let v = vm.new_str("1.0");
    vm.dict_set_str(&d, "__version__", v)?;
    Ok(m)
}
