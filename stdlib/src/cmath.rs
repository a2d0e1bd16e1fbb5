//! `cmath`: CPython 3.11's functions of complex numbers, with its special
//! values, branch cuts and errors.
//!
//! # Notes
//!
//! Every function takes a complex number, or anything `complex()` would turn
//! into one without a string (`__complex__`, `__float__`, `__index__`).
//! Errors follow C's `errno` as CPython reads it: a result that is not defined
//! (`log(0)`, `atanh(1)`, an infinite imaginary part given to `exp`) raises
//! `ValueError("math domain error")`; a finite argument whose result
//! overflows raises `OverflowError("math range error")`.
//!
//! When a part of the argument is infinite or a NaN the result comes from a
//! table, one per function: C99's Annex G values (the ones `cmath`'s tests
//! check), indexed by the kind of the real part (row) and of the imaginary
//! part (column): `-inf`, negative, `-0.0`, `+0.0`, positive, `+inf`, NaN. A
//! cell marked `U` is never read: both parts are finite there, or the
//! function computes that case itself.
//!
//! For finite arguments the algorithms are W. Kahan's ("Branch Cuts for
//! Complex Elementary Functions"): square roots of `1 ± z` for the inverse
//! functions, so that signed zeros put each value on the correct side of a
//! branch cut, and rescaling where an intermediate would overflow or
//! underflow. They call the C library's `sqrt`, `log`, `log1p`, `exp`, `sin`,
//! `cos`, `tan`, `sinh`, `cosh`, `tanh`, `asinh`, `atan2` and `hypot` as
//! CPython does, so results agree to the last bit.

use std::f64::consts::{FRAC_PI_2, FRAC_PI_4, LN_10, LN_2, PI};

use kaa_vm::format::number_to_f64;
use kaa_vm::object::complex::{complex_arg, Complex, MathError};
use kaa_vm::object::PyObjectRef;
use kaa_vm::vm::NativeFn;
use kaa_vm::{Args, PyResult, Vm};

mod libm {
    // The C library's `asinh` (CPython's); Rust's own is computed differently.
    #[cfg_attr(unix, link(name = "m"))]
    extern "C" {
        pub fn asinh(x: f64) -> f64;
    }
}

fn c_asinh(x: f64) -> f64 {
    // SAFETY: a pure C function of one double, with no preconditions.
    unsafe { libm::asinh(x) }
}

/// A result, or the `errno` the computation left.
type CResult = Result<Complex, MathError>;

// ----- special values -----

type Table = [[(f64, f64); 7]; 7];

const INF: f64 = f64::INFINITY;
const N: f64 = f64::NAN;
const P: f64 = PI;
const P2: f64 = FRAC_PI_2;
const P4: f64 = FRAC_PI_4;
const P34: f64 = 0.75 * PI;
/// A cell that is never read.
const U: (f64, f64) = (N, N);

/// The row or column of `x` in a [`Table`].
fn kind(x: f64) -> usize {
    if x.is_nan() {
        6
    } else if x.is_infinite() {
        if x > 0.0 {
            5
        } else {
            0
        }
    } else if x == 0.0 {
        if x.is_sign_negative() {
            2
        } else {
            3
        }
    } else if x < 0.0 {
        1
    } else {
        4
    }
}

/// The table's value for `z`, when a part of `z` is not finite.
fn special(z: Complex, table: &Table) -> Option<Complex> {
    if z.re.is_finite() && z.im.is_finite() {
        return None;
    }
    let (re, im) = table[kind(z.re)][kind(z.im)];
    Some(Complex::new(re, im))
}

