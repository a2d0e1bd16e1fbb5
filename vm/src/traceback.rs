//! Printing an uncaught exception the way CPython does: chained exceptions first,
//! then `Traceback (most recent call last):`, one entry per frame with its source
//! line, and `Type: message`.

use crate::object::exception::PyBaseException;
use crate::object::str::PyStr;
use crate::object::PyObjectRef;
use crate::vm::Vm;

/// Line `lineno` of `filename` as it is in the file (without its newline),
/// read on demand (as CPython's `linecache`).
fn raw_source_line(filename: &str, lineno: u32) -> Option<String> {
    if filename.starts_with('<') {
        return None;
    }
    let text = std::fs::read(filename).ok()?;
    let text = String::from_utf8_lossy(&text);
    text.lines()
        .nth(lineno.checked_sub(1)? as usize)
        .map(|l| l.trim_end_matches('\r').to_string())
}

/// The number of characters in the first `byte` bytes of `s` (CPython's
/// columns are UTF-8 offsets; markers are drawn in characters).
fn char_offset(s: &str, byte: usize) -> usize {
    let mut b = byte.min(s.len());
    while !s.is_char_boundary(b) {
        b -= 1;
    }
    s[..b].chars().count()
}

/// Where the `~` and `^` of a marker line change, in characters from the
/// start of the failing expression: `^` from `left` to `right`.
pub struct Anchors {
    pub left: usize,
    pub right: usize,
}

/// For a binary operation, the operator; for a subscript, the `[...]`:
/// what CPython 3.11 draws with `^` between `~`s. None for anything else.
pub fn caret_anchors(segment: &str) -> Option<Anchors> {
    use kaa_compiler::ast::{Expr, Stmt};
    let module = kaa_compiler::parse_module(segment).ok()?;
    let [Stmt::Expr(stmt)] = module.body.as_slice() else {
        return None;
    };
    let bytes = segment.as_bytes();
    let (left, right) = match &*stmt.value {
        Expr::BinOp(b) => {
            let (lend, rstart) = (b.left.range().end as usize, b.right.range().start as usize);
            let between = segment.get(lend..rstart.max(lend))?;
            let skip = between.len() - between.trim_start().len();
            let mut left = lend + skip;
            let mut right = left + 1;
            // Two characters when the operator's second one is not a space
            // (`**`, `//`, `<<`, ...).
            if between
                .as_bytes()
                .get(skip + 1)
                .is_some_and(|c| !c.is_ascii_whitespace())
            {
                right += 1;
            }
            while left < bytes.len()
                && (bytes[left].is_ascii_whitespace() || bytes[left] == b')' || bytes[left] == b'#')
            {
                left += 1;
                right += 1;
            }
            (left, right)
        }
        Expr::Subscript(sub) => {
            let mut left = sub.value.range().end as usize;
            let mut right = sub.slice.range().end as usize + 1;
            while left < bytes.len() && bytes[left] != b'[' {
                left += 1;
            }
            while right < bytes.len() && bytes[right] != b']' {
                right += 1;
            }
            if right < bytes.len() {
                right += 1;
            }
            (left, right)
        }
        _ => return None,
    };
    Some(Anchors {
        left: char_offset(segment, left),
        right: char_offset(segment, right),
    })
}

/// The `^^^^` line under the source line of a traceback entry, when its
/// instruction's position is known and the failing expression is not the
/// whole line (or has an operator or subscript to point at), as CPython 3.11.
fn marker_line(line: &str, e: &crate::object::exception::TracebackEntry) -> Option<String> {
    let pos = e.code.linetable.position_of(e.lasti)?;
    let (col, end_col) = (pos.col? as usize, pos.end_col? as usize);
    if pos.line != e.lineno || col > line.len() {
        return None;
    }
    let stripped = line.trim();
    let stripped_len = stripped.chars().count();
    let leading = line.chars().count() - line.trim_start().chars().count();
    let start = char_offset(line, col);
    let (end, anchors) = if pos.end_line == pos.line {
        let end_col = end_col.min(line.len());
        let segment = line.get(col..end_col.max(col)).unwrap_or("");
        (char_offset(line, end_col), caret_anchors(segment))
    } else {
        (leading + stripped_len, None)
    };
    if end <= start || start < leading {
        return None;
    }
    let width = end - start;
    let show = width < stripped_len || anchors.as_ref().is_some_and(|a| a.right > a.left);
    if !show {
        return None;
    }
    let mut out = String::from("    ");
    out.push_str(&" ".repeat(start - leading));
    match anchors {
        Some(a) => {
            let (l, r) = (a.left.min(width), a.right.min(width));
            out.push_str(&"~".repeat(l));
            out.push_str(&"^".repeat(r.saturating_sub(l)));
            out.push_str(&"~".repeat(width - r.max(l)));
        }
        None => out.push_str(&"^".repeat(width)),
    }
    out.push('\n');
    Some(out)
}

