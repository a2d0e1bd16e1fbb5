//! Literal values: numbers, string and bytes bodies (escapes), implicit
//! concatenation, and f-strings (CPython 3.11's `Parser/string_parser.c`).
//!
//! The lexer only finds where a string ends; the parser hands the pieces of an
//! implicit concatenation (`"a" f"{x}" "b"`) to [`concat_strings`], which decodes each
//! body and, for f-strings, finds the replacement fields and parses each expression
//! in place (see [`crate::parser::parse_fstring_expr`]) so its nodes have real offsets.

use crate::ast::{Constant, Conversion, Expr, ExprConstant, ExprFormattedValue, ExprJoinedStr, Range};
use crate::error::RawSyntaxError;
use crate::lexer::StrTok;

/// The value of a number literal already checked by the lexer (`1_000`, `0x_ff`, `1.5e3`).
pub(crate) fn number_value(text: &str) -> Result<Constant, &'static str> {
    let clean: String = text.chars().filter(|&c| c != '_').collect();
    let lower = clean.to_ascii_lowercase();
    if let Some(body) = lower.strip_suffix('j') {
        // `0777j` is 777j: an imaginary literal's digits are always decimal.
        let imag = body.parse::<f64>().map_err(|_| "invalid imaginary literal")?;
        return Ok(Constant::Complex { real: 0.0, imag });
    }
    let radix = match lower.get(..2) {
        Some("0x") => 16,
        Some("0o") => 8,
        Some("0b") => 2,
        _ => 10,
    };
    if radix == 10 && lower.contains(['.', 'e']) {
        return Ok(Constant::Float(
            lower.parse::<f64>().map_err(|_| "invalid decimal literal")?,
        ));
    }
    let digits = if radix == 10 { &lower[..] } else { &lower[2..] };
    match i64::from_str_radix(digits, radix) {
        Ok(v) => Ok(Constant::Int(v)),
        Err(_) => {
            let trimmed = digits.trim_start_matches('0');
            Ok(Constant::BigInt {
                digits: trimmed.to_string(),
                radix,
            })
        }
    }
}

/// An escape-decoding error (CPython reports it after the string, so no position).
struct DecodeError(String);

