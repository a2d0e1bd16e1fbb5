//! Text formatting: the `format()` mini-language (`FormatSpec`, `format_int`,
//! `format_float`, `format_str`), `%`-formatting (`percent_format`), `str.format`
//! (`str_format`), and the float-to-decimal conversion behind them (`float_to_string`).
//!
//! # Notes
//!
//! Everything here reproduces CPython 3.11 character for character:
//! `Python/formatter_unicode.c` (the mini-language), `Objects/unicodeobject.c`
//! (`%`-formatting), `Objects/stringlib/unicode_format.h` (`str.format`) and
//! `Python/pystrtod.c` (`format_float_short`).
//!
//! A formatted number is laid out as CPython's `calc_number_widths` draws it:
//!
//! ```text
//! | lpadding | sign | prefix | spadding | grouped digits | . | remainder | rpadding |
//!    '>' '^'    -+     0x       '='       1,234,567            89e+05     '<' '^'
//! ```
//!
//! Only one of the three paddings is non-empty. With the `0` flag (fill `'0'`,
//! align `'='`) the digits themselves are zero-extended *and grouped*, so
//! `format(1234, '09,')` is `'0,001,234'`.
//!
//! Floats are turned into digits the way David Gay's `dtoa` does in its three
//! modes (shortest round-trip, N significant digits, N digits after the point).
//! Rust's `{:e}`, `{:.*e}` and `{:.*}` produce exactly those correctly rounded
//! digits (round-half-even on the exact binary value), so only the layout is
//! written here.
//!
//! The pure functions (`FormatSpec::parse`, `format_int_text`, `format_float_text`,
//! `format_str_text`) return a [`FormatError`] so they can be unit-tested without
//! an interpreter; the `vm` wrappers turn it into the Python exception.

use num_bigint::BigInt;
use num_traits::{FromPrimitive, Signed, ToPrimitive, Zero};

use crate::object::bytes::PyBytes;
use crate::object::dict::PyDict;
use crate::object::float::PyFloat;
use crate::object::int::{IntValue, PyInt};
use crate::object::str::PyStr;
use crate::object::tuple::PyTuple;
use crate::object::PyObjectRef;
use crate::vm::{PyResult, Vm};

/// Largest string any formatting operation may build (bytes); beyond it we raise
/// `MemoryError` instead of letting the allocator abort.
pub const MAX_FORMAT_LEN: usize = 1 << 32;

/// CPython's `sys.int_info.default_max_str_digits`.
pub const MAX_STR_DIGITS: usize = 4300;

/// `ascii()`: escape non-ASCII characters of a repr.
pub fn ascii_escape(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        let n = c as u32;
        if n < 0x80 {
            out.push(c);
        } else if n < 0x100 {
            out.push_str(&format!("\\x{n:02x}"));
        } else if n < 0x10000 {
            out.push_str(&format!("\\u{n:04x}"));
        } else {
            out.push_str(&format!("\\U{n:08x}"));
        }
    }
    out
}

/// `format(value, spec)`: calls `type(value).__format__(value, spec)`.
pub fn format_obj(vm: &mut Vm, value: &PyObjectRef, spec: &PyObjectRef) -> PyResult {
    if let Some(r) = format_fast(vm, value, spec) {
        return r;
    }
    let f = vm.names.__format__.clone();
    let r = match vm.call_special(value, &f, std::slice::from_ref(spec)) {
        Some(r) => r?,
        None => vm.str(value)?,
    };
    if !r.payload_is::<PyStr>() {
        return Err(vm.new_type_error(format!("__format__ must return a str, not {}", r.ty().name())));
    }
    Ok(r)
}

/// `format()` of an exact `str`, `int` or `float` without a method call (what
/// their `__format__` methods do); `None` for anything else.
fn format_fast(vm: &mut Vm, value: &PyObjectRef, spec: &PyObjectRef) -> Option<PyResult> {
    let spec = spec.downcast_ref::<PyStr>()?.as_str();
    // A width of a million or more: refused first if the memory cap (or the
    // machine) cannot hold it (`limits.rs`).
    if spec.len() >= 7 {
        // Past `isize::MAX` the parser reports "Too many decimal digits".
        let hint = spec_width_hint(spec);
        if hint <= isize::MAX as u128 {
            if let Err(e) = vm.check_alloc(hint) {
                return Some(Err(e));
            }
        }
    }
    let cls = value.class();
    let text = if cls.is(&vm.types.str) {
        if spec.is_empty() {
            return Some(Ok(value.clone()));
        }
        let s = value.downcast_ref::<PyStr>()?.as_str();
        // The copy and the padding are linear work (`Vm::charge_copy`).
        if let Err(e) = vm.charge_copy(s.len().saturating_add(spec_charge(spec))) {
            return Some(Err(e));
        }
        format_str_text(s, spec)
    } else if cls.is(&vm.types.int) {
        let v = &value.downcast_ref::<PyInt>()?.value;
        if spec.is_empty() {
            // `str(n)`: long ints in steps that look at the limits (`int_long.rs`).
            return Some(crate::object::int::int_str_obj(vm, v));
        }
        return Some(format_int(vm, v, spec).map(|t| vm.new_str(t)));
    } else if cls.is(&vm.types.float) {
        if let Err(e) = vm.charge_copy(spec_charge(spec)) {
            return Some(Err(e));
        }
        format_float_text(value.downcast_ref::<PyFloat>()?.value, spec, "float")
    } else {
        return None;
    };
    Some(text.map(|t| vm.new_str(t)).map_err(|e| e.into_exception(vm)))
}

/// What the width and the precision of `spec` may add to a field, in
/// bytes, to charge as linear work (`Vm::charge_copy`): every run of
/// digits, summed (at most a gigabyte, past which formatting refuses the
/// field anyway). Nothing below three characters (at most 99 bytes).
#[inline]
fn spec_charge(spec: &str) -> usize {
    if spec.len() < 3 {
        return 0;
    }
    let (mut total, mut run) = (0usize, 0usize);
    for c in spec.bytes() {
        if c.is_ascii_digit() {
            run = run.saturating_mul(10).saturating_add(usize::from(c - b'0'));
        } else {
            total = total.saturating_add(run);
            run = 0;
        }
    }
    total.saturating_add(run).min(MAX_FORMAT_LEN / 4)
}

/// The largest run of digits in `spec` not preceded by `.` (the width, or an
/// overestimate of it): what a formatted field may take in bytes.
fn spec_width_hint(spec: &str) -> u128 {
    let (mut best, mut run, mut after_dot) = (0u128, 0u128, false);
    for c in spec.chars() {
        match c.to_digit(10) {
            Some(d) if !after_dot => run = run.saturating_mul(10).saturating_add(u128::from(d)),
            Some(_) => {}
            None => {
                best = best.max(run);
                run = 0;
                after_dot = c == '.';
            }
        }
    }
    best.max(run)
}

// ----- errors -----

/// A formatting failure, independent of the interpreter (see the module notes).
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum FormatError {
    Value(String),
    Overflow(String),
    Memory,
}

impl FormatError {
    /// The Python exception for this error.
    #[cold]
    pub fn into_exception(self, vm: &Vm) -> PyObjectRef {
        match self {
            FormatError::Value(m) => vm.new_value_error(m),
            FormatError::Overflow(m) => vm.new_overflow_error(m),
            FormatError::Memory => vm.refuse_alloc(),
        }
    }
}

type FmtResult<T = String> = Result<T, FormatError>;

#[cold]
fn value_error<T>(msg: impl Into<String>) -> FmtResult<T> {
    Err(FormatError::Value(msg.into()))
}

/// `Unknown format code 'x' for object of type 'float'`.
#[cold]
fn unknown_code<T>(code: char, type_name: &str) -> FmtResult<T> {
    if (code as u32) > 32 && (code as u32) < 128 {
        value_error(format!("Unknown format code '{code}' for object of type '{type_name}'"))
    } else {
        value_error(format!(
            "Unknown format code '\\x{:x}' for object of type '{type_name}'",
            code as u32
        ))
    }
}

// ----- the format-spec mini-language -----

/// A parsed `[[fill]align][sign][z][#][0][width][grouping][.precision][type]`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FormatSpec {
    pub fill: char,
    /// `'<'`, `'>'`, `'^'` or `'='` (the type's default when not given).
    pub align: char,
    /// `'+'`, `'-'` or `' '`, if given.
    pub sign: Option<char>,
    /// `z`: coerce negative zero to zero (floats only).
    pub no_neg_0: bool,
    /// `#`: the alternate form.
    pub alternate: bool,
    pub width: Option<usize>,
    /// `','` or `'_'`.
    pub grouping: Option<char>,
    pub precision: Option<usize>,
    /// The presentation type (the type's default when not given).
    pub ty: Option<char>,
}

fn is_align(c: char) -> bool {
    matches!(c, '<' | '>' | '=' | '^')
}

/// Read a decimal integer at `pos` (CPython's `get_integer`): `None` if no digit.
fn parse_integer(chars: &[char], pos: &mut usize) -> FmtResult<Option<usize>> {
    let mut acc: usize = 0;
    let start = *pos;
    while let Some(d) = chars.get(*pos).and_then(|c| c.to_digit(10)) {
        acc = acc
            .checked_mul(10)
            .and_then(|a| a.checked_add(d as usize))
            .filter(|a| *a <= isize::MAX as usize)
            .ok_or_else(|| FormatError::Value("Too many decimal digits in format string".into()))?;
        *pos += 1;
    }
    Ok(if *pos == start { None } else { Some(acc) })
}

