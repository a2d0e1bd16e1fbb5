//! `float`: an IEEE 754 double.
//!
//! Behaviour reproduced from CPython's `Objects/floatobject.c`:
//! - `repr` is the shortest string that round-trips, in exponent notation when
//!   the decimal exponent is below -4 or at least 16 ([`float_repr`]);
//! - `//` and `%` follow the sign of the divisor (`float_divmod`);
//! - comparisons with ints are exact, even for ints too large for a float
//!   ([`compare_int_float`]): `2**53 + 1 == float(2**53 + 1)` is false;
//! - `hash` agrees with `int`'s for integral values ([`hash_f64`]);
//! - `round(x, n)` rounds the exact binary value half to even at the n-th
//!   decimal, as CPython's dtoa-based `double_round` ([`round_f64`]).

use std::cmp::Ordering;

use num_bigint::BigInt;
use num_integer::Integer;
use num_traits::{FromPrimitive, ToPrimitive, Zero};

use kaa_compiler::bytecode::{BinaryOp, CompareOp};

use super::core::{PyObjectRef, PyPayload};
use super::int::{self, ascii_numeric_text, int_value, ordering_matches, strip_py_space, IntValue, Kind, PyInt};
use super::str::PyStr;
use crate::vm::{Args, PyResult, Vm};

pub struct PyFloat {
    pub value: f64,
}

impl PyPayload for PyFloat {
    const LEAF: bool = true;
}

// ----- pure functions -----

/// `repr(x)`: the shortest round-tripping digits (Rust's `{:e}` gives them), laid
/// out as CPython's `float_repr_style == 'short'`.
pub fn float_repr(x: f64) -> String {
    if x.is_nan() {
        return "nan".into();
    }
    if x.is_infinite() {
        return if x > 0.0 { "inf".into() } else { "-inf".into() };
    }
    if x == 0.0 {
        return if x.is_sign_negative() {
            "-0.0".into()
        } else {
            "0.0".into()
        };
    }
    let (digits, exp) = shortest_digits(x.abs());
    let mut out = String::with_capacity(digits.len() + 8);
    if x < 0.0 {
        out.push('-');
    }
    if !(-4..16).contains(&exp) {
        out.push_str(&digits[..1]);
        if digits.len() > 1 {
            out.push('.');
            out.push_str(&digits[1..]);
        }
        out.push_str(&format!("e{}{:02}", if exp < 0 { '-' } else { '+' }, exp.abs()));
        return out;
    }
    let point = exp + 1;
    if point <= 0 {
        out.push_str("0.");
        out.push_str(&"0".repeat((-point) as usize));
        out.push_str(&digits);
    } else if point as usize >= digits.len() {
        out.push_str(&digits);
        out.push_str(&"0".repeat(point as usize - digits.len()));
        out.push_str(".0");
    } else {
        out.push_str(&digits[..point as usize]);
        out.push('.');
        out.push_str(&digits[point as usize..]);
    }
    out
}

/// The shortest decimal digits that round-trip to `x` (finite, positive) and the
/// decimal exponent of the first digit, as David Gay's `dtoa` mode 0.
///
/// Rust's `{:e}` finds how many digits are needed, but when two candidates of
/// that length are equally near `x` it may pick the upper one, where `dtoa`
/// rounds half to even (`1070467212532881.25` is `...881.2`). Formatting again
/// with that many digits (`{:.*e}`, correctly rounded, ties to even) settles it.
pub fn shortest_digits(x: f64) -> (String, i32) {
    let split = |s: &str| -> (String, i32) {
        let (mantissa, exp) = s.split_once('e').unwrap_or((s, "0"));
        (
            mantissa.chars().filter(|c| *c != '.').collect(),
            exp.parse().unwrap_or(0),
        )
    };
    let (digits, exp) = split(&format!("{x:e}"));
    if digits.len() < 2 {
        return (digits, exp);
    }
    // Just below a power of two the nearest such digits may not round-trip
    // (`2.0**122` is `5.316911983139664e+36`): then the first answer stands.
    let rounded = format!("{:.*e}", digits.len() - 1, x);
    if rounded.parse::<f64>().ok() != Some(x) {
        return (digits, exp);
    }
    split(&rounded)
}

/// `(m, e)` with `x == m * 2**e` and `0.5 <= |m| < 1` (C's `frexp`; `x` finite, nonzero).
pub fn frexp(x: f64) -> (f64, i32) {
    if x == 0.0 || !x.is_finite() {
        return (x, 0);
    }
    let bits = x.to_bits();
    let exp = ((bits >> 52) & 0x7ff) as i32;
    if exp == 0 {
        // Subnormal: scale into the normal range first.
        let (m, e) = frexp(x * f64::from_bits((1023u64 + 64) << 52));
        return (m, e - 64);
    }
    let m = f64::from_bits((bits & !(0x7ffu64 << 52)) | (1022u64 << 52));
    (m, exp - 1022)
}

/// CPython's `_Py_HashDouble` for finite values and infinities; `None` for NaN
/// (whose hash is the object's identity hash).
pub fn hash_f64(v: f64) -> Option<i64> {
    const BITS: i32 = 61;
    const MODULUS: u64 = (1 << BITS) - 1;
    if v.is_nan() {
        return None;
    }
    if v.is_infinite() {
        return Some(if v > 0.0 { 314_159 } else { -314_159 });
    }
    let (mut m, mut e) = frexp(v);
    let sign: i64 = if m < 0.0 { -1 } else { 1 };
    m = m.abs();
    let mut x: u64 = 0;
    while m != 0.0 {
        x = ((x << 28) & MODULUS) | x >> (BITS - 28);
        m *= 268_435_456.0;
        e -= 28;
        let y = m as u64;
        m -= y as f64;
        x += y;
        if x >= MODULUS {
            x -= MODULUS;
        }
    }
    let e = if e >= 0 { e % BITS } else { BITS - 1 - ((-1 - e) % BITS) };
    x = ((x << e) & MODULUS) | x >> (BITS - e);
    let h = (x as i64) * sign;
    Some(if h == -1 { -2 } else { h })
}

