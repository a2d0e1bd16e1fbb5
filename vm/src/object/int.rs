//! `int`: arbitrary-precision integers, and the methods `bool` inherits.
//!
//! Values that fit in an `i64` are stored inline; larger ones in a `BigInt`. The two
//! forms never overlap: a result that fits in an `i64` is always `Small`. Every
//! result object is built with `vm.new_int*`, so values in -5..=256 are the cached
//! small ints (as CPython's `get_small_int`).
//!
//! Python's rules reproduced here (CPython's `Objects/longobject.c`):
//! - `//` and `%` round toward negative infinity (`div_mod_floor`);
//! - `/` is correctly rounded even when the operands do not fit a float
//!   (`long_true_divide`, see [`truediv_big`]);
//! - `**` with a negative exponent is float power; with a modulus it is modular
//!   exponentiation, a negative exponent meaning the modular inverse;
//! - `int` and `float` operands do not mix here: `int.__add__(1, 1.0)` is
//!   `NotImplemented` and `float.__radd__` does the work, as in CPython.

use std::cmp::Ordering;
use std::fmt;

use num_bigint::{BigInt, Sign};
use num_integer::Integer;
use num_traits::{FromPrimitive, One, Signed, ToPrimitive, Zero};

use kaa_compiler::bytecode::{BinaryOp, CompareOp};

use super::core::{PyObjectRef, PyPayload};
use super::float::{float_pow, float_to_int, PyFloat};
use super::int_long;
use super::str::PyStr;
use crate::vm::{Args, PyResult, Vm};

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum IntValue {
    Small(i64),
    Big(Box<BigInt>),
}

/// The largest int Kaa will build, in bits (512 MiB); beyond it `MemoryError`
/// is raised instead of letting the allocator abort.
pub const MAX_INT_BITS: u64 = 1 << 32;

/// Ints whose magnitude is at most this convert to `f64` exactly.
const EXACT_F64_INT: i64 = 1 << 53;

impl IntValue {
    /// Normalize a BigInt into the canonical form.
    pub fn from_big(b: BigInt) -> IntValue {
        match b.to_i64() {
            Some(v) => IntValue::Small(v),
            None => IntValue::Big(Box::new(b)),
        }
    }

    pub fn to_big(&self) -> BigInt {
        match self {
            IntValue::Small(v) => BigInt::from(*v),
            IntValue::Big(b) => (**b).clone(),
        }
    }

    #[inline]
    pub fn as_i64(&self) -> Option<i64> {
        match self {
            IntValue::Small(v) => Some(*v),
            IntValue::Big(_) => None,
        }
    }

    #[inline]
    pub fn is_zero(&self) -> bool {
        matches!(self, IntValue::Small(0))
    }

    #[inline]
    pub fn is_negative(&self) -> bool {
        match self {
            IntValue::Small(v) => *v < 0,
            IntValue::Big(b) => b.sign() == Sign::Minus,
        }
    }

    /// `abs(self).bit_length()`.
    pub fn bits(&self) -> u64 {
        match self {
            IntValue::Small(v) => u64::from(64 - v.unsigned_abs().leading_zeros()),
            IntValue::Big(b) => b.bits(),
        }
    }

    /// The nearest float (ties to even), or `None` when it is too large
    /// (CPython's `PyLong_AsDouble`).
    pub fn to_f64(&self) -> Option<f64> {
        let f = match self {
            IntValue::Small(v) => *v as f64,
            IntValue::Big(b) => b.to_f64()?,
        };
        f.is_finite().then_some(f)
    }

    /// The integral part of a finite float; `None` for infinities and NaN.
    pub fn from_f64(f: f64) -> Option<IntValue> {
        if !f.is_finite() {
            return None;
        }
        let t = f.trunc();
        if t.abs() < 9.2e18 {
            return Some(IntValue::Small(t as i64));
        }
        BigInt::from_f64(t).map(IntValue::from_big)
    }

    /// `hash(self)`: CPython's modular hash.
    pub fn hash(&self) -> i64 {
        match self {
            IntValue::Small(v) => crate::protocol::hash_i64(*v),
            IntValue::Big(b) => hash_bigint(b),
        }
    }
}

impl fmt::Display for IntValue {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            IntValue::Small(v) => write!(f, "{v}"),
            IntValue::Big(b) => write!(f, "{b}"),
        }
    }
}

impl PartialOrd for IntValue {
    fn partial_cmp(&self, other: &Self) -> Option<Ordering> {
        Some(self.cmp(other))
    }
}

impl Ord for IntValue {
    fn cmp(&self, other: &Self) -> Ordering {
        match (self, other) {
            (IntValue::Small(a), IntValue::Small(b)) => a.cmp(b),
            // A Big value lies outside the i64 range, so its sign decides.
            (IntValue::Small(_), IntValue::Big(b)) => {
                if b.sign() == Sign::Minus {
                    Ordering::Greater
                } else {
                    Ordering::Less
                }
            }
            (IntValue::Big(a), IntValue::Small(_)) => {
                if a.sign() == Sign::Minus {
                    Ordering::Less
                } else {
                    Ordering::Greater
                }
            }
            (IntValue::Big(a), IntValue::Big(b)) => a.cmp(b),
        }
    }
}

pub struct PyInt {
    pub value: IntValue,
}

impl PyPayload for PyInt {
    const LEAF: bool = true;

    /// The digits of a big int (for memory limits; an int never changes).
    fn heap_bytes(&self) -> usize {
        match &self.value {
            IntValue::Small(_) => 0,
            IntValue::Big(b) => b.bits().div_ceil(64) as usize * 8,
        }
    }
}

/// CPython's hash of an arbitrary-precision int (modulo 2**61 - 1, sign kept).
pub fn hash_bigint(b: &BigInt) -> i64 {
    let m = num_bigint::BigUint::from(crate::protocol::HASH_MODULUS as u64);
    let r = (b.magnitude() % &m).to_i64().unwrap_or(0);
    let h = if b.sign() == Sign::Minus { -r } else { r };
    if h == -1 {
        -2
    } else {
        h
    }
}

// ----- arithmetic on values -----

/// About how many bytes `v`'s digits in `base` take (none for a small
/// int): what writing them costs, charged as linear work
/// (`Vm::charge_copy`: `hex`, `bin`, `oct`, `format`, `%`).
#[inline]
pub fn text_charge(v: &IntValue, base: u32) -> usize {
    let IntValue::Big(b) = v else { return 0 };
    let bits = b.bits();
    let n = match base {
        2 => bits,
        16 => bits / 4,
        _ => bits / 3,
    };
    usize::try_from(n).unwrap_or(usize::MAX)
}

/// Charge the linear work of a big-int operation that reads or writes
/// about `bits` bits (`+`, `-`, `&`, `|`, `^`, shifts, `bit_count`): the
/// bytes as [`Vm::charge_copy`] counts them (nothing below 4096 bits, about
/// 1,200 digits).
#[inline]
pub fn charge_bits(vm: &Vm, bits: u64) -> PyResult<()> {
    vm.charge_copy(usize::try_from(bits / 8).unwrap_or(usize::MAX))
}

/// `a + b`.
pub fn add(a: &IntValue, b: &IntValue) -> IntValue {
    if let (IntValue::Small(x), IntValue::Small(y)) = (a, b) {
        if let Some(r) = x.checked_add(*y) {
            return IntValue::Small(r);
        }
    }
    IntValue::from_big(a.to_big() + b.to_big())
}

/// `a - b`.
pub fn sub(a: &IntValue, b: &IntValue) -> IntValue {
    if let (IntValue::Small(x), IntValue::Small(y)) = (a, b) {
        if let Some(r) = x.checked_sub(*y) {
            return IntValue::Small(r);
        }
    }
    IntValue::from_big(a.to_big() - b.to_big())
}

/// `a * b`.
pub fn mul(vm: &Vm, a: &IntValue, b: &IntValue) -> PyResult<IntValue> {
    if let (IntValue::Small(x), IntValue::Small(y)) = (a, b) {
        if let Some(r) = x.checked_mul(*y) {
            return Ok(IntValue::Small(r));
        }
    }
    let (ab, bb) = (a.bits(), b.bits());
    if ab + bb > MAX_INT_BITS {
        return Err(vm.refuse_alloc());
    }
    if int_long::mul_is_long(ab, bb) {
        // A long multiplication does not tick: done in steps that charge
        // their work and look at the limits (`int_long.rs`).
        vm.check_alloc(u128::from((ab + bb) / 8))?;
        return Ok(IntValue::from_big(int_long::mul(vm, &a.to_big(), &b.to_big())?));
    }
    Ok(IntValue::from_big(a.to_big() * b.to_big()))
}

/// `-a`.
pub fn neg(a: &IntValue) -> IntValue {
    match a {
        IntValue::Small(x) => match x.checked_neg() {
            Some(r) => IntValue::Small(r),
            None => IntValue::from_big(-BigInt::from(*x)),
        },
        IntValue::Big(b) => IntValue::from_big(-(**b).clone()),
    }
}

/// `abs(a)`.
pub fn abs(a: &IntValue) -> IntValue {
    if a.is_negative() {
        neg(a)
    } else {
        a.clone()
    }
}

/// `~a` (`-(a + 1)`).
pub fn invert(a: &IntValue) -> IntValue {
    match a {
        IntValue::Small(x) => IntValue::Small(!x),
        IntValue::Big(b) => IntValue::from_big(!(**b).clone()),
    }
}

#[cold]
fn int_zero_division(vm: &Vm, msg: &str) -> PyObjectRef {
    vm.new_zero_division_error(msg)
}