/// `Type: message` (or just `Type` when the message is empty).
pub fn format_exception_only(vm: &mut Vm, exc: &PyObjectRef) -> String {
    let cls = exc.class().clone();
    // As CPython's traceback module: no module prefix for builtins and __main__.
    let mut name = crate::builtins_type::type_display_name(vm, &cls);
    if let Some(rest) = name.strip_prefix("__main__.") {
        name = rest.to_string();
    }
    let mut out = String::new();
    if exc.is_instance_of(&vm.exc.syntax_error) {
        if let Some(d) = vm.instance_dict(&exc) {
            let get = |vm: &mut Vm, k: &str| {
                let key = vm.intern(k);
                vm.dict_get_item_opt(&d, &key).ok().flatten().filter(|v| !vm.is_none(v))
            };
            let filename = get(vm, "filename").and_then(|f| f.downcast_ref::<PyStr>().map(|s| s.as_str().to_string()));
            let lineno = get(vm, "lineno").and_then(|l| vm.to_index(&l).ok());
            if let (Some(f), Some(l)) = (filename, lineno) {
                out.push_str(&format!("  File \"{f}\", line {l}\n"));
                let text = get(vm, "text").and_then(|t| t.downcast_ref::<PyStr>().map(|s| s.as_str().to_string()));
                if let Some(text) = text {
                    let offset = get(vm, "offset").and_then(|o| vm.to_index(&o).ok()).unwrap_or(0);
                    let end_offset = get(vm, "end_offset").and_then(|o| vm.to_index(&o).ok()).unwrap_or(0);
                    let end_lineno = get(vm, "end_lineno").and_then(|o| vm.to_index(&o).ok()).unwrap_or(l);
                    let line = text.trim_end_matches(['\n', '\r']);
                    let stripped = line.trim_start();
                    let indent = line.chars().count() - stripped.chars().count();
                    out.push_str(&format!("    {stripped}\n"));
                    if offset > 0 {
                        let col = (offset as usize).saturating_sub(1).saturating_sub(indent);
                        let width = if end_lineno == l && end_offset > offset {
                            (end_offset - offset) as usize
                        } else {
                            1
                        };
                        out.push_str(&format!("    {}{}\n", " ".repeat(col), "^".repeat(width)));
                    }
                }
            }
            let msg = get(vm, "msg")
                .map(|m| vm.str_string(&m).unwrap_or_default())
                .unwrap_or_default();
            out.push_str(&format!("{name}: {msg}"));
            return out;
        }
    }
    let mut msg = match vm.str_string(exc) {
        Ok(m) => m,
        Err(_) => "<exception str() failed>".to_string(),
    };
    if let Some(s) = suggestion(vm, exc) {
        msg.push_str(&format!(". Did you mean: '{s}'?"));
    }
    if msg.is_empty() {
        out.push_str(&name);
    } else {
        out.push_str(&format!("{name}: {msg}"));
    }
    push_notes(vm, exc, &mut out);
    out
}

/// The lines of `exc.__notes__` (`add_note`), each on its own line after
/// the message, as CPython prints them.
fn push_notes(vm: &mut Vm, exc: &PyObjectRef, out: &mut String) {
    let Some(d) = vm.instance_dict(&exc) else { return };
    let key = vm.intern("__notes__");
    let Ok(Some(notes)) = vm.dict_get_item_opt(&d, &key) else {
        return;
    };
    if notes.payload_is::<PyStr>() {
        let r = vm.repr_string(&notes).unwrap_or_default();
        out.push_str(&format!("\n{r}"));
        return;
    }
    let Ok(items) = vm.collect(&notes) else {
        let r = vm
            .repr_string(&notes)
            .unwrap_or_else(|_| "<__notes__ repr() failed>".into());
        out.push_str(&format!("\n{r}"));
        return;
    };
    for n in items {
        let text = if n.payload_is::<PyStr>() {
            vm.str_string(&n).unwrap_or_default()
        } else {
            vm.repr_string(&n).unwrap_or_else(|_| "<note str() failed>".into())
        };
        out.push('\n');
        out.push_str(&text);
    }
}

