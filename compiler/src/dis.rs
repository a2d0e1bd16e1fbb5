//! A disassembler whose listing is shaped like CPython's `dis.dis`, so `kaa --dis`
//! and `python3 -m dis` can be read side by side:
//!
//! ```text
//!   1           0 LOAD_CONST               0 (1)
//!               1 STORE_NAME               0 (x)
//!
//!   2     >>    2 LOAD_NAME                0 (x)
//! ```
//!
//! Columns: the source line where it changes, `>>` on jump targets, the instruction
//! index (Kaa counts instructions, CPython counts bytes), the opcode, its argument
//! and what the argument means. Nested code objects follow, each under a
//! `Disassembly of <code object NAME, file "FILE", line N>:` header.

use std::collections::HashSet;
use std::fmt::Write;

use crate::bytecode::{BinaryOp, CompareOp, Opcode, Operand};
use crate::code::{CodeObject, ConstValue};

/// Disassemble a code object and, recursively, the code objects among its constants.
pub fn disassemble(code: &CodeObject) -> String {
    let mut out = String::new();
    disassemble_one(code, &mut out, &mut |_, _, _| None);
    for c in &code.co_consts {
        if let ConstValue::Code(inner) = c {
            let _ = writeln!(out);
            let _ = writeln!(out, "Disassembly of {}:", code_repr(inner));
            out.push_str(&disassemble(inner));
        }
    }
    out
}

/// The listing of one code object (without its nested ones) in which
/// `form(index, opcode, arg)` may replace an instruction's name and add a
/// note after its argument: `kaa --dis --adaptive` shows there what the
/// caches beside the bytecode hold (`kaa_vm::adaptive`).
pub fn disassemble_one_with(code: &CodeObject, form: &mut dyn FnMut(usize, Opcode, u32) -> Option<Form>) -> String {
    let mut out = String::new();
    disassemble_one(code, &mut out, form);
    out
}

/// What [`disassemble_one_with`] shows instead of an instruction's name.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Form {
    /// The name shown in the opcode column (`LOAD_ATTR_WITH_HINT`).
    pub name: String,
    /// Shown in brackets after the argument (`[stale: ...]`), if any.
    pub note: Option<String>,
}

/// `<code object NAME, file "FILE", line N>`, as the nested listings' headers
/// (`Disassembly of <code object ...>:`) show it.
pub fn code_header(code: &CodeObject) -> String {
    code_repr(code)
}

fn code_repr(code: &CodeObject) -> String {
    format!(
        "<code object {}, file \"{}\", line {}>",
        code.co_name, code.co_filename, code.co_firstlineno
    )
}

const OPNAME_WIDTH: usize = 20;
const OPARG_WIDTH: usize = 5;

type FormFn<'a> = dyn FnMut(usize, Opcode, u32) -> Option<Form> + 'a;

fn disassemble_one(code: &CodeObject, out: &mut String, form: &mut FormFn<'_>) {
    let units = &code.co_code;
    let max_line = code.linetable.entries().iter().map(|e| e.1).max().unwrap_or(0);
    let line_width = if max_line >= 1000 {
        max_line.to_string().len()
    } else {
        3
    };
    let offset_width = if units.len() >= 10000 {
        units.len().to_string().len()
    } else {
        4
    };

    let mut targets = HashSet::new();
    for (_, op, arg) in code.instructions() {
        if op.operand() == Operand::Jump {
            targets.insert(arg as usize);
        }
    }
    let mut last_line = None;
    let mut ext: u32 = 0;
    for (i, unit) in units.iter().enumerate() {
        let line = code.linetable.line_of(i as u32);
        let starts_line = line != 0 && last_line != Some(line);
        if starts_line {
            if i > 0 {
                out.push('\n');
            }
            last_line = Some(line);
        }
        let mut fields: Vec<String> = Vec::new();
        fields.push(if starts_line {
            format!("{line:>line_width$}")
        } else {
            " ".repeat(line_width)
        });
        fields.push("   ".to_string());
        fields.push(if targets.contains(&i) {
            ">>".to_string()
        } else {
            "  ".to_string()
        });
        fields.push(format!("{i:>offset_width$}"));
        let Some(op) = Opcode::from_u8(unit.op_byte()) else {
            fields.push(format!("<{}>", unit.op_byte()));
            out.push_str(fields.join(" ").trim_end());
            out.push('\n');
            continue;
        };
        let arg = (ext << 24) | unit.arg();
        ext = if op == Opcode::EXTENDED_ARG { arg } else { 0 };
        let shown = form(i, op, arg);
        let name = shown.as_ref().map_or(op.name(), |f| f.name.as_str());
        fields.push(format!("{name:<OPNAME_WIDTH$}"));
        if op.operand() != Operand::None {
            fields.push(format!(
                "{:>OPARG_WIDTH$}",
                if op == Opcode::EXTENDED_ARG { unit.arg() } else { arg }
            ));
            let meaning = argrepr(code, op, arg);
            if !meaning.is_empty() {
                fields.push(format!("({meaning})"));
            }
        }
        if let Some(note) = shown.as_ref().and_then(|f| f.note.as_ref()) {
            fields.push(format!("[{note}]"));
        }
        out.push_str(fields.join(" ").trim_end());
        out.push('\n');
    }
}

