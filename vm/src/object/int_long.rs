//! Long operations on huge ints, in steps that the limits can stop (issue 16).
//!
//! # Notes
//!
//! Kaa's big ints are num-bigint's, whose multiplication (Toom-3), division
//! (Burnikel-Ziegler) and modular power run to the end once called: a single
//! `x * y` of two 10^8-bit ints, or `x // y`, would keep the deadline and the
//! interrupt waiting for seconds to minutes. Here the top levels of those
//! algorithms are done by hand, so that num-bigint is only ever called on
//! pieces of at most [`LEAF_BITS`] (a few milliseconds each), and before each
//! piece [`Vm::charge_work`] charges its fuel and looks at the interrupt and
//! the deadline.
//!
//! * [`mul`]: Toom-3 (five products of thirds, Bodrato's interpolation) while
//!   both operands are long, halving the longer one while they are
//!   unbalanced; the same exponent as num-bigint's own Toom-3, so no slower
//!   in the large.
//! * [`divmod`]: the dividend in blocks of the divisor's size, each block by
//!   Burnikel and Ziegler's recursive division (two "3 by 2" steps, each one
//!   product by [`mul`] and a correction), down to pieces num-bigint divides.
//!   A short divisor: blocks of [`LEAF_BITS`], each divided by num-bigint.
//! * [`pow_mod`]: the exponent in chunks, each chunk's squarings bounded.
//!
//! Ordinary arithmetic never comes here: `int.rs` calls these functions only
//! when an operation is long (its operands past `LONG_MUL_BITS`, or the
//! product of quotient and divisor sizes past [`LONG_DIV_WORK`]), so an
//! ordinary `x * y` pays one compare more, as before.

use num_bigint::{BigInt, BigUint, Sign};
use num_integer::Integer;
use num_traits::{One, ToPrimitive, Zero};

use crate::vm::{PyResult, Vm};

/// Operands up to this many bits are multiplied or divided by num-bigint in
/// one call: about a millisecond in the test profile.
pub const LEAF_BITS: u64 = 1 << 18;

/// A division of a `q`-bit quotient by a `d`-bit divisor is done in steps
/// when `q * d` passes this (about ten milliseconds of schoolbook work).
pub const LONG_DIV_WORK: u64 = 1 << 38;

/// The fuel a multiplication of `a`-bit by `b`-bit ints is charged: its time
/// measured in loop iterations, roughly (Toom-3 is about n^1.465 word
/// products for n-word operands; calibrated against `7 ** 10**7`).
pub fn mul_cost(a: u64, b: u64) -> u64 {
    let (big, small) = ((a.max(b) / 64 + 1) as f64, (a.min(b) / 64 + 1) as f64);
    (big * small.powf(0.465) / 16.0) as u64
}

/// Whether a product of an `a`-bit by a `b`-bit int is long enough to be
/// done by [`mul`]: both operands past 2^14 bits (as before), or a
/// multi-word operand times one so long that the schoolbook product alone
/// passes about 2^24 word products (about ten milliseconds): `x * y` of a
/// 10,000-bit by a 10^8-bit int is a second of work in one call.
#[inline]
pub fn mul_is_long(a: u64, b: u64) -> bool {
    let (small, big) = (a.min(b), a.max(b));
    small > 1 << 14 || (small > 64 && u128::from(small) * u128::from(big) > 1 << 36)
}

/// `a * b`, in steps of at most [`LEAF_BITS`] (see the Notes).
pub fn mul(vm: &Vm, a: &BigInt, b: &BigInt) -> PyResult<BigInt> {
    let m = mul_mag(vm, a.magnitude(), b.magnitude())?;
    Ok(BigInt::from_biguint(a.sign() * b.sign(), m))
}

/// `x` split at `at` 32-bit digits: (low part, high part).
fn split(x: &[u32], at: usize) -> (BigUint, BigUint) {
    if x.len() <= at {
        (BigUint::from_slice(x), BigUint::zero())
    } else {
        (BigUint::from_slice(&x[..at]), BigUint::from_slice(&x[at..]))
    }
}