static ACOS: Table = [
    [
        (P34, INF),
        (P, INF),
        (P, INF),
        (P, -INF),
        (P, -INF),
        (P34, -INF),
        (N, INF),
    ],
    [(P2, INF), U, U, U, U, (P2, -INF), (N, N)],
    [(P2, INF), U, U, U, U, (P2, -INF), (P2, N)],
    [(P2, INF), U, U, U, U, (P2, -INF), (P2, N)],
    [(P2, INF), U, U, U, U, (P2, -INF), (N, N)],
    [
        (P4, INF),
        (0.0, INF),
        (0.0, INF),
        (0.0, -INF),
        (0.0, -INF),
        (P4, -INF),
        (N, INF),
    ],
    [(N, INF), (N, N), (N, N), (N, N), (N, N), (N, -INF), (N, N)],
];
static ACOSH: Table = [
    [
        (INF, -P34),
        (INF, -P),
        (INF, -P),
        (INF, P),
        (INF, P),
        (INF, P34),
        (INF, N),
    ],
    [(INF, -P2), U, U, U, U, (INF, P2), (N, N)],
    [(INF, -P2), U, U, U, U, (INF, P2), (N, N)],
    [(INF, -P2), U, U, U, U, (INF, P2), (N, N)],
    [(INF, -P2), U, U, U, U, (INF, P2), (N, N)],
    [
        (INF, -P4),
        (INF, -0.0),
        (INF, -0.0),
        (INF, 0.0),
        (INF, 0.0),
        (INF, P4),
        (INF, N),
    ],
    [(INF, N), (N, N), (N, N), (N, N), (N, N), (INF, N), (N, N)],
];
static ASINH: Table = [
    [
        (-INF, -P4),
        (-INF, -0.0),
        (-INF, -0.0),
        (-INF, 0.0),
        (-INF, 0.0),
        (-INF, P4),
        (-INF, N),
    ],
    [(-INF, -P2), U, U, U, U, (-INF, P2), (N, N)],
    [(-INF, -P2), U, U, U, U, (-INF, P2), (N, N)],
    [(INF, -P2), U, U, U, U, (INF, P2), (N, N)],
    [(INF, -P2), U, U, U, U, (INF, P2), (N, N)],
    [
        (INF, -P4),
        (INF, -0.0),
        (INF, -0.0),
        (INF, 0.0),
        (INF, 0.0),
        (INF, P4),
        (INF, N),
    ],
    [(INF, N), (N, N), (N, -0.0), (N, 0.0), (N, N), (INF, N), (N, N)],
];
static ATANH: Table = [
    [
        (-0.0, -P2),
        (-0.0, -P2),
        (-0.0, -P2),
        (-0.0, P2),
        (-0.0, P2),
        (-0.0, P2),
        (-0.0, N),
    ],
    [(-0.0, -P2), U, U, U, U, (-0.0, P2), (N, N)],
    [(-0.0, -P2), U, U, U, U, (-0.0, P2), (-0.0, N)],
    [(0.0, -P2), U, U, U, U, (0.0, P2), (0.0, N)],
    [(0.0, -P2), U, U, U, U, (0.0, P2), (N, N)],
    [
        (0.0, -P2),
        (0.0, -P2),
        (0.0, -P2),
        (0.0, P2),
        (0.0, P2),
        (0.0, P2),
        (0.0, N),
    ],
    [(0.0, -P2), (N, N), (N, N), (N, N), (N, N), (0.0, P2), (N, N)],
];
static COSH: Table = [
    [U, U, (INF, 0.0), (INF, -0.0), U, U, (INF, N)],
    [U, U, U, U, U, U, (N, N)],
    [U, U, U, U, U, U, (N, 0.0)],
    [U, U, U, U, U, U, (N, 0.0)],
    [U, U, U, U, U, U, (N, N)],
    [U, U, (INF, -0.0), (INF, 0.0), U, U, (INF, N)],
    [(N, N), (N, N), (N, 0.0), (N, 0.0), (N, N), (N, N), (N, N)],
];
static EXP: Table = [
    [(0.0, 0.0), U, (0.0, -0.0), (0.0, 0.0), U, (0.0, 0.0), (0.0, 0.0)],
    [U, U, U, U, U, U, (N, N)],
    [U, U, U, U, U, U, (N, N)],
    [U, U, U, U, U, U, (N, N)],
    [U, U, U, U, U, U, (N, N)],
    [U, U, (INF, -0.0), (INF, 0.0), U, U, (INF, N)],
    [(N, N), (N, N), (N, -0.0), (N, 0.0), (N, N), (N, N), (N, N)],
];
static LOG: Table = [
    [
        (INF, -P34),
        (INF, -P),
        (INF, -P),
        (INF, P),
        (INF, P),
        (INF, P34),
        (INF, N),
    ],
    [(INF, -P2), U, U, U, U, (INF, P2), (N, N)],
    [(INF, -P2), U, U, U, U, (INF, P2), (N, N)],
    [(INF, -P2), U, U, U, U, (INF, P2), (N, N)],
    [(INF, -P2), U, U, U, U, (INF, P2), (N, N)],
    [
        (INF, -P4),
        (INF, -0.0),
        (INF, -0.0),
        (INF, 0.0),
        (INF, 0.0),
        (INF, P4),
        (INF, N),
    ],
    [(INF, N), (N, N), (N, N), (N, N), (N, N), (INF, N), (N, N)],
];
static SINH: Table = [
    [U, U, (-INF, -0.0), (-INF, 0.0), U, U, (INF, N)],
    [U, U, U, U, U, U, (N, N)],
    [U, U, U, U, U, U, (0.0, N)],
    [U, U, U, U, U, U, (0.0, N)],
    [U, U, U, U, U, U, (N, N)],
    [U, U, (INF, -0.0), (INF, 0.0), U, U, (INF, N)],
    [(N, N), (N, N), (N, -0.0), (N, 0.0), (N, N), (N, N), (N, N)],
];
static SQRT: Table = [
    [
        (INF, -INF),
        (0.0, -INF),
        (0.0, -INF),
        (0.0, INF),
        (0.0, INF),
        (INF, INF),
        (N, INF),
    ],
    [(INF, -INF), U, U, U, U, (INF, INF), (N, N)],
    [(INF, -INF), U, U, U, U, (INF, INF), (N, N)],
    [(INF, -INF), U, U, U, U, (INF, INF), (N, N)],
    [(INF, -INF), U, U, U, U, (INF, INF), (N, N)],
    [
        (INF, -INF),
        (INF, -0.0),
        (INF, -0.0),
        (INF, 0.0),
        (INF, 0.0),
        (INF, INF),
        (INF, N),
    ],
    [(INF, -INF), (N, N), (N, N), (N, N), (N, N), (INF, INF), (N, N)],
];
static TANH: Table = [
    [(-1.0, 0.0), U, (-1.0, -0.0), (-1.0, 0.0), U, (-1.0, 0.0), (-1.0, 0.0)],
    [U, U, U, U, U, U, (N, N)],
    [U, U, U, U, U, U, (N, N)],
    [U, U, U, U, U, U, (N, N)],
    [U, U, U, U, U, U, (N, N)],
    [(1.0, 0.0), U, (1.0, -0.0), (1.0, 0.0), U, (1.0, 0.0), (1.0, 0.0)],
    [(N, N), (N, N), (N, -0.0), (N, 0.0), (N, N), (N, N), (N, N)],
];
static RECT: Table = [
    [U, U, (-INF, 0.0), (-INF, -0.0), U, U, (INF, N)],
    [U, U, U, U, U, U, (N, N)],
    [(0.0, 0.0), U, U, U, U, (0.0, 0.0), (0.0, 0.0)],
    [(0.0, 0.0), U, U, U, U, (0.0, 0.0), (0.0, 0.0)],
    [U, U, U, U, U, U, (N, N)],
    [U, U, (INF, -0.0), (INF, 0.0), U, U, (INF, N)],
    [(N, N), (N, N), (N, 0.0), (N, 0.0), (N, N), (N, N), (N, N)],
];

