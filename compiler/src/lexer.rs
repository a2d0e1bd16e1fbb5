//! The tokenizer: source text to the `(start, token, end)` triples the grammar reads.
//!
//! Two layers, as in starlark-rust's lexer:
//!
//! * [`Tok`] is a `logos` token enum: one regular expression (or literal) per token,
//!   compiled into a single state machine. Strings and numbers are finished by
//!   hand-written callbacks that follow CPython's tokenizer (`Parser/tokenizer.c`),
//!   so malformed literals get CPython's messages.
//! * [`Lexer`] wraps it and does what a regular language cannot: the indentation
//!   stack (INDENT/DEDENT, tabs, TabError), bracket depth (implicit line joining,
//!   unmatched or unclosed brackets), NEWLINE at the end of each logical line, and a
//!   queue of pending tokens.
//!
//! Offsets are byte offsets in the whole source, also when only a slice is lexed
//! (an f-string replacement field is lexed in place, so its nodes get real ranges).

use std::collections::VecDeque;

use logos::Logos;

use crate::ast::{Constant, Range};
use crate::error::{RawSyntaxError, SyntaxErrorKind};
use crate::literal;

/// CPython's `MAXLEVEL`: brackets may nest this deep.
pub const MAX_BRACKET_DEPTH: usize = 200;
/// CPython's `MAXINDENT`: the indentation stack (including column 0) holds at most this many levels.
pub const MAX_INDENT_DEPTH: usize = 100;

/// How a string literal token starts: its prefix letters and quotes.
/// The parser decodes the body (see `literal.rs`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct StrTok {
    /// Length of the prefix (`rb` is 2).
    pub prefix_len: u8,
    /// 1 or 3.
    pub quote_len: u8,
    pub raw: bool,
    pub bytes: bool,
    pub fstring: bool,
}

/// Errors the `logos` layer reports; [`Lexer`] words them like CPython.
#[derive(Debug, Clone, PartialEq, Default)]
pub enum RawError {
    /// No token matches here (stray character, lone backslash, NUL...).
    #[default]
    Unrecognized,
    /// A single-quoted string reaches the end of its line; `usize` is where.
    UnterminatedString(usize),
    /// A triple-quoted string reaches the end of the input.
    UnterminatedTriple,
    /// A malformed number: message and the byte range to point at.
    Number(Box<(String, usize, usize)>),
}

/// A token. Variants without a pattern are made by the [`Lexer`] layer.
#[derive(Logos, Debug, Clone, PartialEq)]
#[logos(error = RawError)]
#[logos(skip r"[ \t\x0C]+")]
#[logos(skip(r"#[^\r\n]*", allow_greedy = true))]
pub enum Tok<'s> {
    /// First token when parsing a module (selects the grammar's start rule).
    StartModule,
    /// First token when parsing an `eval()` expression.
    StartExpression,
    /// First token when parsing an f-string replacement field.
    StartFString,
    /// End of a logical line (CPython's NEWLINE); physical newlines inside brackets
    /// and on blank lines are dropped by the [`Lexer`].
    #[regex(r"\r\n|\r|\n")]
    Newline,
    /// The indentation grew.
    Indent,
    /// The indentation shrank back to an enclosing level.
    Dedent,
    /// A `(` right after `with` whose `)` is followed by `:` (parenthesized with-items).
    WithParen,
    /// The soft keyword `match` starting a match statement (see [`Lexer::soft_keyword`]).
    Match,
    /// The soft keyword `case` starting a case block.
    Case,
    /// Backslash-newline: joins two physical lines; dropped by the [`Lexer`].
    #[regex(r"\\(\r\n|\r|\n)")]
    Continuation,
    /// An identifier (soft keywords `match`, `case`, `_` included).
    #[regex(r"[\p{XID_Start}_]\p{XID_Continue}*", |lex| lex.slice())]
    Name(&'s str),
    /// An int or float literal, already converted.
    #[regex(r"[0-9]", lex_number)]
    #[regex(r"\.[0-9]", lex_number)]
    Number(Constant),
    /// A string literal with any prefix and quotes; the body is decoded by the parser.
    #[regex(r#"([rRuUbBfF]|[bB][rR]|[rR][bB]|[fF][rR]|[rR][fF])?['"]"#, lex_string)]
    String(StrTok),

    /// `False`
    #[token("False")]
    False,
    /// `None`
    #[token("None")]
    None,
    /// `True`
    #[token("True")]
    True,
    /// `and`
    #[token("and")]
    And,
    /// `as`
    #[token("as")]
    As,
    /// `assert`
    #[token("assert")]
    Assert,
    /// `async`
    #[token("async")]
    Async,
    /// `await`
    #[token("await")]
    Await,
    /// `break`
    #[token("break")]
    Break,
    /// `class`
    #[token("class")]
    Class,
    /// `continue`
    #[token("continue")]
    Continue,
    /// `def`
    #[token("def")]
    Def,
    /// `del`
    #[token("del")]
    Del,
    /// `elif`
    #[token("elif")]
    Elif,
    /// `else`
    #[token("else")]
    Else,
    /// `except`
    #[token("except")]
    Except,
    /// `finally`
    #[token("finally")]
    Finally,
    /// `for`
    #[token("for")]
    For,
    /// `from`
    #[token("from")]
    From,
    /// `global`
    #[token("global")]
    Global,
    /// `if`
    #[token("if")]
    If,
    /// `import`
    #[token("import")]
    Import,
    /// `in`
    #[token("in")]
    In,
    /// `is`
    #[token("is")]
    Is,
    /// `lambda`
    #[token("lambda")]
    Lambda,
    /// `nonlocal`
    #[token("nonlocal")]
    Nonlocal,
    /// `not`
    #[token("not")]
    Not,
    /// `or`
    #[token("or")]
    Or,
    /// `pass`
    #[token("pass")]
    Pass,
    /// `raise`
    #[token("raise")]
    Raise,
    /// `return`
    #[token("return")]
    Return,
    /// `try`
    #[token("try")]
    Try,
    /// `while`
    #[token("while")]
    While,
    /// `with`
    #[token("with")]
    With,
    /// `yield`
    #[token("yield")]
    Yield,

    /// `(`
    #[token("(")]
    Lpar,
    /// `)`
    #[token(")")]
    Rpar,
    /// `[`
    #[token("[")]
    Lsqb,
    /// `]`
    #[token("]")]
    Rsqb,
    /// `{`
    #[token("{")]
    Lbrace,
    /// `}`
    #[token("}")]
    Rbrace,
    /// `:`
    #[token(":")]
    Colon,
    /// `,`
    #[token(",")]
    Comma,
    /// `;`
    #[token(";")]
    Semi,
    /// `+`
    #[token("+")]
    Plus,
    /// `-`
    #[token("-")]
    Minus,
    /// `*`
    #[token("*")]
    Star,
    /// `/`
    #[token("/")]
    Slash,
    /// `|`
    #[token("|")]
    Vbar,
    /// `&`
    #[token("&")]
    Amper,
    /// `<`
    #[token("<")]
    Less,
    /// `>`
    #[token(">")]
    Greater,
    /// `=`
    #[token("=")]
    Equal,
    /// `.`
    #[token(".")]
    Dot,
    /// `%`
    #[token("%")]
    Percent,
    /// `==`
    #[token("==")]
    EqEqual,
    /// `!=`
    #[token("!=")]
    NotEqual,
    /// `<=`
    #[token("<=")]
    LessEqual,
    /// `>=`
    #[token(">=")]
    GreaterEqual,
    /// `~`
    #[token("~")]
    Tilde,
    /// `^`
    #[token("^")]
    Circumflex,
    /// `<<`
    #[token("<<")]
    LeftShift,
    /// `>>`
    #[token(">>")]
    RightShift,
    /// `**`
    #[token("**")]
    DoubleStar,
    /// `+=`
    #[token("+=")]
    PlusEqual,
    /// `-=`
    #[token("-=")]
    MinusEqual,
    /// `*=`
    #[token("*=")]
    StarEqual,
    /// `/=`
    #[token("/=")]
    SlashEqual,
    /// `%=`
    #[token("%=")]
    PercentEqual,
    /// `&=`
    #[token("&=")]
    AmperEqual,
    /// `|=`
    #[token("|=")]
    VbarEqual,
    /// `^=`
    #[token("^=")]
    CircumflexEqual,
    /// `<<=`
    #[token("<<=")]
    LeftShiftEqual,
    /// `>>=`
    #[token(">>=")]
    RightShiftEqual,
    /// `**=`
    #[token("**=")]
    DoubleStarEqual,
    /// `//`
    #[token("//")]
    DoubleSlash,
    /// `//=`
    #[token("//=")]
    DoubleSlashEqual,
    /// `@`
    #[token("@")]
    At,
    /// `@=`
    #[token("@=")]
    AtEqual,
    /// `->`
    #[token("->")]
    Rarrow,
    /// `...`
    #[token("...")]
    Ellipsis,
    /// `:=`
    #[token(":=")]
    ColonEqual,
}

