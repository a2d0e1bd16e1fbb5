//! `_sre`: the regular-expression engine behind `re` (`py/re/`), with
//! CPython 3.11's syntax, semantics and messages.
//!
//! - [`parser`]: pattern text → syntax tree (`re.error` with CPython's
//!   message and position);
//! - [`engine`]: syntax tree → program, and the backtracking matcher, which
//!   checks the interpreter's limits as it runs;
//! - this file: the `re.Pattern`, `re.Match` and scanner types, replacement
//!   templates, and `compile`.
//!
//! Positions are code-point indices. An ASCII `str` or a `bytes` subject is
//! matched in place; any other `str` is decoded to code points once per
//! call (and shared by the matches of that call).

pub mod engine;
pub mod parser;

use std::rc::Rc;

use engine::{MatchResult, Matcher, Program, UNSET};
use kaa_vm::builtins::new_native_type;
use kaa_vm::object::buffer;
use kaa_vm::object::bytes::PyBytes;
use kaa_vm::object::core::PyPayload;
use kaa_vm::object::int::{IntValue, PyInt};
use kaa_vm::object::str::PyStr;
use kaa_vm::object::PyObjectRef;
use kaa_vm::vm::NativeFn;
use kaa_vm::{Args, PyResult, Vm};
use parser::ParseError;

const PATTERN_TYPE: &str = "_sre.Pattern";
const MATCH_TYPE: &str = "_sre.Match";
const SCANNER_TYPE: &str = "_sre.Scanner";
const ERROR_CLASS: &str = "_sre.error";
const PROXY_CLASS: &str = "_sre.mappingproxy";

// ----- the subject -----

/// A subject string as the matcher reads it.
#[derive(Clone)]
enum Source {
    /// An ASCII `str` or a `bytes` object, read in place.
    Narrow(PyObjectRef),
    /// A non-ASCII `str`, decoded to code points.
    Wide(Rc<[u32]>),
    /// Another bytes-like object, copied.
    Buffer(Rc<[u8]>),
}

fn narrow_bytes(o: &PyObjectRef) -> &[u8] {
    if let Some(s) = o.downcast_ref::<PyStr>() {
        return s.as_str().as_bytes();
    }
    if let Some(b) = o.downcast_ref::<PyBytes>() {
        return &b.value;
    }
    &[]
}

impl Source {
    fn len(&self) -> usize {
        match self {
            Source::Narrow(o) => narrow_bytes(o).len(),
            Source::Wide(w) => w.len(),
            Source::Buffer(b) => b.len(),
        }
    }
}

/// Run `f` over the subject's code points.
macro_rules! with_text {
    ($src:expr, $t:ident => $body:expr) => {
        match $src {
            Source::Narrow(o) => {
                let o = o.clone();
                let $t: &[u8] = narrow_bytes(&o);
                $body
            }
            Source::Wide(w) => {
                let w = w.clone();
                let $t: &[u32] = &w;
                $body
            }
            Source::Buffer(b) => {
                let b = b.clone();
                let $t: &[u8] = &b;
                $body
            }
        }
    };
}

/// The subject `string` of a call on `pat`, checked against the pattern's
/// kind, with CPython's messages.
fn source_of(vm: &mut Vm, pat: &PyPattern, string: &PyObjectRef) -> PyResult<Source> {
    if let Some(s) = string.downcast_ref::<PyStr>() {
        if pat.is_bytes {
            return Err(vm.new_type_error("cannot use a bytes pattern on a string-like object"));
        }
        if s.is_ascii() {
            return Ok(Source::Narrow(string.clone()));
        }
        let w: Vec<u32> = s.as_str().chars().map(|c| c as u32).collect();
        return Ok(Source::Wide(w.into()));
    }
    if string.payload_is::<PyBytes>() {
        if !pat.is_bytes {
            return Err(vm.new_type_error("cannot use a string pattern on a bytes-like object"));
        }
        return Ok(Source::Narrow(string.clone()));
    }
    if buffer::is_bytes_like(string) {
        if !pat.is_bytes {
            return Err(vm.new_type_error("cannot use a string pattern on a bytes-like object"));
        }
        let data: Vec<u8> = buffer::bytes_like(vm, string)?.to_vec();
        return Ok(Source::Buffer(data.into()));
    }
    Err(vm.new_type_error(format!(
        "expected string or bytes-like object, got '{}'",
        string.ty().name()
    )))
}

/// The text between code points `a` and `b` as a `str` or `bytes`.
fn slice(vm: &mut Vm, src: &Source, is_bytes: bool, a: usize, b: usize) -> PyObjectRef {
    match src {
        Source::Narrow(o) => {
            let bytes = narrow_bytes(o);
            let (a, b) = (a.min(bytes.len()), b.min(bytes.len()).max(a.min(bytes.len())));
            if is_bytes {
                vm.new_bytes(bytes[a..b].to_vec())
            } else {
                vm.new_str(std::str::from_utf8(&bytes[a..b]).unwrap_or(""))
            }
        }
        Source::Wide(w) => {
            let (a, b) = (a.min(w.len()), b.min(w.len()).max(a.min(w.len())));
            let s: String = w[a..b]
                .iter()
                .map(|&c| char::from_u32(c).unwrap_or('\u{fffd}'))
                .collect();
            vm.new_str(s)
        }
        Source::Buffer(bf) => {
            let (a, b) = (a.min(bf.len()), b.min(bf.len()).max(a.min(bf.len())));
            vm.new_bytes(bf[a..b].to_vec())
        }
    }
}

/// Output being built by `sub` and `expand`.
enum Out {
    Str(String),
    Bytes(Vec<u8>),
}

impl Out {
    /// Bytes held so far.
    fn len(&self) -> usize {
        match self {
            Out::Str(s) => s.len(),
            Out::Bytes(b) => b.len(),
        }
    }

    fn new(is_bytes: bool) -> Out {
        if is_bytes {
            Out::Bytes(Vec::new())
        } else {
            Out::Str(String::new())
        }
    }

    fn push_source(&mut self, src: &Source, a: usize, b: usize) {
        if a >= b {
            return;
        }
        match (self, src) {
            (Out::Str(s), Source::Narrow(o)) => s.push_str(std::str::from_utf8(&narrow_bytes(o)[a..b]).unwrap_or("")),
            (Out::Str(s), Source::Wide(w)) => {
                s.extend(w[a..b].iter().map(|&c| char::from_u32(c).unwrap_or('\u{fffd}')))
            }
            (Out::Bytes(v), Source::Narrow(o)) => v.extend_from_slice(&narrow_bytes(o)[a..b]),
            (Out::Bytes(v), Source::Buffer(bf)) => v.extend_from_slice(&bf[a..b]),
            _ => {}
        }
    }