/// The hash of a float object (NaN hashes by identity, as CPython 3.10+).
pub fn hash_float_object(obj: &PyObjectRef, v: f64) -> i64 {
    hash_f64(v).unwrap_or_else(|| {
        let id = obj.id();
        (id >> 4 | id << (usize::BITS - 4)) as i64 & i64::MAX
    })
}

/// Exact comparison of an int with a float; `None` when `f` is NaN.
pub fn compare_int_float(i: &IntValue, f: f64) -> Option<Ordering> {
    if f.is_nan() {
        return None;
    }
    if let IntValue::Small(v) = i {
        if v.unsigned_abs() <= 1 << 53 {
            return (*v as f64).partial_cmp(&f);
        }
    }
    if f.is_infinite() {
        return Some(if f > 0.0 { Ordering::Less } else { Ordering::Greater });
    }
    let whole = f.trunc();
    let frac = f - whole;
    let fi = BigInt::from_f64(whole)?;
    Some(match i.to_big().cmp(&fi) {
        Ordering::Equal => 0.0f64.partial_cmp(&frac)?,
        o => o,
    })
}

/// `x // y` and `x % y` with Python's signs (`float_divmod`); `None` when `y` is 0.
pub fn divmod_f64(x: f64, y: f64) -> Option<(f64, f64)> {
    if y == 0.0 {
        return None;
    }
    let mut m = x % y;
    let mut div = (x - m) / y;
    if m != 0.0 {
        if (y < 0.0) != (m < 0.0) {
            m += y;
            div -= 1.0;
        }
    } else {
        m = 0.0f64.copysign(y);
    }
    let floordiv = if div != 0.0 {
        let mut f = div.floor();
        if div - f > 0.5 {
            f += 1.0;
        }
        f
    } else {
        0.0f64.copysign(x / y)
    };
    Some((floordiv, m))
}

/// `x % y` (`float_rem`); `None` when `y` is 0.
pub fn mod_f64(x: f64, y: f64) -> Option<f64> {
    if y == 0.0 {
        return None;
    }
    let m = x % y;
    Some(if m != 0.0 {
        if (y < 0.0) != (m < 0.0) {
            m + y
        } else {
            m
        }
    } else {
        0.0f64.copysign(y)
    })
}

fn is_odd_integer(y: f64) -> bool {
    y.is_finite() && y == y.trunc() && (y % 2.0).abs() == 1.0
}

/// `x ** y` for floats, with CPython's special cases and errors (`float_pow`).
pub fn float_pow(vm: &Vm, x: f64, y: f64) -> PyResult<f64> {
    if y == 0.0 {
        return Ok(1.0);
    }
    if x.is_nan() {
        return Ok(if y == 0.0 { 1.0 } else { x });
    }
    if y.is_nan() {
        return Ok(if x == 1.0 { 1.0 } else { y });
    }
    if y.is_infinite() {
        let ax = x.abs();
        return Ok(if ax == 1.0 {
            1.0
        } else if (y > 0.0) == (ax > 1.0) {
            f64::INFINITY
        } else {
            0.0
        });
    }
    if x.is_infinite() {
        let odd = is_odd_integer(y);
        return Ok(if y > 0.0 {
            if odd {
                x
            } else {
                x.abs()
            }
        } else if odd {
            0.0f64.copysign(x)
        } else {
            0.0
        });
    }
    if x == 0.0 {
        if y < 0.0 {
            return Err(vm.new_zero_division_error("0.0 cannot be raised to a negative power"));
        }
        return Ok(if is_odd_integer(y) { x } else { 0.0 });
    }
    let mut base = x;
    let mut negate = false;
    if x < 0.0 {
        if y != y.floor() {
            // `float_pow_obj` computes these in complex numbers.
            return Ok(f64::NAN);
        }
        base = -x;
        negate = is_odd_integer(y);
    }
    if base == 1.0 {
        return Ok(if negate { -1.0 } else { 1.0 });
    }
    let r = base.powf(y);
    if r.is_infinite() {
        return Err(pow_overflow(vm));
    }
    Ok(if negate { -r } else { r })
}

/// CPython's `OverflowError: (34, 'Numerical result out of range')` (an errno pair).
#[cold]
fn pow_overflow(vm: &Vm) -> PyObjectRef {
    let (code, msg) = (vm.new_int(34), vm.new_str("Numerical result out of range"));
    vm.new_exception(&vm.exc.overflow_error, vec![code, msg])
}

/// `int(x)` for a float: truncation, with CPython's errors for inf and NaN.
pub fn float_to_int(vm: &Vm, x: f64) -> PyResult<IntValue> {
    match IntValue::from_f64(x) {
        Some(v) => Ok(v),
        None if x.is_nan() => Err(vm.new_value_error("cannot convert float NaN to integer")),
        None => Err(vm.new_overflow_error("cannot convert float infinity to integer")),
    }
}