impl FormatSpec {
    /// Parse `spec` for an object of type `type_name` whose default presentation
    /// type is `default_type` and default alignment `default_align`
    /// (CPython's `parse_internal_render_format_spec`).
    pub fn parse(
        spec: &str,
        default_type: Option<char>,
        default_align: char,
        type_name: &str,
    ) -> FmtResult<FormatSpec> {
        let chars: smallvec::SmallVec<[char; 16]> = spec.chars().collect();
        let end = chars.len();
        let mut f = FormatSpec {
            fill: ' ',
            align: default_align,
            sign: None,
            no_neg_0: false,
            alternate: false,
            width: None,
            grouping: None,
            precision: None,
            ty: default_type,
        };
        let mut pos = 0;
        let mut fill_specified = false;
        let mut align_specified = false;
        if end >= 2 && is_align(chars[1]) {
            f.fill = chars[0];
            f.align = chars[1];
            fill_specified = true;
            align_specified = true;
            pos = 2;
        } else if end >= 1 && is_align(chars[0]) {
            f.align = chars[0];
            align_specified = true;
            pos = 1;
        }
        if pos < end && matches!(chars[pos], '+' | '-' | ' ') {
            f.sign = Some(chars[pos]);
            pos += 1;
        }
        if pos < end && chars[pos] == 'z' {
            f.no_neg_0 = true;
            pos += 1;
        }
        if pos < end && chars[pos] == '#' {
            f.alternate = true;
            pos += 1;
        }
        if !fill_specified && pos < end && chars[pos] == '0' {
            f.fill = '0';
            if !align_specified && default_align == '>' {
                f.align = '=';
            }
            pos += 1;
        }
        f.width = parse_integer(&chars, &mut pos)?;
        if pos < end && chars[pos] == ',' {
            f.grouping = Some(',');
            pos += 1;
        }
        if pos < end && chars[pos] == '_' {
            if f.grouping.is_some() {
                return value_error("Cannot specify both ',' and '_'.");
            }
            f.grouping = Some('_');
            pos += 1;
        }
        if pos < end && chars[pos] == ',' && f.grouping == Some('_') {
            return value_error("Cannot specify both ',' and '_'.");
        }
        if pos < end && chars[pos] == '.' {
            pos += 1;
            match parse_integer(&chars, &mut pos)? {
                Some(p) => f.precision = Some(p),
                None => return value_error("Format specifier missing precision"),
            }
        }
        if end - pos > 1 {
            return value_error(format!(
                "Invalid format specifier '{spec}' for object of type '{type_name}'"
            ));
        }
        if end - pos == 1 {
            f.ty = Some(chars[pos]);
        }
        if let Some(g) = f.grouping {
            match f.ty {
                None | Some('d' | 'e' | 'f' | 'g' | 'E' | 'G' | '%' | 'F') => {}
                Some('b' | 'o' | 'x' | 'X') if g == '_' => {}
                Some(t) => {
                    return if (t as u32) > 32 && (t as u32) < 128 {
                        value_error(format!("Cannot specify '{g}' with '{t}'."))
                    } else {
                        value_error(format!("Cannot specify '{g}' with '\\x{:x}'.", t as u32))
                    };
                }
            }
        }
        Ok(f)
    }

    fn width_i64(&self) -> i64 {
        self.width.map_or(-1, |w| w as i64)
    }
}

// ----- number layout (calc_number_widths / fill_number) -----

/// The pieces of a formatted number, before padding.
struct NumberParts<'a> {
    negative: bool,
    prefix: &'a str,
    /// ASCII digits before the decimal point (may be empty: `inf`, `%c`).
    digits: &'a str,
    has_decimal: bool,
    /// Everything after the decimal point (fraction, exponent, `%`, `inf`).
    remainder: &'a str,
}

/// Insert `sep` every `group` digits from the right, zero-extending the digits up
/// to `min_width` characters (CPython's `_PyUnicode_InsertThousandsGrouping`).
fn group_digits(digits: &str, min_width: i64, grouping: Option<(char, usize)>) -> String {
    let d = digits.as_bytes();
    let mut out: Vec<char> = Vec::with_capacity(d.len() + d.len() / 3 + 1);
    let mut remaining = d.len() as i64;
    let mut min_width = min_width.max(0);
    let mut use_sep = false;
    let emit = |out: &mut Vec<char>, remaining: i64, len: i64, use_sep: bool, sep: char| {
        let n_zeros = (len - remaining).max(0);
        let n_chars = remaining.min(len).max(0);
        if use_sep {
            out.push(sep);
        }
        let end = remaining.max(0) as usize;
        for &b in d[end - n_chars as usize..end].iter().rev() {
            out.push(b as char);
        }
        out.extend(std::iter::repeat('0').take(n_zeros as usize));
        n_chars
    };
    let mut broken = false;
    if let Some((sep, group)) = grouping {
        let group = group as i64;
        loop {
            let len = group.min(remaining.max(min_width).max(1));
            let n_chars = emit(&mut out, remaining, len, use_sep, sep);
            use_sep = true;
            remaining -= n_chars;
            min_width -= len;
            if remaining <= 0 && min_width <= 0 {
                broken = true;
                break;
            }
            min_width -= 1;
        }
    }
    if !broken {
        let len = remaining.max(min_width).max(1);
        let sep = grouping.map_or(',', |g| g.0);
        emit(&mut out, remaining, len, use_sep, sep);
    }
    out.iter().rev().collect()
}

/// Lay a number out with sign, padding and grouping (`calc_number_widths` and
/// `fill_number`).
fn layout_number(spec: &FormatSpec, n: &NumberParts, grouping: Option<(char, usize)>) -> FmtResult {
    let sign = match (spec.sign, n.negative) {
        (_, true) => Some('-'),
        (Some('+'), false) => Some('+'),
        (Some(' '), false) => Some(' '),
        _ => None,
    };
    let n_decimal = i64::from(n.has_decimal);
    let n_non_digit =
        i64::from(sign.is_some()) + n.prefix.chars().count() as i64 + n_decimal + n.remainder.chars().count() as i64;
    let width = spec.width_i64();
    let min_width = if spec.fill == '0' && spec.align == '=' {
        width - n_non_digit
    } else {
        0
    };
    check_size(width)?;
    let grouped = if n.digits.is_empty() {
        String::new()
    } else {
        group_digits(n.digits, min_width, grouping)
    };
    let n_padding = width - (n_non_digit + grouped.chars().count() as i64);
    let (mut lpad, mut spad, mut rpad) = (0, 0, 0);
    if n_padding > 0 {
        match spec.align {
            '<' => rpad = n_padding,
            '^' => {
                lpad = n_padding / 2;
                rpad = n_padding - lpad;
            }
            '=' => spad = n_padding,
            _ => lpad = n_padding,
        }
    }
    let mut out = String::with_capacity(grouped.len() + n.remainder.len() + (width.max(0) as usize) + 4);
    push_fill(&mut out, spec.fill, lpad);
    out.extend(sign);
    out.push_str(n.prefix);
    push_fill(&mut out, spec.fill, spad);
    out.push_str(&grouped);
    if n.has_decimal {
        out.push('.');
    }
    out.push_str(n.remainder);
    push_fill(&mut out, spec.fill, rpad);
    Ok(out)
}

fn push_fill(out: &mut String, fill: char, n: i64) {
    out.extend(std::iter::repeat(fill).take(n.max(0) as usize));
}

/// `MemoryError` for a field wider than anything we are willing to build.
fn check_size(width: i64) -> FmtResult<()> {
    if width > 0 && width as u64 > (MAX_FORMAT_LEN / 4) as u64 {
        return Err(FormatError::Memory);
    }
    Ok(())
}

// ----- int -----

/// The digits of `|v|` in `base` (lowercase), with CPython's limit on the length
/// of decimal conversions.
pub fn int_digits(v: &IntValue, base: u32, max: usize) -> FmtResult {
    match v {
        IntValue::Small(i) => Ok(match base {
            2 => format!("{:b}", i.unsigned_abs()),
            8 => format!("{:o}", i.unsigned_abs()),
            16 => format!("{:x}", i.unsigned_abs()),
            _ => i.unsigned_abs().to_string(),
        }),
        IntValue::Big(b) => {
            if base == 10 {
                // The limit of `sys.set_int_max_str_digits`: at least
                // (bits-1)*log10(2) digits.
                if max != 0 && (b.bits() - 1) as f64 * 0.301_03 > (max + 1) as f64 {
                    return Err(int_too_long(max));
                }
                let s = b.magnitude().to_str_radix(10);
                if crate::object::int::exceeds_max_str_digits(max, s.len()) {
                    return Err(int_too_long(max));
                }
                Ok(s)
            } else {
                Ok(b.magnitude().to_str_radix(base))
            }
        }
    }
}

#[cold]
fn int_too_long(max: usize) -> FormatError {
    FormatError::Value(format!(
        "Exceeds the limit ({max} digits) for integer string conversion; \
         use sys.set_int_max_str_digits() to increase the limit"
    ))
}

fn int_is_negative(v: &IntValue) -> bool {
    match v {
        IntValue::Small(i) => *i < 0,
        IntValue::Big(b) => b.is_negative(),
    }
}

/// `float(v)` for an int: `OverflowError` when it is too large.
pub fn int_to_f64(v: &IntValue) -> FmtResult<f64> {
    let f = match v {
        IntValue::Small(i) => *i as f64,
        IntValue::Big(b) => b.to_f64().unwrap_or(f64::INFINITY),
    };
    if f.is_finite() {
        Ok(f)
    } else {
        Err(FormatError::Overflow("int too large to convert to float".into()))
    }
}

/// `format(int, spec)` (`int.__format__`). An empty spec gives `str(v)` (callers
/// formatting a subclass instance with an empty spec should use `str(obj)`).
pub fn format_int(vm: &mut Vm, v: &IntValue, spec: &str) -> PyResult<String> {
    format_int_of(vm, v, spec, "int")
}

/// [`format_int`] for an instance of `type_name` (`bool` or a subclass), which
/// error messages name.
pub fn format_int_of(vm: &mut Vm, v: &IntValue, spec: &str, type_name: &str) -> PyResult<String> {
    // The digits (at most one a bit) and the padding are linear work
    // (`Vm::charge_copy`); a long decimal conversion charges its steps too.
    vm.charge_copy(crate::object::int::text_charge(v, spec_base(spec)).saturating_add(spec_charge(spec)))?;
    let max = crate::object::int::max_str_digits(vm);
    if let Some(digits) = long_decimal_digits(vm, v, spec, type_name)? {
        let f = FormatSpec::parse(spec, Some('d'), '>', type_name).map_err(|e| e.into_exception(vm))?;
        return format_int_spec(v, &f, max, Some(digits)).map_err(|e| e.into_exception(vm));
    }
    format_int_text(v, spec, type_name, max).map_err(|e| e.into_exception(vm))
}

/// The base a format spec's type asks for (10 for anything not `b`, `o`,
/// `x`, `X`): its last character.
#[inline]
fn spec_base(spec: &str) -> u32 {
    match spec.as_bytes().last() {
        Some(b'b') => 2,
        Some(b'o') => 8,
        Some(b'x' | b'X') => 16,
        _ => 10,
    }
}

