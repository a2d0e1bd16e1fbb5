//! `math`: the functions of CPython 3.11's `Modules/mathmodule.c`, with its
//! error rules: a NaN result from non-NaN arguments raises `ValueError("math
//! domain error")`; an infinite result from finite arguments raises
//! `OverflowError("math range error")` (or `ValueError` at a singularity).
//!
//! Functions that CPython takes from the C library (`sin`, `exp`, `erf`, ...) come
//! from the same C library here, so results agree to the last bit. Those CPython
//! implements itself (`gamma`, `lgamma`, `hypot`, `fsum`, `remainder`) are ported,
//! and so is glibc's `cbrt` (the symbol Rust links is a different implementation).

// Constants are written as in the C sources they come from, digits and all.
#![allow(clippy::excessive_precision)]

use num_bigint::{BigInt, BigUint, Sign};
use num_traits::{One, Signed, ToPrimitive, Zero};

use kaa_vm::format::{float_to_int, number_to_f64};
use kaa_vm::object::float::PyFloat;
use kaa_vm::object::int::{IntValue, PyInt};
use kaa_vm::object::int_long;
use kaa_vm::object::PyObjectRef;
use kaa_vm::vm::NativeFn;
use kaa_vm::{Args, PyResult, Vm};

mod libm {
    // The C library's versions, which CPython uses: Rust's own `asinh`, `acosh`
    // and `atanh` are computed differently and can differ in the last bit.
    #[cfg_attr(unix, link(name = "m"))]
    extern "C" {
        pub fn erf(x: f64) -> f64;
        pub fn erfc(x: f64) -> f64;
        pub fn asinh(x: f64) -> f64;
        pub fn acosh(x: f64) -> f64;
        pub fn atanh(x: f64) -> f64;
    }
}

fn c_erf(x: f64) -> f64 {
    // SAFETY: a pure C function of one double, with no preconditions.
    unsafe { libm::erf(x) }
}
fn c_erfc(x: f64) -> f64 {
    // SAFETY: as above.
    unsafe { libm::erfc(x) }
}
fn c_asinh(x: f64) -> f64 {
    // SAFETY: as above.
    unsafe { libm::asinh(x) }
}
fn c_acosh(x: f64) -> f64 {
    // SAFETY: as above.
    unsafe { libm::acosh(x) }
}
fn c_atanh(x: f64) -> f64 {
    // SAFETY: as above.
    unsafe { libm::atanh(x) }
}
/// The cube root as glibc computes it (`sysdeps/ieee754/dbl-64/s_cbrt.c`), which
/// is what CPython on Linux returns. (The `cbrt` symbol Rust programs link
/// resolves to Rust's own port of musl's, which rounds differently.)
fn c_cbrt(x: f64) -> f64 {
    const CBRT2: f64 = 1.259_921_049_894_873_164_8;
    const SQR_CBRT2: f64 = 1.587_401_051_968_199_474_8;
    const FACTOR: [f64; 5] = [1.0 / SQR_CBRT2, 1.0 / CBRT2, 1.0, CBRT2, SQR_CBRT2];
    if x == 0.0 || !x.is_finite() {
        return x + x;
    }
    let (xm, xe) = frexp(x.abs());
    let u = 0.354_895_765_043_919_86
        + (1.508_191_937_815_848_96
            + (-2.114_994_941_673_712_87
                + (2.446_931_225_635_344_3
                    + (-1.834_692_774_836_130_86
                        + (0.784_932_344_976_639_262 - 0.145_263_899_385_486_377 * xm) * xm)
                        * xm)
                    * xm)
                * xm)
            * xm;
    let t2 = u * u * u;
    let ym = u * (t2 + 2.0 * xm) / (2.0 * t2 + xm) * FACTOR[(2 + xe % 3) as usize];
    ldexp(if x > 0.0 { ym } else { -ym }, xe / 3)
}

// ----- argument conversion and error rules -----

/// An argument as a float (`PyFloat_AsDouble`: `__float__`, then `__index__`).
fn arg_f64(vm: &mut Vm, o: &PyObjectRef) -> PyResult<f64> {
    if let Some(f) = o.downcast_ref::<PyFloat>() {
        return Ok(f.value);
    }
    number_to_f64(vm, o)
}

#[cold]
fn domain_error(vm: &Vm) -> PyObjectRef {
    vm.new_value_error("math domain error")
}

#[cold]
fn range_error(vm: &Vm) -> PyObjectRef {
    vm.new_overflow_error("math range error")
}

/// CPython's `math_1` checks: NaN from non-NaN is a domain error; infinity from a
/// finite argument is a range error (or a domain error at a singularity).
fn check_1(vm: &Vm, x: f64, r: f64, can_overflow: bool) -> PyResult<f64> {
    if r.is_nan() && !x.is_nan() {
        return Err(domain_error(vm));
    }
    if r.is_infinite() && x.is_finite() {
        return Err(if can_overflow {
            range_error(vm)
        } else {
            domain_error(vm)
        });
    }
    Ok(r)
}

/// CPython's `math_2` checks for functions of two floats.
fn check_2(vm: &Vm, x: f64, y: f64, r: f64) -> PyResult<f64> {
    if r.is_nan() && !x.is_nan() && !y.is_nan() {
        return Err(domain_error(vm));
    }
    if r.is_infinite() && x.is_finite() && y.is_finite() {
        return Err(range_error(vm));
    }
    Ok(r)
}

fn math_1(vm: &mut Vm, args: Args, name: &str, f: fn(f64) -> f64, can_overflow: bool) -> PyResult {
    let [x] = args.exact::<1>(vm, name)?;
    let x = arg_f64(vm, x)?;
    let r = check_1(vm, x, f(x), can_overflow)?;
    Ok(vm.new_float(r))
}

fn math_2(vm: &mut Vm, args: Args, name: &str, f: fn(f64, f64) -> f64) -> PyResult {
    let [x, y] = args.exact::<2>(vm, name)?;
    let (x, y) = (arg_f64(vm, x)?, arg_f64(vm, y)?);
    let r = check_2(vm, x, y, f(x, y))?;
    Ok(vm.new_float(r))
}

/// `math.NAME(x)` wrapping a float function with the `math_1` rules.
macro_rules! math1 {
    ($($fname:ident = $pyname:literal, $f:expr, $overflow:expr;)*) => {$(
        fn $fname(vm: &mut Vm, args: Args) -> PyResult {
            math_1(vm, args, $pyname, $f, $overflow)
        }
    )*};
}

math1! {
    math_sqrt = "math.sqrt", f64::sqrt, false;
    math_exp = "math.exp", f64::exp, true;
    math_exp2 = "math.exp2", f64::exp2, true;
    math_expm1 = "math.expm1", f64::exp_m1, true;
    math_log1p = "math.log1p", f64::ln_1p, false;
    math_sin = "math.sin", f64::sin, false;
    math_cos = "math.cos", f64::cos, false;
    math_tan = "math.tan", f64::tan, false;
    math_asin = "math.asin", f64::asin, false;
    math_acos = "math.acos", f64::acos, false;
    math_atan = "math.atan", f64::atan, false;
    math_sinh = "math.sinh", f64::sinh, true;
    math_cosh = "math.cosh", f64::cosh, true;
    math_tanh = "math.tanh", f64::tanh, false;
    math_asinh = "math.asinh", c_asinh, false;
    math_acosh = "math.acosh", c_acosh, false;
    math_atanh = "math.atanh", c_atanh, false;
    math_cbrt = "math.cbrt", c_cbrt, false;
    math_fabs = "math.fabs", f64::abs, false;
    math_erf = "math.erf", c_erf, false;
    math_erfc = "math.erfc", c_erfc, false;
}