fn mul_mag(vm: &Vm, a: &BigUint, b: &BigUint) -> PyResult<BigUint> {
    let (big, small) = if a.bits() >= b.bits() { (a, b) } else { (b, a) };
    let (bb, sb) = (big.bits(), small.bits());
    if sb <= LEAF_BITS && bb <= 4 * LEAF_BITS {
        vm.charge_work(mul_cost(bb, sb), std::time::Duration::ZERO)?;
        return Ok(big * small);
    }
    let digits = big.to_u32_digits();
    if bb >= 2 * sb {
        // Unbalanced: (hi * 2^k + lo) * small.
        let at = digits.len() / 2;
        let (lo, hi) = split(&digits, at);
        let low = mul_mag(vm, &lo, small)?;
        let high = mul_mag(vm, &hi, small)?;
        return Ok((high << (32 * at)) + low);
    }
    // Toom-3 on thirds of `k` digits: x(t) = x2 t^2 + x1 t + x0 at t = 2^32k.
    let k = digits.len().div_ceil(3);
    let thirds = |d: &[u32]| -> [BigInt; 3] {
        let part = |from: usize, to: usize| BigInt::from(BigUint::from_slice(&d[from.min(d.len())..to.min(d.len())]));
        [part(0, k), part(k, 2 * k), part(2 * k, d.len())]
    };
    let [x0, x1, x2] = thirds(&digits);
    let [y0, y1, y2] = thirds(&small.to_u32_digits());
    // Values at 0, 1, -1, -2 and infinity.
    let eval = |p0: &BigInt, p1: &BigInt, p2: &BigInt| -> [BigInt; 5] {
        let t = p0 + p2;
        let at1 = &t + p1;
        let atm1 = t - p1;
        let atm2 = ((&atm1 + p2) << 1usize) - p0;
        [p0.clone(), at1, atm1, atm2, p2.clone()]
    };
    let p = eval(&x0, &x1, &x2);
    let q = eval(&y0, &y1, &y2);
    let [r0, r1, rm1, rm2, rinf] = [
        mul(vm, &p[0], &q[0])?,
        mul(vm, &p[1], &q[1])?,
        mul(vm, &p[2], &q[2])?,
        mul(vm, &p[3], &q[3])?,
        mul(vm, &p[4], &q[4])?,
    ];
    // Bodrato's interpolation (every division is exact).
    let mut c3: BigInt = (&rm2 - &r1) / 3u32;
    let mut c1: BigInt = (&r1 - &rm1) >> 1usize;
    let mut c2 = &rm1 - &r0;
    c3 = ((&c2 - &c3) >> 1usize) + (&rinf << 1usize);
    c2 = c2 + &c1 - &rinf;
    c1 -= &c3;
    let s = 32 * k;
    let sum = r0 + (c1 << s) + (c2 << (2 * s)) + (c3 << (3 * s)) + (rinf << (4 * s));
    Ok(sum.into_parts().1)
}

/// `(a // b, a % b)` rounding toward negative infinity (`b != 0`), in steps
/// (see the Notes).
pub fn divmod(vm: &Vm, a: &BigInt, b: &BigInt) -> PyResult<(BigInt, BigInt)> {
    let (q, r) = divrem_mag(vm, a.magnitude(), b.magnitude())?;
    let (q, r) = (BigInt::from(q), BigInt::from(r));
    let same = (a.sign() == Sign::Minus) == (b.sign() == Sign::Minus);
    Ok(match (same, r.is_zero()) {
        (true, _) => (q, if b.sign() == Sign::Minus { -r } else { r }),
        (false, true) => (-q, r),
        (false, false) => {
            let r = b.magnitude() - r.into_parts().1;
            let r = BigInt::from(r);
            (-(q + 1u32), if b.sign() == Sign::Minus { -r } else { r })
        }
    })
}

/// A division num-bigint does in one call, charged first.
fn leaf_divrem(vm: &Vm, a: &BigUint, b: &BigUint) -> PyResult<(BigUint, BigUint)> {
    let qbits = a.bits().saturating_sub(b.bits()) + 1;
    vm.charge_work(mul_cost(qbits, b.bits()), std::time::Duration::ZERO)?;
    Ok(a.div_rem(b))
}