/// The decimal digits of a long int (no sign) for `format(v, spec)` when
/// the spec asks for decimal digits and `v` is long enough to need the
/// stepped conversion (`int_long::to_decimal`, which the limits can stop);
/// `None` otherwise (the text is made without the interpreter).
fn long_decimal_digits(vm: &Vm, v: &IntValue, spec: &str, type_name: &str) -> PyResult<Option<String>> {
    if v.bits() <= crate::object::int::LONG_STR_BITS {
        return Ok(None);
    }
    let decimal = spec.is_empty()
        || FormatSpec::parse(spec, Some('d'), '>', type_name)
            .is_ok_and(|f| matches!(f.ty, None | Some('d' | 'n')) && f.precision.is_none() && !f.no_neg_0);
    if !decimal {
        return Ok(None);
    }
    let s = crate::object::int::decimal_string(vm, v)?;
    Ok(Some(match s.strip_prefix('-') {
        Some(d) => d.to_string(),
        None => s,
    }))
}

/// [`format_int`] without an interpreter.
/// `max` is the interpreter's limit on decimal digits (0: none).
pub fn format_int_text(v: &IntValue, spec: &str, type_name: &str, max: usize) -> FmtResult {
    if spec.is_empty() {
        let d = int_digits(v, 10, max)?;
        return Ok(if int_is_negative(v) { format!("-{d}") } else { d });
    }
    let f = FormatSpec::parse(spec, Some('d'), '>', type_name)?;
    match f.ty {
        Some('b' | 'c' | 'd' | 'o' | 'x' | 'X' | 'n') => format_int_spec(v, &f, max, None),
        Some('e' | 'E' | 'f' | 'F' | 'g' | 'G' | '%') => format_float_spec(int_to_f64(v)?, &f),
        Some(t) => unknown_code(t, type_name),
        None => format_int_spec(v, &f, max, None),
    }
}

/// `digits`: the decimal digits, already made (a long int, by the stepped
/// conversion), for a decimal type.
fn format_int_spec(v: &IntValue, f: &FormatSpec, max: usize, digits: Option<String>) -> FmtResult {
    if f.precision.is_some() {
        return value_error("Precision not allowed in integer format specifier");
    }
    if f.no_neg_0 {
        return value_error("Negative zero coercion (z) not allowed in integer format specifier");
    }
    let ty = f.ty.unwrap_or('d');
    if ty == 'c' {
        return format_int_char(v, f);
    }
    let (base, prefix) = match ty {
        'b' => (2, "0b"),
        'o' => (8, "0o"),
        'x' => (16, "0x"),
        'X' => (16, "0X"),
        _ => (10, ""),
    };
    let mut digits = match digits {
        Some(d) if base == 10 => d,
        _ => int_digits(v, base, max)?,
    };
    if ty == 'X' {
        digits.make_ascii_uppercase();
    }
    let grouping = match (ty, f.grouping) {
        ('n', _) | (_, None) => None,
        ('b' | 'o' | 'x' | 'X', Some(g)) => Some((g, 4)),
        (_, Some(g)) => Some((g, 3)),
    };
    let parts = NumberParts {
        negative: int_is_negative(v),
        prefix: if f.alternate { prefix } else { "" },
        digits: &digits,
        has_decimal: false,
        remainder: "",
    };
    layout_number(f, &parts, grouping)
}

fn format_int_char(v: &IntValue, f: &FormatSpec) -> FmtResult {
    if f.sign.is_some() {
        return value_error("Sign not allowed with integer format specifier 'c'");
    }
    if f.alternate {
        return value_error("Alternate form (#) not allowed with integer format specifier 'c'");
    }
    let Some(c) = v.as_i64() else {
        return Err(FormatError::Overflow(
            "Python int too large to convert to C long".into(),
        ));
    };
    if !(0..=0x10FFFF).contains(&c) {
        return Err(FormatError::Overflow("%c arg not in range(0x110000)".into()));
    }
    let c = char::from_u32(c as u32).unwrap_or('\u{FFFD}');
    let s = c.to_string();
    let parts = NumberParts {
        negative: false,
        prefix: "",
        digits: "",
        has_decimal: false,
        remainder: &s,
    };
    layout_number(f, &parts, None)
}

// ----- float -----

/// How many digits `float_digits` produces (David Gay's `dtoa` modes 0, 2, 3).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum DigitMode {
    /// The shortest digits that round-trip (mode 0).
    Shortest,
    /// This many significant digits (mode 2).
    Significant(usize),
    /// This many digits after the decimal point (mode 3).
    Fixed(usize),
}

/// The decimal digits of finite `v >= 0` without trailing zeros, and the position
/// of the decimal point relative to them: `0.0123` → `("123", -1)`, `0.0` →
/// `("0", 1)`.
fn float_digits(v: f64, mode: DigitMode) -> (Vec<u8>, i64) {
    let (mut digits, mut decpt) = match mode {
        // Not `{v:e}` alone: it breaks ties between two shortest candidates upwards.
        DigitMode::Shortest => {
            let (d, e) = crate::object::float::shortest_digits(v);
            split_exp(&format!("{d}e{e}"))
        }
        DigitMode::Significant(n) => split_exp(&format!("{:.*e}", n.clamp(1, EXACT_DIGITS) - 1, v)),
        DigitMode::Fixed(n) => {
            let s = format!("{v:.*}", n.min(EXACT_DIGITS));
            let (int_part, frac) = s.split_once('.').unwrap_or((&s, ""));
            let mut d: Vec<u8> = int_part.bytes().collect();
            d.extend(frac.bytes());
            (d, int_part.len() as i64)
        }
    };
    let lead = digits.iter().take_while(|&&b| b == b'0').count();
    if lead == digits.len() {
        return (vec![b'0'], 1);
    }
    digits.drain(..lead);
    decpt -= lead as i64;
    while digits.len() > 1 && digits.last() == Some(&b'0') {
        digits.pop();
    }
    (digits, decpt)
}

/// Split Rust's `1.2345e3` into digits `12345` and decimal point position 4.
fn split_exp(s: &str) -> (Vec<u8>, i64) {
    let (mant, exp) = s.split_once('e').unwrap_or((s, "0"));
    let digits: Vec<u8> = mant.bytes().filter(u8::is_ascii_digit).collect();
    (digits, exp.parse::<i64>().unwrap_or(0) + 1)
}

/// Flags of [`float_to_string`] (CPython's `Py_DTSF_*`).
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct FloatFlags {
    /// `+` before non-negative numbers.
    pub sign: bool,
    /// Append `.0` to integral values without an exponent (repr style).
    pub add_dot_0: bool,
    /// `#`: keep the decimal point and trailing zeros.
    pub alt: bool,
    /// `z`: format `-0.0` (after rounding) as `0.0`.
    pub no_neg_0: bool,
}

/// CPython's `PyOS_double_to_string`: `code` is one of `e E f F g G r`
/// (`r` = repr, shortest round-trip digits, precision ignored).
pub fn float_to_string(v: f64, code: char, precision: usize, flags: FloatFlags) -> String {
    let upper = code.is_ascii_uppercase();
    let lower = code.to_ascii_lowercase();
    let mut out = String::new();
    if !v.is_finite() {
        if v.is_sign_negative() && !v.is_nan() {
            out.push('-');
        } else if flags.sign {
            out.push('+');
        }
        out.push_str(match (v.is_nan(), upper) {
            (true, false) => "nan",
            (true, true) => "NAN",
            (false, false) => "inf",
            (false, true) => "INF",
        });
        return out;
    }
    if lower == 'f' {
        return fixed_to_string(v, precision, flags);
    }
    let (mode, precision) = match lower {
        'e' => (DigitMode::Significant(precision + 1), precision + 1),
        'f' => (DigitMode::Fixed(precision), precision),
        'g' => {
            let p = precision.max(1);
            (DigitMode::Significant(p), p)
        }
        _ => (DigitMode::Shortest, 0),
    };
    let (digits, decpt) = float_digits(v.abs(), mode);
    let mut negative = v.is_sign_negative();
    if flags.no_neg_0 && negative && digits == b"0" {
        negative = false;
    }
    if negative {
        out.push('-');
    } else if flags.sign {
        out.push('+');
    }
    layout_float_digits(&mut out, &digits, decpt, lower, precision as i64, flags, upper);
    out
}

/// Digits enough for any finite `f64` written out exactly (1074 after the
/// point at most, 767 significant): past it every digit is `0`. Rust's
/// `{:.N}` takes N up to 65535 only, so longer precisions are padded.
const EXACT_DIGITS: usize = 1100;

/// `'f'` formatting of a finite `v`: Rust's `{:.N}` prints the same correctly
/// rounded digits, so only the sign and the alternate form need care.
fn fixed_to_string(v: f64, precision: usize, flags: FloatFlags) -> String {
    let mut body = format!("{:.*}", precision.min(EXACT_DIGITS), v.abs());
    if precision > EXACT_DIGITS {
        body.extend(std::iter::repeat('0').take(precision - EXACT_DIGITS));
    }
    let mut negative = v.is_sign_negative();
    if flags.no_neg_0 && negative && body.bytes().all(|b| b == b'0' || b == b'.') {
        negative = false;
    }
    if flags.alt && precision == 0 {
        body.push('.');
    }
    match (negative, flags.sign) {
        (true, _) => format!("-{body}"),
        (false, true) => format!("+{body}"),
        _ => body,
    }
}