/// Finish a string literal after its prefix and first quote (CPython's `letter_quote`).
fn lex_string<'s>(lex: &mut logos::Lexer<'s, Tok<'s>>) -> Result<StrTok, RawError> {
    let head = lex.slice().as_bytes();
    let quote = head[head.len() - 1];
    let prefix = &head[..head.len() - 1];
    let has = |c: u8| prefix.iter().any(|p| p.to_ascii_lowercase() == c);
    let rest = lex.remainder().as_bytes();
    let triple = rest.len() >= 2 && rest[0] == quote && rest[1] == quote;
    let mut i = if triple { 2 } else { 0 };
    loop {
        let Some(&b) = rest.get(i) else {
            lex.bump(rest.len());
            return Err(if triple {
                RawError::UnterminatedTriple
            } else {
                RawError::UnterminatedString(lex.span().end)
            });
        };
        if b == b'\\' {
            // An escaped character never ends the string, even in raw strings.
            i += 1;
            match rest.get(i) {
                Some(b'\r') if rest.get(i + 1) == Some(&b'\n') => i += 2,
                Some(_) => i += 1,
                None => {}
            }
            continue;
        }
        if b == quote {
            if !triple {
                i += 1;
                break;
            }
            if rest.get(i + 1) == Some(&quote) && rest.get(i + 2) == Some(&quote) {
                i += 3;
                break;
            }
        } else if !triple && (b == b'\n' || b == b'\r') {
            // Point past the newline so its line is the one "detected at".
            let at = lex.span().start + head.len() + i;
            while !lex.remainder().is_char_boundary(i) {
                i -= 1;
            }
            lex.bump(i);
            return Err(RawError::UnterminatedString(at));
        }
        i += 1;
    }
    // `i` ends after an ASCII quote, so it is a char boundary.
    lex.bump(i);
    Ok(StrTok {
        prefix_len: prefix.len() as u8,
        quote_len: if triple { 3 } else { 1 },
        raw: has(b'r'),
        bytes: has(b'b'),
        fstring: has(b'f'),
    })
}

/// Finish a number literal (CPython's `tok_get`, "Number" part) and convert it.
fn lex_number<'s>(lex: &mut logos::Lexer<'s, Tok<'s>>) -> Result<Constant, RawError> {
    let start = lex.span().start;
    let bytes = lex.source().as_bytes();
    let end = scan_number(bytes, start).map_err(|(msg, a, b)| RawError::Number(Box::new((msg, a, b))))?;
    lex.bump(end.saturating_sub(lex.span().end));
    let text = &lex.source()[start..end];
    literal::number_value(text).map_err(|msg| RawError::Number(Box::new((msg.to_string(), start, end))))
}

/// A number error reported at CPython's tokenizer position `cur`: CPython's caret
/// lands on the character before `cur`.
fn num_err(bytes: &[u8], cur: usize, msg: String) -> (String, usize, usize) {
    let mut at = cur.saturating_sub(1);
    while at > 0 && (bytes[at] & 0xC0) == 0x80 {
        at -= 1;
    }
    (msg, at, at)
}

