//! Syntax errors, carrying what CPython's `SyntaxError` carries.

use crate::ast::Range;
use crate::LineIndex;

/// Which class of `SyntaxError` to raise.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum SyntaxErrorKind {
    SyntaxError,
    IndentationError,
    TabError,
}

impl SyntaxErrorKind {
    pub fn name(self) -> &'static str {
        match self {
            SyntaxErrorKind::SyntaxError => "SyntaxError",
            SyntaxErrorKind::IndentationError => "IndentationError",
            SyntaxErrorKind::TabError => "TabError",
        }
    }
}

/// A syntax error found while lexing, parsing or compiling.
///
/// Positions follow CPython's `SyntaxError` attributes: `lineno` and `offset` are
/// 1-based, `offset` counts characters of the line; `text` is the source line.
#[derive(Debug, Clone, PartialEq)]
pub struct SyntaxError {
    pub kind: SyntaxErrorKind,
    pub msg: String,
    pub filename: String,
    pub lineno: usize,
    pub offset: usize,
    pub end_lineno: usize,
    pub end_offset: usize,
    pub text: Option<String>,
}

/// An error with a message and a byte range, before it is placed in a file.
#[derive(Debug, Clone, PartialEq)]
pub struct RawSyntaxError {
    pub kind: SyntaxErrorKind,
    pub msg: String,
    pub range: Range,
}

impl RawSyntaxError {
    pub fn new(msg: impl Into<String>, range: Range) -> Self {
        RawSyntaxError {
            kind: SyntaxErrorKind::SyntaxError,
            msg: msg.into(),
            range,
        }
    }
    pub fn indentation(msg: impl Into<String>, range: Range) -> Self {
        RawSyntaxError {
            kind: SyntaxErrorKind::IndentationError,
            msg: msg.into(),
            range,
        }
    }

    /// Resolve byte offsets against the source into lines and columns.
    pub fn locate(self, source: &str, filename: &str) -> SyntaxError {
        let index = LineIndex::new(source);
        let (lineno, offset) = index.line_col(source, self.range.start as usize);
        let (end_lineno, end_offset) = index.line_col(source, self.range.end as usize);
        let text = index.line_text(source, lineno).map(|s| s.to_string());
        SyntaxError {
            kind: self.kind,
            msg: self.msg,
            filename: filename.to_string(),
            lineno,
            offset,
            end_lineno,
            end_offset,
            text,
        }
    }
}

impl std::fmt::Display for SyntaxError {
    /// The text CPython prints for an uncaught `SyntaxError` (without the traceback header).
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        writeln!(f, "  File \"{}\", line {}", self.filename, self.lineno)?;
        if let Some(text) = &self.text {
            let stripped = text.trim_start();
            let indent = text.chars().count() - stripped.chars().count();
            let line = stripped.trim_end_matches(['\n', '\r']);
            writeln!(f, "    {line}")?;
            let col = self.offset.saturating_sub(1).saturating_sub(indent);
            let width = if self.end_lineno == self.lineno && self.end_offset > self.offset {
                self.end_offset - self.offset
            } else {
                1
            };
            writeln!(f, "    {}{}", " ".repeat(col), "^".repeat(width.max(1)))?;
        }
        write!(f, "{}: {}", self.kind.name(), self.msg)
    }
}