/// The body of CPython's `format_float_short`: place the decimal point and the
/// exponent.
fn layout_float_digits(
    out: &mut String,
    digits: &[u8],
    decpt: i64,
    code: char,
    precision: i64,
    flags: FloatFlags,
    upper: bool,
) {
    let digits_len = digits.len() as i64;
    let mut decpt = decpt;
    let mut vdigits_end = digits_len;
    let mut use_exp = false;
    match code {
        'e' => {
            use_exp = true;
            vdigits_end = precision;
        }
        'f' => vdigits_end = decpt + precision,
        'g' => {
            let limit = if flags.add_dot_0 { precision - 1 } else { precision };
            if decpt <= -4 || decpt > limit {
                use_exp = true;
            }
            if flags.alt {
                vdigits_end = precision;
            }
        }
        _ => {
            if decpt <= -4 || decpt > 16 {
                use_exp = true;
            }
        }
    }
    let mut exp = 0;
    if use_exp {
        exp = decpt - 1;
        decpt = 1;
    }
    let vdigits_start = if decpt <= 0 { decpt - 1 } else { 0 };
    vdigits_end = if !use_exp && flags.add_dot_0 {
        vdigits_end.max(decpt + 1)
    } else {
        vdigits_end.max(decpt)
    };
    let zeros = |out: &mut String, n: i64| out.extend(std::iter::repeat('0').take(n.max(0) as usize));
    let text = |out: &mut String, d: &[u8]| out.extend(d.iter().map(|&b| b as char));
    if decpt <= 0 {
        zeros(out, decpt - vdigits_start);
        out.push('.');
        zeros(out, -decpt);
    } else {
        zeros(out, -vdigits_start);
    }
    if 0 < decpt && decpt <= digits_len {
        text(out, &digits[..decpt as usize]);
        out.push('.');
        text(out, &digits[decpt as usize..]);
    } else {
        text(out, digits);
    }
    if digits_len < decpt {
        zeros(out, decpt - digits_len);
        out.push('.');
        zeros(out, vdigits_end - decpt);
    } else {
        zeros(out, vdigits_end - digits_len);
    }
    if out.ends_with('.') && !flags.alt {
        out.pop();
    }
    if use_exp {
        out.push(if upper { 'E' } else { 'e' });
        out.push(if exp < 0 { '-' } else { '+' });
        out.push_str(&format!("{:02}", exp.abs()));
    }
}

/// `repr(float)`: the shortest string that round-trips, as CPython prints it.
pub fn float_repr_text(v: f64) -> String {
    float_to_string(
        v,
        'r',
        0,
        FloatFlags {
            add_dot_0: true,
            ..FloatFlags::default()
        },
    )
}

/// `format(float, spec)` (`float.__format__`). An empty spec gives `repr(v)`
/// (callers formatting a subclass instance with an empty spec should use `str(obj)`).
pub fn format_float(vm: &mut Vm, v: f64, spec: &str) -> PyResult<String> {
    format_float_text(v, spec, "float").map_err(|e| e.into_exception(vm))
}

/// [`format_float`] for an instance of a subclass named `type_name`.
pub fn format_float_of(vm: &mut Vm, v: f64, spec: &str, type_name: &str) -> PyResult<String> {
    format_float_text(v, spec, type_name).map_err(|e| e.into_exception(vm))
}

/// [`format_float`] without an interpreter.
pub fn format_float_text(v: f64, spec: &str, type_name: &str) -> FmtResult {
    if spec.is_empty() {
        return Ok(float_repr_text(v));
    }
    let f = FormatSpec::parse(spec, None, '>', type_name)?;
    match f.ty {
        None | Some('e' | 'E' | 'f' | 'F' | 'g' | 'G' | 'n' | '%') => format_float_spec(v, &f),
        Some(t) => unknown_code(t, type_name),
    }
}

/// `format_float_internal`: a float with a parsed spec (also ints with `e f g %`).
fn format_float_spec(v: f64, f: &FormatSpec) -> FmtResult {
    let precision = f.precision;
    if precision.is_some_and(|p| p > i32::MAX as usize) {
        return value_error("precision too big");
    }
    if precision.is_some_and(|p| p > MAX_FORMAT_LEN / 4) {
        return Err(FormatError::Memory);
    }
    let flags = FloatFlags {
        sign: false,
        add_dot_0: f.ty.is_none(),
        alt: f.alternate,
        no_neg_0: f.no_neg_0,
    };
    let mut code = match f.ty {
        None => 'r',
        Some('n') => 'g',
        Some('%') => 'f',
        Some(t) => t,
    };
    let v = if f.ty == Some('%') { v * 100.0 } else { v };
    let precision = match precision {
        None if code == 'r' => 0,
        None => 6,
        Some(p) => {
            if code == 'r' {
                code = 'g';
            }
            p
        }
    };
    let mut text = float_to_string(v, code, precision, flags);
    if f.ty == Some('%') {
        text.push('%');
    }
    if f.width.is_none() && f.sign.is_none() && f.grouping.is_none() {
        return Ok(text);
    }
    let (negative, body) = match text.strip_prefix('-') {
        Some(rest) => (true, rest),
        None => (false, text.as_str()),
    };
    let n_digits = body.bytes().take_while(u8::is_ascii_digit).count();
    let (digits, rest) = body.split_at(n_digits);
    let (has_decimal, remainder) = match rest.strip_prefix('.') {
        Some(r) => (true, r),
        None => (false, rest),
    };
    let grouping = if f.ty == Some('n') {
        None
    } else {
        f.grouping.map(|g| (g, 3))
    };
    let parts = NumberParts {
        negative,
        prefix: "",
        digits,
        has_decimal,
        remainder,
    };
    layout_number(f, &parts, grouping)
}

// ----- complex -----

/// `format(complex, spec)` (`complex.__format__`) for an instance of type
/// `type_name`; callers format an empty spec as `str(obj)`.
pub fn format_complex(vm: &mut Vm, re: f64, im: f64, spec: &str, type_name: &str) -> PyResult<String> {
    format_complex_text(re, im, spec, type_name).map_err(|e| e.into_exception(vm))
}

/// [`format_complex`] without an interpreter (CPython's `format_complex_internal`).
///
/// Each part is formatted as a float (grouped on its own), the imaginary part
/// always with a sign unless the real part is left out; then the whole text,
/// `j` and parentheses included, is padded as one field. Without a
/// presentation type the text is the repr's: parentheses, no real part when
/// it is `+0.0`.
pub fn format_complex_text(re: f64, im: f64, spec: &str, type_name: &str) -> FmtResult {
    let f = FormatSpec::parse(spec, None, '>', type_name)?;
    match f.ty {
        None | Some('e' | 'E' | 'f' | 'F' | 'g' | 'G' | 'n') => {}
        Some(t) => return unknown_code(t, type_name),
    }
    if f.fill == '0' {
        return value_error("Zero padding is not allowed in complex format specifier");
    }
    if f.align == '=' {
        return value_error("'=' alignment flag is not allowed in complex format specifier");
    }
    if f.precision.is_some_and(|p| p > i32::MAX as usize) {
        return value_error("precision too big");
    }
    if f.precision.is_some_and(|p| p > MAX_FORMAT_LEN / 4) {
        return Err(FormatError::Memory);
    }
    check_size(f.width_i64())?;
    let (mut code, default_precision, skip_re, parens) = match f.ty {
        None => {
            let skip_re = re == 0.0 && re.is_sign_positive();
            ('r', 0, skip_re, !skip_re)
        }
        Some('n') => ('g', 6, false, false),
        Some(t) => (t, 6, false, false),
    };
    let precision = match f.precision {
        None => default_precision,
        Some(p) => {
            if code == 'r' {
                code = 'g';
            }
            p
        }
    };
    let flags = FloatFlags {
        sign: false,
        add_dot_0: false,
        alt: f.alternate,
        no_neg_0: f.no_neg_0,
    };
    let grouping = if f.ty == Some('n') {
        None
    } else {
        f.grouping.map(|g| (g, 3))
    };
    // One part: its sign (the spec's for the first part shown, always one for an
    // imaginary part after a real part), then the grouped digits and the rest.
    let part = |v: f64, sign: Option<char>| {
        let text = float_to_string(v, code, precision, flags);
        let (negative, body) = match text.strip_prefix('-') {
            Some(rest) => (true, rest),
            None => (false, text.as_str()),
        };
        let n_digits = body.bytes().take_while(u8::is_ascii_digit).count();
        let (digits, rest) = body.split_at(n_digits);
        let mut out = String::with_capacity(text.len() + 4);
        match (negative, sign) {
            (true, _) => out.push('-'),
            (false, Some('+')) => out.push('+'),
            (false, Some(' ')) => out.push(' '),
            _ => {}
        }
        if !digits.is_empty() {
            out.push_str(&group_digits(digits, 0, grouping));
        }
        out.push_str(rest);
        out
    };
    let mut body = String::new();
    if parens {
        body.push('(');
    }
    if skip_re {
        body.push_str(&part(im, f.sign));
    } else {
        body.push_str(&part(re, f.sign));
        body.push_str(&part(im, Some('+')));
    }
    body.push('j');
    if parens {
        body.push(')');
    }
    let len = body.chars().count();
    let width = f.width.unwrap_or(0);
    if width <= len {
        return Ok(body);
    }
    let pad = width - len;
    let left = match f.align {
        '<' => 0,
        '^' => pad / 2,
        _ => pad,
    };
    let mut out = String::with_capacity(body.len() + pad * f.fill.len_utf8());
    push_fill(&mut out, f.fill, left as i64);
    out.push_str(&body);
    push_fill(&mut out, f.fill, (pad - left) as i64);
    Ok(out)
}

// ----- str -----

/// `format(str, spec)` (`str.__format__`).
pub fn format_str(vm: &mut Vm, s: &str, spec: &str) -> PyResult<String> {
    format_str_text(s, spec).map_err(|e| e.into_exception(vm))
}

/// [`format_str`] without an interpreter.
pub fn format_str_text(s: &str, spec: &str) -> FmtResult {
    if spec.is_empty() {
        return Ok(s.to_string());
    }
    let f = FormatSpec::parse(spec, Some('s'), '<', "str")?;
    match f.ty {
        Some('s') | None => {}
        Some(t) => return unknown_code(t, "str"),
    }
    if f.sign.is_some() {
        return value_error("Sign not allowed in string format specifier");
    }
    if f.no_neg_0 {
        return value_error("Negative zero coercion (z) not allowed in string format specifier");
    }
    if f.alternate {
        return value_error("Alternate form (#) not allowed in string format specifier");
    }
    if f.align == '=' {
        return value_error("'=' alignment not allowed in string format specifier");
    }
    check_size(f.width_i64())?;
    Ok(pad_text(s, &f))
}