fn is_potential_identifier_char(c: Option<u8>) -> bool {
    matches!(c, Some(b'a'..=b'z' | b'A'..=b'Z' | b'_' | b'0'..=b'9' | 128..=255))
}

/// Scan a number starting at `start`; returns its end. A transcription of CPython
/// 3.11's tokenizer so every malformed literal gets the same message.
fn scan_number(bytes: &[u8], start: usize) -> Result<usize, (String, usize, usize)> {
    let at = |i: usize| bytes.get(i).copied();
    let is_digit = |c: Option<u8>| matches!(c, Some(b'0'..=b'9'));
    // `cur` is the index of the next unread byte; `c` the byte just read (at cur-1).
    let mut cur = start;
    let next = |cur: &mut usize| {
        let c = at(*cur);
        *cur += 1;
        c
    };

    // The decimal tail: digits with single underscores between them.
    // Returns the byte after it (already consumed).
    fn decimal_tail(bytes: &[u8], cur: &mut usize) -> Result<Option<u8>, (String, usize, usize)> {
        loop {
            let mut c;
            loop {
                c = bytes.get(*cur).copied();
                *cur += 1;
                if !matches!(c, Some(b'0'..=b'9')) {
                    break;
                }
            }
            if c != Some(b'_') {
                return Ok(c);
            }
            let c2 = bytes.get(*cur).copied();
            *cur += 1;
            if !matches!(c2, Some(b'0'..=b'9')) {
                *cur -= 1;
                return Err(num_err(bytes, *cur, "invalid decimal literal".into()));
            }
        }
    }

    // CPython's verify_end_of_number: a letter right after a number is an error,
    // except the keywords that may legally follow one (`1if x else y`).
    fn verify_end(bytes: &[u8], cur: &mut usize, c: Option<u8>, kind: &str) -> Result<(), (String, usize, usize)> {
        let rest = &bytes[(*cur).min(bytes.len())..];
        let ok = match c {
            Some(b'a') => rest.starts_with(b"nd"),
            Some(b'e') => rest.starts_with(b"lse"),
            Some(b'f') => rest.starts_with(b"or"),
            Some(b'i') => matches!(rest.first(), Some(b'f' | b'n' | b's')),
            Some(b'o') => rest.starts_with(b"r"),
            Some(b'n') => rest.starts_with(b"ot"),
            _ => false,
        };
        if ok {
            return Ok(());
        }
        if is_potential_identifier_char(c) {
            *cur -= 1;
            return Err(num_err(bytes, *cur, format!("invalid {kind} literal")));
        }
        Ok(())
    }

    let first = next(&mut cur);
    let mut c;
    enum Next {
        Fraction,
        Exponent,
        Imaginary,
        Done,
    }
    let step;
    if first == Some(b'.') {
        // `.5`: the regex guarantees a digit follows.
        c = next(&mut cur);
        step = Next::Fraction;
    } else if first == Some(b'0') {
        c = next(&mut cur);
        match c {
            Some(b'x' | b'X') => {
                c = next(&mut cur);
                loop {
                    if c == Some(b'_') {
                        c = next(&mut cur);
                    }
                    if !matches!(c, Some(b) if b.is_ascii_hexdigit()) {
                        cur -= 1;
                        return Err(num_err(bytes, cur, "invalid hexadecimal literal".into()));
                    }
                    loop {
                        c = next(&mut cur);
                        if !matches!(c, Some(b) if b.is_ascii_hexdigit()) {
                            break;
                        }
                    }
                    if c != Some(b'_') {
                        break;
                    }
                }
                verify_end(bytes, &mut cur, c, "hexadecimal")?;
                return Ok(cur - 1);
            }
            Some(b'o' | b'O' | b'b' | b'B') => {
                let octal = matches!(c, Some(b'o' | b'O'));
                let (kind, max) = if octal { ("octal", b'7') } else { ("binary", b'1') };
                c = next(&mut cur);
                loop {
                    if c == Some(b'_') {
                        c = next(&mut cur);
                    }
                    if !matches!(c, Some(b) if (b'0'..=max).contains(&b)) {
                        if let Some(d @ b'0'..=b'9') = c {
                            return Err(num_err(
                                bytes,
                                cur,
                                format!("invalid digit '{}' in {kind} literal", d as char),
                            ));
                        }
                        cur -= 1;
                        return Err(num_err(bytes, cur, format!("invalid {kind} literal")));
                    }
                    loop {
                        c = next(&mut cur);
                        if !matches!(c, Some(b) if (b'0'..=max).contains(&b)) {
                            break;
                        }
                    }
                    if c != Some(b'_') {
                        break;
                    }
                }
                if let Some(d @ b'0'..=b'9') = c {
                    return Err(num_err(
                        bytes,
                        cur,
                        format!("invalid digit '{}' in {kind} literal", d as char),
                    ));
                }
                verify_end(bytes, &mut cur, c, kind)?;
                return Ok(cur - 1);
            }
            _ => {
                // Zeros, maybe an old-style octal (now an error), maybe a float.
                let mut nonzero = false;
                loop {
                    if c == Some(b'_') {
                        c = next(&mut cur);
                        if !is_digit(c) {
                            cur -= 1;
                            return Err(num_err(bytes, cur, "invalid decimal literal".into()));
                        }
                    }
                    if c != Some(b'0') {
                        break;
                    }
                    c = next(&mut cur);
                }
                let zeros_end = cur - 1;
                if is_digit(c) {
                    nonzero = true;
                    c = decimal_tail(bytes, &mut cur)?;
                }
                match c {
                    Some(b'.') => {
                        c = next(&mut cur);
                        step = Next::Fraction;
                    }
                    Some(b'e' | b'E') => step = Next::Exponent,
                    Some(b'j' | b'J') => step = Next::Imaginary,
                    _ if nonzero => {
                        return Err((
                            "leading zeros in decimal integer literals are not permitted; \
                             use an 0o prefix for octal integers"
                                .into(),
                            start,
                            zeros_end,
                        ));
                    }
                    _ => {
                        verify_end(bytes, &mut cur, c, "decimal")?;
                        return Ok(cur - 1);
                    }
                }
            }
        }
    } else {
        cur -= 1;
        c = decimal_tail(bytes, &mut cur)?;
        step = match c {
            Some(b'.') => {
                c = next(&mut cur);
                Next::Fraction
            }
            Some(b'e' | b'E') => Next::Exponent,
            Some(b'j' | b'J') => Next::Imaginary,
            _ => Next::Done,
        };
    }

    let mut step = step;
    loop {
        match step {
            Next::Fraction => {
                if is_digit(c) {
                    cur -= 1;
                    c = decimal_tail(bytes, &mut cur)?;
                }
                step = match c {
                    Some(b'e' | b'E') => Next::Exponent,
                    Some(b'j' | b'J') => Next::Imaginary,
                    _ => Next::Done,
                };
            }
            Next::Exponent => {
                let e = c;
                c = next(&mut cur);
                if matches!(c, Some(b'+' | b'-')) {
                    c = next(&mut cur);
                    if !is_digit(c) {
                        cur -= 1;
                        return Err(num_err(bytes, cur, "invalid decimal literal".into()));
                    }
                } else if !is_digit(c) {
                    // `1e` followed by a non-digit: the number ends before the `e`.
                    cur -= 1;
                    verify_end(bytes, &mut cur, e, "decimal")?;
                    return Ok(cur - 1);
                }
                cur -= 1;
                c = decimal_tail(bytes, &mut cur)?;
                step = if matches!(c, Some(b'j' | b'J')) {
                    Next::Imaginary
                } else {
                    Next::Done
                };
            }
            Next::Imaginary => {
                c = next(&mut cur);
                verify_end(bytes, &mut cur, c, "imaginary")?;
                return Ok(cur - 1);
            }
            Next::Done => {
                verify_end(bytes, &mut cur, c, "decimal")?;
                return Ok(cur - 1);
            }
        }
    }
}

