//! Source files as bytes become text as CPython's tokenizer makes them: the
//! PEP 263 coding cookie, the UTF-8 byte order mark, the checks for invalid
//! UTF-8 and NUL bytes, with CPython's `SyntaxError` for each. The byte-level
//! work is in `kaa_compiler::source_encoding`; this file adds the codecs
//! (any encoding Python's `codecs` knows) and the exceptions.
//!
//! The three ways in report the same problems differently, as in CPython:
//! a script named on the command line ([`SourceKind::Script`]), a module
//! being imported ([`SourceKind::Import`]) and `compile()`/`exec()` of bytes
//! ([`SourceKind::Compile`]).

use kaa_compiler::source_encoding::{self as enc, DeclarationError};

use crate::object::PyObjectRef;
use crate::vm::{PyResult, Vm};

/// Where the source comes from: it decides the messages.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum SourceKind {
    /// The program file run by `kaa FILE`.
    Script,
    /// A module file being imported.
    Import,
    /// Bytes given to `compile`, `exec` or `eval`.
    Compile,
}

/// The text of source `bytes` read from `filename`.
pub fn decode_source(vm: &mut Vm, bytes: &[u8], filename: &str, kind: SourceKind) -> PyResult<String> {
    let decl = match enc::declaration(bytes) {
        Ok(d) => d,
        Err(DeclarationError::BomMismatch(name)) => {
            return Err(located_error(
                vm,
                &format!("encoding problem: {name} with BOM"),
                filename,
                kind,
            ));
        }
    };
    let body = if decl.bom { &bytes[enc::BOM.len()..] } else { bytes };
    let text = match decl.cookie.as_deref() {
        None | Some("utf-8") => utf8_source(vm, body, filename, kind, decl.cookie.is_some())?,
        Some(name) => declared_source(vm, body, name, filename, kind)?,
    };
    if text.contains('\0') {
        return Err(null_bytes(vm, &text, filename, kind));
    }
    Ok(text)
}

/// UTF-8 source: bad bytes in comments pass (as CPython's tokenizer, which
/// only decodes tokens), elsewhere they are an error at their token.
fn utf8_source(vm: &mut Vm, body: &[u8], filename: &str, kind: SourceKind, declared: bool) -> PyResult<String> {
    if let Ok(s) = std::str::from_utf8(body) {
        return Ok(s.to_string());
    }
    if kind == SourceKind::Script && !declared {
        // The file reader checks each line before tokenizing it.
        let at = std::str::from_utf8(body).err().map_or(0, |e| e.valid_up_to());
        let msg = format!(
            "Non-UTF-8 code starting with '\\x{:02x}' in file {filename} on line {}, but no encoding declared; \
             see https://peps.python.org/pep-0263/ for details",
            body.get(at).copied().unwrap_or(0),
            enc::line_of(body, at)
        );
        return Err(plain_syntax_error(vm, &msg));
    }
    let Some(e) = enc::first_utf8_error(body) else {
        return Ok(String::from_utf8_lossy(body).into_owned());
    };
    let text = format!("{}\n", String::from_utf8_lossy(&e.line));
    let (msg, offset, end_offset) = if e.bytes_literal {
        (
            "bytes can only contain ASCII literal characters".to_string(),
            e.token_start as i64 + 1,
            e.token_end as i64 + 1,
        )
    } else {
        let msg = format!(
            "(unicode error) 'utf-8' codec can't decode byte 0x{:02x} in position {}: {}",
            e.byte, e.position, e.reason
        );
        if e.string {
            (msg, e.token_end as i64 + 1, e.token_end as i64 + 1)
        } else {
            (msg, (e.token_start + e.position) as i64 + 1, -1)
        }
    };
    let lineno = e.lineno as i64;
    Err(syntax_error(
        vm,
        &msg,
        filename,
        lineno,
        offset,
        Some(&text),
        lineno,
        end_offset,
    ))
}