    fn push_chars(&mut self, cs: &[u32]) {
        match self {
            Out::Str(s) => s.extend(cs.iter().map(|&c| char::from_u32(c).unwrap_or('\u{fffd}'))),
            Out::Bytes(v) => v.extend(cs.iter().map(|&c| c as u8)),
        }
    }

    /// Append a replacement returned by a function (or a literal `repl`).
    fn push_obj(&mut self, vm: &mut Vm, o: &PyObjectRef) -> PyResult<()> {
        match self {
            Out::Str(s) => match o.downcast_ref::<PyStr>() {
                Some(t) => s.push_str(t.as_str()),
                None => {
                    return Err(vm.new_type_error(format!(
                        "sequence item 0: expected str instance, {} found",
                        o.ty().name()
                    )))
                }
            },
            Out::Bytes(v) => match buffer::read(vm, o)? {
                Some(b) => v.extend_from_slice(&b),
                None => {
                    return Err(vm.new_type_error(format!(
                        "sequence item 0: expected a bytes-like object, {} found",
                        o.ty().name()
                    )))
                }
            },
        }
        Ok(())
    }

    fn finish(self, vm: &mut Vm) -> PyObjectRef {
        match self {
            Out::Str(s) => vm.new_str(s),
            Out::Bytes(v) => vm.new_bytes(v),
        }
    }
}

// ----- Pattern -----

struct PyPattern {
    /// The source pattern (`str` or `bytes`).
    pattern: PyObjectRef,
    flags: u32,
    groups: usize,
    names: Vec<(String, usize)>,
    prog: Program,
    is_bytes: bool,
}

impl PyPayload for PyPattern {}

struct PyMatch {
    pattern: PyObjectRef,
    string: PyObjectRef,
    src: Source,
    pos: usize,
    endpos: usize,
    slots: Vec<usize>,
    lastindex: usize,
}

impl PyPayload for PyMatch {}

struct PyScanner {
    pattern: PyObjectRef,
    string: PyObjectRef,
    src: Source,
    state: std::cell::Cell<(usize, bool, bool)>,
    endpos: usize,
}

impl PyPayload for PyScanner {}

fn state_type(vm: &mut Vm, key: &str) -> PyResult<PyObjectRef> {
    match vm.module_state.borrow().get(key) {
        Some(t) => Ok(t.clone()),
        None => Err(vm.new_runtime_error("_sre is not initialized")),
    }
}

fn this_pattern<'a>(vm: &mut Vm, o: &'a PyObjectRef) -> PyResult<&'a PyPattern> {
    o.downcast_ref::<PyPattern>()
        .ok_or_else(|| vm.new_type_error("descriptor requires a 're.Pattern' object"))
}

fn this_match<'a>(vm: &mut Vm, o: &'a PyObjectRef) -> PyResult<&'a PyMatch> {
    o.downcast_ref::<PyMatch>()
        .ok_or_else(|| vm.new_type_error("descriptor requires a 're.Match' object"))
}

/// `re.error(msg, pattern, pos)`.
fn re_error(vm: &mut Vm, msg: &str, pattern: &PyObjectRef, pos: Option<usize>) -> PyObjectRef {
    let cls = match vm.module_state.borrow().get(ERROR_CLASS) {
        Some(c) => c.clone(),
        None => return vm.new_value_error(msg.to_string()),
    };
    let m = vm.new_str(msg);
    let p = match pos {
        Some(p) => vm.new_int(p as i64),
        None => vm.none(),
    };
    let args = [m, pattern.clone(), p];
    match vm.call(&cls, Args::positional(&args)) {
        Ok(e) => e,
        Err(e) => e,
    }
}

/// The code points of a pattern or template (`str` or bytes-like).
fn chars_of(vm: &mut Vm, o: &PyObjectRef) -> PyResult<Option<(Vec<u32>, bool)>> {
    if let Some(s) = o.downcast_ref::<PyStr>() {
        return Ok(Some((s.as_str().chars().map(|c| c as u32).collect(), false)));
    }
    match buffer::read(vm, o)? {
        Some(b) => Ok(Some((b.iter().map(|&c| u32::from(c)).collect(), true))),
        None => Ok(None),
    }
}

fn index_arg(vm: &mut Vm, o: &Option<PyObjectRef>, default: i64) -> PyResult<i64> {
    match o {
        None => Ok(default),
        Some(o) => match vm.to_index_value(o)? {
            IntValue::Small(n) => Ok(n),
            IntValue::Big(_) => Err(vm.new_overflow_error("Python int too large to convert to C ssize_t")),
        },
    }
}

/// Clamp `pos` and `endpos` as CPython does.
fn bounds(len: usize, pos: i64, endpos: i64) -> (usize, usize) {
    let clamp = |v: i64| -> usize {
        if v < 0 {
            0
        } else {
            (v as u64).min(len as u64) as usize
        }
    };
    (clamp(pos), clamp(endpos))
}

/// One search or match on `src` from `pos` (text ends at `endpos`).
#[allow(clippy::too_many_arguments)]
fn run_one(
    vm: &mut Vm,
    pat: &PyPattern,
    src: &Source,
    pos: usize,
    endpos: usize,
    anchored: bool,
    full: bool,
    must_advance: bool,
) -> PyResult<Option<MatchResult>> {
    if endpos < pos {
        return Ok(None);
    }
    with_text!(src, t => {
        let mut m = Matcher::new(&pat.prog, t, endpos, full);
        m.must_advance = must_advance;
        if anchored {
            m.match_here(vm, pos)
        } else {
            m.search(vm, pos)
        }
    })
}

fn new_match(
    vm: &mut Vm,
    pattern: &PyObjectRef,
    string: &PyObjectRef,
    src: &Source,
    pos: usize,
    endpos: usize,
    r: MatchResult,
) -> PyResult {
    let cls = state_type(vm, MATCH_TYPE)?;
    Ok(vm.new_instance(
        PyMatch {
            pattern: pattern.clone(),
            string: string.clone(),
            src: src.clone(),
            pos,
            endpos,
            slots: r.slots,
            lastindex: r.lastindex,
        },
        &cls,
    ))
}

/// `(self, string, pos=0, endpos=sys.maxsize)`.
fn match_args(vm: &mut Vm, args: &Args, name: &str) -> PyResult<(PyObjectRef, PyObjectRef, Source, usize, usize)> {
    let [this, string, pos, endpos] = args.bind::<4>(vm, name, ["self", "string", "pos", "endpos"], 4, 2)?;
    let (Some(this), Some(string)) = (this, string) else {
        return Err(vm.new_type_error(format!("{name}() missing required argument 'string' (pos 1)")));
    };
    let pat = this_pattern(vm, &this)?;
    let src = source_of(vm, pat, &string)?;
    let pos = index_arg(vm, &pos, 0)?;
    let endpos = index_arg(vm, &endpos, i64::MAX)?;
    let (pos, endpos) = bounds(src.len(), pos, endpos);
    Ok((this, string, src, pos, endpos))
}