/// `divmod(a, b)` rounding toward negative infinity; `None` when `b` is zero.
fn divmod_values(vm: &Vm, a: &IntValue, b: &IntValue) -> PyResult<Option<(IntValue, IntValue)>> {
    if b.is_zero() {
        return Ok(None);
    }
    if let (IntValue::Small(x), IntValue::Small(y)) = (a, b) {
        if let (Some(q), Some(r)) = (x.checked_div(*y), x.checked_rem(*y)) {
            if r != 0 && ((r < 0) != (*y < 0)) {
                return Ok(Some((IntValue::Small(q - 1), IntValue::Small(r + y))));
            }
            return Ok(Some((IntValue::Small(q), IntValue::Small(r))));
        }
    }
    let (ab, bb) = (a.bits(), b.bits());
    let (q, r) = if bb > 64 && ab.saturating_sub(bb).saturating_mul(bb) > int_long::LONG_DIV_WORK {
        // A long division does not tick: in steps (`int_long.rs`).
        int_long::divmod(vm, &a.to_big(), &b.to_big())?
    } else {
        a.to_big().div_mod_floor(&b.to_big())
    };
    Ok(Some((IntValue::from_big(q), IntValue::from_big(r))))
}

/// `a // b`.
pub fn floordiv(vm: &Vm, a: &IntValue, b: &IntValue) -> PyResult<IntValue> {
    match divmod_values(vm, a, b)? {
        Some((q, _)) => Ok(q),
        None => Err(int_zero_division(vm, "integer division or modulo by zero")),
    }
}

/// `a % b`.
pub fn modulo(vm: &Vm, a: &IntValue, b: &IntValue) -> PyResult<IntValue> {
    if let (IntValue::Small(x), IntValue::Small(y)) = (a, b) {
        if *y != 0 {
            // `checked_rem` fails only for i64::MIN % -1, whose remainder is 0.
            let r = x.checked_rem(*y).unwrap_or(0);
            return Ok(IntValue::Small(if r != 0 && ((r < 0) != (*y < 0)) { r + y } else { r }));
        }
    }
    match divmod_values(vm, a, b)? {
        Some((_, r)) => Ok(r),
        None => Err(int_zero_division(vm, "integer modulo by zero")),
    }
}

/// `divmod(a, b)`.
pub fn divmod(vm: &Vm, a: &IntValue, b: &IntValue) -> PyResult<(IntValue, IntValue)> {
    divmod_values(vm, a, b)?.ok_or_else(|| int_zero_division(vm, "integer division or modulo by zero"))
}

/// `a / b`, correctly rounded.
pub fn truediv(vm: &Vm, a: &IntValue, b: &IntValue) -> PyResult<f64> {
    if b.is_zero() {
        return Err(int_zero_division(vm, "division by zero"));
    }
    if let (IntValue::Small(x), IntValue::Small(y)) = (a, b) {
        if x.unsigned_abs() <= EXACT_F64_INT as u64 && y.unsigned_abs() <= EXACT_F64_INT as u64 {
            return Ok(*x as f64 / *y as f64);
        }
    }
    truediv_big(&a.to_big(), &b.to_big())
        .ok_or_else(|| vm.new_overflow_error("integer division result too large for a float"))
}

/// The float nearest to `a / b` (`b != 0`), or `None` when it overflows.
///
/// CPython's `long_true_divide`: take a quotient with two or three bits more than
/// the result's precision (fewer when the result is subnormal), fold the
/// remainder into a sticky bit, round half-to-even by hand, then scale by a power
/// of two, which is exact.
pub fn truediv_big(a: &BigInt, b: &BigInt) -> Option<f64> {
    const MANT_DIG: i64 = 53;
    const MIN_EXP: i64 = -1021;
    const MAX_EXP: i64 = 1024;
    let negate = (a.sign() == Sign::Minus) != (b.sign() == Sign::Minus);
    let (a, b) = (a.magnitude(), b.magnitude());
    let signed = |x: f64| if negate { -x } else { x };
    if a.is_zero() {
        return Some(signed(0.0));
    }
    let diff = a.bits() as i64 - b.bits() as i64;
    if diff > MAX_EXP {
        return None;
    }
    if diff < MIN_EXP - MANT_DIG - 1 {
        return Some(signed(0.0));
    }
    let shift = diff.max(MIN_EXP) - MANT_DIG - 2;
    let (q, r) = if shift >= 0 {
        a.div_rem(&(b << shift as u64))
    } else {
        (a << (-shift) as u64).div_rem(b)
    };
    let mut x = q.to_u64()?;
    let x_bits = i64::from(64 - x.leading_zeros());
    let extra_bits = x_bits.max(MIN_EXP - shift) - MANT_DIG;
    let mask = 1u64 << (extra_bits - 1);
    let low = x | u64::from(!r.is_zero());
    x = if low & mask != 0 && low & (3 * mask - 1) != 0 {
        low + mask
    } else {
        low
    };
    x &= !(2 * mask - 1);
    let result = ldexp(x as f64, shift);
    result.is_finite().then(|| signed(result))
}

/// `2**e` for a normal exponent (`-1022 <= e <= 1023`).
fn pow2(e: i64) -> f64 {
    f64::from_bits(((e + 1023) as u64) << 52)
}

/// `x * 2**e`, exact whenever the result is representable.
pub fn ldexp(mut x: f64, mut e: i64) -> f64 {
    while e > 1000 {
        x *= pow2(1000);
        e -= 1000;
    }
    while e < -1000 {
        x *= pow2(-1000);
        e += 1000;
    }
    x * pow2(e)
}

/// `a ** b` for `b >= 0`.
pub fn pow_nonneg(vm: &Vm, a: &IntValue, b: &IntValue) -> PyResult<IntValue> {
    match a {
        IntValue::Small(0 | 1) => {
            return Ok(if b.is_zero() { IntValue::Small(1) } else { a.clone() });
        }
        IntValue::Small(-1) => {
            let odd = match b {
                IntValue::Small(e) => e & 1 == 1,
                IntValue::Big(e) => e.is_odd(),
            };
            return Ok(IntValue::Small(if odd { -1 } else { 1 }));
        }
        _ => {}
    }
    let Some(e) = b.as_i64().and_then(|e| u32::try_from(e).ok()) else {
        return Err(vm.refuse_alloc());
    };
    if let IntValue::Small(x) = a {
        if let Some(r) = x.checked_pow(e) {
            return Ok(IntValue::Small(r));
        }
    }
    let log2 = match a {
        IntValue::Small(x) => (x.unsigned_abs() as f64).log2(),
        IntValue::Big(_) => (a.bits() - 1) as f64,
    };
    let bits = (log2 * f64::from(e)) as u64;
    // The memory cap (`limits.rs`) before the work: a huge power takes long too.
    vm.check_alloc(u128::from(bits / 8))?;
    if bits > MAX_INT_BITS {
        return Err(vm.new_memory_error());
    }
    if bits > LONG_MUL_BITS * 4 {
        return pow_in_steps(vm, &a.to_big(), e);
    }
    Ok(IntValue::from_big(num_traits::Pow::pow(a.to_big(), e)))
}

/// Operands longer than this (in bits) make a multiplication long enough to
/// be charged as work (`Vm::charge_work`).
const LONG_MUL_BITS: u64 = 1 << 14;

/// `base ** e` (`e >= 2`) for a large result, squaring and multiplying by
/// hand with the interruptible multiplication of `int_long.rs`, which
/// charges fuel and looks at the interrupt and the deadline as it goes:
/// `7 ** 10**8` stops at its deadline instead of running for minutes.
fn pow_in_steps(vm: &Vm, base: &BigInt, e: u32) -> PyResult<IntValue> {
    let mut r = base.clone();
    for i in (0..31 - e.leading_zeros()).rev() {
        r = int_long::mul(vm, &r, &r)?;
        if (e >> i) & 1 == 1 {
            r = int_long::mul(vm, &r, base)?;
        }
    }
    Ok(IntValue::from_big(r))
}

/// `a ** b`: an int, or a float when `b` is negative.
pub fn pow(vm: &mut Vm, a: &IntValue, b: &IntValue) -> PyResult {
    if b.is_negative() {
        let x = to_f64_or_overflow(vm, a)?;
        let y = to_f64_or_overflow(vm, b)?;
        let r = float_pow(vm, x, y)?;
        return Ok(vm.new_float(r));
    }
    let r = pow_nonneg(vm, a, b)?;
    Ok(vm.new_int_value(r))
}

/// `pow(a, b, m)` with Python's rules: a negative `b` means the inverse of `a`
/// modulo `m` raised to `-b`, and the result takes the sign of `m`. Operands
/// that fit a machine word are computed in words (`Fraction.__hash__` calls
/// `pow(d, -1, 2**61 - 1)` for every fraction it hashes).
pub fn pow_mod(vm: &Vm, a: &IntValue, b: &IntValue, m: &IntValue) -> PyResult<IntValue> {
    if m.is_zero() {
        return Err(vm.new_value_error("pow() 3rd argument cannot be 0"));
    }
    let not_invertible = || vm.new_value_error("base is not invertible for the given modulus");
    if let (IntValue::Small(a), IntValue::Small(b), IntValue::Small(m)) = (a, b, m) {
        let am = m.unsigned_abs();
        let mut base = (*a as i128).rem_euclid(*m as i128) as u64;
        if *b < 0 {
            base = word_mod_inverse(base, am).ok_or_else(not_invertible)?;
        }
        let r = word_mod_pow(base, b.unsigned_abs(), am);
        // |r| < |m| <= 2**63, so the signed result fits.
        let r = if *m < 0 && r != 0 {
            r as i128 - am as i128
        } else {
            r as i128
        };
        return Ok(IntValue::Small(r as i64));
    }
    let m = m.to_big();
    let am = BigInt::from(m.magnitude().clone());
    let mut base = a.to_big().mod_floor(&am);
    let mut exp = b.to_big();
    if exp.is_negative() {
        base = if am.is_one() {
            BigInt::zero()
        } else {
            base.modinv(&am).ok_or_else(not_invertible)?
        };
        exp = -exp;
    }
    let mut r = if am.is_one() {
        BigInt::zero()
    } else if int_long::pow_mod_is_long(exp.magnitude(), am.magnitude()) {
        // A long modular power does not tick: in steps (`int_long.rs`).
        BigInt::from(int_long::pow_mod(
            vm,
            base.magnitude(),
            exp.magnitude(),
            am.magnitude(),
        )?)
    } else {
        base.modpow(&exp, &am)
    };
    if m.is_negative() && !r.is_zero() {
        r -= &am;
    }
    Ok(IntValue::from_big(r))
}