/// `x` rounded half to even at the `ndigits`-th decimal (finite, nonzero `x`,
/// `|ndigits|` at most a few hundred); `None` when the result overflows.
///
/// Works on the exact value `x = m * 2**e`: `q = round(x * 10**n)` is found with
/// integer division, then `q / 10**n` is converted with one correct rounding,
/// which is what CPython's dtoa-based `double_round` computes.
pub fn round_f64(x: f64, ndigits: i32) -> Option<f64> {
    let bits = x.abs().to_bits();
    let (raw_exp, frac) = ((bits >> 52) as i64, bits & ((1 << 52) - 1));
    let (m, e) = if raw_exp == 0 {
        (frac, -1074)
    } else {
        (frac | (1 << 52), raw_exp - 1075)
    };
    let ten = |k: u32| num_traits::Pow::pow(BigInt::from(10), k);
    // x * 10**n == num / den exactly.
    let mut num = BigInt::from(m);
    let mut den = BigInt::from(1);
    if e >= 0 {
        num <<= e as u64;
    } else {
        den <<= (-e) as u64;
    }
    if ndigits >= 0 {
        num *= ten(ndigits as u32);
    } else {
        den *= ten(ndigits.unsigned_abs());
    }
    let (q, r) = num.div_rem(&den);
    let q = match (r * 2u32).cmp(&den) {
        Ordering::Greater => q + 1u32,
        Ordering::Equal if q.is_odd() => q + 1u32,
        _ => q,
    };
    let y = if ndigits >= 0 {
        int::truediv_big(&q, &ten(ndigits as u32))?
    } else {
        let v = (q * ten(ndigits.unsigned_abs())).to_f64()?;
        if v.is_infinite() {
            return None;
        }
        v
    };
    Some(if x < 0.0 { -y } else { y })
}

/// `float(text)`: Python's float syntax (spaces around, underscores between
/// digits, `inf`/`infinity`/`nan` in any case); `None` when invalid.
pub fn parse_float(s: &str) -> Option<f64> {
    let text = ascii_numeric_text(s);
    let t = strip_py_space(text.as_bytes());
    let mut clean = String::with_capacity(t.len());
    for (i, &b) in t.iter().enumerate() {
        if b == b'_' {
            let digit_before = i > 0 && t[i - 1].is_ascii_digit();
            let digit_after = t.get(i + 1).is_some_and(u8::is_ascii_digit);
            if !(digit_before && digit_after) {
                return None;
            }
            continue;
        }
        clean.push(b as char);
    }
    let body = clean.trim_start_matches(['+', '-']);
    // Rust accepts exactly Python's grammar once the sign is checked: one sign at most.
    if clean.len() - body.len() > 1 || body.is_empty() {
        return None;
    }
    clean.parse::<f64>().ok()
}

/// `float.hex()`.
pub fn float_hex(x: f64) -> String {
    if x.is_nan() {
        return "nan".into();
    }
    if x.is_infinite() {
        return if x > 0.0 { "inf".into() } else { "-inf".into() };
    }
    let sign = if x.is_sign_negative() { "-" } else { "" };
    if x == 0.0 {
        return format!("{sign}0x0.0p+0");
    }
    let bits = x.abs().to_bits();
    let (raw_exp, frac) = ((bits >> 52) as i64, bits & ((1 << 52) - 1));
    let (lead, exp) = if raw_exp == 0 { (0, -1022) } else { (1, raw_exp - 1023) };
    format!(
        "{sign}0x{lead}.{frac:013x}p{}{}",
        if exp < 0 { '-' } else { '+' },
        exp.abs()
    )
}

/// Why `float.fromhex` rejected its argument.
#[derive(Debug, PartialEq, Eq)]
pub enum FromHexError {
    Invalid,
    TooLarge,
}

/// `float.fromhex(s)`.
pub fn parse_float_hex(s: &str) -> Result<f64, FromHexError> {
    let t = s.trim_matches(|c: char| c.is_whitespace());
    let (negative, t) = match t.as_bytes().first() {
        Some(b'-') => (true, &t[1..]),
        Some(b'+') => (false, &t[1..]),
        _ => (false, t),
    };
    let signed = |v: f64| if negative { -v } else { v };
    let lower = t.to_ascii_lowercase();
    if lower == "inf" || lower == "infinity" {
        return Ok(signed(f64::INFINITY));
    }
    if lower == "nan" {
        return Ok(f64::NAN);
    }
    let body = lower.strip_prefix("0x").unwrap_or(&lower);
    let (mantissa, exp) = match body.split_once('p') {
        Some((m, e)) => (m, Some(e)),
        None => (body, None),
    };
    let (whole, frac) = mantissa.split_once('.').unwrap_or((mantissa, ""));
    if whole.is_empty() && frac.is_empty() {
        return Err(FromHexError::Invalid);
    }
    let mut n = BigInt::zero();
    for c in whole.chars().chain(frac.chars()) {
        let Some(d) = c.to_digit(16) else {
            return Err(FromHexError::Invalid);
        };
        n = n * 16u32 + d;
    }
    let mut e: i64 = match exp {
        None => 0,
        Some(e) => {
            let digits = e.trim_start_matches(['+', '-']);
            if digits.is_empty() || !digits.bytes().all(|b| b.is_ascii_digit()) || e.len() - digits.len() > 1 {
                return Err(FromHexError::Invalid);
            }
            e.parse::<i64>()
                .unwrap_or(if e.starts_with('-') { i64::MIN / 2 } else { i64::MAX / 2 })
        }
    };
    e = e.saturating_sub(4 * frac.len() as i64);
    if n.is_zero() {
        return Ok(signed(0.0));
    }
    let top = e.saturating_add(n.bits() as i64);
    if top > 1025 {
        return Err(FromHexError::TooLarge);
    }
    if top < -1080 {
        return Ok(signed(0.0));
    }
    let v = if e >= 0 {
        (n << e as u64)
            .to_f64()
            .filter(|v| v.is_finite())
            .ok_or(FromHexError::TooLarge)?
    } else {
        int::truediv_big(&n, &(BigInt::from(1) << (-e) as u64)).ok_or(FromHexError::TooLarge)?
    };
    Ok(signed(v))
}

// ----- conversions -----

/// The value of `o` as an operand of float arithmetic: floats, ints (exactly
/// converted, `OverflowError` when too large), else `None`.
fn operand(vm: &Vm, o: &PyObjectRef) -> PyResult<Option<f64>> {
    if let Some(f) = o.downcast_ref::<PyFloat>() {
        return Ok(Some(f.value));
    }
    match o.downcast_ref::<PyInt>() {
        Some(i) => int::to_f64_or_overflow(vm, &i.value).map(Some),
        None => Ok(None),
    }
}