/// Truncate to the precision and pad to the width (`format_string_internal`).
fn pad_text(s: &str, f: &FormatSpec) -> String {
    let mut len = s.chars().count();
    let text = match f.precision {
        Some(p) if p < len => {
            len = p;
            let end = s.char_indices().nth(p).map_or(s.len(), |(b, _)| b);
            &s[..end]
        }
        _ => s,
    };
    let width = f.width.unwrap_or(0);
    if width <= len {
        return text.to_string();
    }
    let pad = width - len;
    let left = match f.align {
        '>' => pad,
        '^' => pad / 2,
        _ => 0,
    };
    let mut out = String::with_capacity(text.len() + pad * f.fill.len_utf8());
    out.extend(std::iter::repeat(f.fill).take(left));
    out.push_str(text);
    out.extend(std::iter::repeat(f.fill).take(pad - left));
    out
}

// ----- conversions used by %-formatting -----

/// `int(v)` for `%d` (`PyNumber_Long`), or `%x` (`operator.index`): `Ok(None)`
/// when `v` is not a number at all.
fn number_to_int(vm: &mut Vm, v: &PyObjectRef, index_only: bool) -> PyResult<Option<IntValue>> {
    if let Some(i) = v.downcast_ref::<PyInt>() {
        return Ok(Some(i.value.clone()));
    }
    if let Some(f) = v.downcast_ref::<PyFloat>() {
        if index_only {
            return Ok(None);
        }
        return float_to_int(vm, f.value).map(Some);
    }
    let names: &[&str] = if index_only {
        &["__index__"]
    } else {
        &["__int__", "__index__"]
    };
    for name in names {
        let n = vm.intern(name);
        if let Some(r) = vm.call_special(v, &n, &[]) {
            let r = r?;
            return match r.downcast_ref::<PyInt>() {
                Some(i) => Ok(Some(i.value.clone())),
                None => Err(vm.new_type_error(format!("{name} returned non-int (type {})", r.ty().name()))),
            };
        }
    }
    Ok(None)
}

/// `int(float)`: truncation toward zero.
pub fn float_to_int(vm: &mut Vm, f: f64) -> PyResult<IntValue> {
    if f.is_nan() {
        return Err(vm.new_value_error("cannot convert float NaN to integer"));
    }
    if f.is_infinite() {
        return Err(vm.new_overflow_error("cannot convert float infinity to integer"));
    }
    let t = f.trunc();
    if t.abs() < 9.0e18 {
        return Ok(IntValue::Small(t as i64));
    }
    Ok(IntValue::from_big(BigInt::from_f64(t).unwrap_or_else(BigInt::zero)))
}

/// `float(v)` for `%f` and friends (`PyFloat_AsDouble`).
pub fn number_to_f64(vm: &mut Vm, v: &PyObjectRef) -> PyResult<f64> {
    if let Some(f) = v.downcast_ref::<PyFloat>() {
        return Ok(f.value);
    }
    if let Some(i) = v.downcast_ref::<PyInt>() {
        return int_to_f64(&i.value).map_err(|e| e.into_exception(vm));
    }
    let n = vm.names.__float__.clone();
    if let Some(r) = vm.call_special(v, &n, &[]) {
        let r = r?;
        return match r.downcast_ref::<PyFloat>() {
            Some(f) => Ok(f.value),
            None => Err(vm.new_type_error(format!(
                "{}.__float__ returned non-float (type {})",
                v.ty().name(),
                r.ty().name()
            ))),
        };
    }
    let n = vm.names.__index__.clone();
    if let Some(r) = vm.call_special(v, &n, &[]) {
        let r = r?;
        if let Some(i) = r.downcast_ref::<PyInt>() {
            return int_to_f64(&i.value).map_err(|e| e.into_exception(vm));
        }
        return Err(vm.new_type_error(format!("__index__ returned non-int (type {})", r.ty().name())));
    }
    Err(vm.new_type_error(format!("must be real number, not {}", v.ty().name())))
}

// ----- %-formatting -----

/// One `%` conversion's flags, width and precision.
#[derive(Default)]
struct PercentArg {
    ljust: bool,
    sign: bool,
    blank: bool,
    alt: bool,
    zero: bool,
    width: Option<usize>,
    prec: Option<usize>,
}

/// Where `%` conversions take their values from (CPython's `unicode_formatter_t`:
/// `arglen` is -1 for a single non-tuple argument, and `%(key)` replaces the
/// argument by the mapping's value).
struct PercentArgs<'a> {
    args: PyObjectRef,
    items: Vec<PyObjectRef>,
    arglen: isize,
    argidx: isize,
    /// The argument, when it is a mapping (`%(key)s`).
    dict: Option<&'a PyObjectRef>,
    /// `bytes % args`: `%s`/`%b` take bytes, `%c` makes a byte.
    bytes_mode: bool,
}

impl PercentArgs<'_> {
    fn next_arg(&mut self, vm: &Vm) -> PyResult {
        if self.argidx < self.arglen {
            let idx = self.argidx;
            self.argidx += 1;
            if self.arglen < 0 {
                return Ok(self.args.clone());
            }
            if let Some(v) = self.items.get(idx as usize) {
                return Ok(v.clone());
            }
        }
        Err(vm.new_type_error("not enough arguments for format string"))
    }
}

/// `fmt % args` for `str` (CPython's `PyUnicode_Format`).
pub fn percent_format(vm: &mut Vm, fmt: &str, args: &PyObjectRef) -> PyResult<String> {
    percent_format_impl(vm, fmt, args, false)
}

fn percent_format_impl(vm: &mut Vm, fmt: &str, args: &PyObjectRef, bytes_mode: bool) -> PyResult<String> {
    // The format's text is read and copied: linear work (`Vm::charge_copy`;
    // each field's text is charged below).
    vm.charge_copy(fmt.len())?;
    if !bytes_mode {
        if let Some(out) = percent_simple(vm, fmt, args) {
            return Ok(out);
        }
    }
    let (items, arglen, argidx) = match args.downcast_ref::<PyTuple>() {
        Some(t) => (t.as_slice().to_vec(), t.as_slice().len() as isize, 0),
        None => (Vec::new(), -1, -2),
    };
    let is_mapping = arglen < 0
        && !args.payload_is::<PyStr>()
        && !(bytes_mode && args.payload_is::<PyBytes>())
        && (args.payload_is::<PyDict>() || vm.lookup_special(args, &vm.names.__getitem__.clone()).is_some());
    let mut pa = PercentArgs {
        args: args.clone(),
        items,
        arglen,
        argidx,
        dict: is_mapping.then_some(args),
        bytes_mode,
    };
    let chars: Vec<char> = fmt.chars().collect();
    let mut out = String::with_capacity(fmt.len() + 16);
    let mut i = 0;
    while i < chars.len() {
        let c = chars[i];
        i += 1;
        if c != '%' {
            out.push(c);
            continue;
        }
        if chars.get(i) == Some(&'%') {
            out.push('%');
            i += 1;
            continue;
        }
        percent_one(vm, &chars, &mut i, &mut pa, &mut out)?;
        if out.len() > MAX_FORMAT_LEN {
            return Err(vm.new_memory_error());
        }
        if pa.dict.is_some() && pa.argidx < pa.arglen {
            return Err(vm.new_type_error("not all arguments converted during string formatting"));
        }
    }
    if pa.dict.is_none() && pa.argidx < pa.arglen {
        return Err(vm.new_type_error("not all arguments converted during string formatting"));
    }
    Ok(out)
}

/// `"name%d" % i`: one `%d`, `%i` or `%s` and no other `%` in the format,
/// applied to a single exact small int (or exact str for `%s`); `None` for
/// anything else (the general path then does it, errors included).
fn percent_simple(vm: &Vm, fmt: &str, arg: &PyObjectRef) -> Option<String> {
    let p = fmt.find('%')?;
    let conv = *fmt.as_bytes().get(p + 1)?;
    if !matches!(conv, b'd' | b'i' | b's') {
        return None;
    }
    // `conv` is ASCII: `p + 2` is a character boundary.
    let tail = fmt.get(p + 2..)?;
    if tail.contains('%') {
        return None;
    }
    let mut out = String::with_capacity(fmt.len() + 20);
    out.push_str(&fmt[..p]);
    match conv {
        b'd' | b'i' | b's' if arg.class().is(&vm.types.int) => match &arg.downcast_ref::<PyInt>()?.value {
            IntValue::Small(n) => {
                use std::fmt::Write;
                let _ = write!(out, "{n}");
            }
            _ => return None,
        },
        // A long text is copied by the general path, which charges it.
        b's' if arg.class().is(&vm.types.str) => {
            let text = arg.downcast_ref::<PyStr>()?.as_str();
            if text.len() >= crate::limits::SMALL_COPY {
                return None;
            }
            out.push_str(text);
        }
        _ => return None,
    }
    out.push_str(tail);
    Some(out)
}

/// Parse and apply one conversion; `*i` is just past the `%`.
fn percent_one(vm: &mut Vm, chars: &[char], i: &mut usize, pa: &mut PercentArgs, out: &mut String) -> PyResult<()> {
    if chars.get(*i) == Some(&'(') {
        let dict = match pa.dict {
            Some(d) => d.clone(),
            None => return Err(vm.new_type_error("format requires a mapping")),
        };
        *i += 1;
        let start = *i;
        let mut depth = 1;
        while *i < chars.len() && depth > 0 {
            match chars[*i] {
                ')' => depth -= 1,
                '(' => depth += 1,
                _ => {}
            }
            *i += 1;
        }
        if depth > 0 {
            return Err(vm.new_value_error("incomplete format key"));
        }
        let key: String = chars[start..*i - 1].iter().collect();
        let key = vm.new_str(key);
        pa.args = vm.get_item(&dict, &key)?;
        pa.arglen = -1;
        pa.argidx = -2;
    }
    let mut arg = PercentArg::default();
    let incomplete = |vm: &Vm| vm.new_value_error("incomplete format");
    loop {
        match chars.get(*i) {
            Some('-') => arg.ljust = true,
            Some('+') => arg.sign = true,
            Some(' ') => arg.blank = true,
            Some('#') => arg.alt = true,
            Some('0') => arg.zero = true,
            _ => break,
        }
        *i += 1;
    }
    if chars.get(*i) == Some(&'*') {
        *i += 1;
        let v = pa.next_arg(vm)?;
        let w = star_value(vm, &v, false)?;
        if w < 0 {
            arg.ljust = true;
        }
        arg.width = Some(w.unsigned_abs() as usize);
    } else {
        arg.width = percent_number(vm, chars, i, "width too big", isize::MAX as usize)?;
    }
    if chars.get(*i) == Some(&'.') {
        *i += 1;
        if chars.get(*i) == Some(&'*') {
            *i += 1;
            let v = pa.next_arg(vm)?;
            let p = star_value(vm, &v, true)?;
            arg.prec = Some(p.max(0) as usize);
        } else {
            arg.prec = Some(percent_number(vm, chars, i, "precision too big", i32::MAX as usize)?.unwrap_or(0));
        }
    }
    if matches!(chars.get(*i), Some('h' | 'l' | 'L')) {
        *i += 1;
    }
    let Some(&conv) = chars.get(*i) else {
        return Err(incomplete(vm));
    };
    *i += 1;
    // The memory cap (`limits.rs`), before the field is built.
    vm.check_alloc(arg.width.unwrap_or(0) as u128)?;
    if arg.width.is_some_and(|w| w > MAX_FORMAT_LEN / 4) || arg.prec.is_some_and(|p| p > MAX_FORMAT_LEN / 4) {
        return Err(vm.new_memory_error());
    }
    let v = pa.next_arg(vm)?;
    let (text, numeric) = percent_convert(vm, conv, &v, &arg, *i - 1, pa.bytes_mode)?;
    // The field's copy and padding: linear work (`Vm::charge_copy`).
    vm.charge_copy(text.len().saturating_add(arg.width.unwrap_or(0)))?;
    percent_output(out, &text, conv, numeric, &arg);
    Ok(())
}