fn math_atan2(vm: &mut Vm, args: Args) -> PyResult {
    math_2(vm, args, "atan2", m_atan2)
}

fn math_copysign(vm: &mut Vm, args: Args) -> PyResult {
    math_2(vm, args, "copysign", f64::copysign)
}

fn math_remainder(vm: &mut Vm, args: Args) -> PyResult {
    math_2(vm, args, "remainder", m_remainder)
}

/// `atan2` with C99's special cases handled before the C library (as CPython).
fn m_atan2(y: f64, x: f64) -> f64 {
    use std::f64::consts::PI;
    if x.is_nan() || y.is_nan() {
        return f64::NAN;
    }
    if y.is_infinite() {
        if x.is_infinite() {
            let a = if x.is_sign_positive() { 0.25 * PI } else { 0.75 * PI };
            return a.copysign(y);
        }
        return (0.5 * PI).copysign(y);
    }
    if x.is_infinite() || y == 0.0 {
        return if x.is_sign_positive() {
            0.0f64.copysign(y)
        } else {
            PI.copysign(y)
        };
    }
    y.atan2(x)
}

/// IEEE 754 remainder: `x - n*y` with `n` the integer nearest `x/y`, ties to even.
fn m_remainder(x: f64, y: f64) -> f64 {
    if x.is_finite() && y.is_finite() {
        if y == 0.0 {
            return f64::NAN;
        }
        let (absx, absy) = (x.abs(), y.abs());
        let m = absx % absy;
        let c = absy - m;
        let r = if m < c {
            m
        } else if m > c {
            -c
        } else {
            m - 2.0 * ((0.5 * (absx - m)) % absy)
        };
        return 1.0f64.copysign(x) * r;
    }
    if x.is_nan() {
        return x;
    }
    if y.is_nan() {
        return y;
    }
    if x.is_infinite() {
        return f64::NAN;
    }
    x
}

// ----- logarithms -----

/// `frexp` of an int too large for a float: `(m, e)` with `n ≈ m * 2**e`.
fn big_frexp(n: &BigUint) -> (f64, i64) {
    let bits = n.bits();
    let shift = bits.saturating_sub(64);
    let top = (n >> shift).to_u64().unwrap_or(u64::MAX);
    // A sticky bit for the dropped digits makes the conversion round correctly.
    let sticky = u64::from(shift > 0 && n.trailing_zeros().is_some_and(|t| t < shift));
    let m = ((top | sticky) as f64) / 2f64.powi(64);
    let e = i64::try_from(bits).unwrap_or(i64::MAX);
    if m >= 1.0 {
        (0.5, e + 1)
    } else {
        (m, e)
    }
}

/// CPython's `loghelper`: ints of any size are handled exactly enough; other
/// arguments go through the float rules (a zero or negative gives a domain error).
fn log_of(vm: &mut Vm, arg: &PyObjectRef, f: fn(f64) -> f64) -> PyResult<f64> {
    if let Some(i) = arg.downcast_ref::<PyInt>() {
        let big;
        let mag = match &i.value {
            IntValue::Small(v) if *v > 0 => return Ok(f(*v as f64)),
            IntValue::Small(_) => return Err(domain_error(vm)),
            IntValue::Big(b) if b.sign() != Sign::Plus => return Err(domain_error(vm)),
            IntValue::Big(b) => {
                big = b.magnitude().clone();
                &big
            }
        };
        if let Some(x) = mag.to_f64().filter(|x| x.is_finite()) {
            return Ok(f(x));
        }
        let (m, e) = big_frexp(mag);
        return Ok(f(m) + f(2.0) * e as f64);
    }
    let x = arg_f64(vm, arg)?;
    check_1(vm, x, m_log_special(x, f), false)
}

/// Log of a float with C99's special values (`log(0) = -inf`, `log(-x) = nan`).
fn m_log_special(x: f64, f: fn(f64) -> f64) -> f64 {
    if x.is_nan() {
        x
    } else if x > 0.0 {
        f(x)
    } else if x == 0.0 {
        f64::NEG_INFINITY
    } else {
        f64::NAN
    }
}

/// `math.log(x[, base])`.
fn math_log(vm: &mut Vm, args: Args) -> PyResult {
    args.no_kwargs(vm, "log")?;
    let pos = args.pos();
    if pos.is_empty() || pos.len() > 2 {
        return Err(vm.new_type_error("math.log requires 1 to 2 arguments"));
    }
    let num = log_of(vm, &pos[0], f64::ln)?;
    let Some(base) = pos.get(1) else {
        return Ok(vm.new_float(num));
    };
    let den = log_of(vm, base, f64::ln)?;
    if den == 0.0 {
        return Err(vm.new_zero_division_error("float division by zero"));
    }
    Ok(vm.new_float(num / den))
}

fn math_log2(vm: &mut Vm, args: Args) -> PyResult {
    let [x] = args.exact::<1>(vm, "math.log2")?;
    let r = log_of(vm, x, f64::log2)?;
    Ok(vm.new_float(r))
}

fn math_log10(vm: &mut Vm, args: Args) -> PyResult {
    let [x] = args.exact::<1>(vm, "math.log10")?;
    let r = log_of(vm, x, f64::log10)?;
    Ok(vm.new_float(r))
}

// ----- powers and friends -----

/// `math.pow(x, y)` with C99 Annex F's special values.
fn math_pow(vm: &mut Vm, args: Args) -> PyResult {
    let [x, y] = args.exact::<2>(vm, "pow")?;
    let (x, y) = (arg_f64(vm, x)?, arg_f64(vm, y)?);
    let r = if !x.is_finite() || !y.is_finite() {
        pow_special(x, y)
    } else {
        let r = x.powf(y);
        if r.is_nan() || (r.is_infinite() && x == 0.0) {
            return Err(domain_error(vm));
        }
        if r.is_infinite() {
            return Err(range_error(vm));
        }
        r
    };
    Ok(vm.new_float(r))
}

fn pow_special(x: f64, y: f64) -> f64 {
    if x.is_nan() {
        return if y == 0.0 { 1.0 } else { x };
    }
    if y.is_nan() {
        return if x == 1.0 { 1.0 } else { y };
    }
    if x.is_infinite() {
        let odd_y = y.is_finite() && (y.abs() % 2.0) == 1.0;
        return if y > 0.0 {
            if odd_y {
                x
            } else {
                x.abs()
            }
        } else if y == 0.0 {
            1.0
        } else if odd_y {
            0.0f64.copysign(x)
        } else {
            0.0
        };
    }
    // y is infinite.
    if x.abs() == 1.0 {
        1.0
    } else if (y > 0.0 && x.abs() > 1.0) || (y < 0.0 && x.abs() < 1.0) {
        f64::INFINITY
    } else {
        0.0
    }
}

/// `math.fmod(x, y)`.
fn math_fmod(vm: &mut Vm, args: Args) -> PyResult {
    let [x, y] = args.exact::<2>(vm, "fmod")?;
    let (x, y) = (arg_f64(vm, x)?, arg_f64(vm, y)?);
    if y.is_infinite() && x.is_finite() {
        return Ok(vm.new_float(x));
    }
    let r = x % y;
    if r.is_nan() && !x.is_nan() && !y.is_nan() {
        return Err(domain_error(vm));
    }
    Ok(vm.new_float(r))
}