#[cold]
fn could_not_convert(vm: &mut Vm, obj: &PyObjectRef) -> PyObjectRef {
    let r = vm.repr_string(obj).unwrap_or_default();
    vm.new_value_error(format!("could not convert string to float: {r}"))
}

/// `float(obj)` (CPython's `PyNumber_Float`).
pub fn float_from_object(vm: &mut Vm, obj: &PyObjectRef) -> PyResult<f64> {
    if let Some(f) = obj.downcast_ref::<PyFloat>() {
        if obj.class().is(&vm.types.float) {
            return Ok(f.value);
        }
    }
    if let Some(i) = obj.downcast_ref::<PyInt>() {
        if obj.class().is(&vm.types.int) || obj.class().is(&vm.types.bool) {
            return int::to_f64_or_overflow(vm, &i.value);
        }
    }
    if let Some(r) = vm.call_special(obj, &vm.names.__float__.clone(), &[]) {
        let r = r?;
        return match r.downcast_ref::<PyFloat>() {
            Some(f) => Ok(f.value),
            None => Err(vm.new_type_error(format!(
                "{}.__float__ returned non-float (type {})",
                obj.ty().name(),
                r.ty().name()
            ))),
        };
    }
    if vm.lookup_special(obj, &vm.names.__index__.clone()).is_some() {
        let v = vm.to_index_value(obj)?;
        return int::to_f64_or_overflow(vm, &v);
    }
    let parsed = if let Some(s) = obj.downcast_ref::<PyStr>() {
        parse_float(s.as_str())
    } else if let Ok(Some(b)) = super::buffer::read(vm, obj) {
        std::str::from_utf8(&b)
            .ok()
            .filter(|s| s.is_ascii())
            .and_then(parse_float)
    } else {
        return Err(vm.new_type_error(format!(
            "float() argument must be a string or a real number, not '{}'",
            obj.ty().name()
        )));
    };
    parsed.ok_or_else(|| could_not_convert(vm, obj))
}

/// `self` and the arguments of a `float` slot wrapper (`__add__`).
fn slot<'a, const N: usize>(vm: &mut Vm, args: Args<'a>, name: &str) -> PyResult<(f64, &'a [PyObjectRef; N])> {
    let (f, a) = int::unpack::<PyFloat, N>(vm, args, Kind::Slot, "float", name)?;
    Ok((f.value, a))
}

/// `self` and the arguments of a `float` method (`hex`).
fn method<'a, const N: usize>(vm: &mut Vm, args: Args<'a>, name: &str) -> PyResult<(f64, &'a [PyObjectRef; N])> {
    let (f, a) = int::unpack::<PyFloat, N>(vm, args, Kind::Method, "float", name)?;
    Ok((f.value, a))
}

/// `self` as an exact float (itself when it already is one).
fn exact_float(vm: &Vm, o: &PyObjectRef, v: f64) -> PyObjectRef {
    if o.class().is(&vm.types.float) {
        o.clone()
    } else {
        vm.new_float(v)
    }
}

// ----- arithmetic -----

/// `x op y` on two floats (`op` one of the arithmetic operators).
pub fn binary_f64(vm: &mut Vm, op: BinaryOp, x: f64, y: f64) -> PyResult {
    let r = match op {
        BinaryOp::Add => x + y,
        BinaryOp::Subtract => x - y,
        BinaryOp::Multiply => x * y,
        BinaryOp::TrueDivide => {
            if y == 0.0 {
                return Err(vm.new_zero_division_error("float division by zero"));
            }
            x / y
        }
        BinaryOp::FloorDivide => match divmod_f64(x, y) {
            Some((q, _)) => q,
            None => return Err(vm.new_zero_division_error("float floor division by zero")),
        },
        BinaryOp::Remainder => match mod_f64(x, y) {
            Some(m) => m,
            None => return Err(vm.new_zero_division_error("float modulo")),
        },
        BinaryOp::Power => return float_pow_obj(vm, x, y),
        _ => return Ok(vm.not_implemented.clone()),
    };
    Ok(vm.new_float(r))
}

/// `x ** y` as an object: a float, or a complex for a negative `x` and a
/// finite non-integral `y` (`(-8.0) ** (1/3)`), as CPython's `float_pow`.
pub fn float_pow_obj(vm: &mut Vm, x: f64, y: f64) -> PyResult {
    if x < 0.0 && x.is_finite() && y.is_finite() && y != y.floor() {
        use super::complex::{pow_result, Complex};
        let r = pow_result(vm, Complex::new(x, 0.0), Complex::new(y, 0.0))?;
        return Ok(vm.new_complex(r.re, r.im));
    }
    let r = float_pow(vm, x, y)?;
    Ok(vm.new_float(r))
}

/// Arithmetic where one operand is an exact float and the other an exact float,
/// int or bool; `None` otherwise, so the general protocol applies.
#[inline]
pub fn binary_fast(vm: &mut Vm, a: &PyObjectRef, b: &PyObjectRef, op: BinaryOp) -> Option<PyResult> {
    if !matches!(
        op,
        BinaryOp::Add
            | BinaryOp::Subtract
            | BinaryOp::Multiply
            | BinaryOp::TrueDivide
            | BinaryOp::FloorDivide
            | BinaryOp::Remainder
            | BinaryOp::Power
    ) {
        return None;
    }
    let exact = |o: &PyObjectRef| {
        let c = o.class();
        c.is(&vm.types.float) || c.is(&vm.types.int) || c.is(&vm.types.bool)
    };
    let (fa, fb) = (a.payload_is::<PyFloat>(), b.payload_is::<PyFloat>());
    if !(fa || fb) || !exact(a) || !exact(b) {
        return None;
    }
    let x = match operand(vm, a) {
        Ok(x) => x?,
        Err(e) => return Some(Err(e)),
    };
    let y = match operand(vm, b) {
        Ok(y) => y?,
        Err(e) => return Some(Err(e)),
    };
    Some(binary_f64(vm, op, x, y))
}