// ----- the functions (pure) -----

/// `DBL_MAX / 4`: beyond this, `|z|` is computed from `z / 2`.
const LARGE: f64 = f64::MAX / 4.0;
/// `log(LARGE)`: beyond this, `exp(x)` is computed as `exp(x - 1) * e`.
fn log_large() -> f64 {
    LARGE.ln()
}
/// Scaling that brings subnormal parts into the normal range for `sqrt`.
const SCALE_UP: i32 = 53;
const SCALE_DOWN: i32 = -27;

/// `x * 2**e`, exactly (no intermediate overflow or double rounding).
fn ldexp(x: f64, e: i32) -> f64 {
    let mut x = x;
    let mut e = e;
    while e > 1000 {
        x *= f64::from_bits(((1023 + 1000) as u64) << 52);
        e -= 1000;
    }
    while e < -1000 {
        x *= f64::from_bits(((1023 - 1000) as u64) << 52);
        e += 1000;
    }
    x * f64::from_bits(((1023 + e) as u64) << 52)
}

/// `log(hypot(x, y))` for huge `x` or `y`, without overflow.
fn log_hypot_large(x: f64, y: f64) -> f64 {
    (x / 2.0).hypot(y / 2.0).ln() + LN_2 * 2.0
}

pub fn sqrt(z: Complex) -> CResult {
    if let Some(r) = special(z, &SQRT) {
        return Ok(r);
    }
    if z.re == 0.0 && z.im == 0.0 {
        return Ok(Complex::new(0.0, z.im));
    }
    let (ax, ay) = (z.re.abs(), z.im.abs());
    let s = if ax < f64::MIN_POSITIVE && ay < f64::MIN_POSITIVE {
        // hypot(ax, ay) would be subnormal: scale up first.
        let ax = ldexp(ax, SCALE_UP);
        ldexp((ax + ax.hypot(ldexp(ay, SCALE_UP))).sqrt(), SCALE_DOWN)
    } else {
        let ax = ax / 8.0;
        2.0 * (ax + ax.hypot(ay / 8.0)).sqrt()
    };
    let d = ay / (2.0 * s);
    Ok(if z.re >= 0.0 {
        Complex::new(s, d.copysign(z.im))
    } else {
        Complex::new(d, s.copysign(z.im))
    })
}