/// A token with its byte range, as lalrpop's external lexer interface wants.
pub type Spanned<'s> = (usize, Tok<'s>, usize);

/// What the lexer is tokenizing.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Mode {
    /// A file: NEWLINE, INDENT and DEDENT tokens.
    Module,
    /// `eval()` input: like a module, but the grammar wants one expression.
    Expression,
    /// An f-string replacement field: lexed as if inside parentheses.
    FString,
}

/// The keyword a logical line starts with, remembered to word "expected ':'" and
/// "expected an indented block after ..." as CPython does.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum LineHead {
    Other,
    If,
    Elif,
    Else,
    While,
    For,
    With,
    Try,
    Except,
    Finally,
    Def,
    Class,
    Match,
    Case,
}

impl LineHead {
    fn of(tok: &Tok) -> LineHead {
        match tok {
            Tok::If => LineHead::If,
            Tok::Elif => LineHead::Elif,
            Tok::Else => LineHead::Else,
            Tok::While => LineHead::While,
            Tok::For => LineHead::For,
            Tok::With => LineHead::With,
            Tok::Try => LineHead::Try,
            Tok::Except => LineHead::Except,
            Tok::Finally => LineHead::Finally,
            Tok::Def => LineHead::Def,
            Tok::Class => LineHead::Class,
            Tok::Match => LineHead::Match,
            Tok::Case => LineHead::Case,
            _ => LineHead::Other,
        }
    }

    /// How CPython names the block in "expected an indented block after ...".
    pub fn describe(self) -> Option<&'static str> {
        Some(match self {
            LineHead::If => "'if' statement",
            LineHead::Elif => "'elif' statement",
            LineHead::Else => "'else' statement",
            LineHead::While => "'while' statement",
            LineHead::For => "'for' statement",
            LineHead::With => "'with' statement",
            LineHead::Try => "'try' statement",
            LineHead::Except => "'except' statement",
            LineHead::Finally => "'finally' statement",
            LineHead::Def => "function definition",
            LineHead::Class => "class definition",
            LineHead::Match => "'match' statement",
            LineHead::Case => "'case' statement",
            LineHead::Other => return None,
        })
    }
}

type RawItem<'s> = (Result<Tok<'s>, RawError>, usize, usize);

/// The indentation-aware token stream (an iterator of `Result<Spanned, RawSyntaxError>`).
pub struct Lexer<'s> {
    source: &'s str,
    /// End of the lexed slice.
    end: usize,
    raw: logos::Lexer<'s, Tok<'s>>,
    /// Raw tokens read ahead (to recognise parenthesized with-items).
    lookahead: VecDeque<RawItem<'s>>,
    /// Tokens ready to hand out.
    pending: VecDeque<Spanned<'s>>,
    /// Indentation levels: (column with tabs to multiples of 8, column with tabs as 1).
    indents: Vec<(u32, u32)>,
    /// Open brackets: the byte and its offset.
    brackets: Vec<(u8, usize)>,
    /// The bracket the last closing bracket closed.
    last_closed: Option<(u8, usize)>,
    mode: Mode,
    started: bool,
    done: bool,
    /// The next token starts a logical line.
    at_line_start: bool,
    /// Start of the current physical line.
    line_start: usize,
    /// The previous token was `with`.
    after_with: bool,
    /// The current logical line's head keyword and its offset; `head_async` when the
    /// line started with `async` and the next token decides.
    head: (LineHead, usize),
    head_async: bool,
    /// The head of the last finished logical line.
    pub(crate) prev_head: (LineHead, usize),
    /// Start of the last token handed out other than DEDENT (where CPython reports
    /// an unexpected end of input).
    pub(crate) last_start: usize,
    /// Start of the lexed region.
    pub(crate) region_start: usize,
    /// The lexer reported an error (so a parse error came from it).
    failed: bool,
    /// Depths of the indentation stack at the `match` statements whose blocks are
    /// open: their cases are one level deeper.
    match_levels: Vec<usize>,
}