// ----- methods -----

/// `float.__new__(cls, x=0.0, /)`.
fn float_new(vm: &mut Vm, args: Args) -> PyResult {
    args.no_kwargs(vm, "float")?;
    let pos = args.pos();
    let cls = pos
        .first()
        .cloned()
        .ok_or_else(|| vm.new_type_error("float.__new__(): not enough arguments"))?;
    if pos.len() > 2 {
        return Err(vm.new_type_error(format!("float expected at most 1 argument, got {}", pos.len() - 1)));
    }
    let float_type = vm.types.float.clone();
    crate::builtins_type::new_cls_arg(vm, &args, &float_type)?;
    if let Some(x) = pos.get(1) {
        // `float(x)` is `x` itself for an exact float (CPython's `PyNumber_Float`).
        if cls.is(&vm.types.float) && x.class().is(&vm.types.float) {
            return Ok(x.clone());
        }
    }
    let v = match pos.get(1) {
        Some(x) => float_from_object(vm, x)?,
        None => 0.0,
    };
    if cls.is(&vm.types.float) {
        return Ok(vm.new_float(v));
    }
    Ok(vm.new_instance(PyFloat { value: v }, &cls))
}

fn float_repr_m(vm: &mut Vm, args: Args) -> PyResult {
    let (v, _) = slot::<1>(vm, args, "__repr__")?;
    Ok(vm.new_str(float_repr(v)))
}

/// `float.__format__(spec)`: an empty spec means `str(self)`.
fn float_format(vm: &mut Vm, args: Args) -> PyResult {
    let (v, [o, spec]) = method::<2>(vm, args, "__format__")?;
    let Some(spec) = spec.downcast_ref::<PyStr>() else {
        return Err(vm.new_type_error(format!("__format__() argument must be str, not {}", spec.ty().name())));
    };
    if spec.as_str().is_empty() {
        return vm.str(o);
    }
    let s = crate::format::format_float(vm, v, spec.as_str())?;
    Ok(vm.new_str(s))
}

fn float_hash(vm: &mut Vm, args: Args) -> PyResult {
    let (v, [o]) = slot::<1>(vm, args, "__hash__")?;
    Ok(vm.new_int(hash_float_object(o, v)))
}

fn float_bool(vm: &mut Vm, args: Args) -> PyResult {
    let (v, _) = slot::<1>(vm, args, "__bool__")?;
    Ok(vm.new_bool(v != 0.0))
}

/// The six rich comparisons, with floats and (exactly) with ints.
fn float_compare(vm: &mut Vm, args: Args, op: CompareOp, name: &str) -> PyResult {
    let (x, [_, b]) = slot::<2>(vm, args, name)?;
    let ord = if let Some(f) = b.downcast_ref::<PyFloat>() {
        x.partial_cmp(&f.value)
    } else if let Some(i) = int_value(b) {
        compare_int_float(i, x).map(Ordering::reverse)
    } else {
        return Ok(vm.not_implemented.clone());
    };
    Ok(vm.new_bool(match ord {
        Some(o) => ordering_matches(o, op),
        None => op == CompareOp::Ne,
    }))
}

fn float_lt(vm: &mut Vm, args: Args) -> PyResult {
    float_compare(vm, args, CompareOp::Lt, "__lt__")
}
fn float_le(vm: &mut Vm, args: Args) -> PyResult {
    float_compare(vm, args, CompareOp::Le, "__le__")
}
fn float_eq(vm: &mut Vm, args: Args) -> PyResult {
    float_compare(vm, args, CompareOp::Eq, "__eq__")
}
fn float_ne(vm: &mut Vm, args: Args) -> PyResult {
    float_compare(vm, args, CompareOp::Ne, "__ne__")
}
fn float_gt(vm: &mut Vm, args: Args) -> PyResult {
    float_compare(vm, args, CompareOp::Gt, "__gt__")
}
fn float_ge(vm: &mut Vm, args: Args) -> PyResult {
    float_compare(vm, args, CompareOp::Ge, "__ge__")
}

/// A binary method: `self op other` (or `other op self` when `reflected`).
fn float_binary(vm: &mut Vm, args: Args, op: BinaryOp, reflected: bool) -> PyResult {
    let name = if reflected { op.rdunder() } else { op.dunder() };
    let (x, [_, b]) = slot::<2>(vm, args, name)?;
    let Some(y) = operand(vm, b)? else {
        return Ok(vm.not_implemented.clone());
    };
    if reflected {
        binary_f64(vm, op, y, x)
    } else {
        binary_f64(vm, op, x, y)
    }
}

macro_rules! float_binary_methods {
    ($( $fwd:ident, $rev:ident => $op:ident; )*) => {
        $(
            fn $fwd(vm: &mut Vm, args: Args) -> PyResult {
                float_binary(vm, args, BinaryOp::$op, false)
            }
            fn $rev(vm: &mut Vm, args: Args) -> PyResult {
                float_binary(vm, args, BinaryOp::$op, true)
            }
        )*
    };
}

float_binary_methods! {
    float_add, float_radd => Add;
    float_sub, float_rsub => Subtract;
    float_mul, float_rmul => Multiply;
    float_truediv, float_rtruediv => TrueDivide;
    float_floordiv, float_rfloordiv => FloorDivide;
    float_mod, float_rmod => Remainder;
}

/// `divmod(x, y)` as a tuple.
fn divmod_tuple(vm: &mut Vm, x: f64, y: f64) -> PyResult {
    match divmod_f64(x, y) {
        Some((q, r)) => {
            let (q, r) = (vm.new_float(q), vm.new_float(r));
            Ok(vm.new_tuple(vec![q, r]))
        }
        None => Err(vm.new_zero_division_error("float divmod()")),
    }
}