/// `frexp` for finite, non-zero `x`: `x == m * 2**e` with `0.5 <= |m| < 1`.
fn frexp(x: f64) -> (f64, i32) {
    if x == 0.0 || !x.is_finite() {
        return (x, 0);
    }
    let (x, adjust) = if x.abs() < f64::MIN_POSITIVE {
        (x * 2f64.powi(54), -54)
    } else {
        (x, 0)
    };
    let bits = x.to_bits();
    let exp = ((bits >> 52) & 0x7ff) as i32;
    let m = f64::from_bits((bits & !(0x7ff << 52)) | (1022 << 52));
    (m, exp - 1022 + adjust)
}

/// `x * 2**e`, correctly rounded (one rounding, even into the subnormals).
fn ldexp(x: f64, e: i32) -> f64 {
    if x == 0.0 || !x.is_finite() {
        return x;
    }
    let (m, ex) = frexp(x);
    let t = i64::from(ex) + i64::from(e);
    if t > 1024 {
        return f64::INFINITY.copysign(x);
    }
    if t < -1100 {
        return 0.0f64.copysign(x);
    }
    let t = t as i32;
    if t >= -1021 {
        // m * 2**t is a normal number: exact.
        return m * pow2(t - 1) * 2.0;
    }
    // Subnormal result: scale exactly into the normal range first, then one
    // rounding multiplication.
    (m * pow2(-1000)) * pow2(t + 1000)
}

/// `2.0**n` for `-1022 <= n <= 1023`, built from its bits.
fn pow2(n: i32) -> f64 {
    f64::from_bits(((n + 1023) as u64) << 52)
}

fn math_frexp(vm: &mut Vm, args: Args) -> PyResult {
    let [x] = args.exact::<1>(vm, "math.frexp")?;
    let x = arg_f64(vm, x)?;
    let (m, e) = frexp(x);
    let items = vec![vm.new_float(m), vm.new_int(i64::from(e))];
    Ok(vm.new_tuple(items))
}

/// `math.ldexp(x, i)`.
fn math_ldexp(vm: &mut Vm, args: Args) -> PyResult {
    let [x, i] = args.exact::<2>(vm, "ldexp")?;
    let x = arg_f64(vm, x)?;
    let Some(i) = i.downcast_ref::<PyInt>() else {
        return Err(vm.new_type_error("Expected an int as second argument to ldexp."));
    };
    let e = match &i.value {
        IntValue::Small(v) => (*v).clamp(i64::from(i32::MIN) - 1, i64::from(i32::MAX) + 1),
        IntValue::Big(b) if b.is_negative() => i64::from(i32::MIN) - 1,
        IntValue::Big(_) => i64::from(i32::MAX) + 1,
    };
    let r = if x == 0.0 || !x.is_finite() {
        x
    } else if e > i64::from(i32::MAX) {
        return Err(range_error(vm));
    } else if e < i64::from(i32::MIN) {
        0.0f64.copysign(x)
    } else {
        ldexp(x, e as i32)
    };
    if r.is_infinite() && x.is_finite() {
        return Err(range_error(vm));
    }
    Ok(vm.new_float(r))
}

/// `math.modf(x)`: fractional and integer parts, both with the sign of `x`.
fn math_modf(vm: &mut Vm, args: Args) -> PyResult {
    let [x] = args.exact::<1>(vm, "math.modf")?;
    let x = arg_f64(vm, x)?;
    let (frac, int) = if x.is_infinite() {
        (0.0f64.copysign(x), x)
    } else if x.is_nan() {
        (x, x)
    } else {
        let t = x.trunc();
        ((x - t).copysign(x), t)
    };
    let items = vec![vm.new_float(frac), vm.new_float(int)];
    Ok(vm.new_tuple(items))
}

fn math_degrees(vm: &mut Vm, args: Args) -> PyResult {
    let [x] = args.exact::<1>(vm, "math.degrees")?;
    let x = arg_f64(vm, x)?;
    Ok(vm.new_float(x * (180.0 / std::f64::consts::PI)))
}

fn math_radians(vm: &mut Vm, args: Args) -> PyResult {
    let [x] = args.exact::<1>(vm, "math.radians")?;
    let x = arg_f64(vm, x)?;
    Ok(vm.new_float(x * (std::f64::consts::PI / 180.0)))
}

fn float_predicate(vm: &mut Vm, args: Args, name: &str, p: fn(f64) -> bool) -> PyResult {
    let [x] = args.exact::<1>(vm, name)?;
    let x = arg_f64(vm, x)?;
    Ok(vm.new_bool(p(x)))
}

fn math_isfinite(vm: &mut Vm, args: Args) -> PyResult {
    float_predicate(vm, args, "math.isfinite", f64::is_finite)
}

fn math_isinf(vm: &mut Vm, args: Args) -> PyResult {
    float_predicate(vm, args, "math.isinf", f64::is_infinite)
}

fn math_isnan(vm: &mut Vm, args: Args) -> PyResult {
    float_predicate(vm, args, "math.isnan", f64::is_nan)
}

/// `math.isclose(a, b, *, rel_tol=1e-09, abs_tol=0.0)`.
fn math_isclose(vm: &mut Vm, args: Args) -> PyResult {
    let pos = args.pos();
    let (mut a, mut b) = (pos.first().cloned(), pos.get(1).cloned());
    let (mut rel_tol, mut abs_tol) = (1e-9, 0.0);
    if pos.len() > 2 {
        return Err(vm.new_type_error(format!(
            "isclose() takes exactly 2 positional arguments ({} given)",
            pos.len()
        )));
    }
    for (k, v) in args.kwargs() {
        match k {
            "a" if a.is_none() => a = Some(v.clone()),
            "b" if b.is_none() => b = Some(v.clone()),
            "rel_tol" => rel_tol = arg_f64(vm, v)?,
            "abs_tol" => abs_tol = arg_f64(vm, v)?,
            _ => return Err(vm.new_type_error(format!("'{k}' is an invalid keyword argument for isclose()"))),
        }
    }
    let Some(a) = a else {
        return Err(vm.new_type_error("isclose() missing required argument 'a' (pos 1)"));
    };
    let Some(b) = b else {
        return Err(vm.new_type_error("isclose() missing required argument 'b' (pos 2)"));
    };
    let (a, b) = (arg_f64(vm, &a)?, arg_f64(vm, &b)?);
    if rel_tol < 0.0 || abs_tol < 0.0 {
        return Err(vm.new_value_error("tolerances must be non-negative"));
    }
    if a == b {
        return Ok(vm.new_bool(true));
    }
    if a.is_infinite() || b.is_infinite() {
        return Ok(vm.new_bool(false));
    }
    let diff = (b - a).abs();
    let close = diff <= (rel_tol * b).abs() || diff <= (rel_tol * a).abs() || diff <= abs_tol;
    Ok(vm.new_bool(close))
}

/// The next float after `x` toward `y`.
fn nextafter(x: f64, y: f64) -> f64 {
    if x.is_nan() || y.is_nan() {
        return f64::NAN;
    }
    if x == y {
        return y;
    }
    if x == 0.0 {
        return f64::from_bits(1).copysign(y);
    }
    let bits = x.to_bits();
    let away_from_zero = (y > x) == (x > 0.0);
    f64::from_bits(if away_from_zero { bits + 1 } else { bits - 1 })
}