/// The value of a `*` width (C `ssize_t`) or precision (C `int`).
fn star_value(vm: &mut Vm, v: &PyObjectRef, is_precision: bool) -> PyResult<i64> {
    let Some(i) = v.downcast_ref::<PyInt>() else {
        return Err(vm.new_type_error("* wants int"));
    };
    match i.value {
        IntValue::Small(n) if !is_precision || i32::try_from(n).is_ok() => Ok(n),
        IntValue::Small(_) => Err(vm.new_overflow_error("Python int too large to convert to C int")),
        IntValue::Big(_) => Err(vm.new_overflow_error(if is_precision {
            "Python int too large to convert to C int"
        } else {
            "Python int too large to convert to C ssize_t"
        })),
    }
}

/// A width (at most `isize::MAX`, as CPython) or a precision (at most
/// `i32::MAX`); `too_big` is the `ValueError` past `max`.
fn percent_number(vm: &Vm, chars: &[char], i: &mut usize, too_big: &str, max: usize) -> PyResult<Option<usize>> {
    let mut acc: Option<usize> = None;
    while let Some(d) = chars.get(*i).and_then(|c| c.to_digit(10)) {
        let a = acc.unwrap_or(0);
        acc = Some(
            a.checked_mul(10)
                .and_then(|a| a.checked_add(d as usize))
                .filter(|a| *a <= max)
                .ok_or_else(|| vm.new_value_error(too_big))?,
        );
        *i += 1;
    }
    Ok(acc)
}

/// The text of one conversion; `true` when it is numeric (sign handling applies).
fn percent_convert(
    vm: &mut Vm,
    conv: char,
    v: &PyObjectRef,
    arg: &PercentArg,
    index: usize,
    bytes_mode: bool,
) -> PyResult<(String, bool)> {
    Ok(match conv {
        's' | 'b' if bytes_mode => (bytes_arg_text(vm, v)?, false),
        'c' if bytes_mode => (bytes_char(vm, v)?.to_string(), false),
        'r' if bytes_mode => (ascii_escape(&vm.repr_string(v)?), false),
        's' => (vm.str_string(v)?, false),
        'r' => (vm.repr_string(v)?, false),
        'a' => (ascii_escape(&vm.repr_string(v)?), false),
        'd' | 'i' | 'u' | 'o' | 'x' | 'X' => (percent_int(vm, conv, v, arg)?, true),
        'e' | 'E' | 'f' | 'F' | 'g' | 'G' => {
            let x = number_to_f64(vm, v)?;
            let flags = FloatFlags {
                alt: arg.alt,
                ..FloatFlags::default()
            };
            (float_to_string(x, conv, arg.prec.unwrap_or(6), flags), true)
        }
        'c' => (percent_char(vm, v)?.to_string(), false),
        _ => {
            let shown = if (31..=126).contains(&(conv as u32)) { conv } else { '?' };
            return Err(vm.new_value_error(format!(
                "unsupported format character '{shown}' (0x{:x}) at index {index}",
                conv as u32
            )));
        }
    })
}

fn percent_int(vm: &mut Vm, conv: char, v: &PyObjectRef, arg: &PercentArg) -> PyResult<String> {
    let index_only = matches!(conv, 'o' | 'x' | 'X');
    let is_number = v.payload_is::<PyInt>()
        || v.payload_is::<PyFloat>()
        || ["__index__", "__int__", "__float__"].iter().any(|n| {
            let n = vm.intern(n);
            vm.lookup_special(v, &n).is_some()
        });
    let value = if is_number {
        match number_to_int(vm, v, index_only) {
            Ok(Some(x)) => Some(x),
            Ok(None) => None,
            Err(e) if e.is_instance_of(&vm.exc.type_error) => None,
            Err(e) => return Err(e),
        }
    } else {
        None
    };
    let Some(value) = value else {
        let what = if index_only { "an integer" } else { "a real number" };
        return Err(vm.new_type_error(format!("%{conv} format: {what} is required, not {}", v.ty().name())));
    };
    let base = match conv {
        'o' => 8,
        'x' | 'X' => 16,
        _ => 10,
    };
    // The digits and the precision's zeros (`Vm::charge_copy`).
    vm.charge_copy(crate::object::int::text_charge(&value, base).saturating_add(arg.prec.unwrap_or(0)))?;
    let max = crate::object::int::max_str_digits(vm);
    let long = if base == 10 {
        long_decimal_digits(vm, &value, "", "int")?
    } else {
        None
    };
    let mut digits = match long {
        Some(d) => d,
        None => int_digits(&value, base, max).map_err(|e| e.into_exception(vm))?,
    };
    if let Some(p) = arg.prec {
        if digits.len() < p {
            digits = format!("{}{digits}", "0".repeat(p - digits.len()));
        }
    }
    let mut s = String::with_capacity(digits.len() + 3);
    if int_is_negative(&value) {
        s.push('-');
    }
    if arg.alt && base != 10 {
        s.push('0');
        s.push(if conv == 'o' { 'o' } else { conv });
    }
    if conv == 'X' {
        digits.make_ascii_uppercase();
    }
    s.push_str(&digits);
    Ok(s)
}

fn percent_char(vm: &mut Vm, v: &PyObjectRef) -> PyResult<char> {
    if let Some(s) = v.downcast_ref::<PyStr>() {
        if s.char_len() == 1 {
            return Ok(s.char_at(0));
        }
        return Err(vm.new_type_error("%c requires int or char"));
    }
    let x = match number_to_int(vm, v, true) {
        Ok(Some(x)) => x,
        Ok(None) => return Err(vm.new_type_error("%c requires int or char")),
        Err(e) if e.is_instance_of(&vm.exc.type_error) => return Err(vm.new_type_error("%c requires int or char")),
        Err(e) => return Err(e),
    };
    match x.as_i64().filter(|c| (0..=0x10FFFF).contains(c)) {
        Some(c) => Ok(char::from_u32(c as u32).unwrap_or('\u{FFFD}')),
        None => Err(vm.new_overflow_error("%c arg not in range(0x110000)")),
    }
}

/// Pad one conversion's text (`unicode_format_arg_output`).
fn percent_output(out: &mut String, text: &str, conv: char, numeric: bool, arg: &PercentArg) {
    let fill = if numeric && arg.zero && !arg.ljust { '0' } else { ' ' };
    let mut body: &str = text;
    if matches!(conv, 's' | 'r' | 'a') {
        if let Some(p) = arg.prec {
            if let Some((b, _)) = body.char_indices().nth(p) {
                body = &body[..b];
            }
        }
    }
    let mut sign: Option<char> = None;
    if numeric {
        if let Some(rest) = body.strip_prefix(['-', '+']) {
            sign = body.chars().next();
            body = rest;
        } else if arg.sign {
            sign = Some('+');
        } else if arg.blank {
            sign = Some(' ');
        }
    }
    let mut prefix = "";
    if numeric && arg.alt && matches!(conv, 'x' | 'X' | 'o') && body.len() >= 2 {
        prefix = &body[..2];
        body = &body[2..];
    }
    let len = body.chars().count() + prefix.len() + usize::from(sign.is_some());
    let width = arg.width.unwrap_or(0).max(len);
    let pad = width - len;
    if fill == '0' {
        out.extend(sign);
        out.push_str(prefix);
        push_fill(out, '0', pad as i64);
        out.push_str(body);
        return;
    }
    if !arg.ljust {
        push_fill(out, ' ', pad as i64);
    }
    out.extend(sign);
    out.push_str(prefix);
    out.push_str(body);
    if arg.ljust {
        push_fill(out, ' ', pad as i64);
    }
}

// ----- str.format -----

/// The keyword side of `str.format`: the call's keyword arguments, or the mapping
/// given to `format_map`.
pub enum FormatKwargs<'a> {
    Pairs(Vec<(&'a str, &'a PyObjectRef)>),
    Mapping(PyObjectRef),
}

/// Auto-numbering state of `{}` fields (`AutoNumber`).
#[derive(PartialEq, Eq, Clone, Copy)]
enum AutoNumber {
    Init,
    Auto,
    Manual,
}

struct FormatCtx<'a> {
    /// `None` for `format_map`, which has no positional arguments.
    args: Option<&'a [PyObjectRef]>,
    kwargs: &'a FormatKwargs<'a>,
    auto: AutoNumber,
    next_index: usize,
}

/// `fmt.format(*args, **kwargs)` / `fmt.format_map(mapping)` (`args` is `None`).
pub fn str_format(vm: &mut Vm, fmt: &str, args: Option<&[PyObjectRef]>, kwargs: &FormatKwargs) -> PyResult<String> {
    let mut ctx = FormatCtx {
        args,
        kwargs,
        auto: AutoNumber::Init,
        next_index: 0,
    };
    build_string(vm, fmt, &mut ctx, 2)
}