fn divrem_mag(vm: &Vm, a: &BigUint, b: &BigUint) -> PyResult<(BigUint, BigUint)> {
    if a < b {
        return Ok((BigUint::zero(), a.clone()));
    }
    // Block size: the divisor's bits rounded up so that halving it `levels`
    // times gives whole 32-bit digits of at most LEAF_BITS.
    let bbits = b.bits();
    let (block, sigma) = if bbits <= LEAF_BITS {
        (LEAF_BITS as usize, 0)
    } else {
        let mut levels = 0;
        while bbits.div_ceil(1 << levels) > LEAF_BITS {
            levels += 1;
        }
        let leaf = bbits.div_ceil(1 << levels).div_ceil(32) * 32;
        let n = leaf << levels;
        (n as usize, n - bbits)
    };
    let (a, b) = (a << sigma, b << sigma);
    let digits = a.to_u32_digits();
    let w = block / 32;
    let blocks = digits.len().div_ceil(w);
    let mut q = vec![0u32; blocks * w];
    let mut r = BigUint::zero();
    for i in (0..blocks).rev() {
        let chunk = BigUint::from_slice(&digits[i * w..((i + 1) * w).min(digits.len())]);
        let cur = (r << block) + chunk;
        let (qi, ri) = if bbits <= LEAF_BITS {
            leaf_divrem(vm, &cur, &b)?
        } else {
            div_2n_1n(vm, &cur, &b, block as u64)?
        };
        for (j, d) in qi.to_u32_digits().into_iter().enumerate() {
            q[i * w + j] = d;
        }
        r = ri;
    }
    Ok((BigUint::new(q), r >> sigma))
}

/// The low `n` bits of `x`.
fn low_bits(x: &BigUint, n: u64) -> BigUint {
    if x.bits() <= n {
        return x.clone();
    }
    let mask = (BigUint::one() << n) - 1u32;
    x & mask
}

/// Burnikel-Ziegler: `a / b` where `b` has exactly `n` bits (its top bit
/// set) and `a < 2^n * b`.
fn div_2n_1n(vm: &Vm, a: &BigUint, b: &BigUint, n: u64) -> PyResult<(BigUint, BigUint)> {
    if n <= LEAF_BITS || n % 2 == 1 {
        return leaf_divrem(vm, a, b);
    }
    let h = n / 2;
    let (q1, r) = div_3n_2n(vm, &(a >> h), b, h)?;
    let (q2, s) = div_3n_2n(vm, &((r << h) + low_bits(a, h)), b, h)?;
    Ok(((q1 << h) + q2, s))
}

/// Burnikel-Ziegler: `a / b` where `b` has exactly `2h` bits (top bit set)
/// and `a < 2^h * b`.
fn div_3n_2n(vm: &Vm, a: &BigUint, b: &BigUint, h: u64) -> PyResult<(BigUint, BigUint)> {
    let b1 = b >> h;
    let b2 = low_bits(b, h);
    let a12 = a >> h;
    let a3 = low_bits(a, h);
    let (qh, r1) = if (a >> (2 * h)) < b1 {
        div_2n_1n(vm, &a12, &b1, h)?
    } else {
        let qh = (BigUint::one() << h) - 1u32;
        // a12 - qh * b1, which is a12 - (b1 << h) + b1 >= 0 here.
        let r1 = BigInt::from(a12) - BigInt::from(&b1 << h) + BigInt::from(b1);
        (qh, r1.into_parts().1)
    };
    let d = mul_mag(vm, &qh, &b2)?;
    let mut rh = BigInt::from((r1 << h) + a3) - BigInt::from(d);
    let mut qh = BigInt::from(qh);
    let b = BigInt::from(b.clone());
    while rh.sign() == Sign::Minus {
        qh -= 1u32;
        rh += &b;
    }
    Ok((qh.into_parts().1, rh.into_parts().1))
}

