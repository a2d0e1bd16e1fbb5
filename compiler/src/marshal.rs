//! The serialised form of code objects: what the build embeds for the
//! standard library's Python modules (`kaa-stdlib`'s `build.rs`), so that
//! `import collections` loads bytecode instead of parsing source.
//!
//! ```text
//!  "KAAC" magic │ format version (u32 LE) │ code object
//!  code object  = co_code (count, u32 LE words) │ consts │ names │ varnames
//!                 │ cellvars │ freevars │ cell2arg │ argcount │ posonlyargcount
//!                 │ kwonlyargcount │ stacksize │ flags │ name │ qualname
//!                 │ filename │ firstlineno │ positions (length, the packed
//!                 bytes of `LineTable::positions`; the lines are decoded
//!                 from them when first asked for)
//!  const        = tag byte, then its payload (see `Tag`)
//!  integers     = unsigned LEB128 (i64s zigzag-encoded first)
//!  strings      = 2 × length │ UTF-8 bytes, the first time a text appears;
//!                 2 × index + 1 after that (an index into the texts seen
//!                 so far, so a name used by many functions is stored and
//!                 checked once, and the loaded code objects share one
//!                 `Arc<str>` for it)
//! ```
//!
//! [`FORMAT_VERSION`] changes whenever the bytecode or this layout changes,
//! and [`loads`] refuses any other version, so stale bytes are recompiled,
//! never misread. `loads` checks the structure (lengths, tags, UTF-8, the
//! nesting depth) and never panics on bad input, but it does not verify the
//! bytecode itself: load only bytes this compiler produced.

use std::sync::Arc;

use crate::bytecode::CodeUnit;
use crate::code::{CodeObject, ConstValue, LineTable};

/// The four bytes every serialised code object starts with.
pub const MAGIC: &[u8; 4] = b"KAAC";
/// Bumped whenever the instruction set or this layout changes.
pub const FORMAT_VERSION: u32 = 3;

/// Nested code objects and constant tuples deeper than this are refused.
const MAX_DEPTH: usize = 200;

#[repr(u8)]
enum Tag {
    None = 0,
    False = 1,
    True = 2,
    Int = 3,
    BigInt = 4,
    Float = 5,
    Str = 6,
    Bytes = 7,
    Ellipsis = 8,
    Tuple = 9,
    FrozenSet = 10,
    Code = 11,
    Complex = 12,
}

/// Serialise `code` (and every code object nested in its constants).
pub fn dumps(code: &CodeObject) -> Vec<u8> {
    let mut w = Writer {
        out: Vec::with_capacity(256),
        texts: std::collections::HashMap::new(),
    };
    w.out.extend_from_slice(MAGIC);
    w.out.extend_from_slice(&FORMAT_VERSION.to_le_bytes());
    w.code(code);
    w.out
}

/// Why [`loads`] refused its input.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct LoadError(pub &'static str);

impl std::fmt::Display for LoadError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.0)
    }
}

impl std::error::Error for LoadError {}

/// Read back what [`dumps`] wrote.
pub fn loads(bytes: &[u8]) -> Result<Arc<CodeObject>, LoadError> {
    let mut r = Reader {
        bytes,
        pos: 0,
        depth: 0,
        texts: Vec::new(),
    };
    if r.take(4)? != MAGIC {
        return Err(LoadError("bad magic number in code data"));
    }
    let v = r.take(4)?;
    if u32::from_le_bytes([v[0], v[1], v[2], v[3]]) != FORMAT_VERSION {
        return Err(LoadError("code data from another version of Kaa"));
    }
    let code = r.code()?;
    if r.pos != bytes.len() {
        return Err(LoadError("trailing bytes after code data"));
    }
    Ok(code)
}

struct Writer {
    out: Vec<u8>,
    /// Each text written so far, with its index.
    texts: std::collections::HashMap<Arc<str>, u64>,
}

impl Writer {
    fn uint(&mut self, mut n: u64) {
        loop {
            let byte = (n & 0x7f) as u8;
            n >>= 7;
            if n == 0 {
                self.out.push(byte);
                return;
            }
            self.out.push(byte | 0x80);
        }
    }

