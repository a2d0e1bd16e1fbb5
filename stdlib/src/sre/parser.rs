//! Pattern text → syntax tree, with CPython 3.11's syntax, flags and error
//! messages (`re.error` text and position).
//!
//! The tree already carries the flags in force at each node (case folding,
//! `.` and `^`/`$` modes, ASCII or Unicode classes), so the compiler never
//! has to track scoped flags.

use std::collections::HashMap;

pub const FLAG_TEMPLATE: u32 = 1;
pub const FLAG_IGNORECASE: u32 = 2;
pub const FLAG_LOCALE: u32 = 4;
pub const FLAG_MULTILINE: u32 = 8;
pub const FLAG_DOTALL: u32 = 16;
pub const FLAG_UNICODE: u32 = 32;
pub const FLAG_VERBOSE: u32 = 64;
pub const FLAG_DEBUG: u32 = 128;
pub const FLAG_ASCII: u32 = 256;

/// The largest repeat count (CPython's `MAXREPEAT` on 64-bit builds).
pub const MAXREPEAT: u32 = u32::MAX;
/// How deep groups may nest before the parser gives up (CPython's parser
/// hits its recursion limit about there).
const MAX_DEPTH: usize = 900;

/// What went wrong, as CPython reports it.
#[derive(Debug)]
pub enum ParseError {
    /// `re.error(msg, pattern, pos)`; `pos` is `None` for the look-behind
    /// width error.
    Re(String, Option<usize>),
    Overflow(String),
    Value(String),
    Recursion,
}

type PResult<T> = Result<T, ParseError>;

/// How a character class is defined: Unicode (str patterns), ASCII (the
/// `ASCII` flag or bytes), or the locale (bytes with `LOCALE`: the C locale).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum CharMode {
    Unicode,
    Ascii,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ClassKind {
    Digit,
    NotDigit,
    Space,
    NotSpace,
    Word,
    NotWord,
}

#[derive(Clone, Debug)]
pub enum SetItem {
    Char(u32),
    Range(u32, u32),
    Class(ClassKind),
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum At {
    /// `^` without MULTILINE, and `\A`.
    BeginString,
    /// `^` with MULTILINE.
    BeginLine,
    /// `$` without MULTILINE: the end, or before a final newline.
    End,
    /// `$` with MULTILINE.
    EndLine,
    /// `\Z`.
    EndString,
    Boundary(CharMode),
    NonBoundary(CharMode),
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum RepeatKind {
    Greedy,
    Lazy,
    Possessive,
}

/// Case folding in force for a node.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Case {
    Exact,
    /// Case-insensitive over ASCII letters only.
    Ascii,
    /// Case-insensitive with Unicode simple case folding.
    Unicode,
}

#[derive(Clone, Debug)]
pub enum Node {
    Empty,
    Char(u32, Case),
    /// `.`: `true` when it also matches a newline (DOTALL).
    Any(bool),
    Set {
        items: Vec<SetItem>,
        negate: bool,
        case: Case,
        mode: CharMode,
    },
    At(At),
    Concat(Vec<Node>),
    Alt(Vec<Node>),
    Group(usize, Box<Node>),
    Repeat {
        node: Box<Node>,
        min: u32,
        max: u32,
        kind: RepeatKind,
    },
    Backref(usize, Case),
    Look {
        behind: bool,
        negate: bool,
        node: Box<Node>,
    },
    Atomic(Box<Node>),
    Cond {
        group: usize,
        yes: Box<Node>,
        no: Box<Node>,
    },
}

pub struct Parsed {
    pub node: Node,
    /// The flags after inline global flags (with UNICODE added for str).
    pub flags: u32,
    /// Number of capturing groups.
    pub groups: usize,
    /// Group names in the order they were defined.
    pub names: Vec<(String, usize)>,
    /// The (min, max) width of each group (index 0 unused).
    pub widths: Vec<(u64, u64)>,
}

struct Parser<'a> {
    p: &'a [u32],
    i: usize,
    is_bytes: bool,
    flags: u32,
    groups: usize,
    names: HashMap<String, usize>,
    name_order: Vec<(String, usize)>,
    open: Vec<usize>,
    /// Groups opened inside the look-behind being parsed (for the
    /// "same lookbehind" error), as (first group number, depth).
    lookbehind_groups: Option<usize>,
    /// Conditional references checked at the end: (group, position).
    cond_refs: Vec<(usize, usize)>,
    depth: usize,
    /// The (min, max) width of each closed group (index 0 unused).
    widths: Vec<(u64, u64)>,
}