/// "Did you mean" for a `NameError` (the names of the failing code, its
/// globals, the builtins) or an `AttributeError` (`dir(obj)`): the nearest
/// candidate by an edit distance where a case change costs half a letter,
/// within a third of the letters, as CPython 3.11.
fn suggestion(vm: &mut Vm, exc: &PyObjectRef) -> Option<String> {
    let d = vm.instance_dict(&exc)?;
    let name_key = vm.names.name.clone();
    let name = vm.dict_get_item_opt(&d, &name_key).ok().flatten()?;
    let name = name.downcast_ref::<PyStr>()?.as_str().to_string();
    let mut lists: Vec<Vec<String>> = Vec::new();
    let strs = |vm: &mut Vm, o: &PyObjectRef| -> Vec<String> {
        vm.collect(o)
            .unwrap_or_default()
            .iter()
            .filter_map(|k| k.downcast_ref::<PyStr>().map(|s| s.as_str().to_string()))
            .collect()
    };
    if exc.is_instance_of(&vm.exc.name_error) {
        let p = exc.downcast_ref::<PyBaseException>()?;
        let code = p.traceback.borrow().first().map(|e| e.code.clone())?;
        lists.push(code.co_varnames.iter().map(|s| s.to_string()).collect());
        let globals = p.globals.borrow().clone();
        if let Some(g) = globals {
            lists.push(strs(vm, &g));
        }
        let b = vm.builtins_dict.clone();
        lists.push(strs(vm, &b));
    } else if exc.is_instance_of(&vm.exc.attribute_error) {
        let obj_key = vm.intern("obj");
        let obj = vm.dict_get_item_opt(&d, &obj_key).ok().flatten()?;
        let dir = vm.builtins_dict.clone();
        let dir_key = vm.intern("dir");
        let dir = vm.dict_get_item_opt(&dir, &dir_key).ok().flatten()?;
        let names = vm.call(&dir, crate::Args::positional(&[obj])).ok()?;
        lists.push(strs(vm, &names));
    } else {
        return None;
    }
    lists.iter().find_map(|l| closest(&name, l))
}

const MOVE_COST: usize = 2;
const CASE_COST: usize = 1;
const MAX_CANDIDATES: usize = 750;
const MAX_LEN: usize = 40;

/// The candidate nearest to `name`, if one is near enough.
fn closest(name: &str, candidates: &[String]) -> Option<String> {
    if candidates.len() >= MAX_CANDIDATES {
        return None;
    }
    let mut best: Option<(&String, usize)> = None;
    for c in candidates {
        if c == name {
            continue;
        }
        // At most a third of the letters involved may change, and a
        // candidate must beat the best so far.
        let mut max = (name.len() + c.len() + 3) * MOVE_COST / 6;
        if let Some((_, d)) = best {
            max = max.min(d.saturating_sub(1));
        }
        let d = distance(name.as_bytes(), c.as_bytes(), max);
        if d <= max && best.is_none_or(|(_, bd)| d < bd) {
            best = Some((c, d));
        }
    }
    best.map(|(c, _)| c.clone())
}

/// Edit distance over bytes: insert/delete/substitute cost `MOVE_COST`, a
/// change of case only `CASE_COST`; past `max` any value above it.
fn distance(a: &[u8], b: &[u8], max: usize) -> usize {
    if a == b {
        return 0;
    }
    let pre = a.iter().zip(b).take_while(|(x, y)| x == y).count();
    let (a, b) = (&a[pre..], &b[pre..]);
    let suf = a.iter().rev().zip(b.iter().rev()).take_while(|(x, y)| x == y).count();
    let (a, b) = (&a[..a.len() - suf], &b[..b.len() - suf]);
    if a.is_empty() || b.is_empty() {
        return (a.len() + b.len()) * MOVE_COST;
    }
    if a.len() > MAX_LEN || b.len() > MAX_LEN {
        return max + 1;
    }
    let (a, b) = if a.len() <= b.len() { (a, b) } else { (b, a) };
    if (b.len() - a.len()) * MOVE_COST > max {
        return max + 1;
    }
    let sub = |x: u8, y: u8| {
        if x == y {
            0
        } else if x.eq_ignore_ascii_case(&y) {
            CASE_COST
        } else {
            MOVE_COST
        }
    };
    // One row per letter of `b`, over the letters of `a`.
    let mut row: Vec<usize> = (1..=a.len()).map(|i| i * MOVE_COST).collect();
    let mut result = 0;
    for (bi, &bc) in b.iter().enumerate() {
        let mut diag = bi * MOVE_COST;
        let mut left = (bi + 1) * MOVE_COST;
        result = left;
        let mut row_min = usize::MAX;
        for (ai, &ac) in a.iter().enumerate() {
            let up = row[ai];
            let v = (diag + sub(ac, bc)).min(up + MOVE_COST).min(left + MOVE_COST);
            diag = up;
            row[ai] = v;
            left = v;
            result = v;
            row_min = row_min.min(v);
        }
        if row_min > max {
            return max + 1;
        }
    }
    result
}