    fn len(&mut self, n: usize) {
        self.uint(n as u64);
    }

    fn str(&mut self, s: &Arc<str>) {
        if let Some(&i) = self.texts.get(s) {
            self.uint(2 * i + 1);
            return;
        }
        let i = self.texts.len() as u64;
        self.texts.insert(s.clone(), i);
        self.uint(2 * s.len() as u64);
        self.out.extend_from_slice(s.as_bytes());
    }

    fn strs(&mut self, v: &[Arc<str>]) {
        self.len(v.len());
        for s in v {
            self.str(s);
        }
    }

    fn consts(&mut self, v: &[ConstValue]) {
        self.len(v.len());
        for c in v {
            self.constant(c);
        }
    }

    fn constant(&mut self, c: &ConstValue) {
        match c {
            ConstValue::None => self.out.push(Tag::None as u8),
            ConstValue::Bool(false) => self.out.push(Tag::False as u8),
            ConstValue::Bool(true) => self.out.push(Tag::True as u8),
            ConstValue::Int(i) => {
                self.out.push(Tag::Int as u8);
                self.uint(((*i << 1) ^ (*i >> 63)) as u64);
            }
            ConstValue::BigInt { digits, radix } => {
                self.out.push(Tag::BigInt as u8);
                self.uint(u64::from(*radix));
                self.str(&Arc::from(digits.as_str()));
            }
            ConstValue::Float(f) => {
                self.out.push(Tag::Float as u8);
                self.out.extend_from_slice(&f.to_bits().to_le_bytes());
            }
            ConstValue::Complex { real, imag } => {
                self.out.push(Tag::Complex as u8);
                self.out.extend_from_slice(&real.to_bits().to_le_bytes());
                self.out.extend_from_slice(&imag.to_bits().to_le_bytes());
            }
            ConstValue::Str(s) => {
                self.out.push(Tag::Str as u8);
                self.str(s);
            }
            ConstValue::Bytes(b) => {
                self.out.push(Tag::Bytes as u8);
                self.len(b.len());
                self.out.extend_from_slice(b);
            }
            ConstValue::Ellipsis => self.out.push(Tag::Ellipsis as u8),
            ConstValue::Tuple(items) => {
                self.out.push(Tag::Tuple as u8);
                self.consts(items);
            }
            ConstValue::FrozenSet(items) => {
                self.out.push(Tag::FrozenSet as u8);
                self.consts(items);
            }
            ConstValue::Code(code) => {
                self.out.push(Tag::Code as u8);
                self.code(code);
            }
        }
    }

    fn code(&mut self, c: &CodeObject) {
        self.len(c.co_code.len());
        for unit in &c.co_code {
            self.out.extend_from_slice(&unit.0.to_le_bytes());
        }
        self.consts(&c.co_consts);
        self.strs(&c.co_names);
        self.strs(&c.co_varnames);
        self.strs(&c.co_cellvars);
        self.strs(&c.co_freevars);
        self.len(c.cell2arg.len());
        for a in &c.cell2arg {
            self.uint(a.map_or(0, |i| u64::from(i) + 1));
        }
        for n in [
            c.co_argcount,
            c.co_posonlyargcount,
            c.co_kwonlyargcount,
            c.co_stacksize,
            c.co_flags,
        ] {
            self.uint(u64::from(n));
        }
        self.str(&c.co_name);
        self.str(&c.co_qualname);
        self.str(&c.co_filename);
        self.uint(u64::from(c.co_firstlineno));
        self.len(c.linetable.positions.len());
        self.out.extend_from_slice(&c.linetable.positions);
    }
}

struct Reader<'a> {
    bytes: &'a [u8],
    pos: usize,
    depth: usize,
    /// The texts read so far, by index.
    texts: Vec<Arc<str>>,
}

const TRUNCATED: LoadError = LoadError("truncated code data");