fn is_hex(c: u32) -> bool {
    char::from_u32(c).is_some_and(|c| c.is_ascii_hexdigit())
}
fn is_oct(c: u32) -> bool {
    (0x30..=0x37).contains(&c)
}
fn is_digit(c: u32) -> bool {
    (0x30..=0x39).contains(&c)
}

/// The text of pattern characters, as CPython would print it in a message.
fn text(cs: &[u32]) -> String {
    cs.iter().map(|&c| char::from_u32(c).unwrap_or('\u{fffd}')).collect()
}

/// Python's `str.isidentifier` for a group name.
fn is_identifier(s: &str) -> bool {
    kaa_vm::object::str::is_identifier(s)
}

pub fn parse(pattern: &[u32], is_bytes: bool, flags: u32) -> PResult<Parsed> {
    let mut flags = flags;
    check_global_flags(&mut flags, is_bytes)?;
    let mut ps = Parser {
        p: pattern,
        i: 0,
        is_bytes,
        flags,
        groups: 0,
        names: HashMap::new(),
        name_order: Vec::new(),
        open: Vec::new(),
        lookbehind_groups: None,
        cond_refs: Vec::new(),
        depth: 0,
        widths: vec![(0, 0)],
    };
    let node = ps.parse_alt(true)?;
    if ps.i < ps.p.len() {
        // Only a ')' can stop the top level early.
        return Err(ParseError::Re("unbalanced parenthesis".into(), Some(ps.i)));
    }
    for &(g, pos) in &ps.cond_refs {
        if g > ps.groups {
            return Err(ParseError::Re(format!("invalid group reference {g}"), Some(pos)));
        }
    }
    let mut flags = ps.flags;
    check_global_flags(&mut flags, is_bytes)?;
    Ok(Parsed {
        node,
        flags,
        groups: ps.groups,
        names: ps.name_order,
        widths: ps.widths,
    })
}

/// Add UNICODE to str patterns and reject the incompatible combinations
/// (ValueError, as `re.compile` raises them).
fn check_global_flags(flags: &mut u32, is_bytes: bool) -> PResult<()> {
    if is_bytes {
        if *flags & FLAG_UNICODE != 0 {
            return Err(ParseError::Value("cannot use UNICODE flag with a bytes pattern".into()));
        }
        if *flags & FLAG_LOCALE != 0 && *flags & FLAG_ASCII != 0 {
            return Err(ParseError::Value("ASCII and LOCALE flags are incompatible".into()));
        }
    } else {
        if *flags & FLAG_LOCALE != 0 {
            return Err(ParseError::Value("cannot use LOCALE flag with a str pattern".into()));
        }
        if *flags & FLAG_ASCII == 0 {
            *flags |= FLAG_UNICODE;
        } else if *flags & FLAG_UNICODE != 0 {
            return Err(ParseError::Value("ASCII and UNICODE flags are incompatible".into()));
        }
    }
    Ok(())
}