/// The whole report for an uncaught exception, ending with a newline.
pub fn format_exception(vm: &mut Vm, exc: &PyObjectRef) -> String {
    let mut seen = std::collections::HashSet::new();
    let mut out = String::new();
    let mut ctx = GroupCtx {
        depth: 0,
        need_close: false,
    };
    format_chain(vm, exc, &mut out, &mut seen, &mut ctx);
    out
}

/// How many sub-exceptions of a group are printed, and how deep groups nest
/// (CPython's `max_group_width` and `max_group_depth`).
const MAX_GROUP_WIDTH: usize = 15;
const MAX_GROUP_DEPTH: usize = 10;

/// Where an exception group's tree drawing is: every line inside a group is
/// prefixed by two spaces per level and a margin character.
struct GroupCtx {
    depth: usize,
    need_close: bool,
}

impl GroupCtx {
    fn indent(&self) -> String {
        " ".repeat(2 * self.depth)
    }

    /// Append `text`'s lines with the prefix of the current level.
    fn emit(&self, out: &mut String, text: &str, margin: char) {
        for line in text.split_inclusive('\n') {
            if self.depth > 0 {
                out.push_str(&self.indent());
                out.push(margin);
                out.push(' ');
            }
            out.push_str(line);
        }
    }
}

/// `exc` after its `__cause__`/`__context__` chain, oldest first. The chain
/// is walked in a loop, not recursively: a script can make it 100,000 long.
fn format_chain(
    vm: &mut Vm,
    exc: &PyObjectRef,
    out: &mut String,
    seen: &mut std::collections::HashSet<usize>,
    ctx: &mut GroupCtx,
) {
    // Each exception with the line printed after it (before the newer one).
    let mut chain: Vec<(PyObjectRef, &str)> = Vec::new();
    let (mut cur, mut sep) = (exc.clone(), "");
    loop {
        seen.insert(cur.id());
        let older = cur.downcast_ref::<PyBaseException>().and_then(|p| {
            let cause = p.cause.borrow().clone();
            let context = p.context.borrow().clone();
            if let Some(c) = cause.filter(|c| !seen.contains(&c.id())) {
                Some((
                    c,
                    "\nThe above exception was the direct cause of the following exception:\n\n",
                ))
            } else {
                context
                    .filter(|c| !p.suppress_context.get() && !seen.contains(&c.id()))
                    .map(|c| {
                        (
                            c,
                            "\nDuring handling of the above exception, another exception occurred:\n\n",
                        )
                    })
            }
        });
        chain.push((cur, sep));
        match older {
            Some((c, s)) => (cur, sep) = (c, s),
            None => break,
        }
    }
    for (e, sep) in chain.iter().rev() {
        format_one(vm, e, out, seen, ctx);
        if !sep.is_empty() {
            ctx.emit(out, sep, '|');
        }
    }
}