fn do_match(vm: &mut Vm, args: Args, name: &str, anchored: bool, full: bool) -> PyResult {
    let (this, string, src, pos, endpos) = match_args(vm, &args, name)?;
    let pat = this_pattern(vm, &this)?;
    match run_one(vm, pat, &src, pos, endpos, anchored, full, false)? {
        Some(r) => new_match(vm, &this, &string, &src, pos, endpos, r),
        None => Ok(vm.none()),
    }
}

fn pattern_match(vm: &mut Vm, args: Args) -> PyResult {
    do_match(vm, args, "match", true, false)
}

fn pattern_fullmatch(vm: &mut Vm, args: Args) -> PyResult {
    do_match(vm, args, "fullmatch", true, true)
}

fn pattern_search(vm: &mut Vm, args: Args) -> PyResult {
    do_match(vm, args, "search", false, false)
}

/// Every match from `pos`, with the 3.7+ rule for empty matches (an empty
/// match may not start where the previous one ended when that was empty).
fn each_match(
    vm: &mut Vm,
    pat: &PyPattern,
    src: &Source,
    pos: usize,
    endpos: usize,
    limit: usize,
    mut f: impl FnMut(&mut Vm, &MatchResult) -> PyResult<()>,
) -> PyResult<()> {
    if endpos < pos {
        return Ok(());
    }
    with_text!(src, t => {
        let mut m = Matcher::new(&pat.prog, t, endpos, false);
        let mut at = pos;
        let mut n = 0;
        while n < limit && at <= endpos {
            let Some(r) = m.search(vm, at)? else { break };
            let (s, e) = (r.slots[0], r.slots[1]);
            f(vm, &r)?;
            n += 1;
            m.must_advance = s == e;
            at = e;
        }
        Ok(())
    })
}

fn group_value(
    vm: &mut Vm,
    pat: &PyPattern,
    src: &Source,
    slots: &[usize],
    g: usize,
    default: &PyObjectRef,
) -> PyObjectRef {
    let (s, e) = (slots[2 * g], slots[2 * g + 1]);
    if s == UNSET || e == UNSET {
        return default.clone();
    }
    slice(vm, src, pat.is_bytes, s, e)
}

fn pattern_findall(vm: &mut Vm, args: Args) -> PyResult {
    let (this, _string, src, pos, endpos) = match_args(vm, &args, "findall")?;
    let pat = this_pattern(vm, &this)?;
    let mut out = Vec::new();
    let empty = if pat.is_bytes {
        vm.new_bytes(Vec::new())
    } else {
        vm.new_str("")
    };
    each_match(vm, pat, &src, pos, endpos, usize::MAX, |vm, r| {
        let item = match pat.groups {
            0 => slice(vm, &src, pat.is_bytes, r.slots[0], r.slots[1]),
            1 => group_value(vm, pat, &src, &r.slots, 1, &empty),
            n => {
                let items = (1..=n)
                    .map(|g| group_value(vm, pat, &src, &r.slots, g, &empty))
                    .collect();
                vm.new_tuple(items)
            }
        };
        out.push(item);
        if out.len() % 4096 == 0 {
            vm.check_long_loop(out.capacity() * std::mem::size_of::<PyObjectRef>())?;
        }
        Ok(())
    })?;
    Ok(vm.new_list(out))
}

fn new_scanner(
    vm: &mut Vm,
    this: PyObjectRef,
    string: PyObjectRef,
    src: Source,
    pos: usize,
    endpos: usize,
) -> PyResult {
    let cls = state_type(vm, SCANNER_TYPE)?;
    Ok(vm.new_instance(
        PyScanner {
            pattern: this,
            string,
            src,
            state: std::cell::Cell::new((pos, false, false)),
            endpos,
        },
        &cls,
    ))
}

fn pattern_scanner(vm: &mut Vm, args: Args) -> PyResult {
    let (this, string, src, pos, endpos) = match_args(vm, &args, "scanner")?;
    new_scanner(vm, this, string, src, pos, endpos)
}

fn pattern_finditer(vm: &mut Vm, args: Args) -> PyResult {
    let (this, string, src, pos, endpos) = match_args(vm, &args, "finditer")?;
    let sc = new_scanner(vm, this, string, src, pos, endpos)?;
    let search = vm.get_attr_str(&sc, "search")?;
    let iter = vm.get_attr_str(&vm.builtins.clone(), "iter")?;
    let none = vm.none();
    vm.call(&iter, Args::positional(&[search, none]))
}

fn scanner_step(vm: &mut Vm, args: Args, anchored: bool) -> PyResult {
    let [this] = args.exact::<1>(vm, if anchored { "match" } else { "search" })?;
    let sc = this
        .downcast_ref::<PyScanner>()
        .ok_or_else(|| vm.new_type_error("descriptor requires a '_sre.SRE_Scanner' object"))?;
    let (pos, must_advance, done) = sc.state.get();
    if done {
        return Ok(vm.none());
    }
    let pat = this_pattern(vm, &sc.pattern)?;
    match run_one(vm, pat, &sc.src, pos, sc.endpos, anchored, false, must_advance)? {
        Some(r) => {
            let (s, e) = (r.slots[0], r.slots[1]);
            sc.state.set((e, s == e, false));
            new_match(vm, &sc.pattern, &sc.string, &sc.src, pos, sc.endpos, r)
        }
        None => {
            sc.state.set((pos, must_advance, true));
            Ok(vm.none())
        }
    }
}

fn scanner_match(vm: &mut Vm, args: Args) -> PyResult {
    scanner_step(vm, args, true)
}

fn scanner_search(vm: &mut Vm, args: Args) -> PyResult {
    scanner_step(vm, args, false)
}

fn scanner_pattern(vm: &mut Vm, o: &PyObjectRef) -> PyResult {
    match o.downcast_ref::<PyScanner>() {
        Some(s) => Ok(s.pattern.clone()),
        None => Ok(vm.none()),
    }
}