/// Decode a `str` literal body `source[start..end]` (CPython's
/// `decode_unicode_with_escapes`; raw bodies are only newline-normalized).
fn decode_str(source: &str, start: usize, end: usize, raw: bool, out: &mut String) -> Result<(), DecodeError> {
    let body = &source[start..end];
    let bytes = body.as_bytes();
    let mut i = 0;
    // Copy runs of plain text in one go.
    let mut run = 0;
    while i < bytes.len() {
        let b = bytes[i];
        if b == b'\r' {
            out.push_str(&body[run..i]);
            out.push('\n');
            i += if bytes.get(i + 1) == Some(&b'\n') { 2 } else { 1 };
            run = i;
            continue;
        }
        if b != b'\\' || raw {
            i += 1;
            continue;
        }
        out.push_str(&body[run..i]);
        let esc = i;
        i += 1;
        let Some(&c) = bytes.get(i) else {
            out.push('\\');
            run = i;
            break;
        };
        i += 1;
        match c {
            b'\n' => {}
            b'\r' => {
                if bytes.get(i) == Some(&b'\n') {
                    i += 1;
                }
            }
            b'\\' => out.push('\\'),
            b'\'' => out.push('\''),
            b'"' => out.push('"'),
            b'a' => out.push('\x07'),
            b'b' => out.push('\x08'),
            b'f' => out.push('\x0c'),
            b'n' => out.push('\n'),
            b'r' => out.push('\r'),
            b't' => out.push('\t'),
            b'v' => out.push('\x0b'),
            b'0'..=b'7' => {
                let mut v = u32::from(c - b'0');
                for _ in 0..2 {
                    match bytes.get(i) {
                        Some(&d @ b'0'..=b'7') => {
                            v = v * 8 + u32::from(d - b'0');
                            i += 1;
                        }
                        _ => break,
                    }
                }
                out.push(char::from_u32(v).unwrap_or('\u{FFFD}'));
            }
            b'x' | b'u' | b'U' => {
                let (n, name) = match c {
                    b'x' => (2, "\\xXX"),
                    b'u' => (4, "\\uXXXX"),
                    _ => (8, "\\UXXXXXXXX"),
                };
                let mut v = 0u32;
                let mut got = 0;
                while got < n {
                    match bytes.get(i).and_then(|&d| (d as char).to_digit(16)) {
                        Some(d) => {
                            v = v.wrapping_mul(16).wrapping_add(d);
                            i += 1;
                            got += 1;
                        }
                        None => break,
                    }
                }
                if got < n {
                    return Err(DecodeError(format!(
                            "(unicode error) 'unicodeescape' codec can't decode bytes in position {}-{}: truncated {name} escape",
                            esc,
                            i - 1
                        )));
                }
                match char::from_u32(v) {
                    Some(ch) => out.push(ch),
                    None if (0xD800..0xE000).contains(&v) => {
                        return Err(DecodeError(format!("(unicode error) surrogate code point U+{v:04X} cannot be stored in a Kaa string")))
                    }
                    None => {
                        return Err(DecodeError(format!(
                                "(unicode error) 'unicodeescape' codec can't decode bytes in position {}-{}: illegal Unicode character",
                                esc,
                                i - 1
                            )))
                    }
                }
            }
            b'N' => {
                // `\N{NAME}`: a character by its Unicode name (or alias).
                let close = if bytes.get(i) == Some(&b'{') {
                    body[i..].find('}').map(|c| i + c)
                } else {
                    None
                };
                let ch = close.and_then(|c| unicode_names2::character(&body[i + 1..c]).map(|ch| (ch, c)));
                match ch {
                    Some((ch, c)) => {
                        out.push(ch);
                        i = c + 1;
                    }
                    None => {
                        let end = close.unwrap_or(i);
                        return Err(DecodeError(format!(
                            "(unicode error) 'unicodeescape' codec can't decode bytes in position {}-{}: {}",
                            esc,
                            end,
                            if close.is_some() {
                                "unknown Unicode character name"
                            } else {
                                "malformed \\N character escape"
                            }
                        )));
                    }
                }
            }
            _ => {
                // An unknown escape keeps its backslash (CPython warns).
                out.push('\\');
                i -= 1;
            }
        }
        run = i;
    }
    out.push_str(&body[run.min(body.len())..]);
    Ok(())
}

/// Decode a `bytes` literal body.
fn decode_bytes(source: &str, start: usize, end: usize, raw: bool, out: &mut Vec<u8>) -> Result<(), DecodeError> {
    let bytes = &source.as_bytes()[start..end];
    if !bytes.is_ascii() {
        return Err(DecodeError("bytes can only contain ASCII literal characters".into()));
    }
    let mut i = 0;
    while i < bytes.len() {
        let b = bytes[i];
        i += 1;
        if b == b'\r' {
            out.push(b'\n');
            if bytes.get(i) == Some(&b'\n') {
                i += 1;
            }
            continue;
        }
        if b != b'\\' || raw {
            out.push(b);
            continue;
        }
        let Some(&c) = bytes.get(i) else {
            out.push(b'\\');
            break;
        };
        i += 1;
        match c {
            b'\n' => {}
            b'\r' => {
                if bytes.get(i) == Some(&b'\n') {
                    i += 1;
                }
            }
            b'\\' => out.push(b'\\'),
            b'\'' => out.push(b'\''),
            b'"' => out.push(b'"'),
            b'a' => out.push(7),
            b'b' => out.push(8),
            b'f' => out.push(12),
            b'n' => out.push(b'\n'),
            b'r' => out.push(b'\r'),
            b't' => out.push(b'\t'),
            b'v' => out.push(11),
            b'0'..=b'7' => {
                let mut v = u32::from(c - b'0');
                for _ in 0..2 {
                    match bytes.get(i) {
                        Some(&d @ b'0'..=b'7') => {
                            v = v * 8 + u32::from(d - b'0');
                            i += 1;
                        }
                        _ => break,
                    }
                }
                out.push(v as u8);
            }
            b'x' => {
                let hex = |k: usize| bytes.get(k).and_then(|&d| (d as char).to_digit(16));
                match (hex(i), hex(i + 1)) {
                    (Some(h), Some(l)) => {
                        out.push((h * 16 + l) as u8);
                        i += 2;
                    }
                    _ => {
                        let esc = i - 2;
                        return Err(DecodeError(format!(
                            "(value error) invalid \\x escape at position {esc}"
                        )));
                    }
                }
            }
            _ => {
                out.push(b'\\');
                i -= 1;
            }
        }
    }
    Ok(())
}