/// One exception of a chain: its traceback and its last line, or for a
/// group, the tree of its members.
fn format_one(
    vm: &mut Vm,
    exc: &PyObjectRef,
    out: &mut String,
    seen: &mut std::collections::HashSet<usize>,
    ctx: &mut GroupCtx,
) {
    let Some(p) = exc.downcast_ref::<PyBaseException>() else {
        let only = format_exception_only(vm, exc) + "\n";
        ctx.emit(out, &only, '|');
        return;
    };
    let tb = format_tb_entries(vm, p);
    if crate::object::exception_group::group_parts(exc).is_none() {
        if !tb.is_empty() {
            ctx.emit(out, "Traceback (most recent call last):\n", '|');
            ctx.emit(out, &tb, '|');
        }
        let only = format_exception_only(vm, exc) + "\n";
        ctx.emit(out, &only, '|');
        return;
    }
    if ctx.depth > MAX_GROUP_DEPTH {
        ctx.emit(out, &format!("... (max_group_depth is {MAX_GROUP_DEPTH})\n"), '|');
        return;
    }
    let toplevel = ctx.depth == 0;
    if toplevel {
        ctx.depth += 1;
    }
    if !tb.is_empty() {
        let margin = if toplevel { '+' } else { '|' };
        ctx.emit(out, "Exception Group Traceback (most recent call last):\n", margin);
        ctx.emit(out, &tb, '|');
    }
    let only = format_exception_only(vm, exc) + "\n";
    ctx.emit(out, &only, '|');
    let excs = crate::object::exception_group::group_exceptions(exc);
    let n = if excs.len() <= MAX_GROUP_WIDTH {
        excs.len()
    } else {
        MAX_GROUP_WIDTH + 1
    };
    ctx.need_close = false;
    for i in 0..n {
        let last = i + 1 == n;
        if last {
            ctx.need_close = true;
        }
        let truncated = i >= MAX_GROUP_WIDTH;
        let title = if truncated {
            "...".to_string()
        } else {
            (i + 1).to_string()
        };
        out.push_str(&ctx.indent());
        out.push_str(if i == 0 { "+-" } else { "  " });
        out.push_str(&format!("+---------------- {title} ----------------\n"));
        ctx.depth += 1;
        if truncated {
            let remaining = excs.len() - MAX_GROUP_WIDTH;
            let plural = if remaining > 1 { "s" } else { "" };
            ctx.emit(out, &format!("and {remaining} more exception{plural}\n"), '|');
        } else {
            let e = excs[i].clone();
            format_chain(vm, &e, out, seen, ctx);
        }
        if last && ctx.need_close {
            out.push_str(&ctx.indent());
            out.push_str("+------------------------------------\n");
            ctx.need_close = false;
        }
        ctx.depth -= 1;
    }
    if toplevel {
        ctx.depth = 0;
    }
}

/// The `  File ..., line N, in f` entries of an exception's traceback, with
/// their source lines, most recent call last.
fn format_tb_entries(vm: &mut Vm, p: &PyBaseException) -> String {
    let tb = p.traceback.borrow().clone();
    let mut out = String::new();
    let mut last: Option<(String, u32, String)> = None;
    let mut repeats = 0usize;
    let flush = |out: &mut String, repeats: usize| {
        if repeats > 3 {
            let n = repeats - 3;
            out.push_str(&format!(
                "  [Previous line repeated {} more time{}]\n",
                n,
                if n == 1 { "" } else { "s" }
            ));
        }
    };
    for e in tb.iter().rev() {
        let key = (e.code.co_filename.to_string(), e.lineno, e.code.co_name.to_string());
        if last.as_ref() == Some(&key) {
            repeats += 1;
            if repeats > 3 {
                continue;
            }
        } else {
            flush(&mut out, repeats);
            repeats = 1;
            last = Some(key);
        }
        out.push_str(&format!(
            "  File \"{}\", line {}, in {}\n",
            e.code.co_filename, e.lineno, e.code.co_name
        ));
        // Source lines come from files: only with the file-system grant
        // (a sandboxed script could name any file in `compile()`).
        let granted = vm
            .limits
            .path_granted(std::path::Path::new(&*e.code.co_filename), crate::limits::Access::Read);
        let line = if granted {
            raw_source_line(&e.code.co_filename, e.lineno)
        } else {
            None
        };
        if let Some(line) = line {
            let stripped = line.trim();
            if !stripped.is_empty() {
                out.push_str(&format!("    {stripped}\n"));
                if let Some(m) = marker_line(&line, e) {
                    out.push_str(&m);
                }
            }
        }
    }
    flush(&mut out, repeats);
    out
}

impl Vm {
    /// Print an uncaught exception to `sys.stderr`'s sink.
    pub fn print_exception(&mut self, exc: &PyObjectRef) {
        let s = format_exception(self, exc);
        let _ = self.out().flush();
        self.write_stderr(&s);
    }
}
