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

/// Source line of each instruction, run-length encoded: `(first instruction, line)`
/// pairs in increasing instruction order.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct LineTable {
    pub entries: Vec<(u32, u32)>,
}

impl LineTable {
    /// Record that instructions from `index` on come from `line`.
    pub fn push(&mut self, index: u32, line: u32) {
        match self.entries.last_mut() {
            Some(last) if last.1 == line => {}
            Some(last) if last.0 == index => last.1 = line,
            _ => self.entries.push((index, line)),
        }
    }

    /// The line of instruction `index` (0 if unknown).
    pub fn line_of(&self, index: u32) -> u32 {
        match self.entries.binary_search_by_key(&index, |e| e.0) {
            Ok(i) => self.entries[i].1,
            Err(0) => 0,
            Err(i) => self.entries[i - 1].1,
        }
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