fn pattern_split(vm: &mut Vm, args: Args) -> PyResult {
    let [this, string, maxsplit] = args.bind::<3>(vm, "split", ["self", "string", "maxsplit"], 3, 2)?;
    let (Some(this), Some(string)) = (this, string) else {
        return Err(vm.new_type_error("split() missing required argument 'string' (pos 1)"));
    };
    let pat = this_pattern(vm, &this)?;
    let src = source_of(vm, pat, &string)?;
    let maxsplit = index_arg(vm, &maxsplit, 0)?;
    let mut out = Vec::new();
    if maxsplit < 0 {
        out.push(slice(vm, &src, pat.is_bytes, 0, src.len()));
        return Ok(vm.new_list(out));
    }
    let limit = if maxsplit == 0 { usize::MAX } else { maxsplit as usize };
    let mut last = 0;
    let none = vm.none();
    let len = src.len();
    each_match(vm, pat, &src, 0, len, limit, |vm, r| {
        out.push(slice(vm, &src, pat.is_bytes, last, r.slots[0]));
        for g in 1..=pat.groups {
            out.push(group_value(vm, pat, &src, &r.slots, g, &none));
        }
        last = r.slots[1];
        Ok(())
    })?;
    out.push(slice(vm, &src, pat.is_bytes, last, len));
    Ok(vm.new_list(out))
}

// ----- replacement templates -----

enum Piece {
    Lit(Vec<u32>),
    Group(usize),
}

/// Parse a replacement template (`\1`, `\g<name>`, escapes) for `pat`.
fn parse_template(vm: &mut Vm, pat: &PyPattern, tmpl: &PyObjectRef, cs: &[u32]) -> PyResult<Vec<Piece>> {
    let mut pieces = Vec::new();
    let mut lit: Vec<u32> = Vec::new();
    let mut i = 0;
    let err = |vm: &mut Vm, msg: String, pos: usize| re_error(vm, &msg, tmpl, Some(pos));
    let is_oct = |c: u32| (0x30..=0x37).contains(&c);
    let is_dig = |c: u32| (0x30..=0x39).contains(&c);
    while i < cs.len() {
        let c = cs[i];
        if c != '\\' as u32 {
            lit.push(c);
            i += 1;
            continue;
        }
        let start = i;
        i += 1;
        let Some(&e) = cs.get(i) else {
            return Err(err(vm, "bad escape (end of pattern)".into(), start));
        };
        let ech = char::from_u32(e).unwrap_or('\0');
        let mut group = None;
        match ech {
            'g' => {
                i += 1;
                if cs.get(i) != Some(&('<' as u32)) {
                    return Err(err(vm, "missing <".into(), i));
                }
                i += 1;
                let name_start = i;
                while i < cs.len() && cs[i] != '>' as u32 {
                    i += 1;
                }
                if i == name_start {
                    return Err(err(vm, "missing group name".into(), name_start));
                }
                if i >= cs.len() {
                    return Err(err(vm, "missing >, unterminated name".into(), name_start));
                }
                let name: String = cs[name_start..i]
                    .iter()
                    .map(|&c| char::from_u32(c).unwrap_or('\u{fffd}'))
                    .collect();
                i += 1;
                let g = if name.chars().all(|c| c.is_ascii_digit()) {
                    let g: usize = name.parse().unwrap_or(usize::MAX);
                    if g > pat.groups {
                        return Err(err(vm, format!("invalid group reference {g}"), name_start));
                    }
                    g
                } else {
                    if !kaa_vm::object::str::is_identifier(&name) {
                        return Err(err(vm, format!("bad character in group name '{name}'"), name_start));
                    }
                    match pat.names.iter().find(|(n, _)| *n == name) {
                        Some(&(_, g)) => g,
                        None => return Err(vm.new_index_error(format!("unknown group name '{name}'"))),
                    }
                };
                group = Some(g);
            }
            '0' => {
                i += 1;
                let mut v = 0;
                for _ in 0..2 {
                    match cs.get(i) {
                        Some(&d) if is_oct(d) => {
                            v = v * 8 + (d - 0x30);
                            i += 1;
                        }
                        _ => break,
                    }
                }
                lit.push(v);
            }
            '1'..='9' => {
                if is_oct(e) && cs.get(i + 1).is_some_and(|&d| is_oct(d)) && cs.get(i + 2).is_some_and(|&d| is_oct(d)) {
                    let v = (e - 0x30) * 64 + (cs[i + 1] - 0x30) * 8 + (cs[i + 2] - 0x30);
                    i += 3;
                    if v > 0o377 {
                        let text: String = cs[start..i].iter().map(|&c| char::from_u32(c).unwrap_or('?')).collect();
                        return Err(err(
                            vm,
                            format!("octal escape value {text} outside of range 0-0o377"),
                            start,
                        ));
                    }
                    lit.push(v);
                } else {
                    let mut g = (e - 0x30) as usize;
                    i += 1;
                    if cs.get(i).is_some_and(|&d| is_dig(d)) {
                        g = g * 10 + (cs[i] - 0x30) as usize;
                        i += 1;
                    }
                    if g > pat.groups {
                        return Err(err(vm, format!("invalid group reference {g}"), start + 1));
                    }
                    group = Some(g);
                }
            }
            _ => {
                i += 1;
                let v = match ech {
                    'a' => Some(7),
                    'b' => Some(8),
                    'f' => Some(12),
                    'n' => Some(10),
                    'r' => Some(13),
                    't' => Some(9),
                    'v' => Some(11),
                    '\\' => Some(92),
                    _ => None,
                };
                match v {
                    Some(v) => lit.push(v),
                    None if ech.is_ascii_alphanumeric() => {
                        return Err(err(vm, format!("bad escape \\{ech}"), start));
                    }
                    None => {
                        lit.push('\\' as u32);
                        lit.push(e);
                    }
                }
            }
        }
        if let Some(g) = group {
            if !lit.is_empty() {
                pieces.push(Piece::Lit(std::mem::take(&mut lit)));
            }
            pieces.push(Piece::Group(g));
        }
    }
    if !lit.is_empty() {
        pieces.push(Piece::Lit(lit));
    }
    Ok(pieces)
}

fn expand_into(out: &mut Out, pieces: &[Piece], src: &Source, slots: &[usize]) {
    for p in pieces {
        match p {
            Piece::Lit(cs) => out.push_chars(cs),
            Piece::Group(g) => {
                let (s, e) = (slots[2 * g], slots[2 * g + 1]);
                if s != UNSET && e != UNSET {
                    out.push_source(src, s, e);
                }
            }
        }
    }
}

enum Repl {
    Pieces(Vec<Piece>),
    Call(PyObjectRef),
}

fn repl_of(vm: &mut Vm, pat: &PyPattern, repl: &PyObjectRef) -> PyResult<Repl> {
    let is_text = repl.payload_is::<PyStr>() || buffer::is_bytes_like(repl);
    if !is_text {
        if !kaa_vm::builtins::is_callable(vm, repl) {
            return Err(vm.new_type_error(format!(
                "decoding to str: need a bytes-like object, {} found",
                repl.ty().name()
            )));
        }
        return Ok(Repl::Call(repl.clone()));
    }
    // The kind must match the pattern's.
    let is_str = repl.payload_is::<PyStr>();
    if is_str == pat.is_bytes {
        let mut out = Out::new(pat.is_bytes);
        out.push_obj(vm, repl)?;
    }
    let Some((cs, _)) = chars_of(vm, repl)? else {
        return Ok(Repl::Call(repl.clone()));
    };
    Ok(Repl::Pieces(parse_template(vm, pat, repl, &cs)?))
}

