//! Printing an uncaught exception the way CPython does: chained exceptions first,
//! then `Traceback (most recent call last):`, one entry per frame with its source
//! line, and `Type: message`.

use crate::object::exception::PyBaseException;
use crate::object::str::PyStr;
use crate::object::PyObjectRef;
use crate::vm::Vm;

/// Lines of `filename`, read on demand (as CPython's `linecache`).
fn source_line(filename: &str, lineno: u32) -> Option<String> {
    if filename.starts_with('<') {
        return None;
    }
    let text = std::fs::read(filename).ok()?;
    let text = String::from_utf8_lossy(&text);
    text.lines()
        .nth(lineno.checked_sub(1)? as usize)
        .map(|l| l.trim().to_string())
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
        if let Some(d) = exc.dict().cloned() {
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
    let msg = match vm.str_string(exc) {
        Ok(m) => m,
        Err(_) => "<exception str() failed>".to_string(),
    };
    if msg.is_empty() {
        out.push_str(&name);
    } else {
        out.push_str(&format!("{name}: {msg}"));
    }
    out
}

/// The whole report for an uncaught exception, ending with a newline.
pub fn format_exception(vm: &mut Vm, exc: &PyObjectRef) -> String {
    let mut seen = Vec::new();
    let mut out = String::new();
    format_chain(vm, exc, &mut out, &mut seen);
    out
}

fn format_chain(vm: &mut Vm, exc: &PyObjectRef, out: &mut String, seen: &mut Vec<usize>) {
    seen.push(exc.id());
    if let Some(p) = exc.downcast_ref::<PyBaseException>() {
        let cause = p.cause.borrow().clone();
        let context = p.context.borrow().clone();
        if let Some(c) = cause.filter(|c| !seen.contains(&c.id())) {
            format_chain(vm, &c, out, seen);
            out.push_str("\nThe above exception was the direct cause of the following exception:\n\n");
        } else if let Some(c) = context.filter(|c| !p.suppress_context.get() && !seen.contains(&c.id())) {
            format_chain(vm, &c, out, seen);
            out.push_str("\nDuring handling of the above exception, another exception occurred:\n\n");
        }
        let tb = p.traceback.borrow().clone();
        if !tb.is_empty() {
            out.push_str("Traceback (most recent call last):\n");
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
                    flush(out, repeats);
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
                    source_line(&e.code.co_filename, e.lineno)
                } else {
                    None
                };
                if let Some(line) = line {
                    if !line.is_empty() {
                        out.push_str(&format!("    {line}\n"));
                    }
                }
            }
            flush(out, repeats);
        }
    }
    out.push_str(&format_exception_only(vm, exc));
    out.push('\n');
}

impl Vm {
    /// Print an uncaught exception to `sys.stderr`'s sink.
    pub fn print_exception(&mut self, exc: &PyObjectRef) {
        let s = format_exception(self, exc);
        let _ = self.out().flush();
        self.write_stderr(&s);
    }
}