/// One string token of an implicit concatenation: `(start, flags, end)`.
pub(crate) type StrPart = (usize, StrTok, usize);

fn body(part: &StrPart) -> (usize, usize) {
    let (start, tok, end) = *part;
    let q = tok.quote_len as usize;
    (start + tok.prefix_len as usize + q, end - q)
}

/// The expression for adjacent string tokens `l..r`: a `Constant` (str or bytes) or,
/// when any part is an f-string, one `JoinedStr`, as CPython's
/// `_PyPegen_concatenate_strings`: parts are decoded in order, so an error in an
/// earlier part is reported first.
pub(crate) fn concat_strings(source: &str, parts: &[StrPart], l: usize, r: usize) -> Result<Expr, RawSyntaxError> {
    let range = Range::new(l, r);
    // CPython reports these at the token after the strings; `r` is where it starts
    // when nothing but spaces separates them.
    let at_end = Range::new(r, r);
    let bytes_mode = parts[0].1.bytes;
    let fmode = parts.iter().any(|p| p.1.fstring);
    let mut bytes = Vec::new();
    let mut builder = FStringBuilder {
        values: Vec::new(),
        last: String::new(),
        range,
    };
    for (i, part) in parts.iter().enumerate() {
        if i > 0 && part.1.bytes != bytes_mode {
            return Err(RawSyntaxError::new("cannot mix bytes and nonbytes literals", at_end));
        }
        let (a, b) = body(part);
        let decode_err = |e: DecodeError| {
            if e.0.starts_with("bytes can only") {
                RawSyntaxError::new(e.0, Range::new(part.0, part.2))
            } else {
                RawSyntaxError::new(e.0, at_end)
            }
        };
        if part.1.bytes {
            decode_bytes(source, a, b, part.1.raw, &mut bytes).map_err(decode_err)?;
        } else if part.1.fstring {
            let parser = FStringParser {
                source,
                end: b,
                raw: part.1.raw,
                range,
                token: (part.0, part.2),
            };
            let mut pos = a;
            parser.parse(&mut pos, 0, &mut builder)?;
        } else {
            decode_str(source, a, b, part.1.raw, &mut builder.last).map_err(decode_err)?;
        }
    }
    if bytes_mode {
        return Ok(Expr::Constant(ExprConstant {
            value: Constant::Bytes(bytes),
            range,
        }));
    }
    if !fmode {
        return Ok(Expr::Constant(ExprConstant {
            value: Constant::Str(builder.last),
            range,
        }));
    }
    builder.flush();
    Ok(Expr::JoinedStr(ExprJoinedStr {
        values: builder.values,
        range,
    }))
}

/// Collects the values of a `JoinedStr`, merging adjacent literal text.
struct FStringBuilder {
    values: Vec<Expr>,
    last: String,
    range: Range,
}

impl FStringBuilder {
    fn flush(&mut self) {
        self.flush_with(self.range);
    }

    fn flush_with(&mut self, range: Range) {
        if !self.last.is_empty() {
            let text = std::mem::take(&mut self.last);
            self.values.push(Expr::Constant(ExprConstant {
                value: Constant::Str(text),
                range,
            }));
        }
    }
}

/// Scans one f-string body (CPython 3.11's `fstring_find_literal` and
/// `fstring_find_expr`). Nodes made here take the range of the whole string, as in
/// CPython 3.11; expressions inside fields have their real ranges.
struct FStringParser<'s> {
    source: &'s str,
    /// End of the body (before the closing quote).
    end: usize,
    raw: bool,
    range: Range,
    /// The string token, for error positions.
    token: (usize, usize),
}

/// An error found while scanning an f-string. CPython 3.11 reports these at the
/// token after the string, whatever the position inside it; so do we.
fn fstring_error(msg: impl Into<String>, range: Range) -> RawSyntaxError {
    RawSyntaxError::new(
        msg,
        Range {
            start: range.end,
            end: range.end,
        },
    )
}