fn argrepr(code: &CodeObject, op: Opcode, arg: u32) -> String {
    let idx = arg as usize;
    match op.operand() {
        Operand::Const => code.co_consts.get(idx).map_or_else(|| "?".into(), const_repr),
        Operand::Name => code.co_names.get(idx).map_or_else(|| "?".into(), |n| n.to_string()),
        Operand::Local => code.co_varnames.get(idx).map_or_else(|| "?".into(), |n| n.to_string()),
        Operand::Deref => code
            .co_cellvars
            .iter()
            .chain(&code.co_freevars)
            .nth(idx)
            .map_or_else(|| "?".into(), |n| n.to_string()),
        Operand::Jump => format!("to {arg}"),
        Operand::Compare => CompareOp::from_u32(arg).map_or_else(|| "?".into(), |c| c.symbol().to_string()),
        Operand::Binary => match BinaryOp::decode(arg) {
            Some((b, true)) => format!("{}=", b.symbol()),
            Some((b, false)) => b.symbol().to_string(),
            None => "?".into(),
        },
        Operand::Flags => match op {
            Opcode::MAKE_FUNCTION => ["defaults", "kwdefaults", "annotations", "closure"]
                .iter()
                .enumerate()
                .filter(|(i, _)| arg & (1 << i) != 0)
                .map(|(_, s)| *s)
                .collect::<Vec<_>>()
                .join(", "),
            Opcode::FORMAT_VALUE => {
                let conv = ["", "str", "repr", "ascii"][(arg & 3) as usize];
                match (conv.is_empty(), arg & 4 != 0) {
                    (true, true) => "with format".into(),
                    (false, true) => format!("{conv}, with format"),
                    _ => conv.into(),
                }
            }
            _ => String::new(),
        },
        Operand::None | Operand::Count => String::new(),
    }
}

/// Python's `repr` of a constant.
pub fn const_repr(c: &ConstValue) -> String {
    match c {
        ConstValue::None => "None".into(),
        ConstValue::Bool(true) => "True".into(),
        ConstValue::Bool(false) => "False".into(),
        ConstValue::Int(i) => i.to_string(),
        ConstValue::BigInt { digits, radix } => bigint_decimal(digits, *radix),
        ConstValue::Float(f) => float_repr(*f),
        ConstValue::Complex { real, imag } => complex_repr(*real, *imag),
        ConstValue::Str(s) => str_repr(s),
        ConstValue::Bytes(b) => bytes_repr(b),
        ConstValue::Ellipsis => "Ellipsis".into(),
        ConstValue::Tuple(items) => {
            let parts: Vec<String> = items.iter().map(const_repr).collect();
            if parts.len() == 1 {
                format!("({},)", parts[0])
            } else {
                format!("({})", parts.join(", "))
            }
        }
        ConstValue::FrozenSet(items) => {
            let parts: Vec<String> = items.iter().map(const_repr).collect();
            if parts.is_empty() {
                "frozenset()".into()
            } else {
                format!("frozenset({{{}}})", parts.join(", "))
            }
        }
        ConstValue::Code(code) => code_repr(code),
    }
}

/// Digits in `radix` → decimal digits.
pub(crate) fn bigint_decimal(digits: &str, radix: u32) -> String {
    if radix == 10 {
        let t = digits.trim_start_matches('0');
        return if t.is_empty() { "0".into() } else { t.into() };
    }
    const BASE: u64 = 1_000_000_000;
    let mut limbs: Vec<u64> = vec![0]; // little-endian, base 1e9
    for ch in digits.chars() {
        let Some(d) = ch.to_digit(radix) else {
            continue;
        };
        let mut carry = u64::from(d);
        for limb in limbs.iter_mut() {
            let v = *limb * u64::from(radix) + carry;
            *limb = v % BASE;
            carry = v / BASE;
        }
        while carry > 0 {
            limbs.push(carry % BASE);
            carry /= BASE;
        }
    }
    let mut s = limbs.last().copied().unwrap_or(0).to_string();
    for limb in limbs.iter().rev().skip(1) {
        let _ = write!(s, "{limb:09}");
    }
    s
}