fn do_sub(vm: &mut Vm, args: Args, name: &str, with_count: bool) -> PyResult {
    let [this, repl, string, count] = args.bind::<4>(vm, name, ["self", "repl", "string", "count"], 4, 3)?;
    let (Some(this), Some(repl), Some(string)) = (this, repl, string) else {
        return Err(vm.new_type_error(format!("{name}() missing required argument 'string' (pos 2)")));
    };
    let pat = this_pattern(vm, &this)?;
    let src = source_of(vm, pat, &string)?;
    let count = index_arg(vm, &count, 0)?;
    let repl = repl_of(vm, pat, &repl)?;
    let limit = if count <= 0 { usize::MAX } else { count as usize };
    let mut out = Out::new(pat.is_bytes);
    let mut last = 0;
    let mut n = 0usize;
    let len = src.len();
    if count >= 0 {
        each_match(vm, pat, &src, 0, len, limit, |vm, r| {
            out.push_source(&src, last, r.slots[0]);
            match &repl {
                Repl::Pieces(p) => expand_into(&mut out, p, &src, &r.slots),
                Repl::Call(f) => {
                    let m = new_match(
                        vm,
                        &this,
                        &string,
                        &src,
                        0,
                        len,
                        MatchResult {
                            slots: r.slots.clone(),
                            lastindex: r.lastindex,
                        },
                    )?;
                    let v = vm.call(f, Args::positional(&[m]))?;
                    if !vm.is_none(&v) {
                        out.push_obj(vm, &v)?;
                    }
                }
            }
            last = r.slots[1];
            n += 1;
            // The result grows with each replacement (a short pattern and a
            // long replacement make a huge one): it counts against the
            // memory cap as it grows, and matches are a loop.
            vm.check_alloc(out.len() as u128)?;
            if n % kaa_vm::limits::LONG_LOOP == 0 {
                vm.check_long_loop(0)?;
            }
            Ok(())
        })?;
    }
    if n == 0 && string.class().is(&vm.types.str) {
        // Nothing replaced: the same object, as CPython.
        if with_count {
            let z = vm.new_int(0);
            return Ok(vm.new_tuple(vec![string, z]));
        }
        return Ok(string);
    }
    out.push_source(&src, last, len);
    let result = out.finish(vm);
    if with_count {
        let c = vm.new_int(n as i64);
        return Ok(vm.new_tuple(vec![result, c]));
    }
    Ok(result)
}

fn pattern_sub(vm: &mut Vm, args: Args) -> PyResult {
    do_sub(vm, args, "sub", false)
}

fn pattern_subn(vm: &mut Vm, args: Args) -> PyResult {
    do_sub(vm, args, "subn", true)
}

fn flags_text(flags: u32, is_bytes: bool) -> String {
    const NAMES: [(u32, &str); 9] = [
        (parser::FLAG_TEMPLATE, "re.TEMPLATE"),
        (parser::FLAG_IGNORECASE, "re.IGNORECASE"),
        (parser::FLAG_LOCALE, "re.LOCALE"),
        (parser::FLAG_MULTILINE, "re.MULTILINE"),
        (parser::FLAG_DOTALL, "re.DOTALL"),
        (parser::FLAG_UNICODE, "re.UNICODE"),
        (parser::FLAG_VERBOSE, "re.VERBOSE"),
        (parser::FLAG_DEBUG, "re.DEBUG"),
        (parser::FLAG_ASCII, "re.ASCII"),
    ];
    let mut f = flags;
    if !is_bytes && f & (parser::FLAG_LOCALE | parser::FLAG_UNICODE | parser::FLAG_ASCII) == parser::FLAG_UNICODE {
        f &= !parser::FLAG_UNICODE;
    }
    let mut parts = Vec::new();
    for (bit, name) in NAMES {
        if f & bit != 0 {
            parts.push(name.to_string());
            f &= !bit;
        }
    }
    if f != 0 {
        parts.push(format!("{f:#x}"));
    }
    parts.join("|")
}

fn pattern_repr(vm: &mut Vm, args: Args) -> PyResult {
    let [this] = args.exact::<1>(vm, "__repr__")?;
    let pat = this_pattern(vm, this)?;
    let r: String = vm.repr_string(&pat.pattern.clone())?;
    let r: String = r.chars().take(200).collect();
    let flags = flags_text(pat.flags, pat.is_bytes);
    if flags.is_empty() {
        Ok(vm.new_str(format!("re.compile({r})")))
    } else {
        Ok(vm.new_str(format!("re.compile({r}, {flags})")))
    }
}

fn pattern_eq_inner(vm: &mut Vm, a: &PyObjectRef, b: &PyObjectRef) -> PyResult<Option<bool>> {
    let (Some(x), Some(y)) = (a.downcast_ref::<PyPattern>(), b.downcast_ref::<PyPattern>()) else {
        return Ok(None);
    };
    if a.is(b) {
        return Ok(Some(true));
    }
    if x.flags != y.flags || x.is_bytes != y.is_bytes {
        return Ok(Some(false));
    }
    let (p, q) = (x.pattern.clone(), y.pattern.clone());
    Ok(Some(vm.eq(&p, &q)?))
}

fn pattern_eq(vm: &mut Vm, args: Args) -> PyResult {
    let [a, b] = args.exact::<2>(vm, "__eq__")?;
    match pattern_eq_inner(vm, a, b)? {
        Some(v) => Ok(vm.new_bool(v)),
        None => Ok(vm.not_implemented.clone()),
    }
}

fn pattern_ne(vm: &mut Vm, args: Args) -> PyResult {
    let [a, b] = args.exact::<2>(vm, "__ne__")?;
    match pattern_eq_inner(vm, a, b)? {
        Some(v) => Ok(vm.new_bool(!v)),
        None => Ok(vm.not_implemented.clone()),
    }
}

fn pattern_hash(vm: &mut Vm, args: Args) -> PyResult {
    let [this] = args.exact::<1>(vm, "__hash__")?;
    let pat = this_pattern(vm, this)?;
    let p = pat.pattern.clone();
    let h = vm.hash(&p)?;
    let h = h ^ (i64::from(pat.flags).wrapping_mul(1_000_003));
    Ok(vm.new_int(if h == -1 { -2 } else { h }))
}

fn return_self(vm: &mut Vm, args: Args) -> PyResult {
    match args.pos().first() {
        Some(o) => Ok(o.clone()),
        None => Err(vm.new_type_error("needs self")),
    }
}