impl<'s> Lexer<'s> {
    /// Tokenize `source[start..end]` (offsets stay relative to the whole `source`).
    pub fn new(source: &'s str, start: usize, end: usize, mode: Mode) -> Self {
        let mut raw = Tok::lexer(&source[..end]);
        raw.bump(start);
        Lexer {
            source,
            end,
            raw,
            lookahead: VecDeque::new(),
            pending: VecDeque::new(),
            indents: vec![(0, 0)],
            brackets: Vec::new(),
            last_closed: None,
            mode,
            started: false,
            done: false,
            at_line_start: mode != Mode::FString,
            line_start: start,
            after_with: false,
            head: (LineHead::Other, start),
            head_async: false,
            prev_head: (LineHead::Other, start),
            last_start: start,
            region_start: start,
            failed: false,
            match_levels: Vec::new(),
        }
    }

    /// Did tokenizing fail (rather than parsing)?
    pub(crate) fn failed(&self) -> bool {
        self.failed
    }

    /// The innermost open bracket, if any.
    pub(crate) fn open_bracket(&self) -> Option<(u8, usize)> {
        self.brackets.last().copied()
    }

    /// The bracket that the last closing bracket closed.
    pub(crate) fn last_closed(&self) -> Option<(u8, usize)> {
        self.last_closed
    }

    pub(crate) fn mode(&self) -> Mode {
        self.mode
    }

    /// The head keyword of the current logical line and where the line starts.
    pub(crate) fn head(&self) -> (LineHead, usize) {
        self.head
    }