impl Parser<'_> {
    fn peek(&self) -> Option<u32> {
        self.p.get(self.i).copied()
    }
    fn peek_at(&self, k: usize) -> Option<u32> {
        self.p.get(self.i + k).copied()
    }
    fn eat(&mut self, c: char) -> bool {
        if self.peek() == Some(c as u32) {
            self.i += 1;
            true
        } else {
            false
        }
    }
    fn err<T>(&self, msg: impl Into<String>, pos: usize) -> PResult<T> {
        Err(ParseError::Re(msg.into(), Some(pos)))
    }

    fn case(&self) -> Case {
        if self.flags & FLAG_IGNORECASE == 0 {
            Case::Exact
        } else if self.is_bytes || self.flags & FLAG_ASCII != 0 {
            Case::Ascii
        } else {
            Case::Unicode
        }
    }

    fn mode(&self) -> CharMode {
        if self.is_bytes || self.flags & FLAG_ASCII != 0 {
            CharMode::Ascii
        } else {
            CharMode::Unicode
        }
    }

    /// In verbose mode, skip whitespace and `#` comments.
    fn skip_verbose(&mut self) {
        if self.flags & FLAG_VERBOSE == 0 {
            return;
        }
        while let Some(c) = self.peek() {
            if matches!(c, 0x20 | 0x09 | 0x0a | 0x0d | 0x0b | 0x0c) {
                self.i += 1;
            } else if c == '#' as u32 {
                while let Some(c) = self.peek() {
                    self.i += 1;
                    if c == '\n' as u32 {
                        break;
                    }
                }
            } else {
                break;
            }
        }
    }

    /// Alternatives up to `)` or the end.
    fn parse_alt(&mut self, top: bool) -> PResult<Node> {
        let mut branches = vec![self.parse_seq(top)?];
        while self.eat('|') {
            branches.push(self.parse_seq(false)?);
        }
        Ok(if branches.len() == 1 {
            branches.pop().unwrap_or(Node::Empty)
        } else {
            Node::Alt(branches)
        })
    }

    fn parse_seq(&mut self, top: bool) -> PResult<Node> {
        let mut items: Vec<Node> = Vec::new();
        // Whether a global flags group may still come here.
        let mut at_start = top;
        loop {
            self.skip_verbose();
            let Some(c) = self.peek() else { break };
            if c == '|' as u32 || c == ')' as u32 {
                break;
            }
            let start = self.i;
            let ch = char::from_u32(c).unwrap_or('\0');
            let atom = match ch {
                '(' => {
                    match self.parse_group(start, at_start && items.is_empty())? {
                        Some(n) => n,
                        None => {
                            // A global flags group or comment: nothing to add.
                            continue;
                        }
                    }
                }
                '[' => self.parse_set()?,
                '.' => {
                    self.i += 1;
                    Node::Any(self.flags & FLAG_DOTALL != 0)
                }
                '^' => {
                    self.i += 1;
                    Node::At(if self.flags & FLAG_MULTILINE != 0 {
                        At::BeginLine
                    } else {
                        At::BeginString
                    })
                }
                '$' => {
                    self.i += 1;
                    Node::At(if self.flags & FLAG_MULTILINE != 0 {
                        At::EndLine
                    } else {
                        At::End
                    })
                }
                '\\' => self.parse_escape()?,
                '*' | '+' | '?' => return self.err("nothing to repeat", start),
                '{' if self.repeat_bounds_ahead() => return self.err("nothing to repeat", start),
                _ => {
                    self.i += 1;
                    Node::Char(c, self.case())
                }
            };
            at_start = false;
            let atom = self.parse_quantifiers(atom)?;
            items.push(atom);
        }
        Ok(match items.len() {
            0 => Node::Empty,
            1 => items.pop().unwrap_or(Node::Empty),
            _ => Node::Concat(items),
        })
    }

    /// Whether the text at `{` is a repeat `{m}`, `{m,}`, `{,n}`, `{m,n}`.
    fn repeat_bounds_ahead(&self) -> bool {
        let mut j = self.i + 1;
        while j < self.p.len() && is_digit(self.p[j]) {
            j += 1;
        }
        if j < self.p.len() && self.p[j] == '}' as u32 && j == self.i + 1 {
            // `{}` is literal.
            return false;
        }
        if j < self.p.len() && self.p[j] == ',' as u32 {
            j += 1;
            while j < self.p.len() && is_digit(self.p[j]) {
                j += 1;
            }
        }
        j < self.p.len() && self.p[j] == '}' as u32
    }

    fn parse_number(&mut self) -> PResult<Option<u32>> {
        let start = self.i;
        while self.peek().is_some_and(is_digit) {
            self.i += 1;
        }
        if start == self.i {
            return Ok(None);
        }
        let mut v: u64 = 0;
        for &d in &self.p[start..self.i] {
            v = v.saturating_mul(10).saturating_add(u64::from(d - 0x30));
        }
        if v >= u64::from(MAXREPEAT) {
            return Err(ParseError::Overflow("the repetition number is too large".into()));
        }
        Ok(Some(v as u32))
    }

    fn parse_quantifiers(&mut self, mut atom: Node) -> PResult<Node> {
        let mut repeated = false;
        loop {
            self.skip_verbose();
            let Some(c) = self.peek() else { break };
            let start = self.i;
            let (min, max) = match char::from_u32(c).unwrap_or('\0') {
                '*' => {
                    self.i += 1;
                    (0, MAXREPEAT)
                }
                '+' => {
                    self.i += 1;
                    (1, MAXREPEAT)
                }
                '?' => {
                    self.i += 1;
                    (0, 1)
                }
                '{' if self.repeat_bounds_ahead() => {
                    self.i += 1;
                    let lo = self.parse_number()?;
                    let hi = if self.eat(',') {
                        self.parse_number()?.unwrap_or(MAXREPEAT)
                    } else {
                        lo.unwrap_or(0)
                    };
                    self.i += 1; // '}'
                    let lo = lo.unwrap_or(0);
                    if hi < lo {
                        return self.err("min repeat greater than max repeat", start + 1);
                    }
                    (lo, hi)
                }
                _ => break,
            };
            if repeated {
                return self.err("multiple repeat", start);
            }
            if matches!(atom, Node::At(_)) {
                return self.err("nothing to repeat", start);
            }
            let kind = if self.eat('?') {
                RepeatKind::Lazy
            } else if self.eat('+') {
                RepeatKind::Possessive
            } else {
                RepeatKind::Greedy
            };
            atom = Node::Repeat {
                node: Box::new(atom),
                min,
                max,
                kind,
            };
            repeated = true;
        }
        Ok(atom)
    }

    /// A group name up to `term`; `pos` is where the name starts.
    fn parse_name(&mut self, term: char, what: &str) -> PResult<(String, usize)> {
        let pos = self.i;
        let start = self.i;
        loop {
            match self.peek() {
                None => {
                    if self.i == start {
                        return self.err("missing group name", pos);
                    }
                    return self.err(format!("missing {term}, unterminated name"), pos);
                }
                Some(c) if c == term as u32 => break,
                Some(_) => self.i += 1,
            }
        }
        let name = text(&self.p[start..self.i]);
        self.i += 1;
        if name.is_empty() {
            return self.err("missing group name", pos);
        }
        let _ = what;
        Ok((name, pos))
    }

    fn check_name(&self, name: &str, pos: usize) -> PResult<()> {
        if !is_identifier(name) {
            return self.err(format!("bad character in group name '{name}'"), pos);
        }
        Ok(())
    }

    fn enter(&mut self) -> PResult<()> {
        self.depth += 1;
        if self.depth > MAX_DEPTH {
            return Err(ParseError::Recursion);
        }
        Ok(())
    }

    /// A parenthesised subpattern at `start`; `None` for a comment or
    /// global flags group.
    fn parse_group(&mut self, start: usize, first: bool) -> PResult<Option<Node>> {
        self.i += 1; // '('
        if !self.eat('?') {
            self.enter()?;
            self.groups += 1;
            let g = self.groups;
            self.open.push(g);
            let body = self.parse_alt(false)?;
            self.close_group(start)?;
            self.open.pop();
            self.depth -= 1;
            self.set_width(g, &body);
            return Ok(Some(Node::Group(g, Box::new(body))));
        }
        let Some(c) = self.peek() else {
            return self.err("unexpected end of pattern", self.i);
        };
        let ch = char::from_u32(c).unwrap_or('\0');
        match ch {
            ':' => {
                self.i += 1;
                self.enter()?;
                let body = self.parse_alt(false)?;
                self.close_group(start)?;
                self.depth -= 1;
                Ok(Some(body))
            }
            'P' => {
                self.i += 1;
                match self.peek().and_then(char::from_u32) {
                    Some('<') => {
                        self.i += 1;
                        let (name, pos) = self.parse_name('>', "group")?;
                        self.check_name(&name, pos)?;
                        self.enter()?;
                        self.groups += 1;
                        let g = self.groups;
                        if let Some(&old) = self.names.get(&name) {
                            return self.err(
                                format!("redefinition of group name '{name}' as group {g}; was group {old}"),
                                pos,
                            );
                        }
                        self.names.insert(name.clone(), g);
                        self.name_order.push((name, g));
                        self.open.push(g);
                        let body = self.parse_alt(false)?;
                        self.close_group(start)?;
                        self.open.pop();
                        self.depth -= 1;
                        self.set_width(g, &body);
                        Ok(Some(Node::Group(g, Box::new(body))))
                    }
                    Some('=') => {
                        self.i += 1;
                        let (name, pos) = self.parse_name(')', "group")?;
                        self.check_name(&name, pos)?;
                        let Some(&g) = self.names.get(&name) else {
                            return self.err(format!("unknown group name '{name}'"), pos);
                        };
                        self.check_backref(g, pos)?;
                        Ok(Some(Node::Backref(g, self.case())))
                    }
                    Some(c) => {
                        let c = c.to_string();
                        self.err(format!("unknown extension ?P{c}"), start + 1)
                    }
                    None => self.err("unexpected end of pattern", self.i),
                }
            }
            '#' => {
                loop {
                    match self.peek() {
                        None => return self.err("missing ), unterminated comment", start),
                        Some(c) => {
                            self.i += 1;
                            if c == ')' as u32 {
                                break;
                            }
                        }
                    }
                }
                Ok(None)
            }
            '=' | '!' => {
                self.i += 1;
                self.enter()?;
                let body = self.parse_alt(false)?;
                self.close_group(start)?;
                self.depth -= 1;
                Ok(Some(Node::Look {
                    behind: false,
                    negate: ch == '!',
                    node: Box::new(body),
                }))
            }
            '<' => {
                self.i += 1;
                let negate = match self.peek().and_then(char::from_u32) {
                    Some('=') => false,
                    Some('!') => true,
                    Some(c) => return self.err(format!("unknown extension ?<{c}"), start + 1),
                    None => return self.err("unexpected end of pattern", self.i),
                };
                self.i += 1;
                self.enter()?;
                let saved = self.lookbehind_groups;
                if saved.is_none() {
                    self.lookbehind_groups = Some(self.groups);
                }
                let body = self.parse_alt(false)?;
                self.close_group(start)?;
                self.lookbehind_groups = saved;
                self.depth -= 1;
                let (lo, hi) = width(&body, &self.widths);
                if lo != hi {
                    return Err(ParseError::Re("look-behind requires fixed-width pattern".into(), None));
                }
                Ok(Some(Node::Look {
                    behind: true,
                    negate,
                    node: Box::new(body),
                }))
            }
            '>' => {
                self.i += 1;
                self.enter()?;
                let body = self.parse_alt(false)?;
                self.close_group(start)?;
                self.depth -= 1;
                Ok(Some(Node::Atomic(Box::new(body))))
            }
            '(' => {
                self.i += 1;
                let (name, pos) = self.parse_name(')', "group")?;
                let group = if !name.is_empty() && name.chars().all(|c| c.is_ascii_digit()) {
                    let g: usize = name.parse().unwrap_or(usize::MAX);
                    if g == 0 {
                        return self.err("bad group number", pos);
                    }
                    self.cond_refs.push((g, pos));
                    g
                } else {
                    self.check_name(&name, pos)?;
                    match self.names.get(&name) {
                        Some(&g) => g,
                        None => return self.err(format!("unknown group name '{name}'"), pos),
                    }
                };
                self.enter()?;
                let yes = self.parse_seq(false)?;
                let no = if self.eat('|') {
                    let n = self.parse_seq(false)?;
                    if self.peek() == Some('|' as u32) {
                        return self.err("conditional backref with more than two branches", self.i);
                    }
                    n
                } else {
                    Node::Empty
                };
                self.close_group(start)?;
                self.depth -= 1;
                Ok(Some(Node::Cond {
                    group,
                    yes: Box::new(yes),
                    no: Box::new(no),
                }))
            }
            c if "aiLmsux-".contains(c) => self.parse_flags(start, first),
            _ => self.err(format!("unknown extension ?{ch}"), start + 1),
        }
    }

    fn set_width(&mut self, g: usize, body: &Node) {
        let w = width(body, &self.widths);
        if self.widths.len() <= g {
            self.widths.resize(g + 1, (0, u64::from(MAXREPEAT)));
        }
        self.widths[g] = w;
    }

    fn close_group(&mut self, start: usize) -> PResult<()> {
        if !self.eat(')') {
            return self.err("missing ), unterminated subpattern", start);
        }
        Ok(())
    }

    fn check_backref(&self, g: usize, pos: usize) -> PResult<()> {
        if self.open.contains(&g) {
            return self.err("cannot refer to an open group", pos);
        }
        if let Some(first) = self.lookbehind_groups {
            if g > first {
                let end = self.i;
                return self.err("cannot refer to group defined in the same lookbehind subpattern", end);
            }
        }
        Ok(())
    }

    fn flag_of(c: u32) -> u32 {
        match char::from_u32(c).unwrap_or('\0') {
            'a' => FLAG_ASCII,
            'i' => FLAG_IGNORECASE,
            'L' => FLAG_LOCALE,
            'm' => FLAG_MULTILINE,
            's' => FLAG_DOTALL,
            'u' => FLAG_UNICODE,
            'x' => FLAG_VERBOSE,
            _ => 0,
        }
    }

    /// `(?flags)` or `(?flags-flags:...)`, after `(?`.
    fn parse_flags(&mut self, start: usize, first: bool) -> PResult<Option<Node>> {
        let type_flags = FLAG_ASCII | FLAG_LOCALE | FLAG_UNICODE;
        let mut add = 0u32;
        let mut del = 0u32;
        // Flags to turn on.
        while let Some(c) = self.peek() {
            let f = Self::flag_of(c);
            if f == 0 {
                break;
            }
            self.i += 1;
            if f & type_flags != 0 {
                if self.is_bytes && f == FLAG_UNICODE {
                    return self.err("bad inline flags: cannot use 'u' flag with a bytes pattern", self.i);
                }
                if !self.is_bytes && f == FLAG_LOCALE {
                    return self.err("bad inline flags: cannot use 'L' flag with a str pattern", self.i);
                }
                if add & type_flags != 0 && add & type_flags != f {
                    return self.err("bad inline flags: flags 'a', 'u' and 'L' are incompatible", self.i);
                }
            }
            add |= f;
        }
        let Some(c) = self.peek() else {
            return self.err("missing -, : or )", self.i);
        };
        if c == ')' as u32 {
            self.i += 1;
            if !first {
                return self.err("global flags not at the start of the expression", start);
            }
            // A global flag group: applies to the whole pattern.
            if add & type_flags != 0 {
                self.flags &= !type_flags;
            }
            self.flags |= add;
            return Ok(None);
        }
        if c == '-' as u32 {
            self.i += 1;
            let Some(c) = self.peek() else {
                return self.err("missing flag", self.i);
            };
            let f = Self::flag_of(c);
            if f == 0 {
                let msg = if char::from_u32(c).is_some_and(|c| c.is_alphabetic()) {
                    "unknown flag"
                } else {
                    "missing flag"
                };
                return self.err(msg, self.i);
            }
            while let Some(c) = self.peek() {
                let f = Self::flag_of(c);
                if f == 0 {
                    break;
                }
                self.i += 1;
                if f & type_flags != 0 {
                    return self.err("bad inline flags: cannot turn off flags 'a', 'u' and 'L'", self.i);
                }
                del |= f;
            }
            match self.peek() {
                None => return self.err("missing :", self.i),
                Some(c) if c == ':' as u32 => {}
                Some(c) => {
                    let msg = if c == ')' as u32 {
                        "missing :"
                    } else if char::from_u32(c).is_some_and(|c| c.is_alphabetic()) {
                        "unknown flag"
                    } else {
                        "missing :"
                    };
                    return self.err(msg, self.i);
                }
            }
        } else if c != ':' as u32 {
            let msg = if char::from_u32(c).is_some_and(|c| c.is_alphabetic()) {
                "unknown flag"
            } else {
                "missing -, : or )"
            };
            return self.err(msg, self.i);
        }
        if add & del != 0 {
            return self.err("bad inline flags: flag turned on and off", self.i);
        }
        self.i += 1; // ':'
        let saved = self.flags;
        if add & type_flags != 0 {
            self.flags &= !type_flags;
        }
        self.flags = (self.flags | add) & !del;
        self.enter()?;
        let body = self.parse_alt(false);
        self.flags = saved;
        let body = body?;
        self.close_group(start)?;
        self.depth -= 1;
        Ok(Some(body))
    }

    /// An escape outside a set, at `\`.
    fn parse_escape(&mut self) -> PResult<Node> {
        let start = self.i;
        self.i += 1;
        let Some(c) = self.peek() else {
            return self.err("bad escape (end of pattern)", start);
        };
        let ch = char::from_u32(c).unwrap_or('\0');
        let mode = self.mode();
        let class = |k| Node::Set {
            items: vec![SetItem::Class(k)],
            negate: false,
            case: Case::Exact,
            mode,
        };
        let node = match ch {
            'A' => Node::At(At::BeginString),
            'Z' => Node::At(At::EndString),
            'b' => Node::At(At::Boundary(mode)),
            'B' => Node::At(At::NonBoundary(mode)),
            'd' => class(ClassKind::Digit),
            'D' => class(ClassKind::NotDigit),
            's' => class(ClassKind::Space),
            'S' => class(ClassKind::NotSpace),
            'w' => class(ClassKind::Word),
            'W' => class(ClassKind::NotWord),
            '1'..='9' => {
                // An octal escape of three digits, or a group reference.
                if ch <= '7' && self.peek_at(1).is_some_and(is_oct) && self.peek_at(2).is_some_and(is_oct) {
                    let v = (c - 0x30) * 64 + (self.p[self.i + 1] - 0x30) * 8 + (self.p[self.i + 2] - 0x30);
                    self.i += 3;
                    if v > 0o377 {
                        return self.err(
                            format!(
                                "octal escape value {} outside of range 0-0o377",
                                text(&self.p[start..self.i])
                            ),
                            start,
                        );
                    }
                    return Ok(Node::Char(v, self.case()));
                }
                let mut g = (c - 0x30) as usize;
                self.i += 1;
                if self.peek().is_some_and(is_digit) {
                    g = g * 10 + (self.p[self.i] - 0x30) as usize;
                    self.i += 1;
                }
                if g > self.groups {
                    return self.err(format!("invalid group reference {g}"), start + 1);
                }
                self.check_backref(g, start)?;
                return Ok(Node::Backref(g, self.case()));
            }
            _ => {
                let v = self.escape_char(start, false)?;
                return Ok(Node::Char(v, self.case()));
            }
        };
        self.i += 1;
        Ok(node)
    }

    /// A character escape (shared by sets and the top level); `self.i` is
    /// at the character after `\`, and ends past the escape.
    fn escape_char(&mut self, start: usize, in_set: bool) -> PResult<u32> {
        let c = self.p[self.i];
        let ch = char::from_u32(c).unwrap_or('\0');
        self.i += 1;
        let simple = match ch {
            'a' => Some(7),
            'f' => Some(12),
            'n' => Some(10),
            'r' => Some(13),
            't' => Some(9),
            'v' => Some(11),
            '\\' => Some(92),
            _ => None,
        };
        if let Some(v) = simple {
            return Ok(v);
        }
        match ch {
            'x' => self.hex_escape(start, 2),
            'u' if !self.is_bytes => self.hex_escape(start, 4),
            'U' if !self.is_bytes => {
                let v = self.hex_escape(start, 8)?;
                if char::from_u32(v).is_none() && !(0xd800..0xe000).contains(&v) {
                    return self.err(format!("bad escape {}", text(&self.p[start..self.i])), start);
                }
                Ok(v)
            }
            'N' if !self.is_bytes => {
                if !self.eat('{') {
                    return self.err("missing {", self.i);
                }
                let name_start = self.i;
                while self.peek().is_some_and(|c| c != '}' as u32) {
                    self.i += 1;
                }
                if self.i == name_start {
                    return self.err("missing character name", self.i);
                }
                if self.peek().is_none() {
                    return self.err("missing }, unterminated name", name_start);
                }
                let name = text(&self.p[name_start..self.i]);
                self.i += 1;
                match unicode_names2::character(&name) {
                    Some(c) => Ok(c as u32),
                    None => self.err(format!("undefined character name '{name}'"), start),
                }
            }
            '0' => {
                // Up to two more octal digits.
                let mut v = 0;
                for _ in 0..2 {
                    match self.peek() {
                        Some(d) if is_oct(d) => {
                            v = v * 8 + (d - 0x30);
                            self.i += 1;
                        }
                        _ => break,
                    }
                }
                Ok(v)
            }
            '1'..='7' if in_set => {
                let mut v = c - 0x30;
                for _ in 0..2 {
                    match self.peek() {
                        Some(d) if is_oct(d) => {
                            v = v * 8 + (d - 0x30);
                            self.i += 1;
                        }
                        _ => break,
                    }
                }
                if v > 0o377 {
                    return self.err(
                        format!(
                            "octal escape value {} outside of range 0-0o377",
                            text(&self.p[start..self.i])
                        ),
                        start,
                    );
                }
                Ok(v)
            }
            _ if ch.is_ascii_alphanumeric() => self.err(format!("bad escape \\{ch}"), start),
            _ => Ok(c),
        }
    }

    fn hex_escape(&mut self, start: usize, n: usize) -> PResult<u32> {
        let mut v: u32 = 0;
        for _ in 0..n {
            match self.peek() {
                Some(d) if is_hex(d) => {
                    v = v
                        .wrapping_mul(16)
                        .wrapping_add(char::from_u32(d).and_then(|d| d.to_digit(16)).unwrap_or(0));
                    self.i += 1;
                }
                _ => {
                    return self.err(format!("incomplete escape {}", text(&self.p[start..self.i])), start);
                }
            }
        }
        Ok(v)
    }

    /// A set `[...]`.
    fn parse_set(&mut self) -> PResult<Node> {
        let start = self.i;
        self.i += 1;
        let negate = self.eat('^');
        let mut items = Vec::new();
        let mut first = true;
        loop {
            let Some(c) = self.peek() else {
                return self.err("unterminated character set", start);
            };
            if c == ']' as u32 && !first {
                self.i += 1;
                break;
            }
            first = false;
            let item_start = self.i;
            let lo = self.set_atom()?;
            if self.peek() == Some('-' as u32) && self.peek_at(1).is_some_and(|c| c != ']' as u32) {
                self.i += 1;
                let hi = self.set_atom()?;
                match (&lo, &hi) {
                    (SetItem::Char(a), SetItem::Char(b)) => {
                        if b < a {
                            return self.err(
                                format!("bad character range {}", text(&self.p[item_start..self.i])),
                                item_start,
                            );
                        }
                        items.push(SetItem::Range(*a, *b));
                    }
                    _ => {
                        return self.err(
                            format!("bad character range {}", text(&self.p[item_start..self.i])),
                            item_start,
                        )
                    }
                }
            } else if self.peek() == Some('-' as u32) && self.peek_at(1).is_none() {
                return self.err("unterminated character set", start);
            } else {
                items.push(lo);
            }
        }
        Ok(Node::Set {
            items,
            negate,
            case: self.case(),
            mode: self.mode(),
        })
    }

    /// One character or class inside a set.
    fn set_atom(&mut self) -> PResult<SetItem> {
        let start = self.i;
        let Some(c) = self.peek() else {
            return self.err("unterminated character set", start);
        };
        if c != '\\' as u32 {
            self.i += 1;
            return Ok(SetItem::Char(c));
        }
        self.i += 1;
        let Some(e) = self.peek() else {
            return self.err("bad escape (end of pattern)", start);
        };
        let kind = match char::from_u32(e).unwrap_or('\0') {
            'd' => Some(ClassKind::Digit),
            'D' => Some(ClassKind::NotDigit),
            's' => Some(ClassKind::Space),
            'S' => Some(ClassKind::NotSpace),
            'w' => Some(ClassKind::Word),
            'W' => Some(ClassKind::NotWord),
            'b' => {
                self.i += 1;
                return Ok(SetItem::Char(8));
            }
            _ => None,
        };
        if let Some(k) = kind {
            self.i += 1;
            return Ok(SetItem::Class(k));
        }
        Ok(SetItem::Char(self.escape_char(start, true)?))
    }
}