pub fn acos(z: Complex) -> CResult {
    if let Some(r) = special(z, &ACOS) {
        return Ok(r);
    }
    if z.re.abs() > LARGE || z.im.abs() > LARGE {
        let re = z.im.abs().atan2(z.re);
        let l = log_hypot_large(z.re, z.im);
        let im = if z.re < 0.0 {
            -l.copysign(z.im)
        } else {
            l.copysign(-z.im)
        };
        return Ok(Complex::new(re, im));
    }
    let s1 = sqrt(Complex::new(1.0 - z.re, -z.im))?;
    let s2 = sqrt(Complex::new(1.0 + z.re, z.im))?;
    Ok(Complex::new(
        2.0 * s1.re.atan2(s2.re),
        c_asinh(s2.re * s1.im - s2.im * s1.re),
    ))
}

pub fn acosh(z: Complex) -> CResult {
    if let Some(r) = special(z, &ACOSH) {
        return Ok(r);
    }
    if z.re.abs() > LARGE || z.im.abs() > LARGE {
        return Ok(Complex::new(log_hypot_large(z.re, z.im), z.im.atan2(z.re)));
    }
    let s1 = sqrt(Complex::new(z.re - 1.0, z.im))?;
    let s2 = sqrt(Complex::new(z.re + 1.0, z.im))?;
    Ok(Complex::new(
        c_asinh(s1.re * s2.re + s1.im * s2.im),
        2.0 * s1.im.atan2(s2.re),
    ))
}

pub fn asinh(z: Complex) -> CResult {
    if let Some(r) = special(z, &ASINH) {
        return Ok(r);
    }
    if z.re.abs() > LARGE || z.im.abs() > LARGE {
        let l = log_hypot_large(z.re, z.im);
        let re = if z.im >= 0.0 {
            l.copysign(z.re)
        } else {
            -l.copysign(-z.re)
        };
        return Ok(Complex::new(re, z.im.atan2(z.re.abs())));
    }
    let s1 = sqrt(Complex::new(1.0 + z.im, -z.re))?;
    let s2 = sqrt(Complex::new(1.0 - z.im, z.re))?;
    Ok(Complex::new(
        c_asinh(s1.re * s2.im - s2.re * s1.im),
        z.im.atan2(s1.re * s2.re - s1.im * s2.im),
    ))
}

/// `-i * f(i * z)`: how `asin`, `atan`, `sin` and `tan` come from the
/// hyperbolic functions.
fn rotated(z: Complex, f: fn(Complex) -> CResult) -> CResult {
    let s = f(Complex::new(-z.im, z.re))?;
    Ok(Complex::new(s.im, -s.re))
}

pub fn asin(z: Complex) -> CResult {
    rotated(z, asinh)
}

pub fn atanh(z: Complex) -> CResult {
    if let Some(r) = special(z, &ATANH) {
        return Ok(r);
    }
    if z.re < 0.0 {
        return atanh(-z).map(|r| -r);
    }
    let ay = z.im.abs();
    let sqrt_large = LARGE.sqrt();
    if z.re > sqrt_large || ay > sqrt_large {
        // atanh(z) is about 1/z, plus or minus i*pi/2.
        let h = (z.re / 2.0).hypot(z.im / 2.0);
        return Ok(Complex::new(z.re / 4.0 / h / h, -(PI / 2.0).copysign(-z.im)));
    }
    if z.re == 1.0 && ay < f64::MIN_POSITIVE.sqrt() {
        if ay == 0.0 {
            return Err(MathError::Domain);
        }
        return Ok(Complex::new(
            -(ay.sqrt() / ay.hypot(2.0).sqrt()).ln(),
            (2.0f64.atan2(-ay) / 2.0).copysign(z.im),
        ));
    }
    let one_minus = 1.0 - z.re;
    Ok(Complex::new(
        (4.0 * z.re / (one_minus * one_minus + ay * ay)).ln_1p() / 4.0,
        -(-2.0 * z.im).atan2(one_minus * (1.0 + z.re) - ay * ay) / 2.0,
    ))
}

pub fn atan(z: Complex) -> CResult {
    rotated(z, atanh)
}