fn class_getitem(vm: &mut Vm, args: Args) -> PyResult {
    let pos = args.pos();
    let (Some(cls), Some(item)) = (pos.first(), pos.get(1)) else {
        return Err(vm.new_type_error("__class_getitem__ expects one argument"));
    };
    let types = kaa_vm::import::import_module(vm, "types")?;
    let ga = vm.get_attr_str(&types, "GenericAlias")?;
    vm.call(&ga, Args::positional(&[cls.clone(), item.clone()]))
}

fn get_pattern(vm: &mut Vm, o: &PyObjectRef) -> PyResult {
    Ok(this_pattern(vm, o)?.pattern.clone())
}

fn get_flags(vm: &mut Vm, o: &PyObjectRef) -> PyResult {
    let f = this_pattern(vm, o)?.flags;
    Ok(vm.new_int(i64::from(f)))
}

fn get_groups(vm: &mut Vm, o: &PyObjectRef) -> PyResult {
    let g = this_pattern(vm, o)?.groups;
    Ok(vm.new_int(g as i64))
}

fn get_groupindex(vm: &mut Vm, o: &PyObjectRef) -> PyResult {
    let names = this_pattern(vm, o)?.names.clone();
    let d = vm.new_dict();
    for (n, g) in names {
        let v = vm.new_int(g as i64);
        vm.dict_set_str(&d, &n, v)?;
    }
    let proxy = vm.module_state.borrow().get(PROXY_CLASS).cloned();
    match proxy {
        Some(p) => vm.call(&p, Args::positional(&[d])),
        None => Ok(d),
    }
}

// ----- Match -----

/// The group number `g` names (an int or a group name), or `IndexError`.
fn group_index(vm: &mut Vm, m: &PyMatch, g: &PyObjectRef) -> PyResult<usize> {
    let pat = this_pattern(vm, &m.pattern)?;
    if let Some(i) = g.downcast_ref::<PyInt>() {
        if let IntValue::Small(n) = &i.value {
            let n = *n;
            if n >= 0 && (n as usize) <= pat.groups {
                return Ok(n as usize);
            }
        }
        return Err(vm.new_index_error("no such group"));
    }
    if let Some(s) = g.downcast_ref::<PyStr>() {
        if let Some(&(_, n)) = pat.names.iter().find(|(name, _)| name == s.as_str()) {
            return Ok(n);
        }
    }
    Err(vm.new_index_error("no such group"))
}

fn match_group_value(vm: &mut Vm, m: &PyMatch, g: usize, default: &PyObjectRef) -> PyResult {
    let is_bytes = this_pattern(vm, &m.pattern)?.is_bytes;
    let (s, e) = (m.slots[2 * g], m.slots[2 * g + 1]);
    if s == UNSET || e == UNSET {
        return Ok(default.clone());
    }
    Ok(slice(vm, &m.src, is_bytes, s, e))
}

fn match_group(vm: &mut Vm, args: Args) -> PyResult {
    args.no_kwargs(vm, "group")?;
    let pos = args.pos();
    let Some(this) = pos.first() else {
        return Err(vm.new_type_error("group() needs self"));
    };
    let m = this_match(vm, this)?;
    let none = vm.none();
    match &pos[1..] {
        [] => match_group_value(vm, m, 0, &none),
        [g] => {
            let g = group_index(vm, m, g)?;
            match_group_value(vm, m, g, &none)
        }
        gs => {
            let mut items = Vec::with_capacity(gs.len());
            for g in gs {
                let g = group_index(vm, m, g)?;
                items.push(match_group_value(vm, m, g, &none)?);
            }
            Ok(vm.new_tuple(items))
        }
    }
}

fn match_getitem(vm: &mut Vm, args: Args) -> PyResult {
    let [this, g] = args.exact::<2>(vm, "__getitem__")?;
    let m = this_match(vm, this)?;
    let g = group_index(vm, m, g)?;
    let none = vm.none();
    match_group_value(vm, m, g, &none)
}

fn match_groups(vm: &mut Vm, args: Args) -> PyResult {
    let [this, default] = args.bind::<2>(vm, "groups", ["self", "default"], 2, 1)?;
    let Some(this) = this else {
        return Err(vm.new_type_error("groups() needs self"));
    };
    let m = this_match(vm, &this)?;
    let default = default.unwrap_or_else(|| vm.none());
    let n = this_pattern(vm, &m.pattern)?.groups;
    let mut items = Vec::with_capacity(n);
    for g in 1..=n {
        items.push(match_group_value(vm, m, g, &default)?);
    }
    Ok(vm.new_tuple(items))
}

fn match_groupdict(vm: &mut Vm, args: Args) -> PyResult {
    let [this, default] = args.bind::<2>(vm, "groupdict", ["self", "default"], 2, 1)?;
    let Some(this) = this else {
        return Err(vm.new_type_error("groupdict() needs self"));
    };
    let m = this_match(vm, &this)?;
    let default = default.unwrap_or_else(|| vm.none());
    let names = this_pattern(vm, &m.pattern)?.names.clone();
    let d = vm.new_dict();
    for (n, g) in names {
        let v = match_group_value(vm, m, g, &default)?;
        vm.dict_set_str(&d, &n, v)?;
    }
    Ok(d)
}

fn match_span_of(vm: &mut Vm, args: &Args, name: &str) -> PyResult<(i64, i64)> {
    let r = args.range(vm, name, 1, 2)?;
    let m = this_match(vm, &r[0])?;
    let g = match r.get(1) {
        Some(g) => group_index(vm, m, g)?,
        None => 0,
    };
    let (s, e) = (m.slots[2 * g], m.slots[2 * g + 1]);
    if s == UNSET || e == UNSET {
        return Ok((-1, -1));
    }
    Ok((s as i64, e as i64))
}

fn match_start(vm: &mut Vm, args: Args) -> PyResult {
    let (s, _) = match_span_of(vm, &args, "start")?;
    Ok(vm.new_int(s))
}

fn match_end(vm: &mut Vm, args: Args) -> PyResult {
    let (_, e) = match_span_of(vm, &args, "end")?;
    Ok(vm.new_int(e))
}

fn match_span(vm: &mut Vm, args: Args) -> PyResult {
    let (s, e) = match_span_of(vm, &args, "span")?;
    let (s, e) = (vm.new_int(s), vm.new_int(e));
    Ok(vm.new_tuple(vec![s, e]))
}

