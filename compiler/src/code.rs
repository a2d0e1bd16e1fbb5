//! Code objects: the compiler's output and the VM's input.
//!
//! Field names follow CPython's `code` type (`co_consts`, `co_names`, `co_varnames`,
//! `co_cellvars`, `co_freevars`) so a learner can compare `kaa --dis` with CPython's
//! `dis`. Constants are [`ConstValue`]s, which the VM turns into objects (interning
//! strings, sharing small ints) when it loads the code.

use std::sync::Arc;

use crate::bytecode::{CodeUnit, Opcode};

/// `co_flags` bits (CPython's values).
pub mod flags {
    /// Fast locals are used (always set for functions).
    pub const OPTIMIZED: u32 = 0x1;
    /// A new locals dict is made for each run (functions and class bodies).
    pub const NEWLOCALS: u32 = 0x2;
    /// The function takes `*args`.
    pub const VARARGS: u32 = 0x4;
    /// The function takes `**kwargs`.
    pub const VARKEYWORDS: u32 = 0x8;
    /// The function is nested in another.
    pub const NESTED: u32 = 0x10;
    /// Calling the function makes a generator.
    pub const GENERATOR: u32 = 0x20;
    /// The code is a coroutine (`async def`).
    pub const COROUTINE: u32 = 0x80;
    /// A generator usable with `await` (`types.coroutine`).
    pub const ITERABLE_COROUTINE: u32 = 0x100;
    /// The code is an async generator (`async def` with `yield`).
    pub const ASYNC_GENERATOR: u32 = 0x200;
}

/// A compile-time constant. Float equality for deduplication is by bits (so `0.0`
/// and `-0.0` stay distinct), and values of different types never merge (`1`, `1.0`
/// and `True` are three constants), as in CPython.
#[derive(Debug, Clone)]
pub enum ConstValue {
    None,
    Bool(bool),
    Int(i64),
    /// Digits in `radix`, as written in the source (no sign).
    BigInt {
        digits: String,
        radix: u32,
    },
    Float(f64),
    Complex {
        real: f64,
        imag: f64,
    },
    Str(Arc<str>),
    Bytes(Arc<[u8]>),
    Ellipsis,
    Tuple(Arc<[ConstValue]>),
    /// A constant set display, `{1, 2, 3}`, or a set on the right of `in`: the
    /// VM makes a frozenset of the items (CPython folds these the same way, and
    /// the frozenset's order is the order a set built from it sees).
    FrozenSet(Arc<[ConstValue]>),
    Code(Arc<CodeObject>),
}

impl PartialEq for ConstValue {
    fn eq(&self, other: &Self) -> bool {
        use ConstValue::*;
        match (self, other) {
            (None, None) | (Ellipsis, Ellipsis) => true,
            (Bool(a), Bool(b)) => a == b,
            (Int(a), Int(b)) => a == b,
            (BigInt { digits: a, radix: r }, BigInt { digits: b, radix: s }) => a == b && r == s,
            (Float(a), Float(b)) => a.to_bits() == b.to_bits(),
            (Complex { real: a, imag: b }, Complex { real: c, imag: d }) => {
                a.to_bits() == c.to_bits() && b.to_bits() == d.to_bits()
            }
            (Str(a), Str(b)) => a == b,
            (Bytes(a), Bytes(b)) => a == b,
            (Tuple(a), Tuple(b)) | (FrozenSet(a), FrozenSet(b)) => a == b,
            (Code(a), Code(b)) => Arc::ptr_eq(a, b),
            _ => false,
        }
    }
}

/// Where an instruction comes from: `co_positions()`'s `(lineno, end_lineno,
/// col_offset, end_col_offset)`, columns in UTF-8 bytes from the start of the
/// line, as CPython's. `col`/`end_col` are `None` when unknown.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct Position {
    pub line: u32,
    pub end_line: u32,
    pub col: Option<u32>,
    pub end_col: Option<u32>,
}