/// `exp`, `cosh` and `sinh` of a complex with an infinite real part and a finite
/// nonzero imaginary part: infinities (or zeros) in the quadrant of `cis(im)`.
fn infinite_quadrant(mag: f64, re_sign: f64, im_sign: f64, im: f64) -> Complex {
    Complex::new(re_sign * mag.copysign(im.cos()), im_sign * mag.copysign(im.sin()))
}

/// `ERANGE` when a part of a result computed from finite parts overflowed.
fn range_checked(r: Complex) -> CResult {
    if r.re.is_infinite() || r.im.is_infinite() {
        Err(MathError::Range)
    } else {
        Ok(r)
    }
}

pub fn exp(z: Complex) -> CResult {
    if !z.re.is_finite() || !z.im.is_finite() {
        if z.im.is_infinite() && (z.re.is_finite() || z.re == INF) {
            return Err(MathError::Domain);
        }
        if z.re.is_infinite() && z.im.is_finite() && z.im != 0.0 {
            let mag = if z.re > 0.0 { INF } else { 0.0 };
            return Ok(infinite_quadrant(mag, 1.0, 1.0, z.im));
        }
        return Ok(special(z, &EXP).unwrap_or(Complex::new(N, N)));
    }
    let r = if z.re > log_large() {
        let l = (z.re - 1.0).exp();
        Complex::new(
            l * z.im.cos() * std::f64::consts::E,
            l * z.im.sin() * std::f64::consts::E,
        )
    } else {
        let l = z.re.exp();
        Complex::new(l * z.im.cos(), l * z.im.sin())
    };
    range_checked(r)
}

pub fn cosh(z: Complex) -> CResult {
    if !z.re.is_finite() || !z.im.is_finite() {
        if z.im.is_infinite() && !z.re.is_nan() {
            return Err(MathError::Domain);
        }
        if z.re.is_infinite() && z.im.is_finite() && z.im != 0.0 {
            let im_sign = if z.re > 0.0 { 1.0 } else { -1.0 };
            return Ok(infinite_quadrant(INF, 1.0, im_sign, z.im));
        }
        return Ok(special(z, &COSH).unwrap_or(Complex::new(N, N)));
    }
    let r = if z.re.abs() > log_large() {
        // cosh(x) overflows before cos(y) * cosh(x) does.
        let x = z.re - 1.0f64.copysign(z.re);
        let e = std::f64::consts::E;
        Complex::new(z.im.cos() * x.cosh() * e, z.im.sin() * x.sinh() * e)
    } else {
        Complex::new(z.im.cos() * z.re.cosh(), z.im.sin() * z.re.sinh())
    };
    range_checked(r)
}

pub fn sinh(z: Complex) -> CResult {
    if !z.re.is_finite() || !z.im.is_finite() {
        if z.im.is_infinite() && !z.re.is_nan() {
            return Err(MathError::Domain);
        }
        if z.re.is_infinite() && z.im.is_finite() && z.im != 0.0 {
            let re_sign = if z.re > 0.0 { 1.0 } else { -1.0 };
            return Ok(infinite_quadrant(INF, re_sign, 1.0, z.im));
        }
        return Ok(special(z, &SINH).unwrap_or(Complex::new(N, N)));
    }
    let r = if z.re.abs() > log_large() {
        let x = z.re - 1.0f64.copysign(z.re);
        let e = std::f64::consts::E;
        Complex::new(z.im.cos() * x.sinh() * e, z.im.sin() * x.cosh() * e)
    } else {
        Complex::new(z.im.cos() * z.re.sinh(), z.im.sin() * z.re.cosh())
    };
    range_checked(r)
}

pub fn tanh(z: Complex) -> CResult {
    if !z.re.is_finite() || !z.im.is_finite() {
        if z.im.is_infinite() && z.re.is_finite() {
            return Err(MathError::Domain);
        }
        if z.re.is_infinite() && z.im.is_finite() && z.im != 0.0 {
            let re = if z.re > 0.0 { 1.0 } else { -1.0 };
            return Ok(Complex::new(re, 0.0f64.copysign(2.0 * z.im.sin() * z.im.cos())));
        }
        return Ok(special(z, &TANH).unwrap_or(Complex::new(N, N)));
    }
    if z.re.abs() > log_large() {
        // 2 * re would overflow; tanh(re) is +-1 to the last bit here.
        return Ok(Complex::new(
            1.0f64.copysign(z.re),
            4.0 * z.im.sin() * z.im.cos() * (-2.0 * z.re.abs()).exp(),
        ));
    }
    let tx = z.re.tanh();
    let ty = z.im.tan();
    let cx = 1.0 / z.re.cosh();
    let txty = tx * ty;
    let denom = 1.0 + txty * txty;
    Ok(Complex::new(tx * (1.0 + ty * ty) / denom, ((ty / denom) * cx) * cx))
}