    fn next_raw(&mut self) -> Option<RawItem<'s>> {
        if let Some(item) = self.lookahead.pop_front() {
            return Some(item);
        }
        let tok = self.raw.next()?;
        let span = self.raw.span();
        Some((tok, span.start, span.end))
    }

    /// After `with (`: does the matching `)` come right before `:`? Reads ahead.
    fn paren_followed_by_colon(&mut self) -> bool {
        let mut depth = 1usize;
        let mut i = 0;
        loop {
            if i == self.lookahead.len() {
                let Some(tok) = self.raw.next() else { return false };
                let span = self.raw.span();
                self.lookahead.push_back((tok, span.start, span.end));
            }
            let item = &self.lookahead[i].0;
            i += 1;
            match item {
                Err(_) => return false,
                Ok(Tok::Lpar | Tok::Lsqb | Tok::Lbrace) => {
                    depth += 1;
                    if depth > MAX_BRACKET_DEPTH {
                        return false;
                    }
                }
                Ok(Tok::Rpar | Tok::Rsqb | Tok::Rbrace) => {
                    depth -= 1;
                    if depth == 0 {
                        break;
                    }
                }
                Ok(_) => {}
            }
        }
        loop {
            if i == self.lookahead.len() {
                let Some(tok) = self.raw.next() else { return false };
                let span = self.raw.span();
                self.lookahead.push_back((tok, span.start, span.end));
            }
            match &self.lookahead[i].0 {
                Ok(Tok::Continuation) => i += 1,
                Ok(Tok::Colon) => return true,
                _ => return false,
            }
        }
    }

    /// Does the `match` that starts this logical line begin a statement?
    /// Yes when the logical line ends with `:` outside brackets (no expression
    /// statement does), or when an atom follows the word directly (`match x`
    /// without its colon, which as an expression would be invalid anyway), so
    /// that the grammar reports CPython's "expected ':'". Reads ahead to the end
    /// of the logical line; the tokens stay queued.
    fn soft_keyword(&mut self) -> bool {
        let mut depth = 0usize;
        let mut i = 0;
        let mut last_colon = false;
        loop {
            if i == self.lookahead.len() {
                let Some(tok) = self.raw.next() else { break };
                let span = self.raw.span();
                self.lookahead.push_back((tok, span.start, span.end));
            }
            let item = &self.lookahead[i].0;
            if i == 0 {
                match item {
                    Ok(Tok::Name(_) | Tok::Number(_) | Tok::String(_)) => return true,
                    Ok(Tok::Lpar | Tok::Lsqb | Tok::Lbrace | Tok::Minus | Tok::Star | Tok::Tilde | Tok::Plus) => {}
                    Ok(Tok::None | Tok::True | Tok::False | Tok::Ellipsis | Tok::Not | Tok::Lambda | Tok::Await) => {}
                    _ => return false,
                }
            }
            i += 1;
            match item {
                Err(_) => return false,
                Ok(Tok::Lpar | Tok::Lsqb | Tok::Lbrace) => {
                    depth += 1;
                    if depth > MAX_BRACKET_DEPTH {
                        return false;
                    }
                }
                Ok(Tok::Rpar | Tok::Rsqb | Tok::Rbrace) => {
                    if depth == 0 {
                        return false;
                    }
                    depth -= 1;
                }
                Ok(Tok::Newline) if depth == 0 => break,
                Ok(Tok::Continuation) => continue,
                _ => {}
            }
            last_colon = depth == 0 && matches!(item, Ok(Tok::Colon));
        }
        last_colon
    }

    fn line_of(&self, offset: usize) -> usize {
        self.source.as_bytes()[..offset.min(self.source.len())]
            .iter()
            .filter(|&&b| b == b'\n')
            .count()
            + 1
    }

    /// Measure the indentation of the line starting at `line_start` and push INDENT or
    /// DEDENT tokens for the token at `tok_start` (CPython's `tok_get` indentation part).
    fn indent_line(&mut self, tok_start: usize) -> Result<(), RawSyntaxError> {
        let (mut col, mut altcol) = (0u32, 0u32);
        for &b in &self.source.as_bytes()[self.line_start..tok_start] {
            match b {
                b' ' => {
                    col += 1;
                    altcol += 1;
                }
                b'\t' => {
                    col = (col / 8 + 1) * 8;
                    altcol += 1;
                }
                0x0C => {
                    col = 0;
                    altcol = 0;
                }
                _ => break,
            }
        }
        let tab_error = |at: usize| RawSyntaxError {
            kind: SyntaxErrorKind::TabError,
            msg: "inconsistent use of tabs and spaces in indentation".into(),
            range: Range::new(at, at),
        };
        let (top_col, top_alt) = *self.indents.last().unwrap();
        if col == top_col {
            if altcol != top_alt {
                return Err(tab_error(self.line_start));
            }
        } else if col > top_col {
            if self.indents.len() >= MAX_INDENT_DEPTH {
                return Err(RawSyntaxError::indentation(
                    "too many levels of indentation",
                    Range::new(self.line_start, self.line_start),
                ));
            }
            if altcol <= top_alt {
                return Err(tab_error(self.line_start));
            }
            self.indents.push((col, altcol));
            self.pending.push_back((self.line_start, Tok::Indent, tok_start));
        } else {
            while self.indents.len() > 1 && col < self.indents.last().unwrap().0 {
                self.indents.pop();
                self.pending.push_back((tok_start, Tok::Dedent, tok_start));
            }
            let (top_col, top_alt) = *self.indents.last().unwrap();
            if col != top_col {
                // CPython reads the whole line first and points at its end.
                let rest = &self.source[tok_start..];
                let eol = tok_start + rest.find(['\n', '\r']).unwrap_or(rest.len());
                return Err(RawSyntaxError::indentation(
                    "unindent does not match any outer indentation level",
                    Range::new(eol, eol),
                ));
            }
            if altcol != top_alt {
                return Err(tab_error(self.line_start));
            }
        }
        Ok(())
    }

    /// Turn a `logos` error into CPython's message.
    fn raw_error(&self, err: RawError, start: usize, end: usize) -> RawSyntaxError {
        match err {
            RawError::UnterminatedString(at) => RawSyntaxError::new(
                format!("unterminated string literal (detected at line {})", self.line_of(at)),
                Range::new(start, start),
            ),
            RawError::UnterminatedTriple => {
                let bytes = self.source.as_bytes();
                let last = if end > 0 && bytes[end - 1] == b'\n' {
                    end - 1
                } else {
                    end
                };
                RawSyntaxError::new(
                    format!(
                        "unterminated triple-quoted string literal (detected at line {})",
                        self.line_of(last)
                    ),
                    Range::new(start, start),
                )
            }
            RawError::Number(b) => {
                let (msg, a, b) = *b;
                RawSyntaxError::new(msg, Range::new(a, b))
            }
            RawError::Unrecognized => {
                let c = self.source[start..].chars().next().unwrap_or(' ');
                let width = c.len_utf8();
                match c {
                    '\\' => {
                        if start + 1 >= self.end {
                            if let Some((b, at)) = self.brackets.last() {
                                return RawSyntaxError::new(
                                    format!("'{}' was never closed", *b as char),
                                    Range::new(*at, *at),
                                );
                            }
                        }
                        let msg = if start + 1 >= self.end {
                            "unexpected EOF while parsing"
                        } else {
                            "unexpected character after line continuation character"
                        };
                        RawSyntaxError::new(msg, Range::new(start + 1, start + 1))
                    }
                    '\0' => RawSyntaxError::new("source code cannot contain null bytes", Range::new(start, start)),
                    c if !is_printable(c) => RawSyntaxError::new(
                        format!("invalid non-printable character U+{:04X}", c as u32),
                        Range::new(start, start),
                    ),
                    c if c.is_ascii() => RawSyntaxError::new("invalid syntax", Range::new(start, start + width)),
                    c => RawSyntaxError::new(
                        format!("invalid character '{c}' (U+{:04X})", c as u32),
                        Range::new(start, start),
                    ),
                }
            }
        }
    }

    fn at_eof(&mut self) -> Result<(), RawSyntaxError> {
        if let Some((b, at)) = self.brackets.last() {
            return Err(RawSyntaxError::new(
                format!("'{}' was never closed", *b as char),
                Range::new(*at, *at),
            ));
        }
        if self.mode != Mode::FString {
            if !self.at_line_start {
                self.at_line_start = true;
                self.prev_head = self.head;
                self.pending.push_back((self.end, Tok::Newline, self.end));
            }
            for _ in 1..self.indents.len() {
                self.pending.push_back((self.end, Tok::Dedent, self.end));
            }
            self.indents.truncate(1);
        }
        self.done = true;
        Ok(())
    }

    /// Read raw tokens until something is pending (or the end).
    fn advance(&mut self) -> Result<(), RawSyntaxError> {
        if !self.started {
            self.started = true;
            let start = self.raw.span().end;
            let tok = match self.mode {
                Mode::Module => Tok::StartModule,
                Mode::Expression => Tok::StartExpression,
                Mode::FString => Tok::StartFString,
            };
            self.pending.push_back((start, tok, start));
            return Ok(());
        }
        let Some((res, start, end)) = self.next_raw() else {
            return self.at_eof();
        };
        let mut tok = match res {
            Ok(tok) => tok,
            Err(err) => return Err(self.raw_error(err, start, end)),
        };
        match tok {
            Tok::Newline => {
                self.line_start = end;
                if self.brackets.is_empty() && !self.at_line_start && self.mode != Mode::FString {
                    self.at_line_start = true;
                    self.prev_head = self.head;
                    self.pending.push_back((start, Tok::Newline, end));
                }
                return Ok(());
            }
            Tok::Continuation => {
                if end >= self.end && self.brackets.is_empty() {
                    return Err(RawSyntaxError::new(
                        "unexpected EOF while parsing",
                        Range::new(start + 1, start + 1),
                    ));
                }
                self.line_start = end;
                return Ok(());
            }
            _ => {}
        }
        if self.at_line_start {
            self.at_line_start = false;
            self.indent_line(start)?;
            // `case` is a keyword on the lines at the indentation of a match
            // block's cases; `match` where the line reads as a statement.
            while self.match_levels.last().is_some_and(|&d| self.indents.len() <= d) {
                self.match_levels.pop();
            }
            match tok {
                Tok::Name("case") if self.match_levels.last() == Some(&(self.indents.len() - 1)) => tok = Tok::Case,
                Tok::Name("match") if self.brackets.is_empty() && self.soft_keyword() => {
                    tok = Tok::Match;
                    self.match_levels.push(self.indents.len());
                }
                _ => {}
            }
            self.head = (LineHead::of(&tok), start);
            self.head_async = tok == Tok::Async;
        } else if self.head_async {
            self.head_async = false;
            self.head.0 = LineHead::of(&tok);
        }
        let after_with = std::mem::replace(&mut self.after_with, tok == Tok::With);
        match tok {
            Tok::Lpar | Tok::Lsqb | Tok::Lbrace => {
                if self.brackets.len() >= MAX_BRACKET_DEPTH {
                    return Err(RawSyntaxError::new(
                        "too many nested parentheses",
                        Range::new(start, start),
                    ));
                }
                let b = self.source.as_bytes()[start];
                self.brackets.push((b, start));
                if after_with && tok == Tok::Lpar && self.paren_followed_by_colon() {
                    tok = Tok::WithParen;
                }
            }
            Tok::Rpar | Tok::Rsqb | Tok::Rbrace => {
                let close = self.source.as_bytes()[start];
                self.last_closed = self.brackets.last().copied();
                let Some((open, at)) = self.brackets.pop() else {
                    return Err(RawSyntaxError::new(
                        format!("unmatched '{}'", close as char),
                        Range::new(start, start),
                    ));
                };
                let expected = match open {
                    b'(' => b')',
                    b'[' => b']',
                    _ => b'}',
                };
                if close != expected {
                    let (open_line, close_line) = (self.line_of(at), self.line_of(start));
                    let mut msg = format!(
                        "closing parenthesis '{}' does not match opening parenthesis '{}'",
                        close as char, open as char
                    );
                    if open_line != close_line {
                        msg.push_str(&format!(" on line {open_line}"));
                    }
                    return Err(RawSyntaxError::new(msg, Range::new(start, start)));
                }
            }
            _ => {}
        }
        self.pending.push_back((start, tok, end));
        Ok(())
    }

    /// Keep tokenizing after a parse error and return the first tokenizer error, as
    /// CPython does (`_PyPegen_tokenize_full_source_to_check_for_errors`): a bad
    /// token further down is reported in preference to the parser's error. An
    /// unclosed bracket counts only if it was opened before line `err_line`.
    pub(crate) fn check_rest(&mut self, err_line: usize) -> Option<RawSyntaxError> {
        self.pending.clear();
        while !self.done {
            if let Err(e) = self.advance() {
                if e.msg.ends_with("was never closed") {
                    let (_, at) = self.brackets.last().copied().unwrap_or((0, 0));
                    if self.line_of(at) < err_line {
                        return Some(e);
                    }
                    return None;
                }
                return Some(e);
            }
            self.pending.clear();
        }
        None
    }
}