impl<'a> Reader<'a> {
    fn take(&mut self, n: usize) -> Result<&'a [u8], LoadError> {
        let end = self.pos.checked_add(n).ok_or(TRUNCATED)?;
        let s = self.bytes.get(self.pos..end).ok_or(TRUNCATED)?;
        self.pos = end;
        Ok(s)
    }

    #[inline]
    fn byte(&mut self) -> Result<u8, LoadError> {
        let b = *self.bytes.get(self.pos).ok_or(TRUNCATED)?;
        self.pos += 1;
        Ok(b)
    }

    #[inline]
    fn uint(&mut self) -> Result<u64, LoadError> {
        // Most counts, indices and lengths fit in one byte.
        if let Some(&b) = self.bytes.get(self.pos) {
            if b & 0x80 == 0 {
                self.pos += 1;
                return Ok(u64::from(b));
            }
        }
        let mut n: u64 = 0;
        for shift in (0..64).step_by(7) {
            let b = self.byte()?;
            n |= u64::from(b & 0x7f) << shift;
            if b & 0x80 == 0 {
                return Ok(n);
            }
        }
        Err(LoadError("bad integer in code data"))
    }

    fn u32(&mut self) -> Result<u32, LoadError> {
        u32::try_from(self.uint()?).map_err(|_| LoadError("integer out of range in code data"))
    }

    /// A count of items that each take at least one byte, so a corrupt count
    /// cannot make the reader allocate more than the input's size.
    fn len(&mut self) -> Result<usize, LoadError> {
        let n = usize::try_from(self.uint()?).map_err(|_| TRUNCATED)?;
        if n > self.bytes.len() - self.pos {
            return Err(TRUNCATED);
        }
        Ok(n)
    }

    fn str(&mut self) -> Result<Arc<str>, LoadError> {
        let n = self.uint()?;
        if n & 1 == 1 {
            let i = usize::try_from(n >> 1).map_err(|_| TRUNCATED)?;
            return self
                .texts
                .get(i)
                .cloned()
                .ok_or(LoadError("bad text reference in code data"));
        }
        let len = usize::try_from(n >> 1).map_err(|_| TRUNCATED)?;
        let b = self.take(len)?;
        let s: Arc<str> = std::str::from_utf8(b)
            .map(Arc::from)
            .map_err(|_| LoadError("invalid UTF-8 in code data"))?;
        self.texts.push(s.clone());
        Ok(s)
    }

    fn strs(&mut self) -> Result<Vec<Arc<str>>, LoadError> {
        let n = self.len()?;
        (0..n).map(|_| self.str()).collect()
    }

    fn consts(&mut self) -> Result<Vec<ConstValue>, LoadError> {
        let n = self.len()?;
        (0..n).map(|_| self.constant()).collect()
    }

    fn nested<T>(&mut self, f: impl FnOnce(&mut Self) -> Result<T, LoadError>) -> Result<T, LoadError> {
        if self.depth >= MAX_DEPTH {
            return Err(LoadError("code data nested too deeply"));
        }
        self.depth += 1;
        let r = f(self);
        self.depth -= 1;
        r
    }

    fn f64(&mut self) -> Result<f64, LoadError> {
        let b = self.take(8)?;
        let mut a = [0u8; 8];
        a.copy_from_slice(b);
        Ok(f64::from_bits(u64::from_le_bytes(a)))
    }

    fn constant(&mut self) -> Result<ConstValue, LoadError> {
        let tag = self.byte()?;
        Ok(match tag {
            t if t == Tag::None as u8 => ConstValue::None,
            t if t == Tag::False as u8 => ConstValue::Bool(false),
            t if t == Tag::True as u8 => ConstValue::Bool(true),
            t if t == Tag::Int as u8 => {
                let z = self.uint()?;
                ConstValue::Int(((z >> 1) as i64) ^ -((z & 1) as i64))
            }
            t if t == Tag::BigInt as u8 => {
                let radix = self.u32()?;
                if !(2..=36).contains(&radix) {
                    return Err(LoadError("bad radix in code data"));
                }
                ConstValue::BigInt {
                    digits: self.str()?.to_string(),
                    radix,
                }
            }
            t if t == Tag::Float as u8 => ConstValue::Float(self.f64()?),
            t if t == Tag::Complex as u8 => ConstValue::Complex {
                real: self.f64()?,
                imag: self.f64()?,
            },
            t if t == Tag::Str as u8 => ConstValue::Str(self.str()?),
            t if t == Tag::Bytes as u8 => {
                let n = self.len()?;
                ConstValue::Bytes(Arc::from(self.take(n)?))
            }
            t if t == Tag::Ellipsis as u8 => ConstValue::Ellipsis,
            t if t == Tag::Tuple as u8 => ConstValue::Tuple(self.nested(Self::consts)?.into()),
            t if t == Tag::FrozenSet as u8 => ConstValue::FrozenSet(self.nested(Self::consts)?.into()),
            t if t == Tag::Code as u8 => ConstValue::Code(self.nested(Self::code)?),
            _ => return Err(LoadError("unknown constant tag in code data")),
        })
    }

    fn code(&mut self) -> Result<Arc<CodeObject>, LoadError> {
        let n = self.len()?;
        let words = self.take(n.checked_mul(4).ok_or(TRUNCATED)?)?;
        let co_code = words
            .chunks_exact(4)
            .map(|w| CodeUnit(u32::from_le_bytes([w[0], w[1], w[2], w[3]])))
            .collect();
        let co_consts = self.consts()?;
        let co_names = self.strs()?;
        let co_varnames = self.strs()?;
        let co_cellvars = self.strs()?;
        let co_freevars = self.strs()?;
        let n = self.len()?;
        let cell2arg = (0..n)
            .map(|_| Ok(self.u32()?.checked_sub(1)))
            .collect::<Result<Vec<_>, LoadError>>()?;
        let co_argcount = self.u32()?;
        let co_posonlyargcount = self.u32()?;
        let co_kwonlyargcount = self.u32()?;
        let co_stacksize = self.u32()?;
        let co_flags = self.u32()?;
        let co_name = self.str()?;
        let co_qualname = self.str()?;
        let co_filename = self.str()?;
        let co_firstlineno = self.u32()?;
        let n = self.len()?;
        let packed = self.take(n)?.to_vec();
        let linetable = LineTable::from_packed(packed);
        Ok(Arc::new(CodeObject {
            co_code,
            co_consts,
            co_names,
            co_varnames,
            co_cellvars,
            co_freevars,
            cell2arg,
            co_argcount,
            co_posonlyargcount,
            co_kwonlyargcount,
            co_stacksize,
            co_flags,
            co_name,
            co_qualname,
            co_filename,
            co_firstlineno,
            linetable,
        }))
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::{compile, Mode};

    const SOURCE: &str = "\
import sys
X = (1, -2, 2**70, 1.5, -0.0, 2j, 1-0.5j, 'text', b'bytes', ..., None, True, False)
def f(a, /, b=2, *args, c, **kw):
    def g():
        return a + c
    return g
class C:
    y = {1, 2}
    def m(self): yield self
";

    #[test]
    fn round_trip_is_identity() {
        let code = compile(SOURCE, "<test>", Mode::Exec).unwrap();
        let bytes = dumps(&code);
        let back = loads(&bytes).unwrap();
        // `ConstValue::Code` compares by pointer, so nested code objects are
        // compared through their own serialised form.
        assert_eq!(back.co_code, code.co_code);
        assert_eq!(back.linetable, code.linetable);
        assert_eq!(dumps(&back), bytes);
    }

    #[test]
    fn every_truncation_and_corruption_is_an_error() {
        let code = compile(SOURCE, "<test>", Mode::Exec).unwrap();
        let bytes = dumps(&code);
        for n in 0..bytes.len() {
            assert!(loads(&bytes[..n]).is_err(), "truncated at {n}");
        }
        // Flipping any byte must never panic (it may still load).
        for i in 0..bytes.len() {
            let mut b = bytes.clone();
            b[i] ^= 0xff;
            let _ = loads(&b);
        }
    }

    #[test]
    fn another_version_is_refused() {
        let code = compile("x = 1\n", "<test>", Mode::Exec).unwrap();
        let mut bytes = dumps(&code);
        bytes[4] ^= 1;
        assert_eq!(loads(&bytes).unwrap_err().0, "code data from another version of Kaa");
    }
}