pub fn cos(z: Complex) -> CResult {
    cosh(Complex::new(-z.im, z.re))
}

pub fn sin(z: Complex) -> CResult {
    rotated(z, sinh)
}

pub fn tan(z: Complex) -> CResult {
    rotated(z, tanh)
}

/// The natural logarithm; `Err(Domain)` for zero.
pub fn log(z: Complex) -> CResult {
    if let Some(r) = special(z, &LOG) {
        return Ok(r);
    }
    let (ax, ay) = (z.re.abs(), z.im.abs());
    const MANT_DIG: i32 = f64::MANTISSA_DIGITS as i32;
    let re = if ax > LARGE || ay > LARGE {
        (ax / 2.0).hypot(ay / 2.0).ln() + LN_2
    } else if ax < f64::MIN_POSITIVE && ay < f64::MIN_POSITIVE {
        if ax == 0.0 && ay == 0.0 {
            return Err(MathError::Domain);
        }
        // hypot(ax, ay) would be subnormal: scale up first.
        ldexp(ax, MANT_DIG).hypot(ldexp(ay, MANT_DIG)).ln() - f64::from(MANT_DIG) * LN_2
    } else {
        let h = ax.hypot(ay);
        if (0.71..=1.73).contains(&h) {
            // Near |z| = 1, log1p keeps the digits log(h) would lose.
            let (am, an) = if ax > ay { (ax, ay) } else { (ay, ax) };
            ((am - 1.0) * (am + 1.0) + an * an).ln_1p() / 2.0
        } else {
            h.ln()
        }
    };
    Ok(Complex::new(re, z.im.atan2(z.re)))
}

/// `rect(r, phi)`: `r * (cos(phi) + i*sin(phi))`.
pub fn rect(r: f64, phi: f64) -> CResult {
    if !r.is_finite() || !phi.is_finite() {
        if phi.is_infinite() && r != 0.0 && !r.is_nan() {
            return Err(MathError::Domain);
        }
        if r.is_infinite() && phi.is_finite() && phi != 0.0 {
            let sign = if r > 0.0 { 1.0 } else { -1.0 };
            return Ok(infinite_quadrant(INF, sign, sign, phi));
        }
        return Ok(special(Complex::new(r, phi), &RECT).unwrap_or(Complex::new(N, N)));
    }
    if phi == 0.0 {
        return Ok(Complex::new(r, r * phi));
    }
    Ok(Complex::new(r * phi.cos(), r * phi.sin()))
}

/// `isclose(a, b, rel_tol, abs_tol)` with valid (non-negative) tolerances.
pub fn isclose(a: Complex, b: Complex, rel_tol: f64, abs_tol: f64) -> bool {
    if a.re == b.re && a.im == b.im {
        return true;
    }
    // Infinities are close only to themselves.
    if a.re.is_infinite() || a.im.is_infinite() || b.re.is_infinite() || b.im.is_infinite() {
        return false;
    }
    let abs = |z: Complex| z.abs().unwrap_or(INF);
    let diff = abs(a - b);
    diff <= rel_tol * abs(b) || diff <= rel_tol * abs(a) || diff <= abs_tol
}

// ----- the module's functions -----

#[cold]
fn math_error(vm: &Vm, e: MathError) -> PyObjectRef {
    match e {
        MathError::Domain => vm.new_value_error("math domain error"),
        MathError::Range => vm.new_overflow_error("math range error"),
    }
}

fn result(vm: &Vm, r: CResult) -> PyResult {
    match r {
        Ok(z) => Ok(vm.new_complex(z.re, z.im)),
        Err(e) => Err(math_error(vm, e)),
    }
}

/// The one argument of `cmath.NAME(z)`.
fn one_arg(vm: &mut Vm, args: &Args, name: &str) -> PyResult<Complex> {
    let [z] = args.exact::<1>(vm, &format!("cmath.{name}"))?;
    complex_arg(vm, z)
}

macro_rules! unary_functions {
    ($( $py:ident => $f:ident ),* $(,)?) => {
        $(
            fn $py(vm: &mut Vm, args: Args) -> PyResult {
                let z = one_arg(vm, &args, stringify!($f))?;
                result(vm, $f(z))
            }
        )*
    };
}