/// Python's `repr(float)`: the shortest string that round-trips, in fixed notation
/// for exponents from -4 to 15 and scientific (`1e+16`, `1.5e-05`) otherwise.
pub fn float_repr(f: f64) -> String {
    if f.is_nan() {
        return "nan".into();
    }
    if f.is_infinite() {
        return if f > 0.0 { "inf".into() } else { "-inf".into() };
    }
    let sci = format!("{:e}", f.abs());
    let (mantissa, exp) = sci.split_once('e').unwrap_or((&sci, "0"));
    let exp: i32 = exp.parse().unwrap_or(0);
    let digits: String = mantissa.chars().filter(|c| c.is_ascii_digit()).collect();
    let sign = if f.is_sign_negative() { "-" } else { "" };
    let n = digits.len() as i32;
    let decpt = exp + 1;
    let body = if -4 < decpt && decpt <= 16 {
        if decpt <= 0 {
            format!("0.{}{digits}", "0".repeat((-decpt) as usize))
        } else if decpt >= n {
            format!("{digits}{}.0", "0".repeat((decpt - n) as usize))
        } else {
            format!("{}.{}", &digits[..decpt as usize], &digits[decpt as usize..])
        }
    } else {
        let rest = if n > 1 {
            format!(".{}", &digits[1..])
        } else {
            String::new()
        };
        let esign = if exp < 0 { '-' } else { '+' };
        format!("{}{rest}e{esign}{:02}", &digits[..1], exp.abs())
    };
    format!("{sign}{body}")
}

/// Python's `repr(complex)`: `2j`, `(1-2.5j)`, `(-0+1e+16j)`. The parts are
/// float reprs without the `.0` an integral float gets.
pub fn complex_repr(real: f64, imag: f64) -> String {
    let part = |f: f64| {
        let r = float_repr(f);
        match r.strip_suffix(".0") {
            Some(whole) => whole.to_string(),
            None => r,
        }
    };
    if real == 0.0 && real.is_sign_positive() {
        return format!("{}j", part(imag));
    }
    let im = part(imag);
    let sign = if im.starts_with('-') { "" } else { "+" };
    format!("({}{sign}{im}j)", part(real))
}

/// Python's `repr(str)`: single quotes unless the text contains `'` and no `"`.
pub fn str_repr(s: &str) -> String {
    let quote = if s.contains('\'') && !s.contains('"') {
        '"'
    } else {
        '\''
    };
    let mut out = String::with_capacity(s.len() + 2);
    out.push(quote);
    for c in s.chars() {
        match c {
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            '\t' => out.push_str("\\t"),
            c if c == quote => {
                out.push('\\');
                out.push(c);
            }
            c if !is_printable(c) => {
                let v = c as u32;
                if v < 0x100 {
                    let _ = write!(out, "\\x{v:02x}");
                } else if v < 0x10000 {
                    let _ = write!(out, "\\u{v:04x}");
                } else {
                    let _ = write!(out, "\\U{v:08x}");
                }
            }
            c => out.push(c),
        }
    }
    out.push(quote);
    out
}

/// An approximation of `str.isprintable` good enough for listings: controls,
/// separators other than the space, format characters and private-use code points
/// are escaped.
fn is_printable(c: char) -> bool {
    let v = c as u32;
    !(c.is_control()
        || v == 0xA0
        || v == 0xAD
        || v == 0x1680
        || (0x2000..=0x200F).contains(&v)
        || (0x2028..=0x202F).contains(&v)
        || (0x205F..=0x206F).contains(&v)
        || v == 0x3000
        || v == 0xFEFF
        || (0xE000..=0xF8FF).contains(&v)
        || (0xFFF9..=0xFFFB).contains(&v)
        || v >= 0xF0000)
}