/// `base ** exp % m` for `0 <= base < m`, `exp >= 0`, `m > 1`, when the work
/// is long: square and multiply from the exponent's top bit, reducing with
/// num-bigint's `%` (in 128-bit words when `m` fits a word), and every
/// chunk of bits (about 2^22 word products) charge its work and look at
/// the limits.
pub fn pow_mod(vm: &Vm, base: &BigUint, exp: &BigUint, m: &BigUint) -> PyResult<BigUint> {
    let mwords = m.bits().div_ceil(64).max(1);
    let chunk = ((1u64 << 22) / (mwords * mwords)).clamp(1, 1 << 16);
    let cost = (mul_cost(m.bits(), m.bits()) * 2).max(1).saturating_mul(chunk);
    let ebits = exp.bits();
    let bit = |i: u64| exp.bit(i);
    if let (Some(b), Some(w)) = (base.to_u64(), m.to_u64()) {
        let mulmod = |x: u64, y: u64| (u128::from(x) * u128::from(y) % u128::from(w)) as u64;
        let mut r = 1u64;
        for i in (0..ebits).rev() {
            if i % chunk == 0 {
                vm.charge_work(cost, std::time::Duration::ZERO)?;
            }
            r = mulmod(r, r);
            if bit(i) {
                r = mulmod(r, b);
            }
        }
        return Ok(BigUint::from(r));
    }
    let mut r = BigUint::one();
    if m.bits() > LONG_MODULUS_BITS {
        // A long modulus: each product and reduction in steps too (one of
        // them alone, done in one call, would keep the limits waiting).
        let reduce = |x: &BigUint| -> PyResult<BigUint> { Ok(divrem_mag(vm, x, m)?.1) };
        for i in (0..ebits).rev() {
            r = reduce(&mul_mag(vm, &r, &r)?)?;
            if bit(i) {
                r = reduce(&mul_mag(vm, &r, base)?)?;
            }
        }
        return Ok(r);
    }
    for i in (0..ebits).rev() {
        if i % chunk == 0 {
            vm.charge_work(cost, std::time::Duration::ZERO)?;
        }
        r = (&r * &r) % m;
        if bit(i) {
            r = (r * base) % m;
        }
    }
    Ok(r)
}

/// A modulus past this many bits makes each modular multiplication of
/// [`pow_mod`] a stepped product and a stepped division.
const LONG_MODULUS_BITS: u64 = 1 << 17;

/// Whether `pow(base, exp, m)` is long enough for [`pow_mod`].
pub fn pow_mod_is_long(exp: &BigUint, m: &BigUint) -> bool {
    let mwords = m.bits().div_ceil(64).max(1);
    exp.bits().saturating_mul(mwords * mwords) > 1 << 24
}

/// Decimal digits num-bigint converts in one call (either way).
pub const LEAF_DIGITS: usize = 20_000;

/// `10^(LEAF_DIGITS * 2^j)` for `j = 0, 1, ...` while it stays below
/// `2^bits`: the splitting points of [`to_decimal`] and [`from_digits`].
fn powers(vm: &Vm, base: u32, leaf: usize, bits: u64) -> PyResult<Vec<BigUint>> {
    let mut p = vec![num_traits::Pow::pow(BigUint::from(base), leaf)];
    loop {
        let last = &p[p.len() - 1];
        if last.bits() * 2 > bits + 1 {
            return Ok(p);
        }
        let next = mul_mag(vm, last, last)?;
        p.push(next);
    }
}

/// The decimal digits of `n` (no sign), divide and conquer: `n` split by
/// `10^(LEAF_DIGITS * 2^j)` with the stepped division, down to pieces
/// num-bigint converts.
pub fn to_decimal(vm: &Vm, n: &BigUint) -> PyResult<String> {
    let pw = powers(vm, 10, LEAF_DIGITS, n.bits())?;
    let mut out = String::new();
    emit_decimal(vm, n, 0, &pw, &mut out)?;
    Ok(out)
}

/// Append the digits of `n`, left-padded with zeros to `pad` digits.
fn emit_decimal(vm: &Vm, n: &BigUint, pad: usize, pw: &[BigUint], out: &mut String) -> PyResult<()> {
    let Some(j) = pw.iter().rposition(|p| p <= n) else {
        vm.charge_work(mul_cost(n.bits(), n.bits()), std::time::Duration::ZERO)?;
        let s = n.to_str_radix(10);
        out.extend(std::iter::repeat('0').take(pad.saturating_sub(s.len())));
        out.push_str(&s);
        return Ok(());
    };
    let k = LEAF_DIGITS << j;
    let (q, r) = divrem_mag(vm, n, &pw[j])?;
    emit_decimal(vm, &q, pad.saturating_sub(k), pw, out)?;
    emit_decimal(vm, &r, k, pw, out)
}