unary_functions! {
    cmath_sqrt => sqrt, cmath_exp => exp,
    cmath_acos => acos, cmath_asin => asin, cmath_atan => atan,
    cmath_cos => cos, cmath_sin => sin, cmath_tan => tan,
    cmath_acosh => acosh, cmath_asinh => asinh, cmath_atanh => atanh,
    cmath_cosh => cosh, cmath_sinh => sinh, cmath_tanh => tanh,
}

/// `log(z[, base])`. As in CPython, a domain error from `log(z)` is forgotten
/// once the base's logarithm is computed (`log(0, 2)` is `(-inf+nanj)`).
fn cmath_log(vm: &mut Vm, args: Args) -> PyResult {
    args.no_kwargs(vm, "cmath.log")?;
    let pos = args.range(vm, "log", 1, 2)?;
    let z = complex_arg(vm, &pos[0])?;
    let x = log(z);
    let Some(base) = pos.get(1) else {
        return result(vm, x);
    };
    let b = complex_arg(vm, base)?;
    let x = x.unwrap_or(Complex::new(-INF, z.im.atan2(z.re)));
    let y = log(b);
    let q = x.quot(y.unwrap_or(Complex::new(-INF, b.im.atan2(b.re))));
    match (q, y) {
        (Some(q), Ok(_)) => Ok(vm.new_complex(q.re, q.im)),
        _ => Err(math_error(vm, MathError::Domain)),
    }
}

fn cmath_log10(vm: &mut Vm, args: Args) -> PyResult {
    let z = one_arg(vm, &args, "log10")?;
    result(vm, log(z).map(|r| Complex::new(r.re / LN_10, r.im / LN_10)))
}

/// `phase(z)`. The C library's `atan2` reports an underflow to zero as a
/// range error, which CPython's `phase` passes on.
fn cmath_phase(vm: &mut Vm, args: Args) -> PyResult {
    let z = one_arg(vm, &args, "phase")?;
    let phi = z.im.atan2(z.re);
    if phi == 0.0 && z.im != 0.0 && z.im.is_finite() && z.re.is_finite() {
        return Err(math_error(vm, MathError::Range));
    }
    Ok(vm.new_float(phi))
}

fn cmath_polar(vm: &mut Vm, args: Args) -> PyResult {
    let z = one_arg(vm, &args, "polar")?;
    let phi = z.im.atan2(z.re);
    let r = z.abs().map_err(|e| math_error(vm, e))?;
    let (r, phi) = (vm.new_float(r), vm.new_float(phi));
    Ok(vm.new_tuple(vec![r, phi]))
}

fn cmath_rect(vm: &mut Vm, args: Args) -> PyResult {
    args.no_kwargs(vm, "cmath.rect")?;
    let [r, phi] = args.exact::<2>(vm, "rect")?;
    let r = number_to_f64(vm, r)?;
    let phi = number_to_f64(vm, phi)?;
    result(vm, rect(r, phi))
}

/// `isfinite`, `isinf`, `isnan` of `z`'s parts.
fn part_test(vm: &mut Vm, args: Args, name: &str, test: fn(Complex) -> bool) -> PyResult {
    let z = one_arg(vm, &args, name)?;
    Ok(vm.new_bool(test(z)))
}

fn cmath_isfinite(vm: &mut Vm, args: Args) -> PyResult {
    part_test(vm, args, "isfinite", |z| z.re.is_finite() && z.im.is_finite())
}

fn cmath_isinf(vm: &mut Vm, args: Args) -> PyResult {
    part_test(vm, args, "isinf", |z| z.re.is_infinite() || z.im.is_infinite())
}

fn cmath_isnan(vm: &mut Vm, args: Args) -> PyResult {
    part_test(vm, args, "isnan", |z| z.re.is_nan() || z.im.is_nan())
}