impl<'s> FStringParser<'s> {
    fn byte(&self, i: usize) -> Option<u8> {
        if i < self.end {
            Some(self.source.as_bytes()[i])
        } else {
            None
        }
    }

    /// Parse literal text and fields from `*pos` until the end of the body
    /// (`level` 0) or the `}` closing a format spec (`level` 1).
    fn parse(&self, pos: &mut usize, level: u32, out: &mut FStringBuilder) -> Result<(), RawSyntaxError> {
        loop {
            let doubled = self.literal(pos, level, out)?;
            if doubled {
                continue;
            }
            match self.byte(*pos) {
                None | Some(b'}') => break,
                _ => {}
            }
            self.field(pos, level, out)?;
        }
        if level > 0 && self.byte(*pos) != Some(b'}') {
            return Err(fstring_error("f-string: expecting '}'", self.range));
        }
        Ok(())
    }

    /// Literal text up to a `{` starting a field, a `}` ending a format spec, or the
    /// end. Returns true after a doubled brace (the caller keeps scanning).
    fn literal(&self, pos: &mut usize, level: u32, out: &mut FStringBuilder) -> Result<bool, RawSyntaxError> {
        let start = *pos;
        let mut s = *pos;
        let mut result = false;
        let mut stop = None;
        while let Some(ch) = self.byte(s) {
            s += 1;
            let mut ch = ch;
            if !self.raw && ch == b'\\' {
                if let Some(next) = self.byte(s) {
                    s += 1;
                    ch = next;
                    if ch == b'N' {
                        // Skip the braces of `\N{NAME}` (the decoder rejects it later).
                        if self.byte(s) == Some(b'{') {
                            s += 1;
                            while let Some(c) = self.byte(s) {
                                s += 1;
                                if c == b'}' {
                                    break;
                                }
                            }
                        }
                        continue;
                    }
                }
            }
            if ch == b'{' || ch == b'}' {
                if level == 0 {
                    if self.byte(s) == Some(ch) {
                        // A doubled brace: the literal ends with one brace.
                        stop = Some(s);
                        *pos = s + 1;
                        result = true;
                        break;
                    }
                    if ch == b'}' {
                        return Err(fstring_error("f-string: single '}' is not allowed", self.range));
                    }
                }
                s -= 1;
                break;
            }
        }
        let lit_end = stop.unwrap_or(s);
        if !result {
            *pos = s;
        }
        if lit_end > start {
            decode_str(self.source, start, lit_end, self.raw, &mut out.last).map_err(|e| {
                RawSyntaxError::new(
                    e.0,
                    Range {
                        start: self.range.end,
                        end: self.range.end,
                    },
                )
            })?;
        }
        Ok(result)
    }