/// The full [`Position`] of each instruction, packed in `positions` (see
/// [`LineTable::from_positions`]), and the source line of each instruction,
/// run-length encoded: `(first instruction, line)` pairs in increasing
/// instruction order ([`LineTable::entries`]).
///
/// A table read back by `marshal` keeps only the packed bytes until a line is
/// asked for: importing a module decodes none of its functions' lines, and
/// most are never asked for (a traceback, `f_lineno` or a trace hook asks).
/// Packed bytes that do not decode give no lines (line 0), as a table with
/// no entries does.
#[derive(Debug, Clone, Default)]
pub struct LineTable {
    /// The line runs: made by the compiler, or decoded from `positions` on
    /// first use.
    entries: std::sync::OnceLock<Vec<(u32, u32)>>,
    /// The positions, packed (see [`LineTable::from_positions`]).
    pub positions: Vec<u8>,
}

/// Two tables are equal when their positions are: the lines come from them
/// (a table made with [`LineTable::with_lines`] has no positions and compares
/// by its lines).
impl PartialEq for LineTable {
    fn eq(&self, other: &Self) -> bool {
        self.positions == other.positions && (!self.positions.is_empty() || self.entries() == other.entries())
    }
}

fn put_varint(out: &mut Vec<u8>, mut n: u64) {
    loop {
        let b = (n & 0x7f) as u8;
        n >>= 7;
        if n == 0 {
            out.push(b);
            return;
        }
        out.push(b | 0x80);
    }
}

fn get_varint(bytes: &[u8], at: &mut usize) -> Option<u64> {
    let mut n: u64 = 0;
    let mut shift = 0;
    loop {
        let b = *bytes.get(*at)?;
        *at += 1;
        if shift >= 64 {
            return None;
        }
        n |= u64::from(b & 0x7f) << shift;
        if b & 0x80 == 0 {
            return Some(n);
        }
        shift += 7;
    }
}

fn zigzag(d: i64) -> u64 {
    ((d << 1) ^ (d >> 63)) as u64
}

fn unzigzag(z: u64) -> i64 {
    ((z >> 1) as i64) ^ -((z & 1) as i64)
}

/// Forms of a packed position run (the high five bits of its first byte;
/// the low three are the run's length minus one). Lines are relative to
/// the previous run's.
mod form {
    /// `0..SHORT`: same line, one-line range; one more byte `b`:
    /// `col = form * 16 + (b >> 4)`, `end_col = col + (b & 15)`.
    pub const SHORT: u8 = 10;
    /// `ONE_LINE + d` (d in 0..3): the line moves down by `d`, one-line
    /// range; then `col` and `end_col` as bytes.
    pub const ONE_LINE: u8 = 10;
    /// A line (zigzag varint delta) without columns.
    pub const NO_COLUMNS: u8 = 13;
    /// Everything as varints: line delta (zigzag), `end_line - line`, `col`, `end_col`.
    pub const LONG: u8 = 14;
}

impl LineTable {
    /// The table for instructions `0..positions.len()`: the run-length line
    /// entries, and the positions packed in runs of up to 8 instructions,
    /// most in 2 or 3 bytes (in the manner of CPython's location table).
    pub fn from_positions(positions: &[Position]) -> LineTable {
        let mut entries = Vec::new();
        let mut packed = Vec::new();
        let out = &mut packed;
        let mut prev_line: i64 = 0;
        let mut i = 0;
        while i < positions.len() {
            let p = positions[i];
            let mut count = 1;
            while count < 8 && i + count < positions.len() && positions[i + count] == p {
                count += 1;
            }
            push_line(&mut entries, i as u32, p.line);
            let len_bits = (count - 1) as u8;
            let delta = i64::from(p.line) - prev_line;
            prev_line = i64::from(p.line);
            match (p.col, p.end_col) {
                (Some(c), Some(e)) if p.end_line == p.line && e >= c => {
                    let width = e - c;
                    if delta == 0 && c < u32::from(form::SHORT) * 16 && width < 16 {
                        out.push(((c / 16) as u8) << 3 | len_bits);
                        out.push(((c % 16) as u8) << 4 | width as u8);
                    } else if (0..3).contains(&delta) && c < 256 && e < 256 {
                        out.push((form::ONE_LINE + delta as u8) << 3 | len_bits);
                        out.push(c as u8);
                        out.push(e as u8);
                    } else {
                        out.push(form::LONG << 3 | len_bits);
                        put_varint(out, zigzag(delta));
                        put_varint(out, 0);
                        put_varint(out, u64::from(c));
                        put_varint(out, u64::from(e));
                    }
                }
                (Some(c), Some(e)) if p.end_line > p.line => {
                    out.push(form::LONG << 3 | len_bits);
                    put_varint(out, zigzag(delta));
                    put_varint(out, u64::from(p.end_line - p.line));
                    put_varint(out, u64::from(c));
                    put_varint(out, u64::from(e));
                }
                _ => {
                    out.push(form::NO_COLUMNS << 3 | len_bits);
                    put_varint(out, zigzag(delta));
                }
            }
            i += count;
        }
        LineTable {
            entries: std::sync::OnceLock::from(entries),
            positions: packed,
        }
    }