fn match_expand(vm: &mut Vm, args: Args) -> PyResult {
    let [this, tmpl] = args.exact::<2>(vm, "expand")?;
    let m = this_match(vm, this)?;
    let pat = this_pattern(vm, &m.pattern)?;
    if tmpl.payload_is::<PyStr>() == pat.is_bytes {
        let mut out = Out::new(pat.is_bytes);
        out.push_obj(vm, tmpl)?;
    }
    let Some((cs, _)) = chars_of(vm, tmpl)? else {
        return Err(vm.new_type_error(format!("expected str instance, {} found", tmpl.ty().name())));
    };
    let pieces = parse_template(vm, pat, tmpl, &cs)?;
    let mut out = Out::new(pat.is_bytes);
    expand_into(&mut out, &pieces, &m.src, &m.slots);
    Ok(out.finish(vm))
}

fn match_repr(vm: &mut Vm, args: Args) -> PyResult {
    let [this] = args.exact::<1>(vm, "__repr__")?;
    let m = this_match(vm, this)?;
    let none = vm.none();
    let g = match_group_value(vm, m, 0, &none)?;
    let r: String = vm.repr_string(&g)?.chars().take(50).collect();
    Ok(vm.new_str(format!(
        "<re.Match object; span=({}, {}), match={r}>",
        m.slots[0], m.slots[1]
    )))
}

fn get_m_pos(vm: &mut Vm, o: &PyObjectRef) -> PyResult {
    let p = this_match(vm, o)?.pos;
    Ok(vm.new_int(p as i64))
}

fn get_m_endpos(vm: &mut Vm, o: &PyObjectRef) -> PyResult {
    let p = this_match(vm, o)?.endpos;
    Ok(vm.new_int(p as i64))
}

fn get_m_lastindex(vm: &mut Vm, o: &PyObjectRef) -> PyResult {
    let li = this_match(vm, o)?.lastindex;
    if li == 0 {
        return Ok(vm.none());
    }
    Ok(vm.new_int(li as i64))
}

fn get_m_lastgroup(vm: &mut Vm, o: &PyObjectRef) -> PyResult {
    let m = this_match(vm, o)?;
    let li = m.lastindex;
    let pat = this_pattern(vm, &m.pattern)?;
    match pat.names.iter().find(|(_, g)| *g == li) {
        Some((n, _)) if li != 0 => Ok(vm.new_str(n.clone())),
        _ => Ok(vm.none()),
    }
}

fn get_m_regs(vm: &mut Vm, o: &PyObjectRef) -> PyResult {
    let m = this_match(vm, o)?;
    let mut items = Vec::new();
    for pair in m.slots.chunks(2) {
        let (s, e) = if pair[0] == UNSET || pair[1] == UNSET {
            (-1, -1)
        } else {
            (pair[0] as i64, pair[1] as i64)
        };
        let (s, e) = (vm.new_int(s), vm.new_int(e));
        items.push(vm.new_tuple(vec![s, e]));
    }
    Ok(vm.new_tuple(items))
}

fn get_m_re(vm: &mut Vm, o: &PyObjectRef) -> PyResult {
    Ok(this_match(vm, o)?.pattern.clone())
}

fn get_m_string(vm: &mut Vm, o: &PyObjectRef) -> PyResult {
    Ok(this_match(vm, o)?.string.clone())
}

// ----- module functions -----

/// `compile(pattern, flags)`: a new `re.Pattern` (no cache: `re` has it).
fn sre_compile(vm: &mut Vm, args: Args) -> PyResult {
    let [pattern, flags] = args.exact::<2>(vm, "compile")?;
    let flags = match vm.to_index_value(flags)? {
        IntValue::Small(n) if i32::try_from(n).is_ok() => n as i32 as u32,
        _ => return Err(vm.new_overflow_error("Python int too large to convert to C int")),
    };
    let Some((cs, is_bytes)) = chars_of(vm, pattern)? else {
        return Err(vm.new_type_error("first argument must be string or compiled pattern"));
    };
    // Parsing, compiling and dropping the pattern's tree recurse once per
    // nesting level (up to the parser's limit of 900): a deeply nested
    // pattern gets a stack of its own, so a small thread does not overflow.
    if nesting_estimate(&cs) > SHALLOW {
        return stacker::maybe_grow(DEEP_STACK, DEEP_STACK, || {
            compile_parsed(vm, pattern, &cs, is_bytes, flags)
        });
    }
    compile_parsed(vm, pattern, &cs, is_bytes, flags)
}

/// Patterns nested deeper than this (by [`nesting_estimate`]) are compiled on
/// a stack of [`DEEP_STACK`] bytes.
const SHALLOW: usize = 32;
/// Enough for the parser's deepest nesting (about 1 KB per level in a debug
/// build).
const DEEP_STACK: usize = 8 << 20;

/// An upper bound of how deeply `cs` nests groups: the deepest run of
/// unclosed `(` (escapes and sets not told apart, so it may overcount).
fn nesting_estimate(cs: &[u32]) -> usize {
    let (mut depth, mut deepest) = (0usize, 0usize);
    for &c in cs {
        if c == u32::from(b'(') {
            depth += 1;
            deepest = deepest.max(depth);
        } else if c == u32::from(b')') {
            depth = depth.saturating_sub(1);
        }
    }
    deepest
}

fn compile_parsed(vm: &mut Vm, pattern: &PyObjectRef, cs: &[u32], is_bytes: bool, flags: u32) -> PyResult {
    let parsed = match parser::parse(cs, is_bytes, flags) {
        Ok(p) => p,
        Err(ParseError::Re(msg, pos)) => return Err(re_error(vm, &msg, pattern, pos)),
        Err(ParseError::Overflow(msg)) => return Err(vm.new_overflow_error(msg)),
        Err(ParseError::Value(msg)) => return Err(vm.new_value_error(msg)),
        Err(ParseError::Recursion) => {
            let cls = vm.exc.recursion_error.clone();
            return Err(vm.new_exception_msg(&cls, "maximum recursion depth exceeded"));
        }
    };
    if parsed.flags & parser::FLAG_TEMPLATE != 0 {
        if let Some(op) = parser::template_unsupported(&parsed.node) {
            let msg = format!("internal: unsupported template operator {op}");
            return Err(re_error(vm, &msg, pattern, None));
        }
    }
    let prog = engine::compile(&parsed.node, parsed.groups, &parsed.widths);
    // The pattern object keeps a `bytes` copy of a bytes-like pattern.
    let pattern_obj = if is_bytes && !pattern.payload_is::<PyBytes>() {
        let v: Vec<u8> = cs.iter().map(|&c| c as u8).collect();
        vm.new_bytes(v)
    } else {
        pattern.clone()
    };
    let cls = state_type(vm, PATTERN_TYPE)?;
    Ok(vm.new_instance(
        PyPattern {
            pattern: pattern_obj,
            flags: parsed.flags,
            groups: parsed.groups,
            names: parsed.names,
            prog,
            is_bytes,
        },
        &cls,
    ))
}

