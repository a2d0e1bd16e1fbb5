//! `complex`: a pair of IEEE 754 doubles.
//!
//! Behaviour reproduced from CPython 3.11's `Objects/complexobject.c`, so that
//! results agree to the last bit:
//! - an int or float operand becomes `complex(x, 0.0)` before the arithmetic,
//!   so `complex(inf, 0) * 2` is `(inf+nanj)`;
//! - `/` is Smith's algorithm, which divides through by the larger part of the
//!   divisor ([`Complex::div`]);
//! - `z ** n` for an integral `n` with `|n| <= 100` is binary powering by
//!   repeated multiplication (a negative `n` divides 1 by the result); other
//!   exponents go through the polar form ([`Complex::pow`]);
//! - `repr` writes each part with float's shortest round-trip digits but no
//!   `.0`, and leaves the real part out when it is `+0.0` ([`complex_repr`]);
//! - `hash(complex(x, 0))` is `hash(x)`, and `complex(x, 0) == n` compares
//!   `x` with the int `n` exactly.
//!
//! There is no ordering, no `//`, `%`, `divmod`, `int()` or `float()`:
//! those raise the `TypeError` the general protocol words.

use kaa_compiler::bytecode::BinaryOp;

use super::core::{PyObjectRef, PyPayload};
use super::float::{compare_int_float, float_from_object, hash_float_object, PyFloat};
use super::int::{self, ascii_numeric_text, int_value, IntValue, Kind, PyInt};
use super::str::PyStr;
use crate::format::{float_to_string, FloatFlags};
use crate::vm::{Args, PyResult, Vm};

pub struct PyComplex {
    pub real: f64,
    pub imag: f64,
}

impl PyPayload for PyComplex {
    const LEAF: bool = true;
}

// ----- the arithmetic (pure functions) -----

/// A complex value: what the arithmetic works on.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Complex {
    pub re: f64,
    pub im: f64,
}

impl std::ops::Add for Complex {
    type Output = Complex;
    fn add(self, o: Complex) -> Complex {
        Complex::new(self.re + o.re, self.im + o.im)
    }
}

impl std::ops::Sub for Complex {
    type Output = Complex;
    fn sub(self, o: Complex) -> Complex {
        Complex::new(self.re - o.re, self.im - o.im)
    }
}

impl std::ops::Neg for Complex {
    type Output = Complex;
    fn neg(self) -> Complex {
        Complex::new(-self.re, -self.im)
    }
}

/// The schoolbook product (no special treatment of infinities).
impl std::ops::Mul for Complex {
    type Output = Complex;
    fn mul(self, o: Complex) -> Complex {
        Complex::new(self.re * o.re - self.im * o.im, self.re * o.im + self.im * o.re)
    }
}

/// Why a complex computation failed: C's `errno` values `EDOM` and `ERANGE`,
/// which CPython turns into each operation's own exception.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum MathError {
    Domain,
    Range,
}

impl Complex {
    pub const ONE: Complex = Complex { re: 1.0, im: 0.0 };

    pub const fn new(re: f64, im: f64) -> Complex {
        Complex { re, im }
    }

    /// `self / o` by Smith's algorithm; `None` when `o` is zero.
    pub fn quot(self, o: Complex) -> Option<Complex> {
        let (a, b) = (self, o);
        let (abs_re, abs_im) = (b.re.abs(), b.im.abs());
        if abs_re >= abs_im {
            if abs_re == 0.0 {
                return None;
            }
            let ratio = b.im / b.re;
            let denom = b.re + b.im * ratio;
            Some(Complex::new(
                (a.re + a.im * ratio) / denom,
                (a.im - a.re * ratio) / denom,
            ))
        } else if abs_im >= abs_re {
            let ratio = b.re / b.im;
            let denom = b.re * ratio + b.im;
            Some(Complex::new(
                (a.re * ratio + a.im) / denom,
                (a.im * ratio - a.re) / denom,
            ))
        } else {
            // A part of the divisor is a NaN.
            Some(Complex::new(f64::NAN, f64::NAN))
        }
    }

    /// `abs(self)`: infinite if a part is (even when the other is a NaN);
    /// `Err(Range)` when finite parts overflow.
    pub fn abs(self) -> Result<f64, MathError> {
        if self.re.is_infinite() || self.im.is_infinite() {
            return Ok(f64::INFINITY);
        }
        if self.re.is_nan() || self.im.is_nan() {
            return Ok(f64::NAN);
        }
        let r = self.re.hypot(self.im);
        if r.is_finite() {
            Ok(r)
        } else {
            Err(MathError::Range)
        }
    }