/// `base ** exp % m` for `base < m`, by squaring in 128-bit words.
fn word_mod_pow(mut base: u64, mut exp: u64, m: u64) -> u64 {
    let mut r = 1 % m;
    while exp > 0 {
        if exp & 1 == 1 {
            r = ((r as u128 * base as u128) % m as u128) as u64;
        }
        base = ((base as u128 * base as u128) % m as u128) as u64;
        exp >>= 1;
    }
    r
}

/// The inverse of `a` modulo `m` (`a < m`), by the extended Euclidean
/// algorithm in words; `None` when they share a factor.
fn word_mod_inverse(a: u64, m: u64) -> Option<u64> {
    if m == 1 {
        return Some(0);
    }
    let (mut r0, mut r1) = (m as i128, a as i128);
    let (mut t0, mut t1) = (0i128, 1i128);
    while r1 != 0 {
        let q = r0 / r1;
        (r0, r1) = (r1, r0 - q * r1);
        (t0, t1) = (t1, t0 - q * t1);
    }
    (r0 == 1).then(|| t0.rem_euclid(m as i128) as u64)
}

#[cold]
fn negative_shift(vm: &Vm) -> PyObjectRef {
    vm.new_value_error("negative shift count")
}

/// `a << b`.
pub fn lshift(vm: &Vm, a: &IntValue, b: &IntValue) -> PyResult<IntValue> {
    if b.is_negative() {
        return Err(negative_shift(vm));
    }
    if a.is_zero() {
        return Ok(IntValue::Small(0));
    }
    let Some(n) = b.as_i64() else {
        // As CPython: past the most digits an int can have, OverflowError;
        // below it, MemoryError.
        let n = b.to_big().to_u128().unwrap_or(u128::MAX);
        if n.saturating_add(u128::from(a.bits())) > MAX_SHIFT_BITS {
            return Err(vm.new_overflow_error("too many digits in integer"));
        }
        return Err(vm.refuse_alloc());
    };
    if let IntValue::Small(x) = a {
        if n < 63 && (x << n) >> n == *x {
            return Ok(IntValue::Small(x << n));
        }
    }
    if u128::from(a.bits()) + n as u128 > MAX_SHIFT_BITS {
        return Err(vm.new_overflow_error("too many digits in integer"));
    }
    let bits = a.bits().saturating_add(n as u64);
    // The memory cap (`limits.rs`), before the allocation is attempted.
    vm.check_alloc(u128::from(bits / 8))?;
    if bits > MAX_INT_BITS {
        return Err(vm.new_memory_error());
    }
    // Linear work: the operand read, the result written (`charge_bits`).
    charge_bits(vm, bits.saturating_add(a.bits()))?;
    Ok(IntValue::from_big(a.to_big() << n as u64))
}

/// The most bits CPython's ints could have (digits of 30 bits, as many as an
/// `ssize_t` byte count allows): a shift past it is an `OverflowError`.
const MAX_SHIFT_BITS: u128 = (i64::MAX as u128 / 4) * 30;

/// `a >> b` (rounding toward negative infinity).
pub fn rshift(vm: &Vm, a: &IntValue, b: &IntValue) -> PyResult<IntValue> {
    if b.is_negative() {
        return Err(negative_shift(vm));
    }
    let n = b.as_i64().map_or(u64::MAX, |n| n as u64);
    if n >= a.bits() {
        return Ok(IntValue::Small(if a.is_negative() { -1 } else { 0 }));
    }
    Ok(match a {
        IntValue::Small(x) => IntValue::Small(x >> n),
        IntValue::Big(x) => {
            // Linear work: the operand read, the result written.
            charge_bits(vm, x.bits().saturating_mul(2).saturating_sub(n))?;
            IntValue::from_big(&**x >> n)
        }
    })
}

/// `a & b`, `a | b`, `a ^ b` (two's complement semantics on unbounded ints).
pub fn bitwise(op: BinaryOp, a: &IntValue, b: &IntValue) -> IntValue {
    if let (IntValue::Small(x), IntValue::Small(y)) = (a, b) {
        return IntValue::Small(match op {
            BinaryOp::And => x & y,
            BinaryOp::Or => x | y,
            _ => x ^ y,
        });
    }
    let (x, y) = (a.to_big(), b.to_big());
    IntValue::from_big(match op {
        BinaryOp::And => x & y,
        BinaryOp::Or => x | y,
        _ => x ^ y,
    })
}

/// `int -> float` with CPython's `OverflowError`.
pub fn to_f64_or_overflow(vm: &Vm, v: &IntValue) -> PyResult<f64> {
    v.to_f64()
        .ok_or_else(|| vm.new_overflow_error("int too large to convert to float"))
}

/// `a op b` for two ints (any binary operator but `@`): the result object, or
/// `NotImplemented` for `@`.
pub fn binary_int(vm: &mut Vm, op: BinaryOp, a: &IntValue, b: &IntValue) -> PyResult {
    // The linear operations read both operands and write a result as long:
    // charged before (`charge_bits`; the long ones charge their steps).
    if matches!(
        op,
        BinaryOp::Add | BinaryOp::Subtract | BinaryOp::And | BinaryOp::Or | BinaryOp::Xor
    ) && (a.as_i64().is_none() || b.as_i64().is_none())
    {
        charge_bits(vm, a.bits().saturating_add(b.bits()))?;
    }
    let r = match op {
        BinaryOp::Add => add(a, b),
        BinaryOp::Subtract => sub(a, b),
        BinaryOp::Multiply => mul(vm, a, b)?,
        BinaryOp::FloorDivide => floordiv(vm, a, b)?,
        BinaryOp::Remainder => modulo(vm, a, b)?,
        BinaryOp::TrueDivide => {
            let f = truediv(vm, a, b)?;
            return Ok(vm.new_float(f));
        }
        BinaryOp::Power => return pow(vm, a, b),
        BinaryOp::Lshift => lshift(vm, a, b)?,
        BinaryOp::Rshift => rshift(vm, a, b)?,
        BinaryOp::And | BinaryOp::Or | BinaryOp::Xor => bitwise(op, a, b),
        BinaryOp::MatrixMultiply => return Ok(vm.not_implemented.clone()),
    };
    Ok(vm.new_int_value(r))
}

/// The operation on two small ints when it cannot fail or overflow.
#[inline]
pub(crate) fn binary_small(op: BinaryOp, x: i64, y: i64) -> Option<i64> {
    match op {
        BinaryOp::Add => x.checked_add(y),
        BinaryOp::Subtract => x.checked_sub(y),
        BinaryOp::Multiply => x.checked_mul(y),
        BinaryOp::FloorDivide => {
            let (q, r) = (x.checked_div(y)?, x.checked_rem(y)?);
            Some(if r != 0 && ((r < 0) != (y < 0)) { q - 1 } else { q })
        }
        BinaryOp::Remainder => {
            let r = x.checked_rem(y)?;
            Some(if r != 0 && ((r < 0) != (y < 0)) { r + y } else { r })
        }
        BinaryOp::And => Some(x & y),
        BinaryOp::Or => Some(x | y),
        BinaryOp::Xor => Some(x ^ y),
        BinaryOp::Lshift => (0..63).contains(&y).then(|| x << y).filter(|r| r >> y == x),
        BinaryOp::Rshift => (y >= 0).then(|| x >> y.min(63)),
        BinaryOp::Power => x.checked_pow(u32::try_from(y).ok()?),
        BinaryOp::TrueDivide | BinaryOp::MatrixMultiply => None,
    }
}

/// Arithmetic on two exact `int`s (or `bool`s) without a method lookup; `None`
/// when either operand is anything else, so the general protocol applies.
#[inline]
pub fn binary_fast(vm: &mut Vm, a: &PyObjectRef, b: &PyObjectRef, op: BinaryOp) -> Option<PyResult> {
    let (x, y) = (a.downcast_ref::<PyInt>()?, b.downcast_ref::<PyInt>()?);
    let (a_bool, b_bool) = (a.class().is(&vm.types.bool), b.class().is(&vm.types.bool));
    if !(a_bool || a.class().is(&vm.types.int)) || !(b_bool || b.class().is(&vm.types.int)) {
        return None;
    }
    if let (IntValue::Small(x), IntValue::Small(y)) = (&x.value, &y.value) {
        if a_bool && b_bool && matches!(op, BinaryOp::And | BinaryOp::Or | BinaryOp::Xor) {
            return Some(Ok(vm.new_bool(binary_small(op, *x, *y).unwrap_or(0) != 0)));
        }
        if let Some(r) = binary_small(op, *x, *y) {
            return Some(Ok(vm.new_int(r)));
        }
        if op == BinaryOp::TrueDivide
            && *y != 0
            && x.unsigned_abs() <= EXACT_F64_INT as u64
            && y.unsigned_abs() <= EXACT_F64_INT as u64
        {
            return Some(Ok(vm.new_float(*x as f64 / *y as f64)));
        }
    }
    if op == BinaryOp::MatrixMultiply {
        return None;
    }
    Some(binary_int(vm, op, &x.value, &y.value))
}

// ----- parsing -----