fn math_nextafter(vm: &mut Vm, args: Args) -> PyResult {
    let [x, y] = args.exact::<2>(vm, "nextafter")?;
    let (x, y) = (arg_f64(vm, x)?, arg_f64(vm, y)?);
    Ok(vm.new_float(nextafter(x, y)))
}

/// `math.ulp(x)`: the value of the least significant bit of `x`.
fn math_ulp(vm: &mut Vm, args: Args) -> PyResult {
    let [x] = args.exact::<1>(vm, "math.ulp")?;
    let x = arg_f64(vm, x)?.abs();
    if x.is_nan() || x.is_infinite() {
        return Ok(vm.new_float(x));
    }
    let x2 = nextafter(x, f64::INFINITY);
    let r = if x2.is_infinite() {
        x - nextafter(x, f64::NEG_INFINITY)
    } else {
        x2 - x
    };
    Ok(vm.new_float(r))
}

// ----- gamma (ported from CPython's Lanczos implementation) -----

const LANCZOS_G: f64 = 6.024_680_040_776_729_583_740_234_375;
const LANCZOS_G_MINUS_HALF: f64 = 5.524_680_040_776_729_583_740_234_375;
const LANCZOS_NUM: [f64; 13] = [
    23531376880.410759688572007674451636754734846804940,
    42919803642.649098768957899047001988850926355848959,
    35711959237.355668049440185451547166705960488635843,
    17921034426.037209699919755754458931112671403265390,
    6039542586.3520280050642916443072979210699388420708,
    1439720407.3117216736632230727949123939715485786772,
    248874557.86205415651146038641322942321632125127801,
    31426415.585400194380614231628318205362874684987640,
    2876370.6289353724412254090516208496135991145378768,
    186056.26539522349504029498971604569928220784236328,
    8071.6720023658162106380029022722506138218516325024,
    210.82427775157934587250973392071336271166969580291,
    2.5066282746310002701649081771338373386264310793408,
];
const LANCZOS_DEN: [f64; 13] = [
    0.0,
    39916800.0,
    120543840.0,
    150917976.0,
    105258076.0,
    45995730.0,
    13339535.0,
    2637558.0,
    357423.0,
    32670.0,
    1925.0,
    66.0,
    1.0,
];
const GAMMA_INTEGRAL: [f64; 23] = [
    1.0,
    1.0,
    2.0,
    6.0,
    24.0,
    120.0,
    720.0,
    5040.0,
    40320.0,
    362880.0,
    3628800.0,
    39916800.0,
    479001600.0,
    6227020800.0,
    87178291200.0,
    1307674368000.0,
    20922789888000.0,
    355687428096000.0,
    6402373705728000.0,
    121645100408832000.0,
    2432902008176640000.0,
    51090942171709440000.0,
    1124000727777607680000.0,
];
const LOGPI: f64 = 1.144_729_885_849_400_174_143_427_351_353_058_711_647;

/// Lanczos' sum `L_g(x)` for `x > 0`.
fn lanczos_sum(x: f64) -> f64 {
    let (mut num, mut den) = (0.0, 0.0);
    if x < 5.0 {
        for i in (0..13).rev() {
            num = num * x + LANCZOS_NUM[i];
            den = den * x + LANCZOS_DEN[i];
        }
    } else {
        for i in 0..13 {
            num = num / x + LANCZOS_NUM[i];
            den = den / x + LANCZOS_DEN[i];
        }
    }
    num / den
}

/// `sin(pi * x)`, accurate for finite `x`.
fn sinpi(x: f64) -> f64 {
    use std::f64::consts::PI;
    let y = x.abs() % 2.0;
    let n = (2.0 * y).round() as i32;
    let r = match n {
        0 => (PI * y).sin(),
        1 => (PI * (y - 0.5)).cos(),
        2 => (PI * (1.0 - y)).sin(),
        3 => -(PI * (y - 1.5)).cos(),
        _ => (PI * (y - 2.0)).sin(),
    };
    1.0f64.copysign(x) * r
}

/// A math error: `Domain` → ValueError, `Range` → OverflowError.
enum MathError {
    Domain,
    Range,
}

fn tgamma(x: f64) -> Result<f64, MathError> {
    use std::f64::consts::PI;
    if !x.is_finite() {
        return if x.is_nan() || x > 0.0 {
            Ok(x)
        } else {
            Err(MathError::Domain)
        };
    }
    if x == 0.0 {
        return Err(MathError::Domain);
    }
    if x == x.floor() {
        if x < 0.0 {
            return Err(MathError::Domain);
        }
        if x <= 23.0 {
            return Ok(GAMMA_INTEGRAL[x as usize - 1]);
        }
    }
    let absx = x.abs();
    if absx < 1e-20 {
        let r = 1.0 / x;
        return if r.is_infinite() { Err(MathError::Range) } else { Ok(r) };
    }
    if absx > 200.0 {
        return if x < 0.0 {
            Ok(0.0 / sinpi(x))
        } else {
            Err(MathError::Range)
        };
    }
    let y = absx + LANCZOS_G_MINUS_HALF;
    let z = if absx > LANCZOS_G_MINUS_HALF {
        let q = y - absx;
        q - LANCZOS_G_MINUS_HALF
    } else {
        let q = y - LANCZOS_G_MINUS_HALF;
        q - absx
    };
    let z = z * LANCZOS_G / y;
    let r = if x < 0.0 {
        let mut r = -PI / sinpi(absx) / absx * y.exp() / lanczos_sum(absx);
        r -= z * r;
        if absx < 140.0 {
            r /= y.powf(absx - 0.5);
        } else {
            let sqrtpow = y.powf(absx / 2.0 - 0.25);
            r /= sqrtpow;
            r /= sqrtpow;
        }
        r
    } else {
        let mut r = lanczos_sum(absx) / y.exp();
        r += z * r;
        if absx < 140.0 {
            r *= y.powf(absx - 0.5);
        } else {
            let sqrtpow = y.powf(absx / 2.0 - 0.25);
            r *= sqrtpow;
            r *= sqrtpow;
        }
        r
    };
    if r.is_infinite() {
        return Err(MathError::Range);
    }
    Ok(r)
}

fn lgamma(x: f64) -> Result<f64, MathError> {
    if !x.is_finite() {
        return Ok(if x.is_nan() { x } else { f64::INFINITY });
    }
    if x == x.floor() && x <= 2.0 {
        return if x <= 0.0 { Err(MathError::Domain) } else { Ok(0.0) };
    }
    let absx = x.abs();
    if absx < 1e-20 {
        return Ok(-absx.ln());
    }
    let mut r = lanczos_sum(absx).ln() - LANCZOS_G;
    r += (absx - 0.5) * ((absx + LANCZOS_G - 0.5).ln() - 1.0);
    if x < 0.0 {
        r = LOGPI - sinpi(absx).abs().ln() - absx.ln() - r;
    }
    if r.is_infinite() {
        return Err(MathError::Range);
    }
    Ok(r)
}

fn math_result(vm: &mut Vm, r: Result<f64, MathError>) -> PyResult {
    match r {
        Ok(v) => Ok(vm.new_float(v)),
        Err(MathError::Domain) => Err(domain_error(vm)),
        Err(MathError::Range) => Err(range_error(vm)),
    }
}