    /// `self ** n` for `n >= 0` by binary powering, starting from 1.
    fn powu(self, n: u32) -> Complex {
        let (mut r, mut p, mut mask) = (Complex::ONE, self, 1u32);
        while mask > 0 && n >= mask {
            if n & mask != 0 {
                r = r * p;
            }
            mask = mask.wrapping_shl(1);
            p = p * p;
        }
        r
    }

    /// `self ** e` in polar form; `domain` is set as C's `EDOM` would be.
    fn pow_polar(self, e: Complex, domain: &mut bool) -> Complex {
        if e.re == 0.0 && e.im == 0.0 {
            return Complex::ONE;
        }
        if self.re == 0.0 && self.im == 0.0 {
            if e.im != 0.0 || e.re < 0.0 {
                *domain = true;
            }
            return Complex::new(0.0, 0.0);
        }
        let vabs = self.re.hypot(self.im);
        let mut len = vabs.powf(e.re);
        let at = self.im.atan2(self.re);
        let mut phase = at * e.re;
        if e.im != 0.0 {
            len /= (at * e.im).exp();
            phase += e.im * vabs.ln();
        }
        // The C library's cos and sin report a domain error for an infinite angle.
        if phase.is_infinite() {
            *domain = true;
        }
        Complex::new(len * phase.cos(), len * phase.sin())
    }

    /// `self ** e` (CPython's `complex_pow` without the operand conversions):
    /// `Err(Domain)` for zero to a negative or complex power, `Err(Range)` when
    /// the result has an infinite part.
    pub fn pow(self, e: Complex) -> Result<Complex, MathError> {
        let mut domain = false;
        let r = if e.im == 0.0 && e.re == e.re.trunc() && e.re.abs() <= 100.0 {
            let n = e.re as i32;
            if n > 0 {
                self.powu(n as u32)
            } else {
                Complex::ONE.quot(self.powu(n.unsigned_abs())).unwrap_or_else(|| {
                    domain = true;
                    Complex::new(0.0, 0.0)
                })
            }
        } else {
            self.pow_polar(e, &mut domain)
        };
        if domain {
            Err(MathError::Domain)
        } else if r.re.is_infinite() || r.im.is_infinite() {
            Err(MathError::Range)
        } else {
            Ok(r)
        }
    }
}

/// `repr(complex(re, im))`: `(1+2j)`, `-3.5j`, `(-0-0j)`, `(nan+infj)`, `1e+16j`.
pub fn complex_repr(re: f64, im: f64) -> String {
    let plain = FloatFlags::default();
    if re == 0.0 && re.is_sign_positive() {
        return format!("{}j", float_to_string(im, 'r', 0, plain));
    }
    let signed = FloatFlags { sign: true, ..plain };
    format!(
        "({}{}j)",
        float_to_string(re, 'r', 0, plain),
        float_to_string(im, 'r', 0, signed)
    )
}

/// The longest float at the start of `s` (an optional sign, then digits with an
/// optional point and exponent, or `inf`, `infinity`, `nan` in any case): its
/// value and length; `None` when there is none.
fn float_prefix(s: &[u8]) -> Option<(f64, usize)> {
    let mut i = usize::from(matches!(s.first(), Some(b'+' | b'-')));
    let rest = s[i..].to_ascii_lowercase();
    let word = ["infinity", "inf", "nan"]
        .into_iter()
        .find(|w| rest.starts_with(w.as_bytes()));
    if let Some(w) = word {
        i += w.len();
    } else {
        let digits = |i: &mut usize| {
            let start = *i;
            while s.get(*i).is_some_and(u8::is_ascii_digit) {
                *i += 1;
            }
            *i - start
        };
        let mut n = digits(&mut i);
        if s.get(i) == Some(&b'.') {
            i += 1;
            n += digits(&mut i);
        }
        if n == 0 {
            return None;
        }
        if matches!(s.get(i), Some(b'e' | b'E')) {
            let mut j = i + 1;
            if matches!(s.get(j), Some(b'+' | b'-')) {
                j += 1;
            }
            if digits(&mut j) > 0 {
                i = j;
            }
        }
    }
    let text = std::str::from_utf8(&s[..i]).ok()?;
    Some((text.parse::<f64>().ok()?, i))
}

/// Why [`parse_complex`] rejected a string.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ParseComplexError {
    /// "complex() arg is a malformed string".
    Malformed,
    /// An underscore not between two digits: "could not convert string to complex".
    Underscore,
}