/// The first code point of each run of ten Unicode decimal digits (category Nd)
/// outside ASCII (Unicode 14, as CPython 3.11).
const DECIMAL_ZEROS: [u32; 65] = [
    0x660, 0x6F0, 0x7C0, 0x966, 0x9E6, 0xA66, 0xAE6, 0xB66, 0xBE6, 0xC66, 0xCE6, 0xD66, 0xDE6, 0xE50, 0xED0, 0xF20,
    0x1040, 0x1090, 0x17E0, 0x1810, 0x1946, 0x19D0, 0x1A80, 0x1A90, 0x1B50, 0x1BB0, 0x1C40, 0x1C50, 0xA620, 0xA8D0,
    0xA900, 0xA9D0, 0xA9F0, 0xAA50, 0xABF0, 0xFF10, 0x104A0, 0x10D30, 0x11066, 0x110F0, 0x11136, 0x111D0, 0x112F0,
    0x11450, 0x114D0, 0x11650, 0x116C0, 0x11730, 0x118E0, 0x11950, 0x11C50, 0x11D50, 0x11DA0, 0x16A60, 0x16AC0,
    0x16B50, 0x1D7CE, 0x1D7D8, 0x1D7E2, 0x1D7EC, 0x1D7F6, 0x1E140, 0x1E2F0, 0x1E950, 0x1FBF0,
];

/// The value of a Unicode decimal digit (`unicodedata.decimal`), ASCII included.
pub fn decimal_digit_value(c: char) -> Option<u32> {
    let n = c as u32;
    if c.is_ascii_digit() {
        return Some(n - u32::from(b'0'));
    }
    let i = DECIMAL_ZEROS.partition_point(|&z| z <= n).checked_sub(1)?;
    let d = n - DECIMAL_ZEROS[i];
    (d < 10).then_some(d)
}

/// CPython's `_PyUnicode_TransformDecimalAndSpaceToASCII`: non-ASCII decimal
/// digits become ASCII digits and non-ASCII spaces become `' '`; anything else
/// non-ASCII becomes `'?'`, which no number parser accepts.
pub fn ascii_numeric_text(s: &str) -> std::borrow::Cow<'_, str> {
    if s.is_ascii() {
        return std::borrow::Cow::Borrowed(s);
    }
    let t = s
        .chars()
        .map(|c| {
            if c.is_ascii() {
                c
            } else if c.is_whitespace() {
                ' '
            } else {
                decimal_digit_value(c)
                    .and_then(|d| char::from_digit(d, 10))
                    .unwrap_or('?')
            }
        })
        .collect();
    std::borrow::Cow::Owned(t)
}

/// Whitespace as CPython's `Py_ISSPACE` (ASCII only; others were made `' '`).
fn is_py_space(b: u8) -> bool {
    matches!(b, b' ' | b'\t' | b'\n' | b'\x0b' | b'\x0c' | b'\r')
}

/// Strip leading and trailing `Py_ISSPACE` bytes.
pub(crate) fn strip_py_space(s: &[u8]) -> &[u8] {
    let start = s.iter().position(|b| !is_py_space(*b)).unwrap_or(s.len());
    let end = s.iter().rposition(|b| !is_py_space(*b)).map_or(start, |e| e + 1);
    &s[start..end]
}

/// Why [`parse_int`] rejected its text.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ParseIntError {
    /// Not an int literal in the base.
    Invalid,
    /// More than [`MAX_STR_DIGITS`] digits in a base that is not a power of two
    /// (CPython 3.11's guard against quadratic conversions); holds the count.
    TooManyDigits(usize),
}

/// CPython's `sys.int_info.default_max_str_digits`.
pub const MAX_STR_DIGITS: usize = 4300;

/// The interpreter's limit on digits of int<->str conversions in bases that
/// are not powers of two (`sys.get_int_max_str_digits()`; 0 means no limit;
/// kept in `Heap::int_max_str_digits`).
pub fn max_str_digits(vm: &Vm) -> usize {
    vm.heap.int_max_str_digits.get()
}

/// `sys.set_int_max_str_digits(n)`, `n` already checked (0 or above 640).
pub fn set_max_str_digits(vm: &Vm, n: usize) {
    vm.heap.int_max_str_digits.set(n);
}

/// Whether `digits` decimal digits exceed the limit `max` (0: none).
pub fn exceeds_max_str_digits(max: usize, digits: usize) -> bool {
    max != 0 && digits > max
}

/// `str(int)`'s error past the limit.
pub fn str_digits_error(vm: &Vm) -> PyObjectRef {
    vm.new_value_error(format!(
        "Exceeds the limit ({} digits) for integer string conversion; \
         use sys.set_int_max_str_digits() to increase the limit",
        max_str_digits(vm)
    ))
}

/// `int(str)`'s error past the limit, for a value of `n` digits.
pub fn int_digits_error(vm: &Vm, n: usize) -> PyObjectRef {
    vm.new_value_error(format!(
        "Exceeds the limit ({} digits) for integer string conversion: value has {n} digits; \
         use sys.set_int_max_str_digits() to increase the limit",
        max_str_digits(vm)
    ))
}

/// Parse an int literal as `int(s, base)` does (`base` is 0 or 2..=36): spaces
/// around, an optional sign, a `0x`/`0o`/`0b` prefix matching the base, and digits
/// with single underscores between them.
pub fn parse_int(s: &str, base: u32, max_digits: usize) -> Result<IntValue, ParseIntError> {
    parse_int_in(None, s, base, max_digits)
}

/// [`parse_int`], converting a long text in steps that look at `vm`'s
/// limits (`int_long.rs`) when `vm` is given. A limit that trips makes it
/// `Err(Invalid)` with the limit tripped: the caller checks
/// `vm.limits.tripped` first.
/// [`parse_int`] with the interpreter: a long decimal text is converted in
/// steps that look at the limits (`int_long.rs`); a limit that stops it is
/// reported as `Invalid` with the limit tripped (`vm.limits.tripped`).
pub fn parse_int_in(vm: Option<&Vm>, s: &str, base: u32, max_digits: usize) -> Result<IntValue, ParseIntError> {
    let text = ascii_numeric_text(s);
    let t = strip_py_space(text.as_bytes());
    match t.first() {
        Some(b'-') => parse_unsigned(vm, &t[1..], base, max_digits).map(|v| neg(&v)),
        Some(b'+') => parse_unsigned(vm, &t[1..], base, max_digits),
        _ => parse_unsigned(vm, t, base, max_digits),
    }
}

/// The digits after the sign.
fn parse_unsigned(vm: Option<&Vm>, t: &[u8], base: u32, max_digits: usize) -> Result<IntValue, ParseIntError> {
    let prefix = |c: u8| t.len() >= 2 && t[0] == b'0' && t[1].to_ascii_lowercase() == c;
    let (base, digits, after_prefix) = match base {
        0 if prefix(b'x') => (16, &t[2..], true),
        0 if prefix(b'o') => (8, &t[2..], true),
        0 if prefix(b'b') => (2, &t[2..], true),
        0 => {
            // Decimal without a prefix: no leading zeros unless the value is zero.
            let v = parse_digits(vm, t, 10, false, max_digits)?;
            if t.first() == Some(&b'0') && !v.is_zero() {
                return Err(ParseIntError::Invalid);
            }
            return Ok(v);
        }
        16 if prefix(b'x') => (16, &t[2..], true),
        8 if prefix(b'o') => (8, &t[2..], true),
        2 if prefix(b'b') => (2, &t[2..], true),
        _ => (base, t, false),
    };
    parse_digits(vm, digits, base, after_prefix, max_digits)
}

/// Digits in `base`, single underscores between them (and one right after a
/// base prefix).
fn parse_digits(
    vm: Option<&Vm>,
    t: &[u8],
    base: u32,
    after_prefix: bool,
    max_digits: usize,
) -> Result<IntValue, ParseIntError> {
    let mut clean: Vec<u8> = Vec::with_capacity(t.len());
    let mut prev_underscore = !after_prefix;
    for &b in t {
        if b == b'_' {
            if prev_underscore {
                return Err(ParseIntError::Invalid);
            }
            prev_underscore = true;
            continue;
        }
        if (b as char).to_digit(base).is_none() {
            return Err(ParseIntError::Invalid);
        }
        clean.push(b);
        prev_underscore = false;
    }
    if clean.is_empty() || prev_underscore {
        return Err(ParseIntError::Invalid);
    }
    if !base.is_power_of_two() && exceeds_max_str_digits(max_digits, clean.len()) {
        return Err(ParseIntError::TooManyDigits(clean.len()));
    }
    if clean.len() <= 12 || (base <= 16 && clean.len() <= 15) {
        let v = clean.iter().fold(0i64, |v, &b| {
            v * i64::from(base) + i64::from((b as char).to_digit(base).unwrap_or(0))
        });
        return Ok(IntValue::Small(v));
    }
    if let Some(vm) = vm {
        if !base.is_power_of_two() && clean.len() > int_long::LEAF_DIGITS {
            // Quadratic in one call: in steps (`int_long.rs`).
            return int_long::from_digits(vm, &clean, base)
                .map(|v| IntValue::from_big(BigInt::from(v)))
                .map_err(|_| ParseIntError::Invalid);
        }
    }
    BigInt::parse_bytes(&clean, base)
        .map(IntValue::from_big)
        .ok_or(ParseIntError::Invalid)
}

// ----- conversions -----

/// The int value of `obj` if it is an int (or bool, or subclass).
#[inline]
pub fn int_value(obj: &PyObjectRef) -> Option<&IntValue> {
    obj.downcast_ref::<PyInt>().map(|i| &i.value)
}

#[cold]
fn invalid_literal(vm: &mut Vm, obj: &PyObjectRef, base: u32) -> PyObjectRef {
    // CPython formats the repr with `%.200R`: at most 200 characters of it.
    let r = vm.repr_string(obj).unwrap_or_default();
    let shown: String = r.chars().take(200).collect();
    vm.new_value_error(format!("invalid literal for int() with base {base}: {shown}"))
}