    /// A table of lines only, without positions (tests, hand-made code).
    pub fn with_lines(entries: Vec<(u32, u32)>) -> LineTable {
        LineTable {
            entries: std::sync::OnceLock::from(entries),
            positions: Vec::new(),
        }
    }

    /// Decode packed positions: each run's length and position, or `None`
    /// if the bytes are malformed.
    fn runs(bytes: &[u8]) -> Option<Vec<(u32, Position)>> {
        let mut out = Vec::new();
        let mut at = 0;
        let mut line: i64 = 0;
        while at < bytes.len() {
            let first = bytes[at];
            at += 1;
            let count = u32::from(first & 7) + 1;
            let f = first >> 3;
            let mut p = Position::default();
            if f < form::SHORT {
                let b = *bytes.get(at)?;
                at += 1;
                let col = u32::from(f) * 16 + u32::from(b >> 4);
                p.col = Some(col);
                p.end_col = Some(col + u32::from(b & 15));
            } else if f < form::ONE_LINE + 3 {
                line += i64::from(f - form::ONE_LINE);
                let (c, e) = (*bytes.get(at)?, *bytes.get(at + 1)?);
                at += 2;
                p.col = Some(u32::from(c));
                p.end_col = Some(u32::from(e));
            } else if f == form::NO_COLUMNS {
                line += unzigzag(get_varint(bytes, &mut at)?);
            } else if f == form::LONG {
                line += unzigzag(get_varint(bytes, &mut at)?);
                let extra = u32::try_from(get_varint(bytes, &mut at)?).ok()?;
                p.col = Some(u32::try_from(get_varint(bytes, &mut at)?).ok()?);
                p.end_col = Some(u32::try_from(get_varint(bytes, &mut at)?).ok()?);
                p.line = u32::try_from(line).ok()?;
                p.end_line = p.line.checked_add(extra)?;
                out.push((count, p));
                continue;
            } else {
                return None;
            }
            p.line = u32::try_from(line).ok()?;
            p.end_line = p.line;
            out.push((count, p));
        }
        Some(out)
    }

    /// A table from its packed positions (`marshal`); the lines are decoded
    /// when first asked for.
    pub fn from_packed(positions: Vec<u8>) -> LineTable {
        LineTable {
            entries: std::sync::OnceLock::new(),
            positions,
        }
    }

    /// The line runs, `(first instruction, line)` in increasing instruction
    /// order (decoded from the positions the first time).
    pub fn entries(&self) -> &[(u32, u32)] {
        self.entries.get_or_init(|| {
            let mut entries = Vec::new();
            let mut index: u32 = 0;
            for (count, p) in Self::runs(&self.positions).unwrap_or_default() {
                push_line(&mut entries, index, p.line);
                let Some(next) = index.checked_add(count) else { break };
                index = next;
            }
            entries
        })
    }

    /// The position of every instruction, in order (`co_positions()`).
    pub fn decode_positions(&self) -> Vec<Position> {
        let mut out = Vec::new();
        for (count, p) in Self::runs(&self.positions).unwrap_or_default() {
            out.extend(std::iter::repeat(p).take(count as usize));
        }
        out
    }