/// `_set_helpers(error, mappingproxy)`: the classes `re` defines in Python.
fn set_helpers(vm: &mut Vm, args: Args) -> PyResult {
    let [error, proxy] = args.exact::<2>(vm, "_set_helpers")?;
    let mut st = vm.module_state.borrow_mut();
    st.insert(ERROR_CLASS.to_string(), error.clone());
    st.insert(PROXY_CLASS.to_string(), proxy.clone());
    drop(st);
    Ok(vm.none())
}

fn char_arg(vm: &mut Vm, args: &Args, name: &str) -> PyResult<u32> {
    let [c] = args.exact::<1>(vm, name)?;
    let v = vm.to_index(c)?;
    Ok(u32::try_from(v).unwrap_or(u32::MAX))
}

fn unicode_iscased(vm: &mut Vm, args: Args) -> PyResult {
    let c = char_arg(vm, &args, "unicode_iscased")?;
    Ok(vm.new_bool(engine::lower(c) != c || engine::upper(c) != c))
}

fn ascii_iscased(vm: &mut Vm, args: Args) -> PyResult {
    let c = char_arg(vm, &args, "ascii_iscased")?;
    Ok(vm.new_bool(c < 128 && (c as u8).is_ascii_alphabetic()))
}

fn unicode_tolower(vm: &mut Vm, args: Args) -> PyResult {
    let c = char_arg(vm, &args, "unicode_tolower")?;
    Ok(vm.new_int(i64::from(engine::lower(c))))
}

fn ascii_tolower(vm: &mut Vm, args: Args) -> PyResult {
    let c = char_arg(vm, &args, "ascii_tolower")?;
    let l = if c < 128 {
        u32::from((c as u8).to_ascii_lowercase())
    } else {
        c
    };
    Ok(vm.new_int(i64::from(l)))
}

fn getcodesize(vm: &mut Vm, args: Args) -> PyResult {
    args.exact::<0>(vm, "getcodesize")?;
    Ok(vm.new_int(4))
}

pub fn init(vm: &mut Vm) -> PyResult<PyObjectRef> {
    let (m, d) = vm.new_module_with_dict("_sre", None)?;

    let pattern = new_native_type::<PyPattern>(vm, "re.Pattern", None);
    let pattern_methods: &[(&'static str, NativeFn)] = &[
        ("match", pattern_match),
        ("fullmatch", pattern_fullmatch),
        ("search", pattern_search),
        ("findall", pattern_findall),
        ("finditer", pattern_finditer),
        ("scanner", pattern_scanner),
        ("split", pattern_split),
        ("sub", pattern_sub),
        ("subn", pattern_subn),
        ("__repr__", pattern_repr),
        ("__eq__", pattern_eq),
        ("__ne__", pattern_ne),
        ("__hash__", pattern_hash),
        ("__copy__", return_self),
        ("__deepcopy__", return_self),
    ];
    for &(name, f) in pattern_methods {
        vm.add_method(&pattern, name, f);
    }
    vm.add_classmethod(&pattern, "__class_getitem__", class_getitem);
    vm.add_getset(&pattern, "pattern", get_pattern, None);
    vm.add_getset(&pattern, "flags", get_flags, None);
    vm.add_getset(&pattern, "groups", get_groups, None);
    vm.add_getset(&pattern, "groupindex", get_groupindex, None);

    let mtype = new_native_type::<PyMatch>(vm, "re.Match", None);
    let match_methods: &[(&'static str, NativeFn)] = &[
        ("group", match_group),
        ("groups", match_groups),
        ("groupdict", match_groupdict),
        ("start", match_start),
        ("end", match_end),
        ("span", match_span),
        ("expand", match_expand),
        ("__getitem__", match_getitem),
        ("__repr__", match_repr),
        ("__copy__", return_self),
        ("__deepcopy__", return_self),
    ];
    for &(name, f) in match_methods {
        vm.add_method(&mtype, name, f);
    }
    vm.add_classmethod(&mtype, "__class_getitem__", class_getitem);
    vm.add_getset(&mtype, "pos", get_m_pos, None);
    vm.add_getset(&mtype, "endpos", get_m_endpos, None);
    vm.add_getset(&mtype, "lastindex", get_m_lastindex, None);
    vm.add_getset(&mtype, "lastgroup", get_m_lastgroup, None);
    vm.add_getset(&mtype, "regs", get_m_regs, None);
    vm.add_getset(&mtype, "re", get_m_re, None);
    vm.add_getset(&mtype, "string", get_m_string, None);

    let scanner = new_native_type::<PyScanner>(vm, "_sre.SRE_Scanner", None);
    vm.add_method(&scanner, "match", scanner_match);
    vm.add_method(&scanner, "search", scanner_search);
    vm.add_getset(&scanner, "pattern", scanner_pattern, None);

    // `__qualname__` is the bare name (the dotted one gives `__module__`).
    for (t, q, m) in [
        (&pattern, "Pattern", "re"),
        (&mtype, "Match", "re"),
        (&scanner, "SRE_Scanner", "_sre"),
    ] {
        *t.ty_payload().qualname.borrow_mut() = q.to_string();
        let m = vm.new_str(m);
        vm.set_type_attr(t, "__module__", m);
    }
    {
        let mut st = vm.module_state.borrow_mut();
        st.insert(PATTERN_TYPE.to_string(), pattern.clone());
        st.insert(MATCH_TYPE.to_string(), mtype.clone());
        st.insert(SCANNER_TYPE.to_string(), scanner.clone());
    }
    vm.dict_set_str(&d, "Pattern", pattern)?;
    vm.dict_set_str(&d, "Match", mtype)?;
    vm.dict_set_str(&d, "SRE_Scanner", scanner)?;
    let functions: &[(&'static str, NativeFn)] = &[
        ("compile", sre_compile),
        ("_set_helpers", set_helpers),
        ("unicode_iscased", unicode_iscased),
        ("ascii_iscased", ascii_iscased),
        ("unicode_tolower", unicode_tolower),
        ("ascii_tolower", ascii_tolower),
        ("getcodesize", getcodesize),
    ];
    for &(name, f) in functions {
        let func = vm.new_builtin_function(name, f);
        vm.dict_set_str(&d, name, func)?;
    }
    let v = vm.new_int(i64::from(parser::MAXREPEAT));
    vm.dict_set_str(&d, "MAXREPEAT", v)?;
    let v = vm.new_int(i64::from(parser::MAXREPEAT / 2));
    vm.dict_set_str(&d, "MAXGROUPS", v)?;
    let v = vm.new_int(20221023);
    vm.dict_set_str(&d, "MAGIC", v)?;
    let v = vm.new_int(4);
    vm.dict_set_str(&d, "CODESIZE", v)?;
    Ok(m)
}