/// `int(text, base)` for a `str` or `bytes` object; `None` if it is neither.
fn int_from_text(vm: &mut Vm, obj: &PyObjectRef, base: u32) -> Option<PyResult<IntValue>> {
    let parsed = if let Some(s) = obj.downcast_ref::<PyStr>() {
        parse_int_in(Some(vm), s.as_str(), base, max_str_digits(vm))
    } else if let Ok(Some(b)) = super::buffer::read(vm, obj) {
        match std::str::from_utf8(&b) {
            Ok(s) if s.is_ascii() => parse_int_in(Some(vm), s, base, max_str_digits(vm)),
            _ => Err(ParseIntError::Invalid),
        }
    } else {
        return None;
    };
    Some(parsed.map_err(|e| match (e, vm.limits.tripped.get()) {
        // A limit tripped while converting a long text (`parse_int_in`).
        (ParseIntError::Invalid, Some(limit)) => vm.limit_exception(limit),
        (ParseIntError::Invalid, None) => invalid_literal(vm, obj, base),
        (ParseIntError::TooManyDigits(n), _) => int_digits_error(vm, n),
    }))
}

/// `int(obj)` with one argument (CPython's `PyNumber_Long`).
pub fn int_from_object(vm: &mut Vm, obj: &PyObjectRef) -> PyResult<IntValue> {
    if let Some(i) = obj.downcast_ref::<PyInt>() {
        if obj.class().is(&vm.types.int) || obj.class().is(&vm.types.bool) {
            return Ok(i.value.clone());
        }
    }
    if let Some(f) = obj.downcast_ref::<PyFloat>() {
        if obj.class().is(&vm.types.float) {
            return float_to_int(vm, f.value);
        }
    }
    if let Some(r) = vm.call_special(obj, &vm.names.__int__.clone(), &[]) {
        let r = r?;
        return match int_value(&r) {
            Some(v) => Ok(v.clone()),
            None => Err(vm.new_type_error(format!("__int__ returned non-int (type {})", r.ty().name()))),
        };
    }
    if vm.lookup_special(obj, &vm.names.__index__.clone()).is_some() {
        return vm.to_index_value(obj);
    }
    if let Some(r) = vm.call_special(obj, &vm.names.__trunc__.clone(), &[]) {
        let r = r?;
        if let Some(v) = int_value(&r) {
            return Ok(v.clone());
        }
        if vm.lookup_special(&r, &vm.names.__index__.clone()).is_none() {
            return Err(vm.new_type_error(format!("__trunc__ returned non-Integral (type {})", r.ty().name())));
        }
        return vm.to_index_value(&r);
    }
    if let Some(r) = int_from_text(vm, obj, 10) {
        return r;
    }
    Err(vm.new_type_error(format!(
        "int() argument must be a string, a bytes-like object or a real number, not '{}'",
        obj.ty().name()
    )))
}

/// Wrap a value as an instance of `cls` (`int` itself or a subclass).
fn new_int_of_class(vm: &mut Vm, cls: &PyObjectRef, v: IntValue) -> PyObjectRef {
    if cls.is(&vm.types.int) {
        vm.new_int_value(v)
    } else {
        vm.new_instance(PyInt { value: v }, cls)
    }
}

// ----- arguments of built-in methods, with CPython's messages -----

/// The two kinds of built-in methods, whose argument errors CPython words
/// differently: slot wrappers (`__add__`, `__neg__`: "expected 1 argument, got 0")
/// and methods (`bit_length`: "int.bit_length() takes no arguments (1 given)").
#[derive(Clone, Copy, PartialEq, Eq)]
pub(crate) enum Kind {
    Slot,
    Method,
}

/// The receiver (`args[0]`) and the whole argument array, for a method of type
/// `tname` taking exactly `N - 1` arguments besides `self`.
pub(crate) fn unpack<'a, T: PyPayload, const N: usize>(
    vm: &mut Vm,
    args: Args<'a>,
    kind: Kind,
    tname: &str,
    name: &str,
) -> PyResult<(&'a T, &'a [PyObjectRef; N])> {
    check_args(vm, args, kind, tname, name, N, N)?;
    let pos: &'a [PyObjectRef; N] = args.pos().try_into().map_err(|_| vm.new_type_error("bad arguments"))?;
    Ok((receiver::<T>(vm, &pos[0], kind, tname, name)?, pos))
}

/// Like [`unpack`] for `min - 1` to `max - 1` arguments besides `self`.
pub(crate) fn unpack_range<'a, T: PyPayload>(
    vm: &mut Vm,
    args: Args<'a>,
    kind: Kind,
    (tname, name): (&str, &str),
    min: usize,
    max: usize,
) -> PyResult<(&'a T, &'a [PyObjectRef])> {
    check_args(vm, args, kind, tname, name, min, max)?;
    let pos = args.pos();
    Ok((receiver::<T>(vm, &pos[0], kind, tname, name)?, pos))
}

/// Count the arguments (`self` included in `min`/`max`) and refuse keywords.
fn check_args(
    vm: &mut Vm,
    args: Args<'_>,
    kind: Kind,
    tname: &str,
    name: &str,
    min: usize,
    max: usize,
) -> PyResult<()> {
    let msg = if args.has_kwargs() {
        match kind {
            Kind::Slot => format!("wrapper {name}() takes no keyword arguments"),
            Kind::Method => format!("{tname}.{name}() takes no keyword arguments"),
        }
    } else {
        let n = args.pos().len();
        if (min..=max).contains(&n) {
            return Ok(());
        }
        let given = n.saturating_sub(1);
        let prefix = if kind == Kind::Slot { "" } else { name };
        let plural = |k: usize| if k == 1 { "" } else { "s" };
        match (kind, n) {
            (Kind::Slot, 0) => format!("descriptor '{name}' of '{tname}' object needs an argument"),
            (Kind::Method, 0) => format!("unbound method {tname}.{name}() needs an argument"),
            // Argument Clinic names the method; ternary slot wrappers leave it empty.
            _ if min != max && n > max => format!(
                "{prefix} expected at most {} argument{}, got {given}",
                max - 1,
                plural(max - 1)
            ),
            _ if min != max => format!(
                "{prefix} expected at least {} argument{}, got {given}",
                min - 1,
                plural(min - 1)
            ),
            (Kind::Slot, _) => format!("expected {} argument{}, got {given}", min - 1, plural(min - 1)),
            (Kind::Method, _) if min == 1 => format!("{tname}.{name}() takes no arguments ({given} given)"),
            (Kind::Method, _) => format!("{tname}.{name}() takes exactly one argument ({given} given)"),
        }
    };
    Err(vm.new_type_error(msg))
}

/// The payload of a method's receiver, or CPython's descriptor error.
pub(crate) fn receiver<'a, T: PyPayload>(
    vm: &Vm,
    o: &'a PyObjectRef,
    kind: Kind,
    tname: &str,
    name: &str,
) -> PyResult<&'a T> {
    o.downcast_ref::<T>().ok_or_else(|| {
        let got = o.ty().name();
        vm.new_type_error(match kind {
            Kind::Slot => format!("descriptor '{name}' requires a '{tname}' object but received a '{got}'"),
            Kind::Method => format!("descriptor '{name}' for '{tname}' objects doesn't apply to a '{got}' object"),
        })
    })
}

/// `self` and the arguments of an `int` slot wrapper (`__add__`).
fn slot<'a, const N: usize>(vm: &mut Vm, args: Args<'a>, name: &str) -> PyResult<(&'a IntValue, &'a [PyObjectRef; N])> {
    let (i, a) = unpack::<PyInt, N>(vm, args, Kind::Slot, "int", name)?;
    Ok((&i.value, a))
}

/// `self` and the arguments of an `int` method (`bit_length`).
fn method<'a, const N: usize>(
    vm: &mut Vm,
    args: Args<'a>,
    name: &str,
) -> PyResult<(&'a IntValue, &'a [PyObjectRef; N])> {
    let (i, a) = unpack::<PyInt, N>(vm, args, Kind::Method, "int", name)?;
    Ok((&i.value, a))
}

/// `self` as an exact int (itself when it already is one).
fn exact_int(vm: &Vm, o: &PyObjectRef, v: &IntValue) -> PyObjectRef {
    if o.class().is(&vm.types.int) {
        o.clone()
    } else {
        vm.new_int_value(v.clone())
    }
}

// ----- methods -----

/// `int.__new__(cls, x=0, /, base=10)`.
fn int_new(vm: &mut Vm, args: Args) -> PyResult {
    let items = args.items();
    let cls = items
        .first()
        .cloned()
        .ok_or_else(|| vm.new_type_error("int.__new__(): not enough arguments"))?;
    let rest = Args::new(&items[1..], args.kwnames());
    if rest.items().len() > 2 {
        return Err(vm.new_type_error(format!(
            "int() takes at most 2 arguments ({} given)",
            rest.items().len()
        )));
    }
    for (k, _) in rest.kwargs() {
        if k != "base" {
            return Err(vm.new_type_error(format!("'{k}' is an invalid keyword argument for int()")));
        }
    }
    let [x, base] = rest.bind(vm, "int", ["x", "base"], 2, 0)?;
    let int_type = vm.types.int.clone();
    crate::builtins_type::new_cls_arg(vm, &args, &int_type)?;
    if cls.is_subtype(&vm.types.bool) {
        return Err(vm.new_type_error("int.__new__(bool) is not safe, use bool.__new__()"));
    }
    let v = match (x, base) {
        (None, None) => IntValue::Small(0),
        (None, Some(_)) => return Err(vm.new_type_error("int() missing string argument")),
        // `int(x)` is `x` itself for an exact int (CPython's `PyNumber_Long`).
        (Some(x), None) if cls.is(&vm.types.int) && x.class().is(&vm.types.int) => return Ok(x),
        (Some(x), None) => int_from_object(vm, &x)?,
        (Some(x), Some(b)) => {
            let b = vm.to_index_value(&b)?;
            let base = match b.as_i64() {
                Some(b @ (0 | 2..=36)) => b as u32,
                _ => return Err(vm.new_value_error("int() base must be >= 2 and <= 36, or 0")),
            };
            match int_from_text(vm, &x, base) {
                Some(r) => r?,
                None => return Err(vm.new_type_error("int() can't convert non-string with explicit base")),
            }
        }
    };
    Ok(new_int_of_class(vm, &cls, v))
}