/// `complex(text)`: spaces around, optional parentheses (spaces inside them),
/// then `x`, `yj`, `x+yj` or `x-yj`, where `y` may be left out (`1+j`) and
/// each number is a float literal, `inf` or `nan`; underscores only between digits.
pub fn parse_complex(s: &str) -> Result<Complex, ParseComplexError> {
    use ParseComplexError::{Malformed, Underscore};
    let text = ascii_numeric_text(s);
    let b = text.as_bytes();
    let mut clean = Vec::with_capacity(b.len());
    for (i, &c) in b.iter().enumerate() {
        if c == b'_' {
            let between = i > 0 && b[i - 1].is_ascii_digit() && b.get(i + 1).is_some_and(u8::is_ascii_digit);
            if !between {
                return Err(Underscore);
            }
        } else {
            clean.push(c);
        }
    }
    let s = &clean[..];
    let is_space = |c: u8| matches!(c, b' ' | b'\t' | b'\n' | b'\r' | b'\x0b' | b'\x0c');
    let skip_spaces = |i: &mut usize| {
        while s.get(*i).is_some_and(|&c| is_space(c)) {
            *i += 1;
        }
    };
    let mut i = 0;
    skip_spaces(&mut i);
    let bracket = s.get(i) == Some(&b'(');
    if bracket {
        i += 1;
        skip_spaces(&mut i);
    }
    let is_j = |c: Option<&u8>| matches!(c, Some(b'j' | b'J'));
    let (mut re, mut im) = (0.0, 0.0);
    match float_prefix(&s[i..]) {
        Some((x, n)) => {
            i += n;
            if matches!(s.get(i), Some(b'+' | b'-')) {
                // `x+yj`, or `x+j` with the digits of `y` left out.
                re = x;
                match float_prefix(&s[i..]) {
                    Some((y, n)) => {
                        im = y;
                        i += n;
                    }
                    None => {
                        im = if s[i] == b'-' { -1.0 } else { 1.0 };
                        i += 1;
                    }
                }
                if !is_j(s.get(i)) {
                    return Err(Malformed);
                }
                i += 1;
            } else if is_j(s.get(i)) {
                im = x;
                i += 1;
            } else {
                re = x;
            }
        }
        None => {
            // `j`, `+j`, `-j`.
            im = 1.0;
            match s.get(i) {
                Some(b'+') => i += 1,
                Some(b'-') => {
                    im = -1.0;
                    i += 1;
                }
                _ => {}
            }
            if !is_j(s.get(i)) {
                return Err(Malformed);
            }
            i += 1;
        }
    }
    skip_spaces(&mut i);
    if bracket {
        if s.get(i) != Some(&b')') {
            return Err(Malformed);
        }
        i += 1;
        skip_spaces(&mut i);
    }
    if i != s.len() {
        return Err(Malformed);
    }
    Ok(Complex::new(re, im))
}

/// `hash(complex)`: the parts' hashes combined so that a complex with a zero
/// imaginary part hashes as its real part (NaN parts hash by identity).
pub fn hash_complex(obj: &PyObjectRef, z: Complex) -> i64 {
    const IMAG: u64 = 1_000_003;
    let h = (hash_float_object(obj, z.re) as u64).wrapping_add(IMAG.wrapping_mul(hash_float_object(obj, z.im) as u64));
    match h as i64 {
        -1 => -2,
        h => h,
    }
}

// ----- conversions -----

/// The value of a complex object (or an instance of a subclass).
pub fn complex_value(o: &PyObjectRef) -> Option<Complex> {
    o.downcast_ref::<PyComplex>().map(|c| Complex::new(c.real, c.imag))
}

/// The value of `o` as an operand of complex arithmetic: a complex, or an int
/// or float as `(x, 0.0)` (`OverflowError` for an int too large); `None` for
/// anything else.
fn operand(vm: &Vm, o: &PyObjectRef) -> PyResult<Option<Complex>> {
    if let Some(z) = complex_value(o) {
        return Ok(Some(z));
    }
    if let Some(f) = o.downcast_ref::<PyFloat>() {
        return Ok(Some(Complex::new(f.value, 0.0)));
    }
    match int_value(o) {
        Some(i) => Ok(Some(Complex::new(int::to_f64_or_overflow(vm, i)?, 0.0))),
        None => Ok(None),
    }
}

/// The result of `o.__complex__()` if its type has that method (CPython's
/// `try_complex_special_method`): a complex object, or the `TypeError` for
/// anything else.
fn complex_special(vm: &mut Vm, o: &PyObjectRef) -> PyResult<Option<PyObjectRef>> {
    let name = vm.intern("__complex__");
    let Some(r) = vm.call_special(o, &name, &[]) else {
        return Ok(None);
    };
    let r = r?;
    if !r.payload_is::<PyComplex>() {
        return Err(vm.new_type_error(format!("__complex__ returned non-complex (type {})", r.ty().name())));
    }
    Ok(Some(r))
}