fn math_gamma(vm: &mut Vm, args: Args) -> PyResult {
    let [x] = args.exact::<1>(vm, "math.gamma")?;
    let x = arg_f64(vm, x)?;
    math_result(vm, tgamma(x))
}

fn math_lgamma(vm: &mut Vm, args: Args) -> PyResult {
    let [x] = args.exact::<1>(vm, "math.lgamma")?;
    let x = arg_f64(vm, x)?;
    math_result(vm, lgamma(x))
}

// ----- rounding to integers -----

/// `math.floor`/`math.ceil`: a float is rounded here; other objects use their
/// `__floor__`/`__ceil__`, else their float value.
fn round_to_int(vm: &mut Vm, args: Args, name: &str, dunder: &str, f: fn(f64) -> f64) -> PyResult {
    let [x] = args.exact::<1>(vm, name)?;
    if x.class().is(&vm.types.float) {
        let v = x.downcast_ref::<PyFloat>().map_or(0.0, |f| f.value);
        let i = float_to_int(vm, f(v))?;
        return Ok(vm.new_int_value(i));
    }
    if let Some(i) = x.downcast_ref::<PyInt>() {
        if x.class().is(&vm.types.int) {
            return Ok(x.clone());
        }
        if x.class().is(&vm.types.bool) {
            return Ok(vm.new_int_value(i.value.clone()));
        }
    }
    let n = vm.intern(dunder);
    if let Some(r) = vm.call_special(x, &n, &[]) {
        return r;
    }
    let v = arg_f64(vm, x)?;
    let i = float_to_int(vm, f(v))?;
    Ok(vm.new_int_value(i))
}

fn math_floor(vm: &mut Vm, args: Args) -> PyResult {
    round_to_int(vm, args, "math.floor", "__floor__", f64::floor)
}

fn math_ceil(vm: &mut Vm, args: Args) -> PyResult {
    round_to_int(vm, args, "math.ceil", "__ceil__", f64::ceil)
}

/// `math.trunc(x)`: `x.__trunc__()`.
fn math_trunc(vm: &mut Vm, args: Args) -> PyResult {
    let [x] = args.exact::<1>(vm, "math.trunc")?;
    if x.class().is(&vm.types.float) {
        let v = x.downcast_ref::<PyFloat>().map_or(0.0, |f| f.value);
        let i = float_to_int(vm, v)?;
        return Ok(vm.new_int_value(i));
    }
    let n = vm.names.__trunc__.clone();
    if let Some(r) = vm.call_special(x, &n, &[]) {
        return r;
    }
    if let Some(i) = x.downcast_ref::<PyInt>() {
        return Ok(vm.new_int_value(i.value.clone()));
    }
    if let Some(f) = x.downcast_ref::<PyFloat>() {
        let i = float_to_int(vm, f.value)?;
        return Ok(vm.new_int_value(i));
    }
    Err(vm.new_type_error(format!("type {} doesn't define __trunc__ method", x.ty().name())))
}

// ----- integer functions -----

/// An integer argument (`__index__`) as a `BigInt`.
fn arg_bigint(vm: &mut Vm, o: &PyObjectRef) -> PyResult<BigInt> {
    Ok(vm.to_index_value(o)?.to_big())
}

// ----- long work under the limits (issue 16) -----
//
// `factorial`, `comb`, `perm`, `isqrt`, `gcd` and `lcm` of huge arguments
// are long native work started by one call. Their large multiplications and
// divisions go through the stepped ones of `int_long.rs`, which charge fuel
// and look at the interrupt and the deadline before each piece; the loops of
// small steps (the leaves of a product, the passes of Lehmer's gcd) charge
// their work every [`CHECK_WORK`] word operations ([`Work`]); and a result
// that cannot fit the memory cap is refused before the work starts.

/// Operands past this many bits are multiplied by `int_long::mul`.
const LONG_BITS: u64 = 1 << 14;

/// Word operations between two looks at the limits in a loop of small steps.
const CHECK_WORK: u64 = 1 << 20;

/// Counts the word operations of a loop of small big-int steps and charges
/// them (`Vm::charge_work`) every [`CHECK_WORK`] of them.
#[derive(Default)]
struct Work(u64);

impl Work {
    #[inline]
    fn add(&mut self, vm: &Vm, words: u64) -> PyResult<()> {
        self.0 += words;
        if self.0 >= CHECK_WORK {
            // The fuel's scale: 16 word operations a unit (`int_long::mul_cost`).
            vm.charge_work(self.0 / 16, std::time::Duration::ZERO)?;
            self.0 = 0;
        }
        Ok(())
    }
}

/// `a * b`: stepped when both are long.
fn mul_big(vm: &Vm, work: &mut Work, a: &BigUint, b: &BigUint) -> PyResult<BigUint> {
    let (ab, bb) = (a.bits(), b.bits());
    if ab.min(bb) > LONG_BITS {
        vm.check_alloc(u128::from((ab + bb) / 8))?;
        let r = int_long::mul(vm, &BigInt::from(a.clone()), &BigInt::from(b.clone()))?;
        return Ok(r.into_parts().1);
    }
    work.add(vm, (ab / 64 + 1) * (bb / 64 + 1))?;
    Ok(a * b)
}

/// `(a // b, a % b)` (`b != 0`): stepped when long (as `int.rs` decides).
fn divrem_big(vm: &Vm, a: &BigUint, b: &BigUint) -> PyResult<(BigUint, BigUint)> {
    let (ab, bb) = (a.bits(), b.bits());
    if bb > 64 && ab.saturating_sub(bb).saturating_mul(bb) > int_long::LONG_DIV_WORK {
        let (q, r) = int_long::divmod(vm, &BigInt::from(a.clone()), &BigInt::from(b.clone()))?;
        return Ok((q.into_parts().1, r.into_parts().1));
    }
    Ok(num_integer::Integer::div_rem(a, b))
}

/// Refuse a result of about `bits` bits that the memory cap (or the
/// machine) cannot hold, before the work.
fn check_result_bits(vm: &Vm, bits: f64) -> PyResult<()> {
    vm.check_alloc(if bits.is_finite() {
        (bits / 8.0) as u128
    } else {
        u128::MAX
    })
}

/// The product `lo * (lo+1) * ... * (lo+count-1)`, by binary splitting so that the
/// multiplications are balanced.
fn range_product(vm: &Vm, work: &mut Work, lo: &BigUint, count: u64) -> PyResult<BigUint> {
    Ok(match count {
        0 => BigUint::one(),
        1 => lo.clone(),
        2 => {
            work.add(vm, lo.bits() / 64 + 1)?;
            lo * (lo + 1u32)
        }
        _ => {
            let half = count / 2;
            let a = range_product(vm, work, lo, half)?;
            let b = range_product(vm, work, &(lo + half), count - half)?;
            mul_big(vm, work, &a, &b)?
        }
    })
}

/// The bits of `lo * ... * (lo+count-1)`, about (an upper bound).
fn range_product_bits(lo: &BigUint, count: u64) -> f64 {
    // Each factor is below 2 * max(lo, count).
    count as f64 * ((lo.bits() as f64).max((count as f64).log2()) + 1.0)
}

fn factorial(vm: &Vm, n: u64) -> PyResult<BigUint> {
    if n < 2 {
        return Ok(BigUint::one());
    }
    // log2(n!) < n * log2(n).
    if n > 1 << 16 {
        check_result_bits(vm, n as f64 * (n as f64).log2())?;
    }
    range_product(vm, &mut Work::default(), &BigUint::from(2u32), n - 1)
}