fn float_divmod(vm: &mut Vm, args: Args) -> PyResult {
    let (x, [_, b]) = slot::<2>(vm, args, "__divmod__")?;
    match operand(vm, b)? {
        Some(y) => divmod_tuple(vm, x, y),
        None => Ok(vm.not_implemented.clone()),
    }
}

fn float_rdivmod(vm: &mut Vm, args: Args) -> PyResult {
    let (x, [_, b]) = slot::<2>(vm, args, "__rdivmod__")?;
    match operand(vm, b)? {
        Some(y) => divmod_tuple(vm, y, x),
        None => Ok(vm.not_implemented.clone()),
    }
}

/// `__pow__`/`__rpow__`: a third argument other than `None` is a `TypeError`.
fn float_pow_method(vm: &mut Vm, args: Args, reflected: bool) -> PyResult {
    let name = if reflected { "__rpow__" } else { "__pow__" };
    let (x, pos) = int::unpack_range::<PyFloat>(vm, args, Kind::Slot, ("float", name), 2, 3)?;
    let x = x.value;
    if pos.get(2).is_some_and(|m| !vm.is_none(m)) {
        return Err(vm.new_type_error("pow() 3rd argument not allowed unless all arguments are integers"));
    }
    let Some(y) = operand(vm, &pos[1])? else {
        return Ok(vm.not_implemented.clone());
    };
    if reflected {
        float_pow_obj(vm, y, x)
    } else {
        float_pow_obj(vm, x, y)
    }
}

fn float_pow_m(vm: &mut Vm, args: Args) -> PyResult {
    float_pow_method(vm, args, false)
}

fn float_rpow(vm: &mut Vm, args: Args) -> PyResult {
    float_pow_method(vm, args, true)
}

fn float_neg(vm: &mut Vm, args: Args) -> PyResult {
    let (v, _) = slot::<1>(vm, args, "__neg__")?;
    Ok(vm.new_float(-v))
}

fn float_abs(vm: &mut Vm, args: Args) -> PyResult {
    let (v, _) = slot::<1>(vm, args, "__abs__")?;
    Ok(vm.new_float(v.abs()))
}

/// `__pos__`, `__float__`: `self` as an exact float.
fn float_self(vm: &mut Vm, args: Args) -> PyResult {
    let (v, [o]) = slot::<1>(vm, args, "__float__")?;
    Ok(exact_float(vm, o, v))
}

/// `float.conjugate()`: `self` as an exact float.
fn float_conjugate(vm: &mut Vm, args: Args) -> PyResult {
    let (v, [o]) = method::<1>(vm, args, "conjugate")?;
    Ok(exact_float(vm, o, v))
}

/// `int(x)` of `f(x)`, for `__int__`, `__trunc__`, `__floor__`, `__ceil__`.
fn float_to_int_method(vm: &mut Vm, args: Args, name: &str, f: fn(f64) -> f64) -> PyResult {
    let (v, _) = if name == "__int__" {
        slot::<1>(vm, args, name)?
    } else {
        method::<1>(vm, args, name)?
    };
    let i = float_to_int(vm, f(v))?;
    Ok(vm.new_int_value(i))
}

fn float_int(vm: &mut Vm, args: Args) -> PyResult {
    float_to_int_method(vm, args, "__int__", f64::trunc)
}
fn float_trunc(vm: &mut Vm, args: Args) -> PyResult {
    float_to_int_method(vm, args, "__trunc__", f64::trunc)
}
fn float_floor(vm: &mut Vm, args: Args) -> PyResult {
    float_to_int_method(vm, args, "__floor__", f64::floor)
}
fn float_ceil(vm: &mut Vm, args: Args) -> PyResult {
    float_to_int_method(vm, args, "__ceil__", f64::ceil)
}

/// `float.__round__(ndigits=None)`: an int without `ndigits`, else a float.
fn float_round(vm: &mut Vm, args: Args) -> PyResult {
    let (x, pos) = int::unpack_range::<PyFloat>(vm, args, Kind::Method, ("float", "__round__"), 1, 2)?;
    let x = x.value;
    let nd = match pos.get(1) {
        Some(n) if !vm.is_none(n) => vm.to_index_value(n)?,
        _ => {
            let i = float_to_int(vm, x.round_ties_even())?;
            return Ok(vm.new_int_value(i));
        }
    };
    // Beyond these, the result is x itself or a zero (CPython's NDIGITS_MAX/MIN).
    let nd = match nd.as_i64() {
        Some(n) if n > 323 => return Ok(vm.new_float(x)),
        Some(n) if n < -308 => return Ok(vm.new_float(0.0 * x)),
        Some(n) => n as i32,
        None if nd.is_negative() => return Ok(vm.new_float(0.0 * x)),
        None => return Ok(vm.new_float(x)),
    };
    if x == 0.0 || !x.is_finite() {
        return Ok(vm.new_float(x));
    }
    match round_f64(x, nd) {
        Some(r) => Ok(vm.new_float(r)),
        None => Err(vm.new_overflow_error("rounded value too large to represent")),
    }
}

fn float_is_integer(vm: &mut Vm, args: Args) -> PyResult {
    let (v, _) = method::<1>(vm, args, "is_integer")?;
    Ok(vm.new_bool(v.is_finite() && v == v.trunc()))
}