/// `o` as a complex number for a function that takes one, as `cmath`'s do
/// (CPython's `PyComplex_AsCComplex`): a complex, the result of `__complex__`,
/// or a real number (`__float__`, `__index__`) as `(x, 0.0)`; otherwise
/// "must be real number, not X".
pub fn complex_arg(vm: &mut Vm, o: &PyObjectRef) -> PyResult<Complex> {
    if let Some(z) = complex_value(o) {
        return Ok(z);
    }
    if o.class().is(&vm.types.float) {
        if let Some(f) = o.downcast_ref::<PyFloat>() {
            return Ok(Complex::new(f.value, 0.0));
        }
    }
    if let Some(r) = complex_special(vm, o)? {
        return complex_value(&r).ok_or_else(|| vm.new_type_error("__complex__ returned non-complex"));
    }
    Ok(Complex::new(crate::format::number_to_f64(vm, o)?, 0.0))
}

// ----- arithmetic on objects -----

/// `a op b` for two complex values (`+ - * / **`); other operators give
/// `NotImplemented`.
pub fn binary_complex(vm: &mut Vm, op: BinaryOp, a: Complex, b: Complex) -> PyResult {
    let r = match op {
        BinaryOp::Add => a + b,
        BinaryOp::Subtract => a - b,
        BinaryOp::Multiply => a * b,
        BinaryOp::TrueDivide => match a.quot(b) {
            Some(q) => q,
            None => return Err(vm.new_zero_division_error("complex division by zero")),
        },
        BinaryOp::Power => pow_result(vm, a, b)?,
        _ => return Ok(vm.not_implemented.clone()),
    };
    Ok(vm.new_complex(r.re, r.im))
}

/// `a ** b` with CPython's errors.
pub fn pow_result(vm: &Vm, a: Complex, b: Complex) -> PyResult<Complex> {
    a.pow(b).map_err(|e| match e {
        MathError::Domain => vm.new_zero_division_error("0.0 to a negative or complex power"),
        MathError::Range => vm.new_overflow_error("complex exponentiation"),
    })
}

/// `pow(base, exp, m)` when `base`'s own `__pow__` declined and `exp` or `m`
/// is a complex: CPython's complex power slot is tried next, which refuses any
/// modulus once both operands are numbers. `None` when neither is complex or
/// an operand is not a number.
pub fn ternary_pow(vm: &mut Vm, base: &PyObjectRef, exp: &PyObjectRef, m: &PyObjectRef) -> Option<PyResult> {
    if !exp.payload_is::<PyComplex>() && !m.payload_is::<PyComplex>() {
        return None;
    }
    for o in [base, exp] {
        match operand(vm, o) {
            Ok(Some(_)) => {}
            Ok(None) => return None,
            Err(e) => return Some(Err(e)),
        }
    }
    Some(Err(vm.new_value_error("complex modulo")))
}

/// The value of an exact complex, float, int or bool as a complex operand;
/// `None` for any other type (subclasses included).
#[inline]
fn exact_operand(vm: &Vm, o: &PyObjectRef) -> Option<PyResult<Complex>> {
    let t = &vm.types;
    let c = o.class();
    if c.is(&t.complex) {
        complex_value(o).map(Ok)
    } else if c.is(&t.float) {
        o.downcast_ref::<PyFloat>().map(|f| Ok(Complex::new(f.value, 0.0)))
    } else if c.is(&t.int) || c.is(&t.bool) {
        int_value(o).map(|i| int::to_f64_or_overflow(vm, i).map(|x| Complex::new(x, 0.0)))
    } else {
        None
    }
}

/// Arithmetic where one operand is an exact complex and the other an exact
/// complex, float, int or bool; `None` otherwise, so the general protocol applies.
#[inline]
pub fn binary_fast(vm: &mut Vm, a: &PyObjectRef, b: &PyObjectRef, op: BinaryOp) -> Option<PyResult> {
    let complex = &vm.types.complex;
    if !a.class().is(complex) && !b.class().is(complex) {
        return None;
    }
    if !matches!(
        op,
        BinaryOp::Add | BinaryOp::Subtract | BinaryOp::Multiply | BinaryOp::TrueDivide | BinaryOp::Power
    ) {
        return None;
    }
    let x = match exact_operand(vm, a)? {
        Ok(x) => x,
        Err(e) => return Some(Err(e)),
    };
    let y = match exact_operand(vm, b)? {
        Ok(y) => y,
        Err(e) => return Some(Err(e)),
    };
    Some(binary_complex(vm, op, x, y))
}

