//! Source files as bytes: the encoding declaration of PEP 263 and the UTF-8
//! checks CPython's tokenizer makes before a single token is read.
//!
//! A source file is UTF-8 unless its first or second line holds a coding
//! cookie (`# -*- coding: latin-1 -*-`, `# vim: set fileencoding=...`,
//! anything matching `^[ \t\f]*#.*?coding[:=][ \t]*([-\w.]+)`). A UTF-8 byte
//! order mark is dropped; with a cookie naming another encoding it is an
//! error. This module finds the cookie and decodes the encodings that need
//! no codec table (UTF-8, Latin-1, ASCII); the VM asks its codecs for the
//! others (`kaa_vm::source`).
//!
//! Invalid UTF-8 is reported as CPython reports it: inside a comment it is
//! accepted, inside a string literal or a name it is a `(unicode error)`
//! located at that token ([`first_utf8_error`]).

/// The UTF-8 byte order mark.
pub const BOM: &[u8] = b"\xef\xbb\xbf";

/// What the start of a source file declares.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Declaration {
    /// The file starts with a UTF-8 byte order mark.
    pub bom: bool,
    /// The cookie's encoding, normalised as CPython's tokenizer does
    /// (`utf-8`, `iso-8859-1`, or the name as written).
    pub cookie: Option<String>,
}

/// An encoding declaration that cannot be honoured.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum DeclarationError {
    /// A byte order mark with a cookie naming another encoding
    /// (`encoding problem: NAME with BOM`).
    BomMismatch(String),
}

/// Read the declaration from the first two lines of `src`. The second line
/// counts only if the first is a comment or blank, as in PEP 263.
pub fn declaration(src: &[u8]) -> Result<Declaration, DeclarationError> {
    let bom = src.starts_with(BOM);
    let body = if bom { &src[BOM.len()..] } else { src };
    let mut cookie = None;
    let mut rest = body;
    for n in 0..2 {
        let end = rest.iter().position(|&b| b == b'\n').map_or(rest.len(), |i| i + 1);
        let line = &rest[..end];
        rest = &rest[end..];
        if let Some(c) = cookie_in_line(line) {
            cookie = Some(c);
            break;
        }
        // Only a comment or blank first line lets the second one count.
        let t: Vec<u8> = line
            .iter()
            .copied()
            .skip_while(|b| matches!(b, b' ' | b'\t' | b'\x0c'))
            .collect();
        let blank_or_comment = t.is_empty() || matches!(t[0], b'#' | b'\n' | b'\r');
        if n == 0 && !blank_or_comment {
            break;
        }
    }
    let cookie = cookie.map(|c| normalize(&c));
    if bom {
        if let Some(c) = &cookie {
            if c != "utf-8" {
                return Err(DeclarationError::BomMismatch(c.clone()));
            }
        }
    }
    Ok(Declaration { bom, cookie })
}

/// The encoding a comment line declares: `coding[:=]` then the name.
fn cookie_in_line(line: &[u8]) -> Option<String> {
    let mut i = 0;
    while i < line.len() && matches!(line[i], b' ' | b'\t' | b'\x0c') {
        i += 1;
    }
    if line.get(i) != Some(&b'#') {
        return None;
    }
    let text = &line[i..];
    let mut from = 0;
    while let Some(p) = find(&text[from..], b"coding") {
        let at = from + p + b"coding".len();
        if matches!(text.get(at), Some(b':' | b'=')) {
            let mut j = at + 1;
            while j < text.len() && matches!(text[j], b' ' | b'\t') {
                j += 1;
            }
            let start = j;
            while j < text.len() && (text[j].is_ascii_alphanumeric() || matches!(text[j], b'-' | b'_' | b'.')) {
                j += 1;
            }
            if j > start {
                return Some(String::from_utf8_lossy(&text[start..j]).into_owned());
            }
        }
        from = at;
    }
    None
}

fn find(hay: &[u8], needle: &[u8]) -> Option<usize> {
    hay.windows(needle.len()).position(|w| w == needle)
}