/// `float.as_integer_ratio()`: the exact value as a reduced fraction.
fn float_as_integer_ratio(vm: &mut Vm, args: Args) -> PyResult {
    let (v, _) = method::<1>(vm, args, "as_integer_ratio")?;
    if v.is_nan() {
        return Err(vm.new_value_error("cannot convert NaN to integer ratio"));
    }
    if v.is_infinite() {
        return Err(vm.new_overflow_error("cannot convert Infinity to integer ratio"));
    }
    let bits = v.abs().to_bits();
    let (raw_exp, frac) = ((bits >> 52) as i64, bits & ((1 << 52) - 1));
    let (m, e) = if raw_exp == 0 {
        (frac, -1074)
    } else {
        (frac | (1 << 52), raw_exp - 1075)
    };
    let (num, den) = if m == 0 {
        (BigInt::zero(), BigInt::from(1))
    } else if e >= 0 {
        (BigInt::from(m) << e as u64, BigInt::from(1))
    } else {
        let tz = i64::from(m.trailing_zeros()).min(-e);
        (BigInt::from(m >> tz), BigInt::from(1) << (-e - tz) as u64)
    };
    let num = if v < 0.0 { -num } else { num };
    let (n, d) = (vm.new_bigint(num), vm.new_bigint(den));
    Ok(vm.new_tuple(vec![n, d]))
}

fn float_hex_m(vm: &mut Vm, args: Args) -> PyResult {
    let (v, _) = method::<1>(vm, args, "hex")?;
    Ok(vm.new_str(float_hex(v)))
}

/// `float.fromhex(s)` (a class method).
fn float_fromhex(vm: &mut Vm, args: Args) -> PyResult {
    args.no_kwargs(vm, "float.fromhex")?;
    let [cls, s] = args.pos() else {
        let given = args.pos().len().saturating_sub(1);
        return Err(vm.new_type_error(format!("float.fromhex() takes exactly one argument ({given} given)")));
    };
    let Some(text) = s.downcast_ref::<PyStr>() else {
        // CPython 3.11 reads the argument with `PyUnicode_AsUTF8AndSize`.
        return Err(vm.new_type_error("bad argument type for built-in operation"));
    };
    let v = match parse_float_hex(text.as_str()) {
        Ok(v) => v,
        Err(FromHexError::Invalid) => return Err(vm.new_value_error("invalid hexadecimal floating-point string")),
        Err(FromHexError::TooLarge) => {
            return Err(vm.new_overflow_error("hexadecimal value too large to represent as a float"))
        }
    };
    let f = vm.new_float(v);
    if cls.is(&vm.types.float) {
        return Ok(f);
    }
    vm.call_positional(cls, &[f])
}

fn float_getnewargs(vm: &mut Vm, args: Args) -> PyResult {
    let (v, _) = method::<1>(vm, args, "__getnewargs__")?;
    let f = vm.new_float(v);
    Ok(vm.new_tuple(vec![f]))
}

/// `float.__getformat__(typestr)` (a class method).
fn float_getformat(vm: &mut Vm, args: Args) -> PyResult {
    let [_, t] = args.exact::<2>(vm, "__getformat__")?;
    match t.downcast_ref::<PyStr>().map(|s| s.as_str()) {
        Some("double" | "float") => Ok(vm.new_str("IEEE, little-endian")),
        Some(_) => Err(vm.new_value_error("__getformat__() argument 1 must be 'double' or 'float'")),
        None => Err(vm.new_type_error(format!("__getformat__() argument must be str, not {}", t.ty().name()))),
    }
}

fn float_get_real(vm: &mut Vm, o: &PyObjectRef) -> PyResult {
    let v = int::receiver::<PyFloat>(vm, o, Kind::Method, "float", "real")?.value;
    Ok(exact_float(vm, o, v))
}

fn float_get_imag(vm: &mut Vm, o: &PyObjectRef) -> PyResult {
    int::receiver::<PyFloat>(vm, o, Kind::Method, "float", "imag")?;
    Ok(vm.new_float(0.0))
}