/// `str(v)` in decimal, refusing more digits than `sys.get_int_max_str_digits()`
/// as CPython 3.11 does (deciding from the bit length when it can, to skip the
/// conversion).
pub fn decimal_string(vm: &Vm, v: &IntValue) -> PyResult<String> {
    let max = max_str_digits(vm);
    let bits = v.bits();
    if max != 0 && bits > 64 {
        // A value of `bits` bits has between floor((bits-1)*log10(2))+1 and
        // ceil(bits*log10(2)) digits.
        const LOG10_2: f64 = 0.301_029_995_663_981_2;
        let at_least = ((bits - 1) as f64 * LOG10_2) as usize + 1;
        let at_most = (bits as f64 * LOG10_2) as usize + 1;
        if at_least > max + 1 {
            return Err(str_digits_error(vm));
        }
        if at_most > max {
            let s = long_decimal_string(vm, v)?;
            if s.trim_start_matches('-').len() > max {
                return Err(str_digits_error(vm));
            }
            return Ok(s);
        }
    }
    long_decimal_string(vm, v)
}

/// Ints longer than this (in bits) are converted to and from decimal in
/// steps that look at the limits (`int_long.rs`).
pub const LONG_STR_BITS: u64 = 1 << 20;

/// `str(v)`, in steps when `v` is long.
fn long_decimal_string(vm: &Vm, v: &IntValue) -> PyResult<String> {
    match v {
        IntValue::Big(b) if b.bits() > LONG_STR_BITS => {
            // The text's size against the memory cap, before the work.
            vm.check_alloc(u128::from(b.bits() / 3 + 2))?;
            let digits = int_long::to_decimal(vm, b.magnitude())?;
            Ok(if b.is_negative() { format!("-{digits}") } else { digits })
        }
        IntValue::Small(n) => Ok(small_decimal(*n)),
        _ => Ok(v.to_string()),
    }
}

/// The decimal text of a small int, without the formatting machinery
/// (`str(i)` and `f"{i}"` in loops).
fn small_decimal(n: i64) -> String {
    let mut buf = [0u8; 20];
    ascii_string(small_decimal_ascii(n, &mut buf))
}

/// A `String` of exactly the ASCII bytes `b` (sized, so that a `str` made
/// of it keeps the allocation).
fn ascii_string(b: &[u8]) -> String {
    let mut s = String::with_capacity(b.len());
    s.extend(b.iter().map(|&c| char::from(c)));
    s
}

/// The digits of `n` (and its sign) at the end of `buf`: ASCII.
fn small_decimal_ascii(n: i64, buf: &mut [u8; 20]) -> &[u8] {
    let mut i = buf.len();
    let mut m = n.unsigned_abs();
    loop {
        i -= 1;
        buf[i] = b'0' + (m % 10) as u8;
        m /= 10;
        if m == 0 {
            break;
        }
    }
    if n < 0 {
        i -= 1;
        buf[i] = b'-';
    }
    &buf[i..]
}

/// `str(n)` of a small int as an exact `str` object: one allocation for the
/// text, no scan of it (it is ASCII), and the cached one-character strings
/// for `0`..`9`.
pub fn small_int_str(vm: &Vm, n: i64) -> PyObjectRef {
    if (0..10).contains(&n) {
        return vm.new_char(char::from(b'0' + n as u8));
    }
    let mut buf = [0u8; 20];
    let s = ascii_string(small_decimal_ascii(n, &mut buf));
    let len = s.len();
    PyObjectRef::new(PyStr::with_char_len(s, len), &vm.types.str)
}

/// `str(v)` as an exact `str` object (small ints without a scan of the text).
pub fn int_str_obj(vm: &Vm, v: &IntValue) -> PyResult<PyObjectRef> {
    match v {
        IntValue::Small(n) => Ok(small_int_str(vm, *n)),
        _ => decimal_string(vm, v).map(|t| vm.new_str(t)),
    }
}

/// `int.__repr__`.
fn int_repr(vm: &mut Vm, args: Args) -> PyResult {
    let (v, _) = slot::<1>(vm, args, "__repr__")?;
    int_str_obj(vm, v)
}

/// `int.__format__(spec)`: an empty spec means `str(self)`.
fn int_format(vm: &mut Vm, args: Args) -> PyResult {
    let (v, [o, spec]) = method::<2>(vm, args, "__format__")?;
    let v = v.clone();
    let Some(spec) = spec.downcast_ref::<PyStr>() else {
        return Err(vm.new_type_error(format!("__format__() argument must be str, not {}", spec.ty().name())));
    };
    if spec.as_str().is_empty() {
        return vm.str(o);
    }
    let s = crate::format::format_int(vm, &v, spec.as_str())?;
    Ok(vm.new_str(s))
}

/// `int.__hash__`.
fn int_hash(vm: &mut Vm, args: Args) -> PyResult {
    let h = slot::<1>(vm, args, "__hash__")?.0.hash();
    Ok(vm.new_int(h))
}

/// `int.__bool__`.
fn int_bool(vm: &mut Vm, args: Args) -> PyResult {
    let z = slot::<1>(vm, args, "__bool__")?.0.is_zero();
    Ok(vm.new_bool(!z))
}

/// The six rich comparisons: ints only (floats compare in `float`'s methods).
fn int_compare(vm: &mut Vm, args: Args, op: CompareOp, name: &str) -> PyResult {
    let (x, [_, b]) = slot::<2>(vm, args, name)?;
    let Some(y) = int_value(b) else {
        return Ok(vm.not_implemented.clone());
    };
    let ord = x.cmp(y);
    Ok(vm.new_bool(ordering_matches(ord, op)))
}

/// Whether `ord` satisfies comparison `op`.
pub fn ordering_matches(ord: Ordering, op: CompareOp) -> bool {
    match op {
        CompareOp::Lt => ord == Ordering::Less,
        CompareOp::Le => ord != Ordering::Greater,
        CompareOp::Eq => ord == Ordering::Equal,
        CompareOp::Ne => ord != Ordering::Equal,
        CompareOp::Gt => ord == Ordering::Greater,
        CompareOp::Ge => ord != Ordering::Less,
    }
}

fn int_lt(vm: &mut Vm, args: Args) -> PyResult {
    int_compare(vm, args, CompareOp::Lt, "__lt__")
}
fn int_le(vm: &mut Vm, args: Args) -> PyResult {
    int_compare(vm, args, CompareOp::Le, "__le__")
}
fn int_eq(vm: &mut Vm, args: Args) -> PyResult {
    int_compare(vm, args, CompareOp::Eq, "__eq__")
}
fn int_ne(vm: &mut Vm, args: Args) -> PyResult {
    int_compare(vm, args, CompareOp::Ne, "__ne__")
}
fn int_gt(vm: &mut Vm, args: Args) -> PyResult {
    int_compare(vm, args, CompareOp::Gt, "__gt__")
}
fn int_ge(vm: &mut Vm, args: Args) -> PyResult {
    int_compare(vm, args, CompareOp::Ge, "__ge__")
}

/// A binary method: `self op other` (or `other op self` when `reflected`);
/// `NotImplemented` unless the other operand is an int.
fn int_binary(vm: &mut Vm, args: Args, op: BinaryOp, reflected: bool) -> PyResult {
    let name = if reflected { op.rdunder() } else { op.dunder() };
    let (x, [_, b]) = slot::<2>(vm, args, name)?;
    let x = x.clone();
    let Some(y) = int_value(b).cloned() else {
        return Ok(vm.not_implemented.clone());
    };
    if reflected {
        binary_int(vm, op, &y, &x)
    } else {
        binary_int(vm, op, &x, &y)
    }
}

macro_rules! int_binary_methods {
    ($( $fwd:ident, $rev:ident => $op:ident; )*) => {
        $(
            fn $fwd(vm: &mut Vm, args: Args) -> PyResult {
                int_binary(vm, args, BinaryOp::$op, false)
            }
            fn $rev(vm: &mut Vm, args: Args) -> PyResult {
                int_binary(vm, args, BinaryOp::$op, true)
            }
        )*
    };
}

int_binary_methods! {
    int_add, int_radd => Add;
    int_sub, int_rsub => Subtract;
    int_mul, int_rmul => Multiply;
    int_floordiv, int_rfloordiv => FloorDivide;
    int_truediv, int_rtruediv => TrueDivide;
    int_mod, int_rmod => Remainder;
    int_lshift, int_rlshift => Lshift;
    int_rshift, int_rrshift => Rshift;
    int_and, int_rand => And;
    int_or, int_ror => Or;
    int_xor, int_rxor => Xor;
}

/// `divmod(a, b)` as a tuple object.
fn divmod_tuple(vm: &mut Vm, a: &IntValue, b: &IntValue) -> PyResult {
    let (q, r) = divmod(vm, a, b)?;
    let (q, r) = (vm.new_int_value(q), vm.new_int_value(r));
    Ok(vm.new_tuple(vec![q, r]))
}

fn int_divmod(vm: &mut Vm, args: Args) -> PyResult {
    let (x, [_, b]) = slot::<2>(vm, args, "__divmod__")?;
    let x = x.clone();
    match int_value(b).cloned() {
        Some(y) => divmod_tuple(vm, &x, &y),
        None => Ok(vm.not_implemented.clone()),
    }
}

fn int_rdivmod(vm: &mut Vm, args: Args) -> PyResult {
    let (x, [_, b]) = slot::<2>(vm, args, "__rdivmod__")?;
    let x = x.clone();
    match int_value(b).cloned() {
        Some(y) => divmod_tuple(vm, &y, &x),
        None => Ok(vm.not_implemented.clone()),
    }
}