/// `abs(z)` for a complex `z`: a float, or "absolute value too large".
pub fn abs_value(vm: &Vm, z: Complex) -> PyResult {
    match z.abs() {
        Ok(r) => Ok(vm.new_float(r)),
        Err(_) => Err(vm.new_overflow_error("absolute value too large")),
    }
}

// ----- methods -----

/// `self` and the arguments of a `complex` slot wrapper (`__add__`).
fn slot<'a, const N: usize>(vm: &mut Vm, args: Args<'a>, name: &str) -> PyResult<(Complex, &'a [PyObjectRef; N])> {
    let (c, a) = int::unpack::<PyComplex, N>(vm, args, Kind::Slot, "complex", name)?;
    Ok((Complex::new(c.real, c.imag), a))
}

/// `self` and the arguments of a `complex` method (`conjugate`).
fn method<'a, const N: usize>(vm: &mut Vm, args: Args<'a>, name: &str) -> PyResult<(Complex, &'a [PyObjectRef; N])> {
    let (c, a) = int::unpack::<PyComplex, N>(vm, args, Kind::Method, "complex", name)?;
    Ok((Complex::new(c.real, c.imag), a))
}

/// `self` as an exact complex (itself when it already is one).
fn exact_complex(vm: &Vm, o: &PyObjectRef, z: Complex) -> PyObjectRef {
    if o.class().is(&vm.types.complex) {
        o.clone()
    } else {
        vm.new_complex(z.re, z.im)
    }
}

/// `complex(real=0, imag=0)`'s arguments: at most two, by position or name.
fn new_args(vm: &mut Vm, args: &Args) -> PyResult<(PyObjectRef, [Option<PyObjectRef>; 2])> {
    let pos = args.pos();
    let cls = pos
        .first()
        .cloned()
        .ok_or_else(|| vm.new_type_error("complex.__new__(): not enough arguments"))?;
    let given = args.items().len() - 1;
    if given > 2 {
        return Err(vm.new_type_error(format!("complex() takes at most 2 arguments ({given} given)")));
    }
    let mut out: [Option<PyObjectRef>; 2] = [pos.get(1).cloned(), pos.get(2).cloned()];
    for (k, v) in args.kwargs() {
        let i = match k {
            "real" => 0,
            "imag" => 1,
            _ => return Err(vm.new_type_error(format!("'{k}' is an invalid keyword argument for complex()"))),
        };
        if out[i].is_some() {
            return Err(vm.new_type_error(format!(
                "argument for complex() given by name ('{k}') and position ({})",
                i + 1
            )));
        }
        out[i] = Some(v.clone());
    }
    Ok((cls, out))
}

/// Whether `complex()` takes `o` as a number: a complex, or an object with
/// `__float__` or `__index__`.
fn is_number(vm: &Vm, o: &PyObjectRef) -> bool {
    o.payload_is::<PyComplex>()
        || vm.lookup_special(o, &vm.names.__float__.clone()).is_some()
        || vm.lookup_special(o, &vm.names.__index__.clone()).is_some()
}

/// The value of an exact float, or of an exact int that converts to a float
/// exactly, as one part of `complex(re, im)`.
#[inline]
fn plain_part(vm: &Vm, o: &PyObjectRef) -> Option<f64> {
    let c = o.class();
    if c.is(&vm.types.float) {
        return o.downcast_ref::<PyFloat>().map(|f| f.value);
    }
    if c.is(&vm.types.int) {
        if let Some(IntValue::Small(v)) = o.downcast_ref::<PyInt>().map(|i| &i.value) {
            if v.unsigned_abs() <= 1 << 53 {
                return Some(*v as f64);
            }
        }
    }
    None
}

/// `complex(x)` and `complex(x, y)` of exact floats and ints: no
/// `__complex__` or `__float__` lookups, no keyword parsing.
#[inline]
fn complex_new_plain(vm: &Vm, args: &Args) -> Option<PyObjectRef> {
    if args.has_kwargs() {
        return None;
    }
    let (re, im) = match args.items() {
        [cls, r] if cls.is(&vm.types.complex) => (plain_part(vm, r)?, 0.0),
        [cls, r, i] if cls.is(&vm.types.complex) => (plain_part(vm, r)?, plain_part(vm, i)?),
        _ => return None,
    };
    Some(vm.new_complex(re, im))
}