impl<'s> Iterator for Lexer<'s> {
    type Item = Result<Spanned<'s>, RawSyntaxError>;

    fn next(&mut self) -> Option<Self::Item> {
        loop {
            if let Some(tok) = self.pending.pop_front() {
                if tok.1 != Tok::Dedent {
                    self.last_start = tok.0;
                }
                return Some(Ok(tok));
            }
            if self.done {
                return None;
            }
            if let Err(e) = self.advance() {
                // Errors are final: stop here so the parser cannot ask again.
                self.pending.clear();
                self.done = true;
                self.failed = true;
                return Some(Err(e));
            }
        }
    }
}

/// Roughly `str.isprintable()` for the characters no token can start with:
/// controls, format characters and separators other than space are not printable.
fn is_printable(c: char) -> bool {
    let u = c as u32;
    !(c.is_control()
        || (c.is_whitespace() && c != ' ')
        || matches!(u, 0xAD | 0x600..=0x605 | 0x61C | 0x6DD | 0x70F | 0x180E | 0x200B..=0x200F
            | 0x202A..=0x202E | 0x2060..=0x2064 | 0x2066..=0x206F | 0xFEFF | 0xFFF9..=0xFFFB
            | 0xE000..=0xF8FF | 0xF0000..=0x10FFFF))
}