/// The value of `digits` (ASCII digits of `base`, already checked), divide
/// and conquer: the high part times `base^(LEAF_DIGITS * 2^j)` by the
/// stepped multiplication, plus the low part, down to pieces num-bigint
/// parses.
pub fn from_digits(vm: &Vm, digits: &[u8], base: u32) -> PyResult<BigUint> {
    let bits = (digits.len() as f64 * f64::from(base).log2()) as u64 + 1;
    vm.check_alloc(u128::from(bits / 8))?;
    let pw = powers(vm, base, LEAF_DIGITS, bits)?;
    parse_part(vm, digits, base, &pw)
}

fn parse_part(vm: &Vm, digits: &[u8], base: u32, pw: &[BigUint]) -> PyResult<BigUint> {
    if digits.len() <= LEAF_DIGITS {
        let bits = digits.len() as u64 * 4;
        vm.charge_work(mul_cost(bits, bits), std::time::Duration::ZERO)?;
        return Ok(BigUint::parse_bytes(digits, base).unwrap_or_default());
    }
    // The largest LEAF_DIGITS * 2^j below the length.
    let mut j = 0;
    while j + 1 < pw.len() && LEAF_DIGITS << (j + 1) < digits.len() {
        j += 1;
    }
    let (hi, lo) = digits.split_at(digits.len() - (LEAF_DIGITS << j));
    let high = parse_part(vm, hi, base, pw)?;
    let low = parse_part(vm, lo, base, pw)?;
    Ok(mul_mag(vm, &high, &pw[j])? + low)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn pseudo_random(bits: u64, seed: u64) -> BigUint {
        let mut x = seed | 1;
        let words: Vec<u32> = (0..bits.div_ceil(32))
            .map(|_| {
                x ^= x << 13;
                x ^= x >> 7;
                x ^= x << 17;
                x as u32
            })
            .collect();
        low_bits(&BigUint::new(words), bits) | (BigUint::one() << (bits - 1))
    }

    #[test]
    fn long_operations_match_num_bigint() {
        let vm = Vm::new();
        let sizes = [
            (LEAF_BITS * 5, LEAF_BITS * 5),
            (LEAF_BITS * 9 + 7, LEAF_BITS * 4 + 3),
            (LEAF_BITS * 20, LEAF_BITS + 1),
            (LEAF_BITS * 3, 2000),
            (LEAF_BITS * 7 + 100, LEAF_BITS * 6),
        ];
        for (i, (x, y)) in sizes.into_iter().enumerate() {
            let a = pseudo_random(x, 3 + i as u64);
            let b = pseudo_random(y, 7 + i as u64);
            assert_eq!(mul_mag(&vm, &a, &b).unwrap(), &a * &b, "mul {x} {y}");
            let (q, r) = divrem_mag(&vm, &a, &b).unwrap();
            assert_eq!((q.clone(), r.clone()), a.div_rem(&b), "divrem {x} {y}");
            let sa = BigInt::from_biguint(Sign::Minus, a.clone());
            let sb = BigInt::from(b.clone());
            assert_eq!(divmod(&vm, &sa, &sb).unwrap(), sa.div_mod_floor(&sb));
            assert_eq!(divmod(&vm, &sb, &-&sa).unwrap(), sb.div_mod_floor(&-&sa));
        }
        let m = pseudo_random(3000, 11);
        let e = pseudo_random(100_000, 13);
        let base = pseudo_random(2999, 17);
        assert_eq!(pow_mod(&vm, &base, &e, &m).unwrap(), base.modpow(&e, &m));
        let n = pseudo_random(LEAF_BITS * 3 + 5, 23);
        let s = to_decimal(&vm, &n).unwrap();
        assert_eq!(s, n.to_str_radix(10));
        assert_eq!(from_digits(&vm, s.as_bytes(), 10).unwrap(), n);
        let z = format!("{}{}", "7".repeat(LEAF_DIGITS * 5 + 3), "0".repeat(LEAF_DIGITS * 2));
        assert_eq!(from_digits(&vm, z.as_bytes(), 10).unwrap().to_str_radix(10), z);
        assert_eq!(
            from_digits(&vm, z.as_bytes(), 9).unwrap(),
            BigUint::parse_bytes(z.as_bytes(), 9).unwrap()
        );
        let m = BigUint::from(1_000_000_007u32);
        let e = pseudo_random(300_000, 19);
        assert_eq!(
            pow_mod(&vm, &BigUint::from(7u32), &e, &m).unwrap(),
            BigUint::from(7u32).modpow(&e, &m)
        );
    }
}