/// `complex.__new__(cls, real=0, imag=0)` (CPython's `complex_new_impl`).
fn complex_new(vm: &mut Vm, args: Args) -> PyResult {
    if let Some(z) = complex_new_plain(vm, &args) {
        return Ok(z);
    }
    let (cls, [r, i]) = new_args(vm, &args)?;
    let complex_type = vm.types.complex.clone();
    crate::builtins_type::new_cls_arg(vm, &args, &complex_type)?;
    let make = |vm: &mut Vm, z: Complex| {
        if cls.is(&vm.types.complex) {
            vm.new_complex(z.re, z.im)
        } else {
            vm.new_instance(PyComplex { real: z.re, imag: z.im }, &cls)
        }
    };
    let r = r.unwrap_or_else(|| vm.new_int(0));
    if i.is_none() && r.class().is(&vm.types.complex) && cls.is(&vm.types.complex) {
        return Ok(r);
    }
    if let Some(s) = r.downcast_ref::<PyStr>() {
        if i.is_some() {
            return Err(vm.new_type_error("complex() can't take second arg if first is a string"));
        }
        return match parse_complex(s.as_str()) {
            Ok(z) => Ok(make(vm, z)),
            Err(ParseComplexError::Malformed) => Err(vm.new_value_error("complex() arg is a malformed string")),
            Err(ParseComplexError::Underscore) => {
                let shown = vm.repr_string(&r)?;
                Err(vm.new_value_error(format!("could not convert string to complex: {shown}")))
            }
        };
    }
    if i.as_ref().is_some_and(|i| i.payload_is::<PyStr>()) {
        return Err(vm.new_type_error("complex() second arg can't be a string"));
    }
    let r = complex_special(vm, &r)?.unwrap_or(r);
    if !is_number(vm, &r) {
        return Err(vm.new_type_error(format!(
            "complex() first argument must be a string or a number, not '{}'",
            r.ty().name()
        )));
    }
    if let Some(i) = &i {
        if !is_number(vm, i) {
            return Err(vm.new_type_error(format!(
                "complex() second argument must be a number, not '{}'",
                i.ty().name()
            )));
        }
    }
    // The result is `r + i*1j` computed part by part, so that signed zeros survive.
    let (cr, r_is_complex) = match complex_value(&r) {
        Some(z) => (z, true),
        None => (Complex::new(float_from_object(vm, &r)?, 0.0), false),
    };
    let (mut re, mut im) = (cr.re, cr.im);
    if let Some(i) = &i {
        match complex_value(i) {
            Some(ci) => {
                re -= ci.im;
                im = ci.re;
            }
            None => im = float_from_object(vm, i)?,
        }
        if r_is_complex {
            im += cr.im;
        }
    }
    Ok(make(vm, Complex::new(re, im)))
}

fn complex_repr_m(vm: &mut Vm, args: Args) -> PyResult {
    let (z, _) = slot::<1>(vm, args, "__repr__")?;
    Ok(vm.new_str(complex_repr(z.re, z.im)))
}

/// `complex.__format__(spec)`: an empty spec means `str(self)`.
fn complex_format(vm: &mut Vm, args: Args) -> PyResult {
    let (z, [o, spec]) = method::<2>(vm, args, "__format__")?;
    let Some(spec) = spec.downcast_ref::<PyStr>() else {
        return Err(vm.new_type_error(format!("__format__() argument must be str, not {}", spec.ty().name())));
    };
    if spec.as_str().is_empty() {
        return vm.str(o);
    }
    let name = o.ty().name().to_string();
    let s = crate::format::format_complex(vm, z.re, z.im, spec.as_str(), &name)?;
    Ok(vm.new_str(s))
}

fn complex_hash(vm: &mut Vm, args: Args) -> PyResult {
    let (z, [o]) = slot::<1>(vm, args, "__hash__")?;
    Ok(vm.new_int(hash_complex(o, z)))
}

fn complex_bool(vm: &mut Vm, args: Args) -> PyResult {
    let (z, _) = slot::<1>(vm, args, "__bool__")?;
    Ok(vm.new_bool(z.re != 0.0 || z.im != 0.0))
}

/// `==` and `!=` with ints (exactly), floats and complex numbers.
fn complex_eq_ne(vm: &mut Vm, args: Args, name: &str, ne: bool) -> PyResult {
    let (z, [_, b]) = slot::<2>(vm, args, name)?;
    let equal = if let Some(w) = complex_value(b) {
        z.re == w.re && z.im == w.im
    } else if let Some(f) = b.downcast_ref::<PyFloat>() {
        z.re == f.value && z.im == 0.0
    } else if let Some(i) = int_value(b) {
        z.im == 0.0 && compare_int_float(i, z.re) == Some(std::cmp::Ordering::Equal)
    } else {
        return Ok(vm.not_implemented.clone());
    };
    Ok(vm.new_bool(equal != ne))
}

fn complex_eq(vm: &mut Vm, args: Args) -> PyResult {
    complex_eq_ne(vm, args, "__eq__", false)
}

fn complex_ne(vm: &mut Vm, args: Args) -> PyResult {
    complex_eq_ne(vm, args, "__ne__", true)
}