/// `isclose(a, b, *, rel_tol=1e-09, abs_tol=0.0)`.
fn cmath_isclose(vm: &mut Vm, args: Args) -> PyResult {
    const NAMES: [&str; 4] = ["a", "b", "rel_tol", "abs_tol"];
    let pos = args.pos();
    if pos.len() > 2 {
        return Err(vm.new_type_error(format!(
            "isclose() takes exactly 2 positional arguments ({} given)",
            pos.len()
        )));
    }
    // As CPython's argument parser: parameters first (a missing one is
    // reported before a keyword that names nothing), then the keywords.
    let mut slots: [Option<PyObjectRef>; 4] = [pos.first().cloned(), pos.get(1).cloned(), None, None];
    for (i, slot) in slots.iter_mut().enumerate().skip(pos.len()) {
        *slot = args.kwarg(NAMES[i]).cloned();
        if slot.is_none() && i < 2 {
            return Err(vm.new_type_error(format!(
                "isclose() missing required argument '{}' (pos {})",
                NAMES[i],
                i + 1
            )));
        }
    }
    for (k, _) in args.kwargs() {
        match NAMES.iter().position(|n| *n == k) {
            Some(i) if i < pos.len() => {
                return Err(vm.new_type_error(format!(
                    "argument for isclose() given by name ('{k}') and position ({})",
                    i + 1
                )));
            }
            Some(_) => {}
            None => return Err(vm.new_type_error(format!("'{k}' is an invalid keyword argument for isclose()"))),
        }
    }
    let [Some(a), Some(b), rel_tol, abs_tol] = slots else {
        return Err(vm.new_type_error("isclose() missing required argument"));
    };
    let a = complex_arg(vm, &a)?;
    let b = complex_arg(vm, &b)?;
    let rel_tol = match rel_tol {
        Some(t) => number_to_f64(vm, &t)?,
        None => 1e-9,
    };
    let abs_tol = match abs_tol {
        Some(t) => number_to_f64(vm, &t)?,
        None => 0.0,
    };
    if rel_tol < 0.0 || abs_tol < 0.0 {
        return Err(vm.new_value_error("tolerances must be non-negative"));
    }
    Ok(vm.new_bool(isclose(a, b, rel_tol, abs_tol)))
}

const FUNCTIONS: &[(&str, NativeFn)] = &[
    ("acos", cmath_acos),
    ("acosh", cmath_acosh),
    ("asin", cmath_asin),
    ("asinh", cmath_asinh),
    ("atan", cmath_atan),
    ("atanh", cmath_atanh),
    ("cos", cmath_cos),
    ("cosh", cmath_cosh),
    ("exp", cmath_exp),
    ("isclose", cmath_isclose),
    ("isfinite", cmath_isfinite),
    ("isinf", cmath_isinf),
    ("isnan", cmath_isnan),
    ("log", cmath_log),
    ("log10", cmath_log10),
    ("phase", cmath_phase),
    ("polar", cmath_polar),
    ("rect", cmath_rect),
    ("sin", cmath_sin),
    ("sinh", cmath_sinh),
    ("sqrt", cmath_sqrt),
    ("tan", cmath_tan),
    ("tanh", cmath_tanh),
];

pub fn init(vm: &mut Vm) -> PyResult<PyObjectRef> {
    let (m, d) = vm.new_module_with_dict("cmath", None)?;
    let doc = vm.new_str("This module provides access to mathematical functions for complex\nnumbers.");
    vm.dict_set_str(&d, "__doc__", doc)?;
    for &(name, f) in FUNCTIONS {
        let func = vm.new_builtin_function(name, f);
        vm.dict_set_str(&d, name, func)?;
    }
    let floats = [
        ("pi", PI),
        ("e", std::f64::consts::E),
        ("tau", std::f64::consts::TAU),
        ("inf", INF),
        ("nan", N),
    ];
    for (name, v) in floats {
        let v = vm.new_float(v);
        vm.dict_set_str(&d, name, v)?;
    }
    for (name, v) in [("infj", INF), ("nanj", N)] {
        let v = vm.new_complex(0.0, v);
        vm.dict_set_str(&d, name, v)?;
    }
    Ok(m)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn c(re: f64, im: f64) -> Complex {
        Complex::new(re, im)
    }

    #[test]
    fn branch_cuts_keep_signed_zeros() {
        assert_eq!(sqrt(c(-4.0, 0.0)), Ok(c(0.0, 2.0)));
        assert_eq!(sqrt(c(-4.0, -0.0)), Ok(c(0.0, -2.0)));
        let r = log(c(-1.0, -0.0)).unwrap();
        assert_eq!((r.re, r.im), (0.0, -PI));
        assert_eq!(atanh(c(1.0, 0.0)), Err(MathError::Domain));
    }

    #[test]
    fn errors() {
        assert_eq!(log(c(0.0, 0.0)), Err(MathError::Domain));
        assert_eq!(exp(c(1000.0, 0.0)), Err(MathError::Range));
        assert_eq!(exp(c(1.0, INF)), Err(MathError::Domain));
        assert_eq!(rect(1.0, INF), Err(MathError::Domain));
        assert_eq!(rect(0.0, INF), Ok(c(0.0, 0.0)));
    }

    #[test]
    fn ldexp_scales_exactly() {
        assert_eq!(ldexp(1.0, 53), 9007199254740992.0);
        assert_eq!(ldexp(5e-324, 1074), 1.0);
        assert_eq!(ldexp(1.0, -1074), 5e-324);
    }
}