pub(crate) fn init(vm: &mut Vm) {
    let t = vm.types.float.clone();
    vm.add_static(&t, "__new__", float_new);
    vm.add_method(&t, "__repr__", float_repr_m);
    vm.add_method(&t, "__format__", float_format);
    vm.add_method(&t, "__hash__", float_hash);
    vm.add_method(&t, "__bool__", float_bool);
    vm.add_method(&t, "__lt__", float_lt);
    vm.add_method(&t, "__le__", float_le);
    vm.add_method(&t, "__eq__", float_eq);
    vm.add_method(&t, "__ne__", float_ne);
    vm.add_method(&t, "__gt__", float_gt);
    vm.add_method(&t, "__ge__", float_ge);
    let binary: [(&'static str, crate::vm::NativeFn); 12] = [
        ("__add__", float_add),
        ("__radd__", float_radd),
        ("__sub__", float_sub),
        ("__rsub__", float_rsub),
        ("__mul__", float_mul),
        ("__rmul__", float_rmul),
        ("__truediv__", float_truediv),
        ("__rtruediv__", float_rtruediv),
        ("__floordiv__", float_floordiv),
        ("__rfloordiv__", float_rfloordiv),
        ("__mod__", float_mod),
        ("__rmod__", float_rmod),
    ];
    for (name, f) in binary {
        vm.add_method(&t, name, f);
    }
    vm.add_method(&t, "__divmod__", float_divmod);
    vm.add_method(&t, "__rdivmod__", float_rdivmod);
    vm.add_method(&t, "__pow__", float_pow_m);
    vm.add_method(&t, "__rpow__", float_rpow);
    vm.add_method(&t, "__neg__", float_neg);
    vm.add_method(&t, "__abs__", float_abs);
    vm.add_method(&t, "__pos__", float_self);
    vm.add_method(&t, "__float__", float_self);
    vm.add_method(&t, "conjugate", float_conjugate);
    vm.add_method(&t, "__int__", float_int);
    vm.add_method(&t, "__trunc__", float_trunc);
    vm.add_method(&t, "__floor__", float_floor);
    vm.add_method(&t, "__ceil__", float_ceil);
    vm.add_method(&t, "__round__", float_round);
    vm.add_method(&t, "is_integer", float_is_integer);
    vm.add_method(&t, "as_integer_ratio", float_as_integer_ratio);
    vm.add_method(&t, "hex", float_hex_m);
    vm.add_classmethod(&t, "fromhex", float_fromhex);
    vm.add_method(&t, "__getnewargs__", float_getnewargs);
    vm.add_classmethod(&t, "__getformat__", float_getformat);
    vm.add_getset(&t, "real", float_get_real, None);
    vm.add_getset(&t, "imag", float_get_imag, None);
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn repr_matches_cpython() {
        let cases: &[(f64, &str)] = &[
            (0.1, "0.1"),
            (1e16, "1e+16"),
            (1e-5, "1e-05"),
            (1.5e300, "1.5e+300"),
            (f64::INFINITY, "inf"),
            (f64::NEG_INFINITY, "-inf"),
            (f64::NAN, "nan"),
            (-0.0, "-0.0"),
            (0.0, "0.0"),
            (100.0, "100.0"),
            (1234567890123456.0, "1234567890123456.0"),
            (12345678901234567.0, "1.2345678901234568e+16"),
            (0.0001, "0.0001"),
            (0.1 + 0.2, "0.30000000000000004"),
            (1.0 / 3.0, "0.3333333333333333"),
            (5e-324, "5e-324"),
            (2.5e-320, "2.5e-320"),
            (-1.5, "-1.5"),
            (1e22, "1e+22"),
            (123.456, "123.456"),
            (f64::MAX, "1.7976931348623157e+308"),
            (843311222590618554.0 / 787.79734, "1070467212532881.2"),
            (2f64.powi(122), "5.316911983139664e+36"),
        ];
        for (v, want) in cases {
            assert_eq!(float_repr(*v), *want, "{v:e}");
        }
    }

    #[test]
    fn hashes_match_cpython() {
        assert_eq!(hash_f64(1.5), Some(1152921504606846977));
        assert_eq!(hash_f64(-0.5), Some(-1152921504606846976));
        assert_eq!(hash_f64(1e300), Some(1224995262755759164));
        assert_eq!(hash_f64(-1.0), Some(-2));
        assert_eq!(hash_f64(-0.0), Some(0));
        assert_eq!(hash_f64(f64::INFINITY), Some(314159));
        assert_eq!(hash_f64(f64::NEG_INFINITY), Some(-314159));
        assert_eq!(hash_f64(f64::NAN), None);
        // Integral floats hash like the equal int.
        for v in [
            0.0,
            1.0,
            12345.0,
            2f64.powi(61),
            2f64.powi(64),
            -(2f64.powi(100)),
            5e-324,
        ] {
            if v == v.trunc() {
                let i = IntValue::from_f64(v).unwrap();
                assert_eq!(hash_f64(v), Some(i.hash()), "{v}");
            }
        }
    }

    #[test]
    fn exact_int_float_comparison() {
        let big = IntValue::from_big(BigInt::from(1u64 << 53) + 1);
        assert_eq!(compare_int_float(&big, 2f64.powi(53)), Some(Ordering::Greater));
        assert_eq!(compare_int_float(&IntValue::Small(3), 3.5), Some(Ordering::Less));
        assert_eq!(compare_int_float(&IntValue::Small(-3), -3.5), Some(Ordering::Greater));
        assert_eq!(compare_int_float(&IntValue::Small(1), f64::NAN), None);
        let huge = IntValue::from_big(num_traits::Pow::pow(BigInt::from(10), 400u32));
        assert_eq!(compare_int_float(&huge, f64::INFINITY), Some(Ordering::Less));
        assert_eq!(compare_int_float(&huge, 1e308), Some(Ordering::Greater));
    }

    #[test]
    fn rounding() {
        assert_eq!(round_f64(2.675, 2), Some(2.67));
        assert_eq!(round_f64(1.25, 1), Some(1.2));
        assert_eq!(round_f64(123.456, -1), Some(120.0));
        assert_eq!(round_f64(0.125, 2), Some(0.12));
        assert_eq!(round_f64(-0.5, 0), Some(-0.0));
        assert_eq!(round_f64(1e308, -308), Some(1e308));
        assert_eq!(round_f64(f64::MAX, -308), None);
        assert_eq!(round_f64(5e-324, 323), Some(0.0));
    }

    #[test]
    fn parsing() {
        assert_eq!(parse_float(" 1_0.5 "), Some(10.5));
        assert_eq!(parse_float("1__0"), None);
        assert_eq!(parse_float("1_e5"), None);
        assert_eq!(parse_float("-Infinity"), Some(f64::NEG_INFINITY));
        assert!(parse_float("+nan").is_some_and(f64::is_nan));
        assert_eq!(parse_float("."), None);
        assert_eq!(parse_float("+-1"), None);
        assert_eq!(parse_float("0x10"), None);
        assert_eq!(parse_float("\u{663}.5"), Some(3.5));
        assert_eq!(parse_float_hex("0x1p3"), Ok(8.0));
        assert_eq!(parse_float_hex("-0x1.8p-1"), Ok(-0.75));
        assert_eq!(parse_float_hex("x"), Err(FromHexError::Invalid));
        assert_eq!(parse_float_hex("0x1p2000"), Err(FromHexError::TooLarge));
        assert_eq!(float_hex(1.5), "0x1.8000000000000p+0");
        assert_eq!(float_hex(5e-324), "0x0.0000000000001p-1022");
    }

    #[test]
    fn floor_division_signs() {
        assert_eq!(divmod_f64(7.5, -2.0), Some((-4.0, -0.5)));
        assert_eq!(mod_f64(-7.5, 2.0), Some(0.5));
        assert_eq!(mod_f64(0.0, -5.0).map(f64::is_sign_negative), Some(true));
        assert_eq!(divmod_f64(1.0, 0.0), None);
    }
}