/// Source in the encoding its cookie names.
fn declared_source(vm: &mut Vm, body: &[u8], name: &str, filename: &str, kind: SourceKind) -> PyResult<String> {
    let problem = |vm: &mut Vm, msg: String| {
        if kind == SourceKind::Script {
            located_error(vm, &format!("encoding problem: {name}"), filename, kind)
        } else {
            located_error(vm, &msg, filename, kind)
        }
    };
    match enc::decode_builtin(name, body) {
        Some(Ok(s)) => return Ok(s),
        Some(Err((pos, reason))) => {
            let codec = if reason.starts_with("ordinal") {
                "ascii"
            } else {
                "utf-8"
            };
            let msg = format!(
                "'{codec}' codec can't decode byte 0x{:02x} in position {pos}: {reason}",
                body.get(pos).copied().unwrap_or(0)
            );
            return Err(problem(vm, msg));
        }
        None => {}
    }
    let obj = vm.new_bytes(body.to_vec());
    match crate::object::str::decode_bytes(vm, &obj, body, name, "strict") {
        Ok(s) => Ok(s),
        Err(exc) => {
            let lookup = vm.exc.lookup_error.clone();
            if exc.is_instance_of(&lookup) {
                if kind == SourceKind::Script {
                    return Err(problem(vm, String::new()));
                }
                return Err(located_error(vm, &format!("unknown encoding: {name}"), filename, kind));
            }
            let msg = vm.str_string(&exc).unwrap_or_default();
            Err(problem(vm, msg))
        }
    }
}

/// A `SyntaxError` about the file as a whole: for a script, the message
/// alone; otherwise placed at line 0, as CPython's `(filename, 0, -1, None)`.
fn located_error(vm: &mut Vm, msg: &str, filename: &str, kind: SourceKind) -> PyObjectRef {
    if kind == SourceKind::Script {
        return plain_syntax_error(vm, msg);
    }
    let none = vm.none();
    let details = vec![vm.new_str(filename.to_string()), vm.new_int(0), vm.new_int(-1), none];
    let details = vm.new_tuple(details);
    let m = vm.new_str(msg.to_string());
    let cls = vm.exc.syntax_error.clone();
    vm.call_positional(&cls, &[m, details]).unwrap_or_else(|e| e)
}

/// NUL bytes: a script's error shows the line; compiled or imported source
/// says "source code string".
fn null_bytes(vm: &mut Vm, text: &str, filename: &str, kind: SourceKind) -> PyObjectRef {
    if kind != SourceKind::Script {
        return plain_syntax_error(vm, "source code string cannot contain null bytes");
    }
    let at = text.find('\0').unwrap_or(0);
    let lineno = text[..at].matches('\n').count() + 1;
    let line_start = text[..at].rfind('\n').map_or(0, |p| p + 1);
    let line = &text[line_start..at];
    let line = format!("{line}\n");
    let ln = lineno as i64;
    // No caret under the line, as CPython's.
    syntax_error(
        vm,
        "source code cannot contain null bytes",
        filename,
        ln,
        0,
        Some(&line),
        ln,
        0,
    )
}

/// `SyntaxError(msg)`, without a place (made by calling the class, so that
/// `msg` is set and the message prints).
pub(crate) fn plain_syntax_error(vm: &mut Vm, msg: &str) -> PyObjectRef {
    let m = vm.new_str(msg.to_string());
    let cls = vm.exc.syntax_error.clone();
    vm.call_positional(&cls, &[m]).unwrap_or_else(|e| e)
}

#[allow(clippy::too_many_arguments)]
fn syntax_error(
    vm: &mut Vm,
    msg: &str,
    filename: &str,
    lineno: i64,
    offset: i64,
    text: Option<&str>,
    end_lineno: i64,
    end_offset: i64,
) -> PyObjectRef {
    let text = match text {
        Some(t) => vm.new_str(t.to_string()),
        None => vm.none(),
    };
    let details = vec![
        vm.new_str(filename.to_string()),
        vm.new_int(lineno),
        vm.new_int(offset),
        text,
        vm.new_int(end_lineno),
        vm.new_int(end_offset),
    ];
    let details = vm.new_tuple(details);
    let m = vm.new_str(msg.to_string());
    let cls = vm.exc.syntax_error.clone();
    vm.call_positional(&cls, &[m, details]).unwrap_or_else(|e| e)
}