/// A binary method: `self op other` (or `other op self` when `reflected`).
fn complex_binary(vm: &mut Vm, args: Args, op: BinaryOp, reflected: bool) -> PyResult {
    let name = if reflected { op.rdunder() } else { op.dunder() };
    let (x, [_, b]) = slot::<2>(vm, args, name)?;
    let Some(y) = operand(vm, b)? else {
        return Ok(vm.not_implemented.clone());
    };
    if reflected {
        binary_complex(vm, op, y, x)
    } else {
        binary_complex(vm, op, x, y)
    }
}

macro_rules! complex_binary_methods {
    ($( $fwd:ident, $rev:ident => $op:ident; )*) => {
        $(
            fn $fwd(vm: &mut Vm, args: Args) -> PyResult {
                complex_binary(vm, args, BinaryOp::$op, false)
            }
            fn $rev(vm: &mut Vm, args: Args) -> PyResult {
                complex_binary(vm, args, BinaryOp::$op, true)
            }
        )*
    };
}

complex_binary_methods! {
    complex_add, complex_radd => Add;
    complex_sub, complex_rsub => Subtract;
    complex_mul, complex_rmul => Multiply;
    complex_truediv, complex_rtruediv => TrueDivide;
}

/// `__pow__`/`__rpow__`: a modulus other than `None` is "complex modulo".
fn complex_pow_method(vm: &mut Vm, args: Args, reflected: bool) -> PyResult {
    let name = if reflected { "__rpow__" } else { "__pow__" };
    let (c, pos) = int::unpack_range::<PyComplex>(vm, args, Kind::Slot, ("complex", name), 2, 3)?;
    let x = Complex::new(c.real, c.imag);
    let Some(y) = operand(vm, &pos[1])? else {
        return Ok(vm.not_implemented.clone());
    };
    if pos.get(2).is_some_and(|m| !vm.is_none(m)) {
        return Err(vm.new_value_error("complex modulo"));
    }
    let (a, b) = if reflected { (y, x) } else { (x, y) };
    let r = pow_result(vm, a, b)?;
    Ok(vm.new_complex(r.re, r.im))
}

fn complex_pow(vm: &mut Vm, args: Args) -> PyResult {
    complex_pow_method(vm, args, false)
}

fn complex_rpow(vm: &mut Vm, args: Args) -> PyResult {
    complex_pow_method(vm, args, true)
}

fn complex_neg(vm: &mut Vm, args: Args) -> PyResult {
    let (z, _) = slot::<1>(vm, args, "__neg__")?;
    let r = -z;
    Ok(vm.new_complex(r.re, r.im))
}

fn complex_pos(vm: &mut Vm, args: Args) -> PyResult {
    let (z, [o]) = slot::<1>(vm, args, "__pos__")?;
    Ok(exact_complex(vm, o, z))
}

fn complex_abs(vm: &mut Vm, args: Args) -> PyResult {
    let (z, _) = slot::<1>(vm, args, "__abs__")?;
    abs_value(vm, z)
}

/// `complex.__complex__()`: `self` as an exact complex.
fn complex_complex(vm: &mut Vm, args: Args) -> PyResult {
    let (z, [o]) = method::<1>(vm, args, "__complex__")?;
    Ok(exact_complex(vm, o, z))
}

fn complex_conjugate(vm: &mut Vm, args: Args) -> PyResult {
    let (z, _) = method::<1>(vm, args, "conjugate")?;
    Ok(vm.new_complex(z.re, -z.im))
}

fn complex_getnewargs(vm: &mut Vm, args: Args) -> PyResult {
    let (z, _) = method::<1>(vm, args, "__getnewargs__")?;
    let (re, im) = (vm.new_float(z.re), vm.new_float(z.im));
    Ok(vm.new_tuple(vec![re, im]))
}

fn complex_get_real(vm: &mut Vm, o: &PyObjectRef) -> PyResult {
    let c = int::receiver::<PyComplex>(vm, o, Kind::Method, "complex", "real")?;
    Ok(vm.new_float(c.real))
}

fn complex_get_imag(vm: &mut Vm, o: &PyObjectRef) -> PyResult {
    let c = int::receiver::<PyComplex>(vm, o, Kind::Method, "complex", "imag")?;
    Ok(vm.new_float(c.imag))
}

/// Assigning or deleting `real` or `imag` (CPython's read-only members).
fn readonly(vm: &mut Vm, _: &PyObjectRef, _: Option<PyObjectRef>) -> PyResult<()> {
    Err(vm.new_attribute_error("readonly attribute"))
}