/// `pow(base, exp, mod)` where `mod` may be `None`; `NotImplemented` when an
/// operand is not an int.
fn pow_objects(vm: &mut Vm, base: &PyObjectRef, exp: &PyObjectRef, m: Option<&PyObjectRef>) -> PyResult {
    let (Some(x), Some(y)) = (int_value(base).cloned(), int_value(exp).cloned()) else {
        return Ok(vm.not_implemented.clone());
    };
    match m.filter(|m| !vm.is_none(m)) {
        None => pow(vm, &x, &y),
        Some(m) => match int_value(m).cloned() {
            Some(m) => {
                let r = pow_mod(vm, &x, &y, &m)?;
                Ok(vm.new_int_value(r))
            }
            None => Ok(vm.not_implemented.clone()),
        },
    }
}

/// `int.__pow__(self, exp, mod=None)`.
fn int_pow(vm: &mut Vm, args: Args) -> PyResult {
    let (_, pos) = unpack_range::<PyInt>(vm, args, Kind::Slot, ("int", "__pow__"), 2, 3)?;
    pow_objects(vm, &pos[0], &pos[1], pos.get(2))
}

/// `int.__rpow__(self, base, mod=None)`.
fn int_rpow(vm: &mut Vm, args: Args) -> PyResult {
    let (_, pos) = unpack_range::<PyInt>(vm, args, Kind::Slot, ("int", "__rpow__"), 2, 3)?;
    pow_objects(vm, &pos[1], &pos[0], pos.get(2))
}

fn int_neg(vm: &mut Vm, args: Args) -> PyResult {
    let v = neg(slot::<1>(vm, args, "__neg__")?.0);
    Ok(vm.new_int_value(v))
}

fn int_abs(vm: &mut Vm, args: Args) -> PyResult {
    let (v, [o]) = slot::<1>(vm, args, "__abs__")?;
    if !v.is_negative() {
        return Ok(exact_int(vm, o, v));
    }
    let r = neg(v);
    Ok(vm.new_int_value(r))
}

fn int_invert(vm: &mut Vm, args: Args) -> PyResult {
    let v = invert(slot::<1>(vm, args, "__invert__")?.0);
    Ok(vm.new_int_value(v))
}

/// `__pos__`, `__int__`, `__index__`: `self` as an exact int.
fn int_self(vm: &mut Vm, args: Args) -> PyResult {
    let (v, [o]) = slot::<1>(vm, args, "__int__")?;
    Ok(exact_int(vm, o, v))
}

macro_rules! int_self_methods {
    ($( $f:ident => $name:literal; )*) => {
        $(
            /// `self` as an exact int.
            fn $f(vm: &mut Vm, args: Args) -> PyResult {
                let (v, [o]) = method::<1>(vm, args, $name)?;
                Ok(exact_int(vm, o, v))
            }
        )*
    };
}

int_self_methods! {
    int_trunc => "__trunc__";
    int_floor => "__floor__";
    int_ceil => "__ceil__";
    int_conjugate => "conjugate";
}

fn int_float(vm: &mut Vm, args: Args) -> PyResult {
    let (v, _) = slot::<1>(vm, args, "__float__")?;
    let f = to_f64_or_overflow(vm, v)?;
    Ok(vm.new_float(f))
}

/// `int.__round__(ndigits=None)`: negative `ndigits` round half to even.
fn int_round(vm: &mut Vm, args: Args) -> PyResult {
    let (v, pos) = unpack_range::<PyInt>(vm, args, Kind::Method, ("int", "__round__"), 1, 2)?;
    let v = v.value.clone();
    let nd = match pos.get(1) {
        Some(n) if !vm.is_none(n) => vm.to_index_value(n)?,
        _ => return Ok(exact_int(vm, &pos[0], &v)),
    };
    if !nd.is_negative() {
        return Ok(exact_int(vm, &pos[0], &v));
    }
    let r = round_to_power_of_ten(vm, &v, &neg(&nd))?;
    Ok(vm.new_int_value(r))
}

/// `v` rounded to a multiple of `10**k` (`k > 0`), ties to even. The power,
/// the division and the product are the stepped ones when long
/// (`round(n, -10**7)` of a huge `n`).
fn round_to_power_of_ten(vm: &Vm, v: &IntValue, k: &IntValue) -> PyResult<IntValue> {
    // 10**k exceeds |v| * 2 once k > digits(v): the result is then 0.
    let max_digits = v.bits() * 3 / 10 + 2;
    let k = match k.as_i64() {
        Some(k) if (k as u64) <= max_digits => k,
        _ => return Ok(IntValue::Small(0)),
    };
    let p = pow_nonneg(vm, &IntValue::Small(10), &IntValue::Small(k))?;
    let Some((q, r)) = divmod_values(vm, v, &p)? else {
        return Ok(IntValue::Small(0));
    };
    let (q, r, p) = (q.to_big(), r.to_big(), p.to_big());
    let twice = &r * 2u32;
    let q = match twice.cmp(&p) {
        Ordering::Greater => q + 1,
        Ordering::Equal if q.is_odd() => q + 1,
        _ => q,
    };
    mul(vm, &IntValue::from_big(q), &IntValue::from_big(p))
}

fn int_getnewargs(vm: &mut Vm, args: Args) -> PyResult {
    let v = method::<1>(vm, args, "__getnewargs__")?.0.clone();
    let i = vm.new_int_value(v);
    Ok(vm.new_tuple(vec![i]))
}

fn int_bit_length(vm: &mut Vm, args: Args) -> PyResult {
    let n = method::<1>(vm, args, "bit_length")?.0.bits();
    Ok(vm.new_int(n as i64))
}

fn int_bit_count(vm: &mut Vm, args: Args) -> PyResult {
    let n = match method::<1>(vm, args, "bit_count")?.0 {
        IntValue::Small(v) => u64::from(v.unsigned_abs().count_ones()),
        IntValue::Big(b) => {
            // Reads every word: linear work (`charge_bits`).
            charge_bits(vm, b.bits())?;
            b.magnitude().count_ones()
        }
    };
    Ok(vm.new_int(n as i64))
}

fn int_as_integer_ratio(vm: &mut Vm, args: Args) -> PyResult {
    let (v, [o]) = method::<1>(vm, args, "as_integer_ratio")?;
    let n = exact_int(vm, o, v);
    let d = vm.new_int(1);
    Ok(vm.new_tuple(vec![n, d]))
}

/// Parse `byteorder` for `to_bytes`/`from_bytes`: true for little-endian.
fn byteorder_is_little(vm: &Vm, fname: &str, o: Option<&PyObjectRef>) -> PyResult<bool> {
    let Some(o) = o else { return Ok(false) };
    match o.downcast_ref::<PyStr>().map(|s| s.as_str()) {
        Some("little") => Ok(true),
        Some("big") => Ok(false),
        Some(_) => Err(vm.new_value_error("byteorder must be either 'little' or 'big'")),
        None => Err(vm.new_type_error(format!(
            "{fname}() argument 'byteorder' must be str, not {}",
            o.ty().name()
        ))),
    }
}

/// `int.to_bytes(length=1, byteorder='big', *, signed=False)`.
fn int_to_bytes(vm: &mut Vm, args: Args) -> PyResult {
    let items = args.items();
    let o = items
        .first()
        .cloned()
        .ok_or_else(|| vm.new_type_error("to_bytes() needs an int"))?;
    let v = receiver::<PyInt>(vm, &o, Kind::Method, "int", "to_bytes")?
        .value
        .clone();
    let rest = Args::new(&items[1..], args.kwnames());
    let [length, order, signed] = rest.bind(vm, "to_bytes", ["length", "byteorder", "signed"], 2, 0)?;
    let length = match length {
        Some(l) => super::bytes::ssize_arg(vm, &l)?,
        None => 1,
    };
    if length < 0 {
        return Err(vm.new_value_error("length argument must be non-negative"));
    }
    if length as u64 > isize::MAX as u64 - 32 {
        return Err(vm.new_overflow_error("byte string is too large"));
    }
    // A length the script chooses (`limits.rs`), before the buffer is made.
    vm.check_alloc(length as u128)?;
    let little = byteorder_is_little(vm, "to_bytes", order.as_ref())?;
    let signed = match signed {
        Some(s) => vm.is_true(&s)?,
        None => false,
    };
    if !signed && v.is_negative() {
        return Err(vm.new_overflow_error("can't convert negative int to unsigned"));
    }
    // The bytes made, padded and reversed: linear work (`Vm::charge_copy`).
    vm.charge_copy((length as usize).max(usize::try_from(v.bits() / 8).unwrap_or(usize::MAX)))?;
    let big = v.to_big();
    let mut bytes = if signed {
        big.to_signed_bytes_le()
    } else {
        big.magnitude().to_bytes_le()
    };
    if v.is_zero() {
        bytes.clear();
    }
    let length = length as usize;
    if bytes.len() > length {
        return Err(vm.new_overflow_error("int too big to convert"));
    }
    let fill = if v.is_negative() { 0xff } else { 0 };
    if bytes.try_reserve_exact(length - bytes.len()).is_err() {
        return Err(vm.new_memory_error());
    }
    bytes.resize(length, fill);
    if !little {
        bytes.reverse();
    }
    Ok(vm.new_bytes(bytes))
}