/// `math.factorial(n)`.
fn math_factorial(vm: &mut Vm, args: Args) -> PyResult {
    let [x] = args.exact::<1>(vm, "math.factorial")?;
    let n = match vm.to_index_value(x)? {
        IntValue::Small(n) => n,
        IntValue::Big(b) if b.is_negative() => -1,
        IntValue::Big(_) => {
            return Err(vm.new_overflow_error(format!("factorial() argument should not exceed {}", i64::MAX)))
        }
    };
    if n < 0 {
        return Err(vm.new_value_error("factorial() not defined for negative values"));
    }
    let f = factorial(vm, n as u64)?;
    Ok(vm.new_bigint(BigInt::from(f)))
}

/// `math.gcd(*integers)`. Ints that fit a machine word stay in words (the
/// common case: `Fraction` normalising small terms); big ones use Lehmer's
/// algorithm ([`big_gcd`]).
fn math_gcd(vm: &mut Vm, args: Args) -> PyResult {
    args.no_kwargs(vm, "gcd")?;
    let mut g = IntValue::Small(0);
    for a in args.pos() {
        let v = vm.to_index_value(a)?;
        if matches!(g, IntValue::Small(1)) {
            continue;
        }
        g = match (&g, &v) {
            (IntValue::Small(x), IntValue::Small(y)) => word_gcd(x.unsigned_abs(), y.unsigned_abs()),
            _ => IntValue::from_big(BigInt::from(big_gcd(
                vm,
                g.to_big().into_parts().1,
                v.to_big().into_parts().1,
            )?)),
        };
    }
    Ok(vm.new_int_value(g))
}

/// Binary gcd of two words; the result is an `IntValue` because
/// `gcd(-2**63, 0)` is 2**63, one past `i64::MAX`.
fn word_gcd(mut a: u64, mut b: u64) -> IntValue {
    if a == 0 || b == 0 {
        return IntValue::from_big(BigInt::from(a | b));
    }
    let shift = (a | b).trailing_zeros();
    a >>= a.trailing_zeros();
    loop {
        b >>= b.trailing_zeros();
        if a > b {
            std::mem::swap(&mut a, &mut b);
        }
        b -= a;
        if b == 0 {
            break;
        }
    }
    IntValue::from_big(BigInt::from(a << shift))
}

/// The gcd of two big numbers by Lehmer's algorithm: the leading 64 bits of
/// both numbers run Euclid's steps in machine words for as long as their
/// quotients are certain to be the true ones, and the accumulated 2×2 cofactor
/// matrix is then applied to the big numbers at once, so each pass over the
/// digits removes about 32 bits instead of the one bit of the binary
/// algorithm (`num_integer`'s gcd), which made exact `Fraction` sums with
/// thousand-digit denominators five times slower than CPython.
fn big_gcd(vm: &Vm, mut a: BigUint, mut b: BigUint) -> PyResult<BigUint> {
    if a < b {
        std::mem::swap(&mut a, &mut b);
    }
    let mut work = Work::default();
    while b.bits() > 64 {
        // A pass reads both numbers a few times.
        work.add(vm, a.bits() / 16)?;
        let shift = a.bits() - 64;
        let mut x = (&a >> shift).to_u64().unwrap_or(u64::MAX) as i128;
        let mut y = (&b >> shift).to_u64().unwrap_or(0) as i128;
        // Cofactors: a' = p*a + q*b, b' = r*a + s*b.
        let (mut p, mut q, mut r, mut s) = (1i128, 0i128, 0i128, 1i128);
        while y + r != 0 && y + s != 0 {
            let q1 = (x + p) / (y + r);
            let q2 = (x + q) / (y + s);
            if q1 != q2 {
                break;
            }
            (p, r) = (r, p - q1 * r);
            (q, s) = (s, q - q1 * s);
            (x, y) = (y, x - q1 * y);
        }
        if q == 0 {
            // No certain step: one full division.
            let (_, rem) = divrem_big(vm, &a, &b)?;
            a = std::mem::replace(&mut b, rem);
        } else {
            let (ab, bb) = (BigInt::from(a), BigInt::from(b));
            let na = &ab * p + &bb * q;
            let nb = &ab * r + &bb * s;
            a = na.into_parts().1;
            b = nb.into_parts().1;
        }
    }
    // b fits a word now: one division brings a down too.
    let Some(bw) = b.to_u64() else { return Ok(a) };
    if bw == 0 {
        return Ok(a);
    }
    let aw = (&a % bw).to_u64().unwrap_or(0);
    Ok(match word_gcd(aw, bw) {
        IntValue::Small(g) => BigUint::from(g as u64),
        IntValue::Big(g) => g.into_parts().1,
    })
}

/// `math.lcm(*integers)`.
fn math_lcm(vm: &mut Vm, args: Args) -> PyResult {
    args.no_kwargs(vm, "lcm")?;
    let mut l = BigInt::one();
    for a in args.pos() {
        let v = arg_bigint(vm, a)?;
        if !l.is_zero() {
            l = if v.is_zero() {
                BigInt::zero()
            } else {
                let g = big_gcd(vm, l.magnitude().clone(), v.magnitude().clone())?;
                let (q, _) = divrem_big(vm, l.magnitude(), &g)?;
                BigInt::from(mul_big(vm, &mut Work::default(), &q, v.magnitude())?)
            };
        }
    }
    Ok(vm.new_bigint(l))
}

/// `math.isqrt(n)`.
fn math_isqrt(vm: &mut Vm, args: Args) -> PyResult {
    let [x] = args.exact::<1>(vm, "math.isqrt")?;
    let n = arg_bigint(vm, x)?;
    if n.is_negative() {
        return Err(vm.new_value_error("isqrt() argument must be nonnegative"));
    }
    let r = isqrt_big(vm, n.magnitude())?;
    Ok(vm.new_bigint(BigInt::from(r)))
}

/// The integer square root of `n`. Past [`LONG_BITS`] bits: the root of
/// the top half of `n`'s bits, shifted, is an upper bound within a factor
/// 1 + 2^-(bits/4) or so, and Newton's steps from an upper bound (each a
/// stepped division) come down to the root in one or two steps.
fn isqrt_big(vm: &Vm, n: &BigUint) -> PyResult<BigUint> {
    let bits = n.bits();
    if bits <= 4 * LONG_BITS {
        return Ok(n.sqrt());
    }
    // n >> 2k keeps the top half of the bits.
    let k = bits / 4;
    let s = isqrt_big(vm, &(n >> (2 * k)))?;
    // n < ((n >> 2k) + 1) << 2k <= (s + 1)^2 << 2k, so sqrt(n) < (s + 1) << k.
    let mut x: BigUint = (s + 1u32) << k;
    loop {
        let (q, _) = divrem_big(vm, n, &x)?;
        let y: BigUint = (&x + q) >> 1usize;
        if y >= x {
            return Ok(x);
        }
        x = y;
    }
}

/// The non-negative integer arguments of `comb`/`perm`.
fn comb_args(vm: &mut Vm, n: &PyObjectRef, k: &PyObjectRef) -> PyResult<(BigUint, BigUint)> {
    let n = arg_bigint(vm, n)?;
    let k = arg_bigint(vm, k)?;
    if n.is_negative() {
        return Err(vm.new_value_error("n must be a non-negative integer"));
    }
    if k.is_negative() {
        return Err(vm.new_value_error("k must be a non-negative integer"));
    }
    Ok((n.magnitude().clone(), k.magnitude().clone()))
}