    /// A replacement field starting at the `{` at `*pos`.
    fn field(&self, pos: &mut usize, level: u32, out: &mut FStringBuilder) -> Result<(), RawSyntaxError> {
        if level >= 2 {
            return Err(fstring_error("f-string: expressions nested too deeply", self.range));
        }
        *pos += 1;
        let expr_start = *pos;
        let mut quote: u8 = 0;
        let mut triple = false;
        let mut stack: Vec<u8> = Vec::new();
        while let Some(ch) = self.byte(*pos) {
            if ch == b'\\' {
                return Err(fstring_error(
                    "f-string expression part cannot include a backslash",
                    self.range,
                ));
            }
            if quote != 0 {
                if ch == quote {
                    if triple {
                        if self.byte(*pos + 1) == Some(ch) && self.byte(*pos + 2) == Some(ch) {
                            *pos += 3;
                            quote = 0;
                            triple = false;
                            continue;
                        }
                    } else {
                        quote = 0;
                    }
                }
                *pos += 1;
                continue;
            }
            match ch {
                b'\'' | b'"' => {
                    if self.byte(*pos + 1) == Some(ch) && self.byte(*pos + 2) == Some(ch) {
                        triple = true;
                        *pos += 2;
                    }
                    quote = ch;
                }
                b'[' | b'(' | b'{' => {
                    if stack.len() >= crate::lexer::MAX_BRACKET_DEPTH {
                        return Err(fstring_error("f-string: too many nested parenthesis", self.range));
                    }
                    stack.push(ch);
                }
                b'#' => return Err(fstring_error("f-string expression part cannot include '#'", self.range)),
                b'!' | b':' | b'}' | b'=' | b'<' | b'>' if stack.is_empty() => {
                    if self.byte(*pos + 1) == Some(b'=') && matches!(ch, b'!' | b'=' | b'<' | b'>') {
                        *pos += 2;
                        continue;
                    }
                    if ch == b'<' || ch == b'>' {
                        *pos += 1;
                        continue;
                    }
                    break;
                }
                b']' | b')' | b'}' => {
                    let Some(open) = stack.pop() else {
                        return Err(fstring_error(
                            format!("f-string: unmatched '{}'", ch as char),
                            self.range,
                        ));
                    };
                    let expected = match open {
                        b'(' => b')',
                        b'[' => b']',
                        _ => b'}',
                    };
                    if ch != expected {
                        return Err(fstring_error(
                            format!(
                                "f-string: closing parenthesis '{}' does not match opening parenthesis '{}'",
                                ch as char, open as char
                            ),
                            self.range,
                        ));
                    }
                }
                _ => {}
            }
            *pos += 1;
        }
        let expr_end = *pos;
        if quote != 0 {
            return Err(fstring_error("f-string: unterminated string", self.range));
        }
        if let Some(open) = stack.last() {
            return Err(fstring_error(
                format!("f-string: unmatched '{}'", *open as char),
                self.range,
            ));
        }
        if *pos >= self.end {
            return Err(fstring_error("f-string: expecting '}'", self.range));
        }
        let text = &self.source[expr_start..expr_end];
        if text
            .bytes()
            .all(|b| matches!(b, b' ' | b'\t' | b'\n' | b'\r' | b'\x0c'))
        {
            return Err(fstring_error("f-string: empty expression not allowed", self.range));
        }
        let value = crate::parser::parse_fstring_expr(self.source, expr_start, expr_end)?;

        let mut debug_text = false;
        if self.byte(*pos) == Some(b'=') {
            *pos += 1;
            while matches!(self.byte(*pos), Some(b' ' | b'\t' | b'\n' | b'\r' | b'\x0b' | b'\x0c')) {
                *pos += 1;
            }
            if *pos >= self.end {
                return Err(fstring_error("f-string: expecting '}'", self.range));
            }
            // The text of `expr=` (with its spaces) precedes the value.
            let text = &self.source[expr_start..*pos];
            out.last.push_str(&text.replace("\r\n", "\n").replace('\r', "\n"));
            debug_text = true;
        }

        let mut conversion = None;
        if self.byte(*pos) == Some(b'!') {
            *pos += 1;
            let Some(c) = self.source[(*pos).min(self.end)..self.end].chars().next() else {
                return Err(fstring_error("f-string: expecting '}'", self.range));
            };
            *pos += c.len_utf8();
            conversion = Some(match c {
                's' => Conversion::Str,
                'r' => Conversion::Repr,
                'a' => Conversion::Ascii,
                _ => {
                    return Err(fstring_error(
                        "f-string: invalid conversion character: expected 's', 'r', or 'a'",
                        self.range,
                    ))
                }
            });
        }

        let mut format_spec = None;
        if self.byte(*pos) == Some(b':') {
            *pos += 1;
            if *pos >= self.end {
                return Err(fstring_error("f-string: expecting '}'", self.range));
            }
            let mut spec = FStringBuilder {
                values: Vec::new(),
                last: String::new(),
                range: self.range,
            };
            self.parse(pos, level + 1, &mut spec)?;
            // CPython 3.11 gives a format spec (and its last text) the range of the
            // string token holding it, not of the whole concatenation.
            let token = Range::new(self.token.0, self.token.1);
            spec.flush_with(token);
            format_spec = Some(Box::new(Expr::JoinedStr(ExprJoinedStr {
                values: spec.values,
                range: token,
            })));
        }

        if self.byte(*pos) != Some(b'}') {
            return Err(fstring_error("f-string: expecting '}'", self.range));
        }
        *pos += 1;

        if debug_text && format_spec.is_none() && conversion.is_none() {
            conversion = Some(Conversion::Repr);
        }
        out.flush();
        out.values.push(Expr::FormattedValue(ExprFormattedValue {
            value: Box::new(value),
            conversion,
            format_spec,
            range: self.range,
        }));
        Ok(())
    }
}