/// `int.from_bytes(bytes, byteorder='big', *, signed=False)` (a class method).
fn int_from_bytes(vm: &mut Vm, args: Args) -> PyResult {
    let items = args.items();
    let cls = items
        .first()
        .cloned()
        .ok_or_else(|| vm.new_type_error("from_bytes() needs a class"))?;
    let rest = Args::new(&items[1..], args.kwnames());
    let [data, order, signed] = rest.bind(vm, "from_bytes", ["bytes", "byteorder", "signed"], 2, 1)?;
    let data = data.ok_or_else(|| vm.new_type_error("from_bytes() missing required argument 'bytes' (pos 1)"))?;
    let little = byteorder_is_little(vm, "from_bytes", order.as_ref())?;
    let signed = match signed {
        Some(s) => vm.is_true(&s)?,
        None => false,
    };
    // Linear work, charged across calls before the copy (`limits.rs`).
    let mut bytes = match super::buffer::read(vm, &data)? {
        Some(b) => {
            vm.charge_bytes(b.len())?;
            b.into_vec()
        }
        None => {
            let b = bytes_from_iterable(vm, &data)?;
            vm.charge_bytes(b.len())?;
            b
        }
    };
    if !little {
        bytes.reverse();
    }
    let big = if signed {
        BigInt::from_signed_bytes_le(&bytes)
    } else {
        BigInt::from_bytes_le(Sign::Plus, &bytes)
    };
    let v = IntValue::from_big(big);
    if cls.is(&vm.types.int) {
        return Ok(vm.new_int_value(v));
    }
    let i = vm.new_int_value(v);
    vm.call_positional(&cls, &[i])
}

/// The bytes of an iterable of ints in `range(256)` (as `bytes(iterable)`).
fn bytes_from_iterable(vm: &mut Vm, data: &PyObjectRef) -> PyResult<Vec<u8>> {
    if data.downcast_ref::<PyStr>().is_some() {
        return Err(vm.new_type_error("cannot convert 'str' object to bytes"));
    }
    let items = vm.collect(data).map_err(|e| {
        if e.is_instance_of(&vm.exc.type_error) {
            vm.new_type_error(format!("cannot convert '{}' object to bytes", data.ty().name()))
        } else {
            e
        }
    })?;
    let mut out = Vec::with_capacity(items.len());
    for it in &items {
        let n = vm.to_index_value(it)?;
        match n.as_i64().and_then(|n| u8::try_from(n).ok()) {
            Some(b) => out.push(b),
            None => return Err(vm.new_value_error("bytes must be in range(0, 256)")),
        }
    }
    Ok(out)
}

fn int_get_self(vm: &mut Vm, o: &PyObjectRef) -> PyResult {
    let v = &receiver::<PyInt>(vm, o, Kind::Method, "int", "real")?.value;
    Ok(exact_int(vm, o, v))
}

fn int_get_zero(vm: &mut Vm, o: &PyObjectRef) -> PyResult {
    receiver::<PyInt>(vm, o, Kind::Method, "int", "imag")?;
    Ok(vm.new_int(0))
}

fn int_get_one(vm: &mut Vm, o: &PyObjectRef) -> PyResult {
    receiver::<PyInt>(vm, o, Kind::Method, "int", "denominator")?;
    Ok(vm.new_int(1))
}

pub(crate) fn init(vm: &mut Vm) {
    let t = vm.types.int.clone();
    vm.add_static(&t, "__new__", int_new);
    vm.add_method(&t, "__repr__", int_repr);
    vm.add_method(&t, "__format__", int_format);
    vm.add_method(&t, "__hash__", int_hash);
    vm.add_method(&t, "__bool__", int_bool);
    vm.add_method(&t, "__lt__", int_lt);
    vm.add_method(&t, "__le__", int_le);
    vm.add_method(&t, "__eq__", int_eq);
    vm.add_method(&t, "__ne__", int_ne);
    vm.add_method(&t, "__gt__", int_gt);
    vm.add_method(&t, "__ge__", int_ge);
    let binary: [(&'static str, crate::vm::NativeFn); 22] = [
        ("__add__", int_add),
        ("__radd__", int_radd),
        ("__sub__", int_sub),
        ("__rsub__", int_rsub),
        ("__mul__", int_mul),
        ("__rmul__", int_rmul),
        ("__floordiv__", int_floordiv),
        ("__rfloordiv__", int_rfloordiv),
        ("__truediv__", int_truediv),
        ("__rtruediv__", int_rtruediv),
        ("__mod__", int_mod),
        ("__rmod__", int_rmod),
        ("__lshift__", int_lshift),
        ("__rlshift__", int_rlshift),
        ("__rshift__", int_rshift),
        ("__rrshift__", int_rrshift),
        ("__and__", int_and),
        ("__rand__", int_rand),
        ("__or__", int_or),
        ("__ror__", int_ror),
        ("__xor__", int_xor),
        ("__rxor__", int_rxor),
    ];
    for (name, f) in binary {
        vm.add_method(&t, name, f);
    }
    vm.add_method(&t, "__divmod__", int_divmod);
    vm.add_method(&t, "__rdivmod__", int_rdivmod);
    vm.add_method(&t, "__pow__", int_pow);
    vm.add_method(&t, "__rpow__", int_rpow);
    vm.add_method(&t, "__neg__", int_neg);
    vm.add_method(&t, "__abs__", int_abs);
    vm.add_method(&t, "__invert__", int_invert);
    for name in ["__pos__", "__int__", "__index__"] {
        vm.add_method(&t, name, int_self);
    }
    vm.add_method(&t, "__trunc__", int_trunc);
    vm.add_method(&t, "__floor__", int_floor);
    vm.add_method(&t, "__ceil__", int_ceil);
    vm.add_method(&t, "conjugate", int_conjugate);
    vm.add_method(&t, "__float__", int_float);
    vm.add_method(&t, "__round__", int_round);
    vm.add_method(&t, "__getnewargs__", int_getnewargs);
    vm.add_method(&t, "bit_length", int_bit_length);
    vm.add_method(&t, "bit_count", int_bit_count);
    vm.add_method(&t, "as_integer_ratio", int_as_integer_ratio);
    vm.add_method(&t, "to_bytes", int_to_bytes);
    vm.add_classmethod(&t, "from_bytes", int_from_bytes);
    vm.add_getset(&t, "real", int_get_self, None);
    vm.add_getset(&t, "numerator", int_get_self, None);
    vm.add_getset(&t, "imag", int_get_zero, None);
    vm.add_getset(&t, "denominator", int_get_one, None);
    super::bool::init(vm);
}

#[cfg(test)]
mod tests {
    use super::*;

    fn big(s: &str) -> BigInt {
        s.parse().unwrap()
    }

    #[test]
    fn hashes_match_cpython() {
        assert_eq!(IntValue::Small(-1).hash(), -2);
        assert_eq!(IntValue::Small(0).hash(), 0);
        assert_eq!(IntValue::Small((1 << 61) - 1).hash(), 0);
        assert_eq!(IntValue::Small(1 << 61).hash(), 1);
        assert_eq!(hash_bigint(&big("18446744073709551616")), 8);
        assert_eq!(hash_bigint(&big("-18446744073709551616")), -8);
        assert_eq!(hash_bigint(&big("1000000000000000000000000000000")), 465258685558744706);
        assert_eq!(IntValue::Small(i64::MIN).hash(), -4);
    }

    #[test]
    fn parse_rules() {
        let p = |s: &str, b: u32| parse_int(s, b, MAX_STR_DIGITS).ok().map(|v| v.to_string());
        assert_eq!(p(" -0x_1f ", 0).as_deref(), Some("-31"));
        assert_eq!(p("0_0", 0).as_deref(), Some("0"));
        assert_eq!(p("010", 0), None);
        assert_eq!(p("1__0", 10), None);
        assert_eq!(p("_1", 10), None);
        assert_eq!(p("1_", 10), None);
        assert_eq!(p("0x", 16), None);
        assert_eq!(p("z", 36).as_deref(), Some("35"));
        assert_eq!(p("\u{663}", 16).as_deref(), Some("3"));
        assert_eq!(p("\u{a0}12\u{2003}", 10).as_deref(), Some("12"));
        assert_eq!(
            p("123456789012345678901234567890", 10).as_deref(),
            Some("123456789012345678901234567890")
        );
        assert_eq!(p("-9223372036854775808", 10).as_deref(), Some("-9223372036854775808"));
        assert_eq!(
            parse_int(&"1".repeat(5000), 10, MAX_STR_DIGITS),
            Err(ParseIntError::TooManyDigits(5000))
        );
        assert!(parse_int(&"1".repeat(5000), 16, MAX_STR_DIGITS).is_ok());
        assert!(parse_int(&"1_".repeat(4000), 10, MAX_STR_DIGITS).is_err());
        assert!(parse_int(&("1_".repeat(4000) + "1"), 10, MAX_STR_DIGITS).is_ok());
    }

    #[test]
    fn true_division_is_correctly_rounded() {
        let x = num_traits::Pow::pow(BigInt::from(10), 400u32);
        let y = num_traits::Pow::pow(BigInt::from(10), 399u32);
        assert_eq!(truediv_big(&x, &y), Some(10.0));
        assert_eq!(truediv_big(&(&x / 3), &y), Some(3.3333333333333335));
        assert_eq!(
            truediv_big(&BigInt::from(1), &(BigInt::from(1) << 1074u32)),
            Some(5e-324)
        );
        assert_eq!(truediv_big(&BigInt::from(1), &(BigInt::from(1) << 1076u32)), Some(0.0));
        assert_eq!(truediv_big(&(BigInt::from(1) << 2000u32), &BigInt::from(3)), None);
        assert_eq!(truediv_big(&BigInt::from(-7), &BigInt::from(2)), Some(-3.5));
    }

    #[test]
    fn rounding_to_tens() {
        let vm = Vm::new();
        let r = |v: i64, k: i64| {
            round_to_power_of_ten(&vm, &IntValue::Small(v), &IntValue::Small(k))
                .map(|r| r.to_string())
                .unwrap_or_default()
        };
        assert_eq!(r(25, 1), "20");
        assert_eq!(r(15, 1), "20");
        assert_eq!(r(-25, 1), "-20");
        assert_eq!(r(5, 1), "0");
        assert_eq!(r(51, 2), "100");
        assert_eq!(r(7, 40), "0");
    }
}