fn build_string(vm: &mut Vm, fmt: &str, ctx: &mut FormatCtx, depth: u32) -> PyResult<String> {
    if depth == 0 {
        return Err(vm.new_value_error("Max string recursion exceeded"));
    }
    // The format's text is read and copied: linear work (`Vm::charge_copy`;
    // each field's text is charged in `render_markup`).
    vm.charge_copy(fmt.len())?;
    let chars: Vec<char> = fmt.chars().collect();
    let mut out = String::with_capacity(fmt.len());
    let mut i = 0;
    while i < chars.len() {
        let c = chars[i];
        i += 1;
        match c {
            '{' | '}' if chars.get(i) == Some(&c) => {
                out.push(c);
                i += 1;
            }
            '}' => return Err(vm.new_value_error("Single '}' encountered in format string")),
            '{' if i == chars.len() => return Err(vm.new_value_error("Single '{' encountered in format string")),
            '{' => {
                let field = parse_field(vm, &chars, &mut i)?;
                render_markup(vm, &field, ctx, depth, &mut out)?;
                if out.len() > MAX_FORMAT_LEN {
                    return Err(vm.new_memory_error());
                }
            }
            _ => out.push(c),
        }
    }
    Ok(out)
}

/// One `{name!conv:spec}` replacement field.
struct Field {
    name: String,
    conversion: Option<char>,
    spec: String,
    spec_needs_expanding: bool,
}

/// CPython's `parse_field`; `*i` is just past the opening brace.
fn parse_field(vm: &Vm, chars: &[char], i: &mut usize) -> PyResult<Field> {
    let start = *i;
    let mut term = None;
    while *i < chars.len() {
        let c = chars[*i];
        *i += 1;
        match c {
            '{' => return Err(vm.new_value_error("unexpected '{' in field name")),
            '[' => {
                while *i < chars.len() && chars[*i] != ']' {
                    *i += 1;
                }
            }
            '}' | ':' | '!' => {
                term = Some(c);
                break;
            }
            _ => {}
        }
    }
    let Some(c) = term else {
        return Err(vm.new_value_error("expected '}' before end of string"));
    };
    let mut field = Field {
        name: chars[start..*i - 1].iter().collect(),
        conversion: None,
        spec: String::new(),
        spec_needs_expanding: false,
    };
    if c == '}' {
        return Ok(field);
    }
    if c == '!' {
        let Some(&conv) = chars.get(*i) else {
            return Err(vm.new_value_error("end of string while looking for conversion specifier"));
        };
        field.conversion = Some(conv);
        *i += 1;
        if *i < chars.len() {
            let next = chars[*i];
            *i += 1;
            if next == '}' {
                return Ok(field);
            }
            if next != ':' {
                return Err(vm.new_value_error("expected ':' after conversion specifier"));
            }
        }
    }
    let spec_start = *i;
    let mut count = 1;
    while *i < chars.len() {
        let c = chars[*i];
        *i += 1;
        match c {
            '{' => {
                field.spec_needs_expanding = true;
                count += 1;
            }
            '}' => {
                count -= 1;
                if count == 0 {
                    field.spec = chars[spec_start..*i - 1].iter().collect();
                    return Ok(field);
                }
            }
            _ => {}
        }
    }
    Err(vm.new_value_error("unmatched '{' in format spec"))
}

fn render_markup(vm: &mut Vm, field: &Field, ctx: &mut FormatCtx, depth: u32, out: &mut String) -> PyResult<()> {
    let mut obj = get_field_object(vm, &field.name, ctx)?;
    if let Some(conv) = field.conversion {
        obj = match conv {
            'r' => vm.repr(&obj)?,
            's' => vm.str(&obj)?,
            'a' => {
                let r = vm.repr_string(&obj)?;
                vm.new_str(ascii_escape(&r))
            }
            c if (c as u32) > 32 && (c as u32) < 127 => {
                return Err(vm.new_value_error(format!("Unknown conversion specifier {c}")));
            }
            c => return Err(vm.new_value_error(format!("Unknown conversion specifier \\x{:x}", c as u32))),
        };
    }
    let spec = if field.spec_needs_expanding {
        build_string(vm, &field.spec, ctx, depth - 1)?
    } else {
        field.spec.clone()
    };
    // Each field's text is copied into the result (`Vm::charge_copy`).
    if spec.is_empty() && obj.class().is(&vm.types.str) {
        if let Some(s) = obj.downcast_ref::<PyStr>() {
            vm.charge_copy(s.as_str().len())?;
            out.push_str(s.as_str());
            return Ok(());
        }
    }
    let spec = vm.new_str(spec);
    let r = format_obj(vm, &obj, &spec)?;
    if let Some(s) = r.downcast_ref::<PyStr>() {
        vm.charge_copy(s.as_str().len())?;
        out.push_str(s.as_str());
    }
    Ok(())
}

/// A decimal field index (`get_integer`): `None` when `s` is empty or not all digits.
fn field_integer(vm: &Vm, s: &str) -> PyResult<Option<usize>> {
    if s.is_empty() || !s.chars().all(|c| c.is_ascii_digit()) {
        return Ok(None);
    }
    match s.parse::<usize>() {
        Ok(n) if n <= isize::MAX as usize => Ok(Some(n)),
        _ => Err(vm.new_value_error("Too many decimal digits in format string")),
    }
}

/// Resolve `first.attr[key]...` against the arguments (`get_field_object`).
fn get_field_object(vm: &mut Vm, name: &str, ctx: &mut FormatCtx) -> PyResult {
    let split = name.find(['.', '[']).unwrap_or(name.len());
    let (first, rest) = name.split_at(split);
    let mut index = field_integer(vm, first)?;
    if first.is_empty() || index.is_some() {
        if ctx.auto == AutoNumber::Init {
            ctx.auto = if first.is_empty() {
                AutoNumber::Auto
            } else {
                AutoNumber::Manual
            };
        }
        if ctx.auto == AutoNumber::Manual && first.is_empty() {
            return Err(
                vm.new_value_error("cannot switch from manual field specification to automatic field numbering")
            );
        }
        if ctx.auto == AutoNumber::Auto && !first.is_empty() {
            return Err(
                vm.new_value_error("cannot switch from automatic field numbering to manual field specification")
            );
        }
        if first.is_empty() {
            index = Some(ctx.next_index);
            ctx.next_index += 1;
        }
    }
    let mut obj = match index {
        Some(idx) => {
            let Some(args) = ctx.args else {
                return Err(vm.new_value_error("Format string contains positional fields"));
            };
            match args.get(idx) {
                Some(o) => o.clone(),
                None => {
                    return Err(vm.new_index_error(format!(
                        "Replacement index {idx} out of range for positional args tuple"
                    )))
                }
            }
        }
        None => match ctx.kwargs {
            FormatKwargs::Pairs(pairs) => match pairs.iter().find(|(k, _)| *k == first) {
                Some((_, v)) => (*v).clone(),
                None => return Err(vm.new_key_error(vm.new_str(first))),
            },
            FormatKwargs::Mapping(m) => {
                let m = m.clone();
                let key = vm.new_str(first);
                vm.get_item(&m, &key)?
            }
        },
    };
    let rest: Vec<char> = rest.chars().collect();
    let mut i = 0;
    while i < rest.len() {
        obj = field_name_step(vm, &rest, &mut i, obj)?;
    }
    Ok(obj)
}

/// Apply one `.attr` or `[key]` of a field name (`FieldNameIterator_next`).
fn field_name_step(vm: &mut Vm, rest: &[char], i: &mut usize, obj: PyObjectRef) -> PyResult {
    let c = rest[*i];
    *i += 1;
    let start = *i;
    match c {
        '.' => {
            while *i < rest.len() && rest[*i] != '.' && rest[*i] != '[' {
                *i += 1;
            }
            if *i == start {
                return Err(vm.new_value_error("Empty attribute in format string"));
            }
            let name: String = rest[start..*i].iter().collect();
            let name = vm.intern(&name);
            vm.get_attr(&obj, &name)
        }
        '[' => {
            while *i < rest.len() && rest[*i] != ']' {
                *i += 1;
            }
            if *i >= rest.len() {
                return Err(vm.new_value_error("Missing ']' in format string"));
            }
            let key: String = rest[start..*i].iter().collect();
            *i += 1;
            if key.is_empty() {
                return Err(vm.new_value_error("Empty attribute in format string"));
            }
            let key = match field_integer(vm, &key)? {
                Some(n) => vm.new_int(n as i64),
                None => vm.new_str(key),
            };
            vm.get_item(&obj, &key)
        }
        _ => Err(vm.new_value_error("Only '.' or '[' may follow ']' in format field specifier")),
    }
}

/// `bytes % args`: the same conversions as `str % args` over Latin-1 text, where
/// `%s`/`%b` take bytes and `%c` makes one byte (CPython's `_PyBytes_FormatEx`).
pub fn percent_format_bytes(vm: &mut Vm, fmt: &[u8], args: &PyObjectRef) -> PyResult<Vec<u8>> {
    let text: String = fmt.iter().map(|&b| char::from(b)).collect();
    let s = percent_format_impl(vm, &text, args, true)?;
    // Every character is below 256: the format and the bytes arguments were
    // Latin-1, everything else is ASCII.
    Ok(s.chars().map(|c| c as u32 as u8).collect())
}

/// The Latin-1 text of a `%s`/`%b` argument of `bytes % args`.
fn bytes_arg_text(vm: &mut Vm, v: &PyObjectRef) -> PyResult<String> {
    if !v.payload_is::<PyBytes>() {
        if let Some(b) = crate::object::buffer::read(vm, v)? {
            return Ok(b.iter().map(|&c| char::from(c)).collect());
        }
    }
    let b = if v.payload_is::<PyBytes>() {
        v.clone()
    } else {
        let n = vm.intern("__bytes__");
        match vm.call_special(v, &n, &[]) {
            Some(r) => r?,
            None => {
                return Err(vm.new_type_error(format!(
                    "%b requires a bytes-like object, or an object that implements __bytes__, not '{}'",
                    v.ty().name()
                )))
            }
        }
    };
    match b.downcast_ref::<PyBytes>() {
        Some(b) => Ok(b.value.iter().map(|&c| char::from(c)).collect()),
        None => Err(vm.new_type_error(format!("__bytes__ returned non-bytes (type {})", b.ty().name()))),
    }
}