fn small_count(vm: &mut Vm, k: &BigUint, what: &str) -> PyResult<u64> {
    match k.to_u64().filter(|v| i64::try_from(*v).is_ok()) {
        Some(v) => Ok(v),
        None => Err(vm.new_overflow_error(format!("{what} must not exceed {}", i64::MAX))),
    }
}

/// `math.comb(n, k)`.
fn math_comb(vm: &mut Vm, args: Args) -> PyResult {
    let [n, k] = args.exact::<2>(vm, "comb")?;
    let (n, k) = comb_args(vm, n, k)?;
    if k > n {
        return Ok(vm.new_int(0));
    }
    let k = std::cmp::min(k.clone(), &n - &k);
    let k = small_count(vm, &k, "min(n - k, k)")?;
    let lo = &n - k + 1u32;
    if k > 1 << 12 {
        check_result_bits(vm, range_product_bits(&lo, k))?;
    }
    let p = range_product(vm, &mut Work::default(), &lo, k)?;
    let (r, _) = divrem_big(vm, &p, &factorial(vm, k)?)?;
    Ok(vm.new_bigint(BigInt::from(r)))
}

/// `math.perm(n, k=None)`.
fn math_perm(vm: &mut Vm, args: Args) -> PyResult {
    let pos = args.range(vm, "perm", 1, 2)?;
    let k = pos.get(1).filter(|k| !vm.is_none(k)).cloned();
    let Some(k) = k else {
        return math_factorial(vm, Args::positional(&pos[..1]));
    };
    let (n, k) = comb_args(vm, &pos[0], &k)?;
    if k > n {
        return Ok(vm.new_int(0));
    }
    let k = small_count(vm, &k, "k")?;
    let lo = &n - k + 1u32;
    if k > 1 << 12 {
        check_result_bits(vm, range_product_bits(&lo, k))?;
    }
    let p = range_product(vm, &mut Work::default(), &lo, k)?;
    Ok(vm.new_bigint(BigInt::from(p)))
}

// ----- sums, products, norms -----

/// `math.fsum(iterable)`: Shewchuk's exactly rounded sum (CPython's `math_fsum`).
fn math_fsum(vm: &mut Vm, args: Args) -> PyResult {
    let [seq] = args.exact::<1>(vm, "math.fsum")?;
    let it = vm.get_iter(seq)?;
    let mut p: Vec<f64> = Vec::new();
    let (mut special_sum, mut inf_sum) = (0.0f64, 0.0f64);
    while let Some(item) = vm.iter_next(&it)? {
        let mut x = arg_f64(vm, &item)?;
        let xsave = x;
        let mut i = 0;
        for j in 0..p.len() {
            let mut y = p[j];
            if x.abs() < y.abs() {
                std::mem::swap(&mut x, &mut y);
            }
            let hi = x + y;
            let lo = y - (hi - x);
            if lo != 0.0 {
                p[i] = lo;
                i += 1;
            }
            x = hi;
        }
        p.truncate(i);
        if x != 0.0 {
            if !x.is_finite() {
                if xsave.is_finite() {
                    return Err(vm.new_overflow_error("intermediate overflow in fsum"));
                }
                if xsave.is_infinite() {
                    inf_sum += xsave;
                }
                special_sum += xsave;
                p.clear();
            } else {
                p.push(x);
            }
        }
    }
    if special_sum != 0.0 {
        if inf_sum.is_nan() {
            return Err(vm.new_value_error("-inf + inf in fsum"));
        }
        return Ok(vm.new_float(special_sum));
    }
    Ok(vm.new_float(sum_partials(&p)))
}

/// Add the non-overlapping partials exactly, rounding once (half to even).
fn sum_partials(p: &[f64]) -> f64 {
    let mut n = p.len();
    if n == 0 {
        return 0.0;
    }
    n -= 1;
    let mut hi = p[n];
    let mut lo = 0.0;
    while n > 0 {
        let x = hi;
        n -= 1;
        let y = p[n];
        hi = x + y;
        let yr = hi - x;
        lo = y - yr;
        if lo != 0.0 {
            break;
        }
    }
    if n > 0 && ((lo < 0.0 && p[n - 1] < 0.0) || (lo > 0.0 && p[n - 1] > 0.0)) {
        let y = lo * 2.0;
        let x = hi + y;
        let yr = x - hi;
        if y == yr {
            hi = x;
        }
    }
    hi
}

/// The running product of `prod`: native while the items are exact ints/floats.
enum Product {
    Int(i64),
    Float(f64),
    Obj(PyObjectRef),
}

fn exact_small_int(vm: &Vm, o: &PyObjectRef) -> Option<i64> {
    if !o.class().is(&vm.types.int) {
        return None;
    }
    o.downcast_ref::<PyInt>()?.value.as_i64()
}

/// `math.prod(iterable, *, start=1)`.
fn math_prod(vm: &mut Vm, args: Args) -> PyResult {
    let pos = args.pos();
    if pos.len() != 1 {
        return Err(vm.new_type_error(format!(
            "prod() takes exactly 1 positional argument ({} given)",
            pos.len()
        )));
    }
    let mut start = None;
    for (k, v) in args.kwargs() {
        if k != "start" {
            return Err(vm.new_type_error(format!("'{k}' is an invalid keyword argument for prod()")));
        }
        start = Some(v.clone());
    }
    let it = vm.get_iter(&pos[0])?;
    let start = start.unwrap_or_else(|| vm.new_int(1));
    let mut acc = if let Some(i) = exact_small_int(vm, &start) {
        Product::Int(i)
    } else if start.class().is(&vm.types.float) {
        Product::Float(start.downcast_ref::<PyFloat>().map_or(1.0, |f| f.value))
    } else {
        Product::Obj(start)
    };
    // A native loop over an iterator that may never end, whose product
    // grows: the limits every LONG_LOOP items (`limits::Pace`), and, once
    // the product is long (each step then linear in it), its work charged
    // every item (`prod_step`).
    let mut pace = kaa_vm::limits::Pace::default();
    while let Some(item) = vm.iter_next(&it)? {
        acc = prod_step(vm, acc, &item)?;
        pace.step(vm)?;
        if let Product::Obj(o) = &acc {
            if let Some(i) = o.downcast_ref::<PyInt>() {
                let bits = i.value.bits();
                if bits > 1 << 16 {
                    vm.charge_work(bits / 1024, std::time::Duration::ZERO)?;
                }
            }
        }
    }
    Ok(match acc {
        Product::Int(i) => vm.new_int(i),
        Product::Float(f) => vm.new_float(f),
        Product::Obj(o) => o,
    })
}