pub(crate) fn init(vm: &mut Vm) {
    let t = vm.types.complex.clone();
    vm.add_static(&t, "__new__", complex_new);
    vm.add_method(&t, "__repr__", complex_repr_m);
    vm.add_method(&t, "__format__", complex_format);
    vm.add_method(&t, "__hash__", complex_hash);
    vm.add_method(&t, "__bool__", complex_bool);
    vm.add_method(&t, "__eq__", complex_eq);
    vm.add_method(&t, "__ne__", complex_ne);
    let binary: [(&'static str, crate::vm::NativeFn); 8] = [
        ("__add__", complex_add),
        ("__radd__", complex_radd),
        ("__sub__", complex_sub),
        ("__rsub__", complex_rsub),
        ("__mul__", complex_mul),
        ("__rmul__", complex_rmul),
        ("__truediv__", complex_truediv),
        ("__rtruediv__", complex_rtruediv),
    ];
    for (name, f) in binary {
        vm.add_method(&t, name, f);
    }
    vm.add_method(&t, "__pow__", complex_pow);
    vm.add_method(&t, "__rpow__", complex_rpow);
    vm.add_method(&t, "__neg__", complex_neg);
    vm.add_method(&t, "__pos__", complex_pos);
    vm.add_method(&t, "__abs__", complex_abs);
    vm.add_method(&t, "__complex__", complex_complex);
    vm.add_method(&t, "conjugate", complex_conjugate);
    vm.add_method(&t, "__getnewargs__", complex_getnewargs);
    vm.add_getset(&t, "real", complex_get_real, Some(readonly));
    vm.add_getset(&t, "imag", complex_get_imag, Some(readonly));
}

#[cfg(test)]
mod tests {
    use super::*;

    fn c(re: f64, im: f64) -> Complex {
        Complex::new(re, im)
    }

    #[test]
    fn reprs_match_cpython() {
        let cases: &[(f64, f64, &str)] = &[
            (1.0, 2.0, "(1+2j)"),
            (0.0, 1.0, "1j"),
            (0.0, -0.0, "-0j"),
            (-0.0, -0.0, "(-0-0j)"),
            (-0.0, 0.0, "(-0+0j)"),
            (f64::NAN, f64::INFINITY, "(nan+infj)"),
            (0.0, 1e16, "1e+16j"),
            (1.5, -2.5e-7, "(1.5-2.5e-07j)"),
            (0.0, f64::NEG_INFINITY, "-infj"),
        ];
        for (re, im, want) in cases {
            assert_eq!(complex_repr(*re, *im), *want);
        }
    }

    #[test]
    fn parsing() {
        assert_eq!(parse_complex(" ( 1+2j ) "), Ok(c(1.0, 2.0)));
        assert_eq!(parse_complex("-j"), Ok(c(0.0, -1.0)));
        assert_eq!(parse_complex("1-j"), Ok(c(1.0, -1.0)));
        assert_eq!(parse_complex("1.5e3"), Ok(c(1500.0, 0.0)));
        assert_eq!(parse_complex("-Infinityj"), Ok(c(0.0, f64::NEG_INFINITY)));
        assert_eq!(parse_complex("1_000+2_0j"), Ok(c(1000.0, 20.0)));
        assert_eq!(parse_complex("1__0j"), Err(ParseComplexError::Underscore));
        for bad in [
            "", "()", "1+2", "1 + 2j", "1j+2", "1e", ".j", "1+-2j", "((1))", "1j\0", "0x10",
        ] {
            assert_eq!(parse_complex(bad), Err(ParseComplexError::Malformed), "{bad:?}");
        }
    }

    #[test]
    fn arithmetic_as_cpython() {
        let inf = f64::INFINITY;
        let r = c(inf, 0.0) * c(2.0, 0.0);
        assert!(r.re == inf && r.im.is_nan());
        assert_eq!(c(1.0, 1.0).quot(c(0.0, 0.0)), None);
        assert_eq!(c(1.0, 2.0).quot(c(3.0, 4.0)), Some(c(0.44, 0.08)));
        assert_eq!(c(0.0, 1.0).pow(c(2.0, 0.0)), Ok(c(-1.0, 0.0)));
        assert_eq!(c(0.0, 0.0).pow(c(-1.0, 0.0)), Err(MathError::Domain));
        assert_eq!(c(2.0, 0.0).pow(c(0.0, inf)), Err(MathError::Domain));
        assert_eq!(c(1e200, 0.0).pow(c(2.0, 0.0)), Err(MathError::Range));
        assert_eq!(c(3.0, 4.0).abs(), Ok(5.0));
        assert_eq!(c(1.7e308, 1.7e308).abs(), Err(MathError::Range));
        assert_eq!(c(inf, f64::NAN).abs(), Ok(inf));
    }
}