/// CPython's tokenizer spells the two common encodings one way
/// (`utf-8`, `iso-8859-1`); other names are kept as written.
pub fn normalize(name: &str) -> String {
    let lower: String = name
        .chars()
        .take(12)
        .map(|c| if c == '_' { '-' } else { c.to_ascii_lowercase() })
        .collect();
    let is = |base: &str| lower == base || lower.starts_with(&format!("{base}-"));
    if is("utf-8") {
        "utf-8".to_string()
    } else if is("latin-1") || is("iso-8859-1") || is("iso-latin-1") {
        "iso-8859-1".to_string()
    } else {
        name.to_string()
    }
}

/// Decode `bytes` if the encoding needs no codec table: `Some(Ok(text))`,
/// `Some(Err((position, reason)))` for bytes it cannot decode, `None` for an
/// encoding the caller must look up.
pub fn decode_builtin(encoding: &str, bytes: &[u8]) -> Option<Result<String, (usize, &'static str)>> {
    let canon: String = encoding
        .to_ascii_lowercase()
        .chars()
        .map(|c| if c == '_' || c == ' ' { '-' } else { c })
        .collect();
    match canon.as_str() {
        "utf-8" | "utf8" => Some(std::str::from_utf8(bytes).map(str::to_string).map_err(|e| {
            let at = e.valid_up_to();
            (at, utf8_reason(bytes, at, e.error_len().is_none()))
        })),
        "iso-8859-1" | "latin-1" | "latin1" | "l1" | "iso8859-1" | "8859" | "cp819" | "iso-ir-100" => {
            Some(Ok(bytes.iter().map(|&b| char::from(b)).collect()))
        }
        "ascii" | "us-ascii" | "646" => Some(match bytes.iter().position(|b| !b.is_ascii()) {
            None => Ok(bytes.iter().map(|&b| char::from(b)).collect()),
            Some(p) => Err((p, "ordinal not in range(128)")),
        }),
        _ => None,
    }
}

/// The reason CPython's UTF-8 decoder gives for the bad byte at `at`.
fn utf8_reason(bytes: &[u8], at: usize, at_end: bool) -> &'static str {
    if at_end {
        return "unexpected end of data";
    }
    match bytes.get(at) {
        Some(0x80..=0xC1 | 0xF5..=0xFF) => "invalid start byte",
        _ => "invalid continuation byte",
    }
}

/// Where invalid UTF-8 that CPython rejects first appears.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Utf8Error {
    /// The bad byte.
    pub byte: u8,
    /// The byte's position in the whole source.
    pub at: usize,
    /// 1-based line and that line's bytes (without its newline).
    pub lineno: usize,
    pub line: Vec<u8>,
    /// Byte column (0-based) where the token holding the byte starts and ends.
    pub token_start: usize,
    pub token_end: usize,
    /// The byte's position inside the decoded part of the token (a string's
    /// body, a name), and the decoder's reason.
    pub position: usize,
    pub reason: &'static str,
    /// The token is a string literal (else a name or a stray byte).
    pub string: bool,
    /// The string literal is a bytes literal (`b"..."`).
    pub bytes_literal: bool,
}