fn prod_step(vm: &mut Vm, acc: Product, item: &PyObjectRef) -> PyResult<Product> {
    let current = match acc {
        Product::Int(a) => {
            if let Some(p) = exact_small_int(vm, item).and_then(|b| a.checked_mul(b)) {
                return Ok(Product::Int(p));
            }
            vm.new_int(a)
        }
        Product::Float(a) => {
            if item.class().is(&vm.types.float) {
                return Ok(Product::Float(
                    a * item.downcast_ref::<PyFloat>().map_or(1.0, |f| f.value),
                ));
            }
            if let Some(b) = exact_small_int(vm, item) {
                return Ok(Product::Float(a * b as f64));
            }
            vm.new_float(a)
        }
        Product::Obj(o) => o,
    };
    let r = vm.binary_op(&current, item, kaa_compiler::bytecode::BinaryOp::Multiply, false)?;
    Ok(if r.class().is(&vm.types.float) {
        Product::Float(r.downcast_ref::<PyFloat>().map_or(1.0, |f| f.value))
    } else {
        Product::Obj(r)
    })
}

/// `sqrt(sum(x*x for x in vec))` without overflow and almost always correctly
/// rounded (CPython's `vector_norm`). `max` is the largest `|x|`.
fn vector_norm(vec: &mut [f64], max: f64, found_nan: bool) -> f64 {
    const T27: f64 = 134_217_729.0;
    if max.is_infinite() {
        return max;
    }
    if found_nan {
        return f64::NAN;
    }
    if max == 0.0 || vec.len() <= 1 {
        return max;
    }
    let (_, max_e) = frexp(max);
    let (mut csum, mut frac1, mut frac2, mut frac3) = (1.0f64, 0.0f64, 0.0f64, 0.0f64);
    if max_e < -1023 {
        for x in vec.iter() {
            let x = x / max;
            let x = x * x;
            let old = csum;
            csum += x;
            frac1 += (old - csum) + x;
        }
        return max * (csum - 1.0 + frac1).sqrt();
    }
    let scale = ldexp(1.0, -max_e);
    let add = |csum: &mut f64, frac: &mut f64, x: f64| {
        let old = *csum;
        *csum += x;
        *frac += (old - *csum) + x;
    };
    for &v in vec.iter() {
        let x = v * scale;
        let t = x * T27;
        let hi = t - (t - x);
        let lo = x - hi;
        add(&mut csum, &mut frac1, hi * hi);
        add(&mut csum, &mut frac2, 2.0 * hi * lo);
        frac3 += lo * lo;
    }
    let h = (csum - 1.0 + (frac1 + frac2 + frac3)).sqrt();
    let t = h * T27;
    let hi = t - (t - h);
    let lo = h - hi;
    add(&mut csum, &mut frac1, -hi * hi);
    add(&mut csum, &mut frac2, -2.0 * hi * lo);
    add(&mut csum, &mut frac3, -lo * lo);
    let x = csum - 1.0 + (frac1 + frac2 + frac3);
    (h + x / (2.0 * h)) / scale
}

/// `math.hypot(*coordinates)`.
fn math_hypot(vm: &mut Vm, args: Args) -> PyResult {
    args.no_kwargs(vm, "hypot")?;
    let mut v = Vec::with_capacity(args.pos().len());
    let (mut max, mut found_nan) = (0.0f64, false);
    for a in args.pos() {
        let x = arg_f64(vm, a)?.abs();
        found_nan |= x.is_nan();
        if x > max {
            max = x;
        }
        v.push(x);
    }
    Ok(vm.new_float(vector_norm(&mut v, max, found_nan)))
}

/// `math.dist(p, q)`.
fn math_dist(vm: &mut Vm, args: Args) -> PyResult {
    let [p, q] = args.exact::<2>(vm, "dist")?;
    let (p, q) = (vm.collect(p)?, vm.collect(q)?);
    if p.len() != q.len() {
        return Err(vm.new_value_error("both points must have the same number of dimensions"));
    }
    let mut v = Vec::with_capacity(p.len());
    let (mut max, mut found_nan) = (0.0f64, false);
    for (a, b) in p.iter().zip(q.iter()) {
        let x = (arg_f64(vm, a)? - arg_f64(vm, b)?).abs();
        found_nan |= x.is_nan();
        if x > max {
            max = x;
        }
        v.push(x);
    }
    Ok(vm.new_float(vector_norm(&mut v, max, found_nan)))
}

// ----- the module -----

const FUNCTIONS: &[(&str, NativeFn)] = &[
    ("sqrt", math_sqrt),
    ("exp", math_exp),
    ("exp2", math_exp2),
    ("expm1", math_expm1),
    ("log", math_log),
    ("log2", math_log2),
    ("log10", math_log10),
    ("log1p", math_log1p),
    ("pow", math_pow),
    ("sin", math_sin),
    ("cos", math_cos),
    ("tan", math_tan),
    ("asin", math_asin),
    ("acos", math_acos),
    ("atan", math_atan),
    ("atan2", math_atan2),
    ("sinh", math_sinh),
    ("cosh", math_cosh),
    ("tanh", math_tanh),
    ("asinh", math_asinh),
    ("acosh", math_acosh),
    ("atanh", math_atanh),
    ("cbrt", math_cbrt),
    ("erf", math_erf),
    ("erfc", math_erfc),
    ("gamma", math_gamma),
    ("lgamma", math_lgamma),
    ("floor", math_floor),
    ("ceil", math_ceil),
    ("trunc", math_trunc),
    ("fabs", math_fabs),
    ("copysign", math_copysign),
    ("fmod", math_fmod),
    ("remainder", math_remainder),
    ("modf", math_modf),
    ("frexp", math_frexp),
    ("ldexp", math_ldexp),
    ("degrees", math_degrees),
    ("radians", math_radians),
    ("isfinite", math_isfinite),
    ("isinf", math_isinf),
    ("isnan", math_isnan),
    ("isclose", math_isclose),
    ("nextafter", math_nextafter),
    ("ulp", math_ulp),
    ("factorial", math_factorial),
    ("gcd", math_gcd),
    ("lcm", math_lcm),
    ("isqrt", math_isqrt),
    ("comb", math_comb),
    ("perm", math_perm),
    ("fsum", math_fsum),
    ("prod", math_prod),
    ("hypot", math_hypot),
    ("dist", math_dist),
];

/// Create the `math` module.
pub fn init(vm: &mut Vm) -> PyResult<PyObjectRef> {
    let (m, d) = vm.new_module_with_dict("math", None)?;
    for &(name, f) in FUNCTIONS {
        let func = vm.new_builtin_function(name, f);
        vm.dict_set_str(&d, name, func)?;
    }
    let consts = [
        ("pi", std::f64::consts::PI),
        ("e", std::f64::consts::E),
        ("tau", std::f64::consts::TAU),
        ("inf", f64::INFINITY),
        ("nan", f64::NAN),
    ];
    for (name, v) in consts {
        let v = vm.new_float(v);
        vm.dict_set_str(&d, name, v)?;
    }
    Ok(m)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn frexp_and_ldexp_round_trip() {
        for &x in &[1.0, -3.5, 1e-310, 5e-324, 1.7976931348623157e308, 0.1] {
            let (m, e) = frexp(x);
            assert!((0.5..1.0).contains(&m.abs()), "{x}");
            assert_eq!(ldexp(m, e), x);
        }
        assert_eq!(ldexp(1.5, -1074), 5e-324 * 2.0);
        assert_eq!(ldexp(1.0, 1024), f64::INFINITY);
    }

    #[test]
    fn fsum_partials_round_half_even() {
        assert_eq!(sum_partials(&[1e-16, 1.0, 1e16]), 1.0000000000000002e16);
    }

    #[test]
    fn hypot_is_exact_on_pythagorean_triples() {
        assert_eq!(vector_norm(&mut [3.0, 4.0], 4.0, false), 5.0);
    }
}