/// The (min, max) width of a node, max capped at `MAXREPEAT`.
pub fn width(n: &Node, groups: &[(u64, u64)]) -> (u64, u64) {
    let cap = u64::from(MAXREPEAT);
    match n {
        Node::Empty | Node::At(_) | Node::Look { .. } => (0, 0),
        Node::Char(..) | Node::Any(_) | Node::Set { .. } => (1, 1),
        Node::Concat(v) => v.iter().fold((0, 0), |(a, b), n| {
            let (x, y) = width(n, groups);
            ((a + x).min(cap), (b + y).min(cap))
        }),
        Node::Alt(v) => {
            let mut lo = cap;
            let mut hi = 0;
            for n in v {
                let (x, y) = width(n, groups);
                lo = lo.min(x);
                hi = hi.max(y);
            }
            (lo, hi)
        }
        Node::Group(_, n) | Node::Atomic(n) => width(n, groups),
        Node::Repeat { node, min, max, .. } => {
            let (x, y) = width(node, groups);
            ((x * u64::from(*min)).min(cap), (y * u64::from(*max)).min(cap))
        }
        Node::Backref(g, _) => groups.get(*g).copied().unwrap_or((0, cap)),
        Node::Cond { yes, no, .. } => {
            let (a, b) = width(yes, groups);
            let (c, d) = width(no, groups);
            (a.min(c), b.max(d))
        }
    }
}

/// The first operator a `TEMPLATE` pattern may not use (repeats), by
/// CPython's name for it.
pub fn template_unsupported(n: &Node) -> Option<&'static str> {
    match n {
        Node::Repeat { kind, .. } => Some(match kind {
            RepeatKind::Greedy => "MAX_REPEAT",
            RepeatKind::Lazy => "MIN_REPEAT",
            RepeatKind::Possessive => "POSSESSIVE_REPEAT",
        }),
        Node::Concat(v) | Node::Alt(v) => v.iter().find_map(template_unsupported),
        Node::Group(_, n) | Node::Atomic(n) => template_unsupported(n),
        Node::Look { node, .. } => template_unsupported(node),
        Node::Cond { yes, no, .. } => template_unsupported(yes).or_else(|| template_unsupported(no)),
        _ => None,
    }
}