/// The first invalid UTF-8 outside comments, with the token that holds it,
/// or `None` when all of the source outside comments is valid UTF-8 (the
/// caller then decodes the rest with replacement characters).
pub fn first_utf8_error(src: &[u8]) -> Option<Utf8Error> {
    let mut i = 0;
    let n = src.len();
    let is_name = |b: u8| b.is_ascii_alphanumeric() || b == b'_' || b >= 0x80;
    while i < n {
        let b = src[i];
        if b == b'#' {
            while i < n && src[i] != b'\n' {
                i += 1;
            }
            continue;
        }
        if b == b'\'' || b == b'"' {
            // The prefix letters just before the quote.
            let mut p = i;
            while p > 0 && src[p - 1].is_ascii_alphabetic() {
                p -= 1;
            }
            let prefix = &src[p..i];
            let bytes_literal = prefix.iter().any(|c| matches!(c, b'b' | b'B'));
            let triple = src.get(i + 1) == Some(&b) && src.get(i + 2) == Some(&b);
            let qlen = if triple { 3 } else { 1 };
            let body_start = i + qlen;
            let mut j = body_start;
            let mut body_end = n;
            while j < n {
                if src[j] == b'\\' {
                    j += 2;
                    continue;
                }
                if src[j] == b {
                    if !triple {
                        body_end = j;
                        break;
                    }
                    if src.get(j + 1) == Some(&b) && src.get(j + 2) == Some(&b) {
                        body_end = j;
                        break;
                    }
                }
                if src[j] == b'\n' && !triple {
                    body_end = j;
                    break;
                }
                j += 1;
            }
            let body = &src[body_start.min(n)..body_end.min(n)];
            let bad = if bytes_literal {
                body.iter().position(|c| !c.is_ascii())
            } else {
                std::str::from_utf8(body).err().map(|e| e.valid_up_to())
            };
            let end = if body_end < n { body_end + qlen } else { n };
            if let Some(pos) = bad {
                let reason = std::str::from_utf8(body)
                    .err()
                    .map_or("", |e| utf8_reason(body, e.valid_up_to(), e.error_len().is_none()));
                return Some(located(src, p, end, body_start + pos, pos, reason, true, bytes_literal));
            }
            i = end;
            continue;
        }
        if is_name(b) {
            let start = i;
            while i < n && is_name(src[i]) {
                i += 1;
            }
            // A prefixed string: the quote is handled at the next step.
            if i < n && matches!(src[i], b'\'' | b'"') {
                continue;
            }
            let tok = &src[start..i];
            if let Err(e) = std::str::from_utf8(tok) {
                let pos = e.valid_up_to();
                let reason = utf8_reason(tok, pos, e.error_len().is_none());
                return Some(located(src, start, i, start + pos, pos, reason, false, false));
            }
            continue;
        }
        i += 1;
    }
    None
}

#[allow(clippy::too_many_arguments)]
fn located(
    src: &[u8],
    start: usize,
    end: usize,
    at: usize,
    position: usize,
    reason: &'static str,
    string: bool,
    bytes_literal: bool,
) -> Utf8Error {
    let line_start = src[..start].iter().rposition(|&b| b == b'\n').map_or(0, |p| p + 1);
    let line_end = src[start..]
        .iter()
        .position(|&b| b == b'\n')
        .map_or(src.len(), |p| start + p);
    let lineno = src[..start].iter().filter(|&&b| b == b'\n').count() + 1;
    Utf8Error {
        byte: src.get(at).copied().unwrap_or(0),
        at,
        lineno,
        line: src[line_start..line_end].to_vec(),
        token_start: start - line_start,
        token_end: end.saturating_sub(line_start),
        position,
        reason,
        string,
        bytes_literal,
    }
}

/// The line (1-based) holding byte `at`.
pub fn line_of(src: &[u8], at: usize) -> usize {
    src[..at.min(src.len())].iter().filter(|&&b| b == b'\n').count() + 1
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn cookies_on_the_first_two_lines() {
        let d = |s: &[u8]| declaration(s).map(|d| d.cookie);
        assert_eq!(d(b"# -*- coding: latin-1 -*-\n"), Ok(Some("iso-8859-1".into())));
        assert_eq!(
            d(b"#!/bin/sh\n# vim: set fileencoding=UTF8 :\n"),
            Ok(Some("UTF8".into()))
        );
        assert_eq!(d(b"#!/bin/sh\n# coding=utf-8-sig\n"), Ok(Some("utf-8".into())));
        assert_eq!(d(b"x = 1\n# coding: latin-1\n"), Ok(None));
        assert_eq!(d(b"\n\n# coding: latin-1\n"), Ok(None));
        assert_eq!(
            declaration(b"\xef\xbb\xbf# coding: latin-1\n"),
            Err(DeclarationError::BomMismatch("iso-8859-1".into()))
        );
    }

    #[test]
    fn bad_utf8_in_comments_is_skipped() {
        assert_eq!(first_utf8_error(b"x = 1 # \xe9\n"), None);
        let e = first_utf8_error(b"x = 1\ns = \"ab\xe9\xff\"\n").expect("error");
        assert_eq!(
            (e.lineno, e.position, e.reason, e.token_end),
            (2, 2, "invalid continuation byte", 10)
        );
        let e = first_utf8_error(b"x\xe9 = 1\n").expect("error");
        assert_eq!((e.position, e.reason, e.string), (1, "unexpected end of data", false));
    }
}