fn bytes_char(vm: &mut Vm, v: &PyObjectRef) -> PyResult<char> {
    if v.payload_is::<PyBytes>() || v.payload_is::<crate::object::bytearray::PyByteArray>() {
        let b = crate::object::buffer::bytes_like(vm, v)?;
        if b.len() == 1 {
            return Ok(char::from(b[0]));
        }
    } else if let Ok(Some(x)) = number_to_int(vm, v, true) {
        if let Some(c) = x.as_i64().filter(|c| (0..256).contains(c)) {
            return Ok(char::from(c as u8));
        }
        return Err(vm.new_overflow_error("%c arg not in range(256)"));
    }
    Err(vm.new_type_error("%c requires an integer in range(256) or a single byte"))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn fi(v: i64, spec: &str) -> String {
        format_int_text(&IntValue::Small(v), spec, "int", crate::object::int::MAX_STR_DIGITS)
            .unwrap_or_else(|e| format!("ERR {e:?}"))
    }

    fn ff(v: f64, spec: &str) -> String {
        format_float_text(v, spec, "float").unwrap_or_else(|e| format!("ERR {e:?}"))
    }

    fn fs(v: &str, spec: &str) -> String {
        format_str_text(v, spec).unwrap_or_else(|e| format!("ERR {e:?}"))
    }

    #[test]
    fn parse_spec() {
        let f = FormatSpec::parse("*^+z#012_.3f", None, '>', "float").unwrap();
        assert_eq!(
            f,
            FormatSpec {
                fill: '*',
                align: '^',
                sign: Some('+'),
                no_neg_0: true,
                alternate: true,
                width: Some(12),
                grouping: Some('_'),
                precision: Some(3),
                ty: Some('f'),
            }
        );
        let f = FormatSpec::parse("010", Some('d'), '>', "int").unwrap();
        assert_eq!((f.fill, f.align, f.width), ('0', '=', Some(10)));
        let f = FormatSpec::parse("05", Some('s'), '<', "str").unwrap();
        assert_eq!((f.fill, f.align, f.width), ('0', '<', Some(5)));
        let f = FormatSpec::parse("x<05", Some('d'), '>', "int").unwrap();
        assert_eq!((f.fill, f.align, f.width), ('x', '<', Some(5)));
        let err = |s: &str, t: Option<char>, n: &str| match FormatSpec::parse(s, t, '>', n) {
            Err(FormatError::Value(m)) => m,
            other => format!("{other:?}"),
        };
        assert_eq!(err(".", Some('d'), "int"), "Format specifier missing precision");
        assert_eq!(
            err("xx", Some('d'), "int"),
            "Invalid format specifier 'xx' for object of type 'int'"
        );
        assert_eq!(err(",_", Some('d'), "int"), "Cannot specify both ',' and '_'.");
        assert_eq!(err("_,", Some('d'), "int"), "Cannot specify both ',' and '_'.");
        assert_eq!(err(",s", Some('s'), "str"), "Cannot specify ',' with 's'.");
        assert_eq!(err(",b", Some('d'), "int"), "Cannot specify ',' with 'b'.");
        assert_eq!(
            err("99999999999999999999", Some('d'), "int"),
            "Too many decimal digits in format string"
        );
    }

    #[test]
    fn int_specs() {
        // (value, spec, expected) checked against CPython 3.11.
        let cases: &[(i64, &str, &str)] = &[
            (65, "", "65"),
            (65, "d", "65"),
            (65, "5d", "   65"),
            (-65, "<5d", "-65  "),
            (65, "^5d", " 65  "),
            (65, "=+5d", "+  65"),
            (-65, "05d", "-0065"),
            (65, " d", " 65"),
            (65, "#X", "0X41"),
            (-65, "#o", "-0o101"),
            (65, "#010b", "0b01000001"),
            (1234567, ",", "1,234,567"),
            (-1234567, "_", "-1_234_567"),
            (65, "_b", "100_0001"),
            (-65, "_x", "-41"),
            (0x12345678, "_x", "1234_5678"),
            (65, "c", "A"),
            (65, "n", "65"),
            (65, "e", "6.500000e+01"),
            (65, ".2f", "65.00"),
            (65, "%", "6500.000000%"),
            (65, "g", "65"),
            (1234, "09,", "0,001,234"),
            (1234, "08,", "0,001,234"),
            (-1234, "010,d", "-0,001,234"),
            (42, "+010d", "+000000042"),
            (0, "010,d", "00,000,000"),
            (42, "#010x", "0x0000002a"),
            (5, "<05", "50000"),
            (5, "x<05", "5xxxx"),
            (65, "*^9c", "****A****"),
            (255, "08b", "11111111"),
        ];
        for (v, spec, want) in cases {
            assert_eq!(fi(*v, spec), *want, "format({v}, {spec:?})");
        }
        assert!(fi(1, ".2").contains("Precision not allowed"));
        assert!(fi(1, "s").contains("Unknown format code 's' for object of type 'int'"));
        assert!(fi(1, "+c").contains("Sign not allowed with integer format specifier 'c'"));
        assert!(fi(1, "z").contains("Negative zero coercion"));
        assert_eq!(
            format_int_text(&IntValue::Small(-1), "c", "int", crate::object::int::MAX_STR_DIGITS),
            Err(FormatError::Overflow("%c arg not in range(0x110000)".into()))
        );
    }

    #[test]
    fn float_specs() {
        // (value, spec, expected) checked against CPython 3.11.
        let cases: &[(f64, &str, &str)] = &[
            (1.0, "", "1.0"),
            (1e16, "", "1e+16"),
            (1.5, ".2", "1.5"),
            (123456789.0, ",", "123,456,789.0"),
            (10.0, ".3", "10.0"),
            (100.0, ".2", "1e+02"),
            (0.1, "", "0.1"),
            (1e-5, "", "1e-05"),
            (0.0001, "", "0.0001"),
            (123.456, "10.2f", "    123.46"),
            (-2.5, "e", "-2.500000e+00"),
            (3.14159265358979, ".3g", "3.14"),
            (1234567.891, "g", "1.23457e+06"),
            (1234567.891, ",.2f", "1,234,567.89"),
            (1e-10, "g", "1e-10"),
            (6.02e23, "G", "6.02E+23"),
            (0.5, "%", "50.000000%"),
            (0.5, ".1%", "50.0%"),
            (1.0, "#.0f", "1."),
            (1.0, "#g", "1.00000"),
            (2.5, ".0f", "2"),
            (3.5, ".0f", "4"),
            (-0.4, ".0f", "-0"),
            (-0.4, "z.0f", "0"),
            (0.125, ".2f", "0.12"),
            (0.375, ".2f", "0.38"),
            (2.675, ".2f", "2.67"),
            (1.005, ".2f", "1.00"),
            (3.5, "010.3f", "000003.500"),
            (-3.5, "+010.2e", "-03.50e+00"),
            (-3.5, "010", "-0000003.5"),
            (-3.5, "=10.1f", "-      3.5"),
            (-1234.5, "012,.2f", "-0,001,234.50"),
            (1234.0, "09,", "001,234.0"),
            (f64::INFINITY, "", "inf"),
            (f64::NEG_INFINITY, "F", "-INF"),
            (f64::NAN, "+", "+nan"),
            (f64::INFINITY, "010", "0000000inf"),
            (f64::NAN, "E", "NAN"),
            (9.99, ".2g", "10"),
            (0.000999, ".2g", "0.001"),
            (123.0, ".2g", "1.2e+02"),
            (1.2345e17, "", "1.2345e+17"),
            (1.5, "n", "1.5"),
            (100000.0, "g", "100000"),
            (1000000.0, "g", "1e+06"),
            (1e22, ".1f", "10000000000000000000000.0"),
            (5e-324, "", "5e-324"),
            (-0.0, "", "-0.0"),
            (0.0, "e", "0.000000e+00"),
            (1.0, "_", "1.0"),
            (12345.678, "_.1f", "12_345.7"),
        ];
        for (v, spec, want) in cases {
            assert_eq!(ff(*v, spec), *want, "format({v}, {spec:?})");
        }
        assert!(ff(1.0, "d").contains("Unknown format code 'd' for object of type 'float'"));
        assert!(ff(1.0, ",n").contains("Cannot specify ',' with 'n'."));
    }

    #[test]
    fn float_repr() {
        let cases: &[(f64, &str)] = &[
            (0.1 + 0.2, "0.30000000000000004"),
            (1e15, "1000000000000000.0"),
            (1e16, "1e+16"),
            (2e16 + 8.0, "2.000000000000001e+16"),
            (123.456, "123.456"),
            (1e-4, "0.0001"),
            (1e-5, "1e-05"),
            (1.7976931348623157e308, "1.7976931348623157e+308"),
        ];
        for (v, want) in cases {
            assert_eq!(float_repr_text(*v), *want);
        }
    }

    #[test]
    fn str_specs() {
        let cases: &[(&str, &str, &str)] = &[
            ("kaa", "", "kaa"),
            ("kaa", "5", "kaa  "),
            ("kaa", ">5", "  kaa"),
            ("kaa", "^6", " kaa  "),
            ("kaa", "*^8", "**kaa***"),
            ("kaa", ".1", "k"),
            ("kaa", "8.2", "ka      "),
            ("kaa", "^7.2", "  ka   "),
            ("日本", "^6", "  日本  "),
            ("é", "*>3", "**é"),
            ("ab", "05", "ab000"),
        ];
        for (v, spec, want) in cases {
            assert_eq!(fs(v, spec), *want, "format({v:?}, {spec:?})");
        }
        assert!(fs("a", "d").contains("Unknown format code 'd' for object of type 'str'"));
        assert!(fs("a", "+").contains("Sign not allowed in string format specifier"));
        assert!(fs("a", "=5").contains("'=' alignment not allowed"));
        assert!(fs("a", "#").contains("Alternate form (#) not allowed in string format specifier"));
    }

    #[test]
    fn grouping_algorithm() {
        assert_eq!(group_digits("1234567", 0, Some((',', 3))), "1,234,567");
        assert_eq!(group_digits("1", 5, Some((',', 3))), "0,001");
        assert_eq!(group_digits("12", 6, None), "000012");
        assert_eq!(group_digits("1", 0, None), "1");
    }
}