    /// The position of instruction `index`, if recorded.
    pub fn position_of(&self, index: u32) -> Option<Position> {
        let mut at: u32 = 0;
        for (count, p) in Self::runs(&self.positions)? {
            at = at.checked_add(count)?;
            if index < at {
                return Some(p);
            }
        }
        None
    }

    /// The line of instruction `index` (0 if unknown).
    pub fn line_of(&self, index: u32) -> u32 {
        let entries = self.entries();
        match entries.binary_search_by_key(&index, |e| e.0) {
            Ok(i) => entries[i].1,
            Err(0) => 0,
            Err(i) => entries[i - 1].1,
        }
    }
}

/// Record in `entries` that instructions from `index` on come from `line`.
fn push_line(entries: &mut Vec<(u32, u32)>, index: u32, line: u32) {
    match entries.last_mut() {
        Some(last) if last.1 == line => {}
        Some(last) if last.0 == index => last.1 = line,
        _ => entries.push((index, line)),
    }
}

/// A compiled function, class body, module, comprehension or lambda.
#[derive(Debug, Clone, PartialEq)]
pub struct CodeObject {
    /// The instruction words.
    pub co_code: Vec<CodeUnit>,
    /// Constants (deduplicated).
    pub co_consts: Vec<ConstValue>,
    /// Global, attribute and import names (deduplicated).
    pub co_names: Vec<Arc<str>>,
    /// Fast locals: parameters first, in order (positional-only, positional,
    /// keyword-only, then `*args`, then `**kwargs`), then other locals.
    pub co_varnames: Vec<Arc<str>>,
    /// Locals captured by nested functions; indices `0..len` of the deref space.
    pub co_cellvars: Vec<Arc<str>>,
    /// Variables captured from enclosing scopes; deref indices follow the cellvars.
    pub co_freevars: Vec<Arc<str>>,
    /// For each cellvar that is also a parameter, the parameter's index in
    /// `co_varnames` (the VM moves the argument into the cell at call time).
    pub cell2arg: Vec<Option<u32>>,
    pub co_argcount: u32,
    pub co_posonlyargcount: u32,
    pub co_kwonlyargcount: u32,
    /// The most stack slots the code needs, from the opcodes' stack effects.
    pub co_stacksize: u32,
    pub co_flags: u32,
    pub co_name: Arc<str>,
    pub co_qualname: Arc<str>,
    pub co_filename: Arc<str>,
    pub co_firstlineno: u32,
    pub linetable: LineTable,
}

impl CodeObject {
    /// Decoded instructions `(index, opcode, full argument)`, folding `EXTENDED_ARG`.
    /// Undecodable words are skipped (the compiler never emits them).
    pub fn instructions(&self) -> Vec<(usize, Opcode, u32)> {
        let mut out = Vec::with_capacity(self.co_code.len());
        let mut ext: u32 = 0;
        for (i, unit) in self.co_code.iter().enumerate() {
            let Some(op) = Opcode::from_u8(unit.op_byte()) else {
                continue;
            };
            if op == Opcode::EXTENDED_ARG {
                ext = (ext << 24) | unit.arg();
                continue;
            }
            out.push((i, op, (ext << 24) | unit.arg()));
            ext = 0;
        }
        out
    }

    pub fn is_generator(&self) -> bool {
        self.co_flags & flags::GENERATOR != 0
    }

    /// Calling the code's function makes a generator, a coroutine or an async
    /// generator rather than running it.
    pub fn is_resumable(&self) -> bool {
        self.co_flags & (flags::GENERATOR | flags::COROUTINE | flags::ASYNC_GENERATOR) != 0
    }

    /// Total number of parameters, including `*args` and `**kwargs`.
    pub fn total_args(&self) -> usize {
        let mut n = (self.co_argcount + self.co_kwonlyargcount) as usize;
        if self.co_flags & flags::VARARGS != 0 {
            n += 1;
        }
        if self.co_flags & flags::VARKEYWORDS != 0 {
            n += 1;
        }
        n
    }
}