/// Raw tokens of `source[start..end]` with their offsets, without the indentation
/// layer; stops at the first error. Used to word some parse errors.
pub(crate) fn raw_tokens(source: &str, start: usize, end: usize) -> Vec<Spanned<'_>> {
    if start >= end || !source.is_char_boundary(start) || !source.is_char_boundary(end) {
        return Vec::new();
    }
    let mut raw = Tok::lexer(&source[..end]);
    raw.bump(start);
    let mut out = Vec::new();
    while let Some(Ok(tok)) = raw.next() {
        let span = raw.span();
        if !matches!(tok, Tok::Newline | Tok::Continuation) {
            out.push((span.start, tok, span.end));
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The token stream as short names: `I`/`D` for INDENT/DEDENT, `NL` for NEWLINE.
    fn kinds(src: &str) -> Vec<String> {
        Lexer::new(src, 0, src.len(), Mode::Module)
            .skip(1)
            .map(|t| match t {
                Ok((_, Tok::Indent, _)) => "I".to_string(),
                Ok((_, Tok::Dedent, _)) => "D".to_string(),
                Ok((_, Tok::Newline, _)) => "NL".to_string(),
                Ok((s, _, e)) => src[s..e].to_string(),
                Err(e) => format!("ERR {}", e.msg),
            })
            .collect()
    }

    fn check(src: &str, expected: &str) {
        assert_eq!(kinds(src).join(" "), expected, "{src:?}");
    }

    #[test]
    fn indentation() {
        check("if x:\n    y\nz\n", "if x : NL I y NL D z NL");
        check("if x:\n    if y:\n        z", "if x : NL I if y : NL I z NL D D");
        check("if x:\n\ty\n\tz\n", "if x : NL I y NL z NL D");
        check(
            "if x:\n        y\n\tz\n",
            "if x : NL I y NL ERR inconsistent use of tabs and spaces in indentation",
        );
        check("a\n\n   \n  # c\n\t# d\nb\n", "a NL b NL");
        check("if x:\n  a\n      # odd\n  b\n", "if x : NL I a NL b NL D");
        check("x = (1,\n        2)\ny", "x = ( 1 , 2 ) NL y NL");
        check("x = 1 + \\\n    2\n", "x = 1 + 2 NL");
        check("a\r\nif b:\r\n  c\r\n", "a NL if b : NL I c NL D");
        check("a\rb\r", "a NL b NL");
        check("x\n\x0c  y\n", "x NL I y NL D");
        check(
            "if x:\n  y\n z\n",
            "if x : NL I y NL ERR unindent does not match any outer indentation level",
        );
        check("", "");
        check("# only a comment", "");
        check("x", "x NL");
    }

    #[test]
    fn with_parenthesized_items() {
        let with_paren =
            |src: &str| Lexer::new(src, 0, src.len(), Mode::Module).any(|t| matches!(t, Ok((_, Tok::WithParen, _))));
        assert!(with_paren("with (a as b, c):\n  pass\n"));
        assert!(with_paren("with (\n  a,\n  b,\n):\n  pass\n"));
        assert!(!with_paren("with (a, b) as c:\n  pass\n"));
        assert!(!with_paren("with (a).b:\n  pass\n"));
        assert!(!with_paren("x = (a)\n"));
    }

    #[test]
    fn keywords_and_soft_keywords() {
        let names = |src: &str| {
            Lexer::new(src, 0, src.len(), Mode::Module)
                .filter(|t| matches!(t, Ok((_, Tok::Name(_), _))))
                .count()
        };
        assert_eq!(names("x = match case _ type print"), 6);
        assert_eq!(names("match case _ type print"), 4); // a statement `match case ...`
        assert_eq!(names("async await lambda nonlocal if else"), 0);
        assert_eq!(names("ifx iff xif é_1 π"), 5);
    }

    #[test]
    fn match_soft_keywords() {
        let heads = |src: &str| {
            Lexer::new(src, 0, src.len(), Mode::Module)
                .filter_map(|t| match t {
                    Ok((_, Tok::Match, _)) => Some("M"),
                    Ok((_, Tok::Case, _)) => Some("C"),
                    _ => None,
                })
                .collect::<String>()
        };
        assert_eq!(heads("match x:\n    case 1:\n        pass\n"), "MC");
        assert_eq!(heads("match (x):\n case [1]: pass\n case _: pass\n"), "MCC");
        assert_eq!(heads("match = 1\nmatch(x)\nmatch[x]\nmatch.y\nmatch: int = 1\n"), "");
        assert_eq!(heads("case = 1\ncase(x)\ncase[0]: int = 1\n"), "");
        assert_eq!(heads("match x\n"), "M");
        // `case` is a keyword only at the case level of a match block.
        assert_eq!(
            heads("match x:\n case 1:\n  case = 2\n  match y:\n   case z: pass\n case _: pass\ncase = 3\n"),
            "MCMCC"
        );
    }

    #[test]
    fn numbers() {
        let value = |src: &str| match Lexer::new(src, 0, src.len(), Mode::Module).nth(1) {
            Some(Ok((_, Tok::Number(c), _))) => Ok(c),
            Some(Err(e)) => Err(e.msg),
            other => panic!("{src:?}: {other:?}"),
        };
        assert_eq!(value("1_000"), Ok(Constant::Int(1000)));
        assert_eq!(value("0x_Ff"), Ok(Constant::Int(255)));
        assert_eq!(value("0o17"), Ok(Constant::Int(15)));
        assert_eq!(value("0b1010"), Ok(Constant::Int(10)));
        assert_eq!(value("0_0"), Ok(Constant::Int(0)));
        assert_eq!(value("9223372036854775807"), Ok(Constant::Int(i64::MAX)));
        assert_eq!(
            value("9223372036854775808"),
            Ok(Constant::BigInt {
                digits: "9223372036854775808".into(),
                radix: 10
            })
        );
        assert_eq!(
            value("0x1_0000_0000_0000_0000"),
            Ok(Constant::BigInt {
                digits: "10000000000000000".into(),
                radix: 16
            })
        );
        assert_eq!(value("1."), Ok(Constant::Float(1.0)));
        assert_eq!(value(".5"), Ok(Constant::Float(0.5)));
        assert_eq!(value("1e10"), Ok(Constant::Float(1e10)));
        assert_eq!(value("1_000.5"), Ok(Constant::Float(1000.5)));
        assert_eq!(value("1.5E-3"), Ok(Constant::Float(1.5e-3)));
        assert_eq!(value("1e400"), Ok(Constant::Float(f64::INFINITY)));
        let imaginary = |imag| Ok(Constant::Complex { real: 0.0, imag });
        assert_eq!(value("1j"), imaginary(1.0));
        assert_eq!(value("1.5e3J"), imaginary(1500.0));
        assert_eq!(value("0777j"), imaginary(777.0));
        assert_eq!(value("1_0.5j"), imaginary(10.5));
        assert_eq!(
            value("012"),
            Err(
                "leading zeros in decimal integer literals are not permitted; use an 0o prefix for octal integers"
                    .into()
            )
        );
        assert_eq!(value("1abc"), Err("invalid decimal literal".into()));
        assert_eq!(value("1__0"), Err("invalid decimal literal".into()));
        assert_eq!(value("0x"), Err("invalid hexadecimal literal".into()));
        assert_eq!(value("0o8"), Err("invalid digit '8' in octal literal".into()));
        assert_eq!(value("0b102"), Err("invalid digit '2' in binary literal".into()));
        assert_eq!(value("1é"), Err("invalid decimal literal".into()));
    }

    #[test]
    fn strings_are_single_tokens() {
        check(
            r#"'a' "b" '''c''' r'\'' b'x' Rb"y" f'{x}' fR'z'"#,
            r#"'a' "b" '''c''' r'\'' b'x' Rb"y" f'{x}' fR'z' NL"#,
        );
        check("'''a\nb'''", "'''a\nb''' NL");
        check("ub'x'", "ub 'x' NL");
        check("'abc\nd'", "ERR unterminated string literal (detected at line 1)");
        check(
            "x = '''a\nb",
            "x = ERR unterminated triple-quoted string literal (detected at line 2)",
        );
    }
}