/// Python's `repr(bytes)`.
pub fn bytes_repr(b: &[u8]) -> String {
    let quote = if b.contains(&b'\'') && !b.contains(&b'"') {
        '"'
    } else {
        '\''
    };
    let mut out = String::with_capacity(b.len() + 3);
    out.push('b');
    out.push(quote);
    for &c in b {
        match c {
            b'\\' => out.push_str("\\\\"),
            b'\n' => out.push_str("\\n"),
            b'\r' => out.push_str("\\r"),
            b'\t' => out.push_str("\\t"),
            c if c as char == quote => {
                out.push('\\');
                out.push(c as char);
            }
            0x20..=0x7e => out.push(c as char),
            c => {
                let _ = write!(out, "\\x{c:02x}");
            }
        }
    }
    out.push(quote);
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn float_reprs_match_python() {
        let cases = [
            (1.0, "1.0"),
            (0.1, "0.1"),
            (1e16, "1e+16"),
            (1e15, "1000000000000000.0"),
            (123.456, "123.456"),
            (0.0001, "0.0001"),
            (0.00001, "1e-05"),
            (1.5e-5, "1.5e-05"),
            (-0.0, "-0.0"),
            (1e300, "1e+300"),
            (f64::INFINITY, "inf"),
            (f64::NEG_INFINITY, "-inf"),
            (2.5e-308, "2.5e-308"),
            (1.7976931348623157e308, "1.7976931348623157e+308"),
            (12345678901234567.0, "1.2345678901234568e+16"),
            (0.3, "0.3"),
        ];
        for (f, want) in cases {
            assert_eq!(float_repr(f), want, "repr({f:e})");
        }
        assert_eq!(float_repr(f64::NAN), "nan");
    }

    #[test]
    fn str_reprs_match_python() {
        assert_eq!(str_repr("abc"), "'abc'");
        assert_eq!(str_repr("it's"), "\"it's\"");
        assert_eq!(str_repr("'\""), "'\\'\"'");
        assert_eq!(str_repr("a\nb\t\\"), "'a\\nb\\t\\\\'");
        assert_eq!(str_repr("\x00\x7f"), "'\\x00\\x7f'");
        assert_eq!(str_repr("é€😀"), "'é€😀'");
        assert_eq!(str_repr("\u{a0}\u{200b}"), "'\\xa0\\u200b'");
        assert_eq!(bytes_repr(b"a'\x00\xff"), "b\"a'\\x00\\xff\"");
        assert_eq!(bytes_repr(b"ab"), "b'ab'");
    }

    #[test]
    fn listing_shape() {
        use crate::bytecode::CodeUnit;
        use crate::code::LineTable;
        use std::sync::Arc;
        let code = CodeObject {
            co_code: vec![
                CodeUnit::new(Opcode::EXTENDED_ARG, 1),
                CodeUnit::new(Opcode::LOAD_CONST, 0),
                CodeUnit::new(Opcode::POP_JUMP_IF_FALSE, 4),
                CodeUnit::new(Opcode::LOAD_FAST, 0),
                CodeUnit::new(Opcode::BINARY_OP, 13),
                CodeUnit::new(Opcode::RETURN_VALUE, 0),
            ],
            co_consts: vec![ConstValue::Str("it's".into())],
            co_names: vec![],
            co_varnames: vec![Arc::from("x")],
            co_cellvars: vec![],
            co_freevars: vec![],
            cell2arg: vec![],
            co_argcount: 0,
            co_posonlyargcount: 0,
            co_kwonlyargcount: 0,
            co_stacksize: 2,
            co_flags: 0,
            co_name: Arc::from("f"),
            co_qualname: Arc::from("f"),
            co_filename: Arc::from("t.py"),
            co_firstlineno: 1,
            linetable: LineTable::with_lines(vec![(0, 1), (3, 2)]),
        };
        let want = "  1           0 EXTENDED_ARG             1\n\
                    \x20             1 LOAD_CONST           16777216 (?)\n\
                    \x20             2 POP_JUMP_IF_FALSE        4 (to 4)\n\
                    \n\
                    \x20 2           3 LOAD_FAST                0 (x)\n\
                    \x20       >>    4 BINARY_OP               13 (+=)\n\
                    \x20             5 RETURN_VALUE\n";
        assert_eq!(disassemble(&code), want);
    }

    #[test]
    fn const_reprs() {
        use std::sync::Arc;
        let one = ConstValue::Tuple(Arc::from(vec![ConstValue::Int(1)]));
        assert_eq!(const_repr(&one), "(1,)");
        let two = ConstValue::Tuple(Arc::from(vec![ConstValue::Str("a".into()), ConstValue::None]));
        assert_eq!(const_repr(&two), "('a', None)");
        assert_eq!(const_repr(&ConstValue::Tuple(Arc::from(vec![]))), "()");
        let big = ConstValue::BigInt {
            digits: "ffffffffffffffffffff".into(),
            radix: 16,
        };
        assert_eq!(const_repr(&big), "1208925819614629174706175");
        let big2 = ConstValue::BigInt {
            digits: "100000000000000000000".into(),
            radix: 10,
        };
        assert_eq!(const_repr(&big2), "100000000000000000000");
    }
}
