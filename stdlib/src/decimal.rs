//! `_decimal`: the hot core of `decimal` (`py/decimal.py`), as CPython's C
//! accelerator of the same name.
//!
//! Two types, which `decimal.py` completes with its methods (`_install`
//! moves the methods of its Python classes onto them) and exports:
//!
//! - `decimal.Decimal`, the value: sign, coefficient (`BigUint`), exponent
//!   (`i64`) and kind (finite, infinity, quiet or signaling NaN). The Python
//!   methods read it through `_sign`, `_int`, `_exp` (`'F'`, `'n'`, `'N'` for
//!   the specials) and `_is_special`, and make values with `_dec`.
//! - `decimal.Context`, the context's numbers (precision, rounding, exponent
//!   limits, capitals, clamp, flags and traps as bits), read and set through
//!   `_prec`, `_rounding`, ... by the Python methods.
//!
//! The operations that programs use in loops (`+ - * /`, comparisons,
//! `quantize`, unary `- + abs`, `str`, `repr`, `hash`, `bool`, and `Decimal(int
//! or str)`) are Rust methods here, for finite operands and the current
//! context, with a path on machine words (`u64` operands, `u128` results) and
//! one on `BigUint`s. Any other case (NaNs, infinities, division by zero,
//! floats, an explicit context, a syntax error in a string) is handed to the
//! Python method of the same name, which `decimal.py` registers with `_setup`:
//! the Python module stays the reference for everything, this file is only a
//! shortcut for the common cases. A condition that traps is raised by the
//! Python `Context._raise`, with CPython's message.
//!
//! The current context (`getcontext()`) is found in the dict of contexts by
//! thread that `decimal.py` keeps, with the last one found cached in
//! `module_state` with its thread's id; `setcontext` calls `_forget`.

use std::cell::{Cell, RefCell};
use std::cmp::Ordering;

use num_bigint::{BigInt, BigUint, Sign};
use num_integer::Integer;
use num_traits::{One, ToPrimitive, Zero};

use kaa_vm::object::core::PyPayload;
use kaa_vm::object::dict::PyDict;
use kaa_vm::object::int::{IntValue, PyInt};
use kaa_vm::object::str::PyStr;
use kaa_vm::object::tuple::PyTuple;
use kaa_vm::object::PyObjectRef;
use kaa_vm::vm::NativeFn;
use kaa_vm::{Args, PyResult, Vm};

// ----- conditions (the bits of decimal.py) -----

const S_IO: i64 = 1;
const S_OV: i64 = 8;
const S_UN: i64 = 16;
const S_SU: i64 = 32;
const S_IX: i64 = 64;
const S_RO: i64 = 128;
const S_CL: i64 = 256;
const C_INVALID: i64 = 512 | 1024 | 2048 | 4096;

// ----- roundings, in the order of decimal.py's _ROUNDINGS -----

const ROUNDINGS: [&str; 8] = [
    "ROUND_CEILING",
    "ROUND_FLOOR",
    "ROUND_UP",
    "ROUND_DOWN",
    "ROUND_HALF_UP",
    "ROUND_HALF_DOWN",
    "ROUND_HALF_EVEN",
    "ROUND_05UP",
];
const R_CEILING: u8 = 0;
const R_FLOOR: u8 = 1;
const R_UP: u8 = 2;
const R_DOWN: u8 = 3;
const R_HALF_UP: u8 = 4;
const R_HALF_DOWN: u8 = 5;
const R_HALF_EVEN: u8 = 6;

fn rounding_of(o: &PyObjectRef) -> Option<u8> {
    Some(match o.downcast_ref::<PyStr>()?.as_str() {
        "ROUND_CEILING" => R_CEILING,
        "ROUND_FLOOR" => R_FLOOR,
        "ROUND_UP" => R_UP,
        "ROUND_DOWN" => R_DOWN,
        "ROUND_HALF_UP" => R_HALF_UP,
        "ROUND_HALF_DOWN" => R_HALF_DOWN,
        "ROUND_HALF_EVEN" => R_HALF_EVEN,
        "ROUND_05UP" => 7,
        _ => return None,
    })
}

// ----- the payloads -----

const FINITE: u8 = 0;
const INF: u8 = 1;
const QNAN: u8 = 2;
const SNAN: u8 = 3;

/// A decimal value: (-1)**sign * coeff * 10**exp, or a special.
pub struct PyDec {
    sign: u8,
    kind: u8,
    coeff: Coeff,
    exp: i64,
}

/// A coefficient: in a machine word when it fits (most do), so that making
/// a Decimal allocates nothing but the object.
enum Coeff {
    Small(u64),
    /// Always above u64::MAX.
    Big(BigUint),
}

impl Coeff {
    fn from_big(b: BigUint) -> Coeff {
        match b.to_u64() {
            Some(v) => Coeff::Small(v),
            None => Coeff::Big(b),
        }
    }

    fn from_u128(v: u128) -> Coeff {
        match u64::try_from(v) {
            Ok(v) => Coeff::Small(v),
            Err(_) => Coeff::Big(BigUint::from(v)),
        }
    }

    fn small(&self) -> Option<u64> {
        match self {
            Coeff::Small(v) => Some(*v),
            Coeff::Big(_) => None,
        }
    }

    fn big(&self) -> std::borrow::Cow<'_, BigUint> {
        match self {
            Coeff::Small(v) => std::borrow::Cow::Owned(BigUint::from(*v)),
            Coeff::Big(b) => std::borrow::Cow::Borrowed(b),
        }
    }

    fn is_zero(&self) -> bool {
        matches!(self, Coeff::Small(0))
    }
}

impl PyPayload for PyDec {
    fn heap_bytes(&self) -> usize {
        match &self.coeff {
            Coeff::Small(_) => 0,
            Coeff::Big(b) => (b.bits() as usize).div_ceil(64) * 8,
        }
    }
}

/// The numbers of a context.
pub struct PyCtx {
    prec: Cell<i64>,
    rounding: Cell<u8>,
    emin: Cell<i64>,
    emax: Cell<i64>,
    capitals: Cell<i64>,
    clamp: Cell<i64>,
    fl: Cell<i64>,
    tr: Cell<i64>,
}

impl PyPayload for PyCtx {}

impl PyCtx {
    fn new() -> PyCtx {
        PyCtx {
            prec: Cell::new(28),
            rounding: Cell::new(R_HALF_EVEN),
            emin: Cell::new(-999999),
            emax: Cell::new(999999),
            capitals: Cell::new(1),
            clamp: Cell::new(0),
            fl: Cell::new(0),
            tr: Cell::new(S_IO | 4 | S_OV),
        }
    }
}

// ----- module state -----

const DEC_BASE: &str = "decimal.Decimal";
const CTX_BASE: &str = "decimal.Context";
const DEC_CLASS: &str = "_decimal.Decimal";
const CONTEXTS: &str = "_decimal.contexts";
const NEW_CONTEXT: &str = "_decimal.new_context";
const CURRENT: &str = "_decimal.current";

fn state(vm: &mut Vm, key: &str) -> PyResult<PyObjectRef> {
    let found = vm.module_state.borrow().get(key).cloned();
    found.ok_or_else(|| vm.new_runtime_error("decimal is not initialized"))
}

/// The Python method `name` that a fast method falls back to.
fn fallback(vm: &mut Vm, name: &str, args: Args) -> PyResult {
    if name != "__new__" {
        // What CPython says when a method of decimal.Decimal is called on
        // something else.
        match args.pos().first() {
            None => {
                return Err(vm.new_type_error(format!(
                    "descriptor '{name}' of 'decimal.Decimal' object needs an argument"
                )));
            }
            Some(o) if !o.payload_is::<PyDec>() => {
                let msg = if name.starts_with("__") {
                    format!(
                        "descriptor '{name}' requires a 'decimal.Decimal' object but received a '{}'",
                        o.ty().name()
                    )
                } else {
                    format!(
                        "descriptor '{name}' for 'decimal.Decimal' objects doesn't apply to a '{}' object",
                        o.ty().name()
                    )
                };
                return Err(vm.new_type_error(msg));
            }
            Some(_) => {}
        }
    }
    let key = format!("_decimal.fb.{name}");
    let f = state(vm, &key)?;
    vm.call(&f, args)
}

/// The current thread's context (decimal.getcontext()) and the Decimal class.
fn current_env(vm: &mut Vm) -> PyResult<Env> {
    let tid = crate::thread::ident();
    let cached = vm.module_state.borrow().get(CURRENT).cloned();
    if let Some(items) = cached
        .as_ref()
        .and_then(|p| p.downcast_ref::<PyTuple>())
        .map(|t| &t.items)
    {
        if let [t, c, k] = &items[..] {
            if let Some(IntValue::Small(t)) = t.downcast_ref::<PyInt>().map(|i| &i.value) {
                if *t as u64 == tid {
                    return Ok(Env {
                        ctx: c.clone(),
                        cls: k.clone(),
                    });
                }
            }
        }
    }
    let contexts = state(vm, CONTEXTS)?;
    let cls = state(vm, DEC_CLASS)?;
    let key = vm.new_bigint(BigInt::from(tid));
    let ctx = match vm.dict_get_item_opt(&contexts, &key)? {
        Some(c) => c,
        None => {
            let make = state(vm, NEW_CONTEXT)?;
            let c = vm.call(&make, Args::positional(&[]))?;
            vm.dict_set(&contexts, key.clone(), c.clone())?;
            c
        }
    };
    let cur = vm.new_tuple(vec![key, ctx.clone(), cls.clone()]);
    vm.module_state.borrow_mut().insert(CURRENT.to_string(), cur);
    Ok(Env { ctx, cls })
}

fn current_context(vm: &mut Vm) -> PyResult<PyObjectRef> {
    Ok(current_env(vm)?.ctx)
}

fn ctx_of(o: &PyObjectRef) -> Option<&PyCtx> {
    o.downcast_ref::<PyCtx>()
}

/// Record `cond` in the context's flags; a trapped one is raised by the
/// Python `Context._raise` (which builds the exception and its message).
fn signal(vm: &mut Vm, env: &Env, ctx: &PyCtx, cond: i64) -> PyResult<()> {
    if cond == 0 {
        return Ok(());
    }
    let mut sig = cond & 511;
    if cond & C_INVALID != 0 {
        sig |= S_IO;
    }
    if sig & ctx.tr.get() != 0 {
        let c = vm.new_int(cond);
        vm.call_method(&env.ctx, "_raise", &[c])?;
    }
    ctx.fl.set(ctx.fl.get() | sig);
    Ok(())
}

// ----- numbers -----

thread_local! {
    static POW10: RefCell<Vec<BigUint>> = const { RefCell::new(Vec::new()) };
}

/// 10**n; a coefficient of more than 10**8 digits is a MemoryError, as in
/// CPython's libmpdec.
fn pow10(vm: &Vm, n: i128) -> PyResult<BigUint> {
    if !(0..=100_000_000).contains(&n) {
        // The memory cap's error when there is one (the host sees the limit).
        return Err(vm.refuse_alloc());
    }
    let n = n as usize;
    if n < 1200 {
        return Ok(POW10.with(|t| {
            let mut t = t.borrow_mut();
            if t.is_empty() {
                t.push(BigUint::one());
            }
            while t.len() <= n {
                let next = t[t.len() - 1].clone() * 10u32;
                t.push(next);
            }
            t[n].clone()
        }));
    }
    if let Some(p) = big_pow10_cached(n) {
        return Ok(p);
    }
    // Long: in steps that look at the limits, its size checked against the
    // memory cap first (`int.rs`, `pow_nonneg`).
    let p = kaa_vm::object::int::pow_nonneg(vm, &IntValue::Small(10), &IntValue::Small(n as i64))?;
    let p = p.to_big().into_parts().1;
    if p.bits() <= BIG_POW10_BITS {
        BIG_POW10.with(|t| {
            let mut t = t.borrow_mut();
            if t.len() >= BIG_POW10_KEPT {
                t.remove(0);
            }
            t.push((n, p.clone()));
        });
    }
    Ok(p)
}

/// The largest power of ten [`pow10`] keeps (8 MB: about 20 million
/// digits), so that the cache, which the memory cap does not see, stays
/// small.
const BIG_POW10_BITS: u64 = 1 << 26;

/// How many large powers of ten [`pow10`] keeps (a division at a high
/// precision needs the same few again and again, and [`nd`] looks here).
const BIG_POW10_KEPT: usize = 4;

thread_local! {
    /// The last large powers of ten made: (exponent, value).
    static BIG_POW10: RefCell<Vec<(usize, BigUint)>> = const { RefCell::new(Vec::new()) };
}

fn big_pow10_cached(n: usize) -> Option<BigUint> {
    BIG_POW10.with(|t| t.borrow().iter().find(|(k, _)| *k == n).map(|(_, p)| p.clone()))
}

/// The digit estimate [`nd`] compares against a power of ten.
fn nd_estimate(c: &BigUint) -> usize {
    ((c.bits() - 1) as u128 * 30103 / 100000) as usize + 1
}

/// The number of digits of c (1 for 0). A long coefficient is compared
/// with a power of ten made by [`pow10`] (in steps under the limits, and
/// kept for the next call): never with one made here in one go, which at a
/// precision of millions of digits is seconds of work that no limit sees.
fn nd(vm: &Vm, c: &BigUint) -> PyResult<i128> {
    if c.bits() > NDSHORT_BITS {
        let est = nd_estimate(c);
        let p = pow10(vm, est as i128)?;
        return Ok(est as i128 + i128::from(*c >= p));
    }
    Ok(nd_short(c))
}

/// Coefficients up to this many bits (about 9,800 digits) have their digits
/// counted by [`nd_short`], whose power of ten takes microseconds.
const NDSHORT_BITS: u64 = 1 << 15;

/// `a * b`, in steps when long (`int_long.rs`).
fn mul_coeff(vm: &Vm, a: &BigUint, b: &BigUint) -> PyResult<BigUint> {
    let (ab, bb) = (a.bits(), b.bits());
    if kaa_vm::object::int_long::mul_is_long(ab, bb) {
        vm.check_alloc(u128::from((ab + bb) / 8))?;
        let r = kaa_vm::object::int_long::mul(vm, &BigInt::from(a.clone()), &BigInt::from(b.clone()))?;
        return Ok(r.into_parts().1);
    }
    Ok(a * b)
}

/// `(a // b, a % b)`, in steps when long (as `int.rs` decides).
fn divrem_coeff(vm: &Vm, a: &BigUint, b: &BigUint) -> PyResult<(BigUint, BigUint)> {
    let (ab, bb) = (a.bits(), b.bits());
    if bb > 64 && ab.saturating_sub(bb).saturating_mul(bb) > kaa_vm::object::int_long::LONG_DIV_WORK {
        let (q, r) = kaa_vm::object::int_long::divmod(vm, &BigInt::from(a.clone()), &BigInt::from(b.clone()))?;
        return Ok((q.into_parts().1, r.into_parts().1));
    }
    Ok(a.div_rem(b))
}

/// [`nd`] of a coefficient of at most [`NDSHORT_BITS`] (or one whose power
/// of ten is already made).
fn nd_short(c: &BigUint) -> i128 {
    if let Some(v) = c.to_u64() {
        return if v == 0 { 1 } else { v.ilog10() as i128 + 1 };
    }
    let bits = c.bits();
    // floor((bits - 1) * log10(2)) + 1 is within one of the answer.
    let est = ((bits - 1) as u128 * 30103 / 100000) as usize + 1;
    let ge = POW10.with(|t| {
        let t = t.borrow();
        t.get(est).map(|p| c >= p)
    });
    let ge = match ge.or_else(|| big_pow10_cached(est).map(|p| *c >= p)) {
        Some(g) => g,
        None => *c >= BigUint::from(10u32).pow(est as u32),
    };
    est as i128 + ge as i128
}

/// Whether q (the kept digits) rounds away from zero, the discarded part
/// comparing `half` to half a unit and `nonzero`.
fn round_up(rounding: u8, sign: u8, q: &BigUint, half: Ordering, nonzero: bool) -> bool {
    match rounding {
        R_HALF_EVEN => half == Ordering::Greater || (half == Ordering::Equal && q.bit(0)),
        R_HALF_UP => half != Ordering::Less,
        R_DOWN => false,
        R_HALF_DOWN => half == Ordering::Greater,
        R_UP => nonzero,
        R_CEILING => nonzero && sign == 0,
        R_FLOOR => nonzero && sign == 1,
        _ => nonzero && (q % 5u32).is_zero(),
    }
}

/// c with its k > 0 lowest digits rounded off: (new c, inexact).
fn shift_round(vm: &mut Vm, c: &BigUint, k: i128, sign: u8, rounding: u8) -> PyResult<(BigUint, bool)> {
    if k > nd(vm, c)? + 1 {
        if c.is_zero() {
            return Ok((BigUint::zero(), false));
        }
        let z = BigUint::zero();
        let up = round_up(rounding, sign, &z, Ordering::Less, true);
        return Ok((if up { BigUint::one() } else { z }, true));
    }
    let unit = pow10(vm, k)?;
    let (mut q, r) = divrem_coeff(vm, c, &unit)?;
    if r.is_zero() {
        return Ok((q, false));
    }
    let half = (r << 1usize).cmp(&unit);
    if round_up(rounding, sign, &q, half, true) {
        q += 1u32;
    }
    Ok((q, true))
}

fn to_exp(vm: &mut Vm, e: i128) -> PyResult<i64> {
    i64::try_from(e).map_err(|_| vm.new_overflow_error("decimal exponent out of range"))
}

fn make(vm: &mut Vm, sign: u8, kind: u8, coeff: BigUint, exp: i64) -> PyResult {
    let cls = state(vm, DEC_CLASS)?;
    make_in(vm, &cls, sign, kind, coeff, exp)
}

fn make_in(vm: &mut Vm, cls: &PyObjectRef, sign: u8, kind: u8, coeff: BigUint, exp: i64) -> PyResult {
    let coeff = Coeff::from_big(coeff);
    Ok(vm.new_instance(PyDec { sign, kind, coeff, exp }, cls))
}

fn make_small(vm: &mut Vm, cls: &PyObjectRef, sign: u8, coeff: u128, exp: i64) -> PyResult {
    let coeff = Coeff::from_u128(coeff);
    Ok(vm.new_instance(
        PyDec {
            sign,
            kind: FINITE,
            coeff,
            exp,
        },
        cls,
    ))
}

/// What an operation needs besides its operands: the current context and
/// the class of its results.
struct Env {
    ctx: PyObjectRef,
    cls: PyObjectRef,
}

/// The finite (sign, c, e) rounded to the context, with `cond` and the
/// conditions of rounding signalled (decimal.py's `_finish`).
#[allow(clippy::too_many_arguments)]
fn finish(
    vm: &mut Vm,
    env: &Env,
    ctx: &PyCtx,
    sign: u8,
    mut c: BigUint,
    mut e: i128,
    mut cond: i64,
    rounding: u8,
) -> PyResult {
    let prec = ctx.prec.get() as i128;
    let emin = ctx.emin.get() as i128;
    let emax = ctx.emax.get() as i128;
    let clamp = ctx.clamp.get() != 0;
    if c.is_zero() {
        let etop = if clamp { emax - prec + 1 } else { emax };
        if e < emin - prec + 1 {
            e = emin - prec + 1;
            cond |= S_CL;
        } else if e > etop {
            e = etop;
            cond |= S_CL;
        }
        signal(vm, env, ctx, cond)?;
        let e = to_exp(vm, e)?;
        return make_in(vm, &env.cls, sign, FINITE, c, e);
    }
    let n = nd(vm, &c)?;
    let adj = e + n - 1;
    if n <= prec && emin <= adj {
        if adj <= emax {
            if clamp && e > emax - prec + 1 {
                let etop = emax - prec + 1;
                c = mul_coeff(vm, &c, &pow10(vm, e - etop)?)?;
                e = etop;
                cond |= S_CL;
            }
            signal(vm, env, ctx, cond)?;
            let e = to_exp(vm, e)?;
            return make_in(vm, &env.cls, sign, FINITE, c, e);
        }
        return overflow(vm, env, ctx, sign, cond, rounding);
    }
    let etiny = emin - prec + 1;
    let subnormal = adj < emin;
    let mut target = if n > prec { e + n - prec } else { e };
    if subnormal && target < etiny {
        target = etiny;
    }
    if target > e {
        let (q, inexact) = shift_round(vm, &c, target - e, sign, rounding)?;
        c = q;
        e = target;
        cond |= S_RO;
        if inexact {
            cond |= S_IX;
        }
        if !c.is_zero() && nd(vm, &c)? > prec {
            c /= 10u32;
            e += 1;
        }
        if subnormal {
            cond |= S_SU;
            if inexact {
                cond |= S_UN;
                if c.is_zero() {
                    cond |= S_CL;
                }
            }
        }
    } else if subnormal {
        cond |= S_SU;
    }
    if !c.is_zero() && e + nd(vm, &c)? - 1 > emax {
        return overflow(vm, env, ctx, sign, cond, rounding);
    }
    if clamp && e > emax - prec + 1 {
        let etop = emax - prec + 1;
        c = mul_coeff(vm, &c, &pow10(vm, e - etop)?)?;
        e = etop;
        cond |= S_CL;
    }
    signal(vm, env, ctx, cond)?;
    let e = to_exp(vm, e)?;
    make_in(vm, &env.cls, sign, FINITE, c, e)
}

fn overflow(vm: &mut Vm, env: &Env, ctx: &PyCtx, sign: u8, cond: i64, r: u8) -> PyResult {
    let cond = cond | S_OV | S_IX | S_RO;
    let to_inf = matches!(r, R_HALF_UP | R_HALF_EVEN | R_HALF_DOWN | R_UP)
        || (r == R_CEILING && sign == 0)
        || (r == R_FLOOR && sign == 1);
    signal(vm, env, ctx, cond)?;
    if to_inf {
        return make_in(vm, &env.cls, sign, INF, BigUint::zero(), 0);
    }
    let prec = ctx.prec.get() as i128;
    let c = pow10(vm, prec)? - 1u32;
    let e = to_exp(vm, ctx.emax.get() as i128 - prec + 1)?;
    make_in(vm, &env.cls, sign, FINITE, c, e)
}

// ----- operands -----

/// An int as (sign, magnitude).
fn int_parts(i: &PyInt) -> (u8, BigUint) {
    match &i.value {
        IntValue::Small(v) => ((*v < 0) as u8, BigUint::from(v.unsigned_abs())),
        IntValue::Big(b) => ((b.sign() == Sign::Minus) as u8, b.magnitude().clone()),
    }
}

/// A finite operand: a finite Decimal or an int, as (sign, coeff, exp).
enum Operand<'a> {
    Dec(&'a PyDec),
    Int(u8, BigUint),
    Small(u8, u64),
}

impl Operand<'_> {
    /// As (sign, coeff, exp); a small int becomes a BigUint in `tmp`.
    fn parts<'b>(&'b self, tmp: &'b mut BigUint) -> (u8, &'b BigUint, i64) {
        match self {
            Operand::Dec(d) => match &d.coeff {
                Coeff::Big(b) => (d.sign, b, d.exp),
                Coeff::Small(v) => {
                    *tmp = BigUint::from(*v);
                    (d.sign, tmp, d.exp)
                }
            },
            Operand::Int(s, c) => (*s, c, 0),
            Operand::Small(s, c) => {
                *tmp = BigUint::from(*c);
                (*s, tmp, 0)
            }
        }
    }

    /// As (sign, coeff, exp) when the coefficient fits a u64.
    fn small(&self) -> Option<(u8, u64, i64)> {
        match self {
            Operand::Dec(d) => d.coeff.small().map(|c| (d.sign, c, d.exp)),
            Operand::Int(..) => None,
            Operand::Small(s, c) => Some((*s, *c, 0)),
        }
    }
}

fn operand(o: &PyObjectRef) -> Option<Operand<'_>> {
    if let Some(d) = o.downcast_ref::<PyDec>() {
        return (d.kind == FINITE).then_some(Operand::Dec(d));
    }
    let i = o.downcast_ref::<PyInt>()?;
    if let IntValue::Small(v) = i.value {
        return Some(Operand::Small((v < 0) as u8, v.unsigned_abs()));
    }
    let (s, c) = int_parts(i);
    Some(Operand::Int(s, c))
}

// ----- arithmetic on finite values -----

type Parts<'a> = (u8, &'a BigUint, i64);

fn add(vm: &mut Vm, env: &Env, ctx: &PyCtx, a: Parts, b: Parts, negate_b: bool) -> PyResult {
    let rounding = ctx.rounding.get();
    let (asign, ac, ae) = a;
    let (bsign, bc, be) = b;
    let bsign = if negate_b { bsign ^ 1 } else { bsign };
    let (ae, be) = (ae as i128, be as i128);
    if ac.is_zero() || bc.is_zero() {
        let e = ae.min(be);
        if ac.is_zero() && bc.is_zero() {
            let sign = if asign == bsign {
                asign
            } else {
                (rounding == R_FLOOR) as u8
            };
            return finish(vm, env, ctx, sign, BigUint::zero(), e, 0, rounding);
        }
        let (c, mut ce, sign) = if ac.is_zero() { (bc, be, bsign) } else { (ac, ae, asign) };
        let mut c = c.clone();
        let mut cond = 0;
        if ce > e {
            let room = ctx.prec.get() as i128 - nd(vm, &c)?;
            let mut shift = ce - e;
            if shift > room {
                shift = room.max(0);
                cond = S_RO;
            }
            c = mul_coeff(vm, &c, &pow10(vm, shift)?)?;
            ce -= shift;
        }
        return finish(vm, env, ctx, sign, c, ce, cond, rounding);
    }
    let (mut ac, mut ae, mut asign, mut bc, mut be, mut bsign) = (ac.clone(), ae, asign, bc.clone(), be, bsign);
    if ae < be {
        std::mem::swap(&mut ac, &mut bc);
        std::mem::swap(&mut ae, &mut be);
        std::mem::swap(&mut asign, &mut bsign);
    }
    if ae != be {
        let top = ae + nd(vm, &ac)?;
        let mut l = top - ctx.prec.get() as i128 - 2;
        if ae < l {
            l = ae;
        }
        if be < l - 1 && be + nd(vm, &bc)? <= l {
            bc = BigUint::one();
            be = l - 1;
        }
        ac = mul_coeff(vm, &ac, &pow10(vm, ae - be)?)?;
        ae = be;
    }
    if asign == bsign {
        return finish(vm, env, ctx, asign, ac + bc, ae, 0, rounding);
    }
    match ac.cmp(&bc) {
        Ordering::Equal => finish(
            vm,
            env,
            ctx,
            (rounding == R_FLOOR) as u8,
            BigUint::zero(),
            ae,
            0,
            rounding,
        ),
        Ordering::Less => finish(vm, env, ctx, bsign, bc - ac, ae, 0, rounding),
        Ordering::Greater => finish(vm, env, ctx, asign, ac - bc, ae, 0, rounding),
    }
}

fn mul(vm: &mut Vm, env: &Env, ctx: &PyCtx, a: Parts, b: Parts) -> PyResult {
    let c = mul_coeff(vm, a.1, b.1)?;
    let e = a.2 as i128 + b.2 as i128;
    finish(vm, env, ctx, a.0 ^ b.0, c, e, 0, ctx.rounding.get())
}

/// a / b with b != 0.
fn div(vm: &mut Vm, env: &Env, ctx: &PyCtx, a: Parts, b: Parts) -> PyResult {
    let sign = a.0 ^ b.0;
    let ideal = a.2 as i128 - b.2 as i128;
    let rounding = ctx.rounding.get();
    if a.1.is_zero() {
        return finish(vm, env, ctx, sign, BigUint::zero(), ideal, 0, rounding);
    }
    let (ac, bc) = (a.1, b.1);
    let mut shift = ctx.prec.get() as i128 + 1 + nd(vm, bc)? - nd(vm, ac)?;
    let (mut q, r) = if shift > 0 {
        let p = pow10(vm, shift)?;
        divrem_coeff(vm, &mul_coeff(vm, ac, &p)?, bc)?
    } else {
        shift = 0;
        divrem_coeff(vm, ac, bc)?
    };
    let mut e = ideal - shift;
    if !r.is_zero() {
        if (&q % 5u32).is_zero() {
            q += 1u32;
        }
    } else {
        // Exact: as close to the ideal exponent as possible, 19 zeros at a
        // time while there are that many.
        const P19: u64 = 10_000_000_000_000_000_000;
        while ideal - e >= 19 && (&q % P19).is_zero() {
            q /= P19;
            e += 19;
            if q.bits() > 1 << 14 {
                // Each pass is linear in q: with a long one, it is work.
                vm.charge_work(q.bits() / 1024, std::time::Duration::ZERO)?;
            }
        }
        while e < ideal && (&q % 10u32).is_zero() {
            q /= 10u32;
            e += 1;
        }
    }
    finish(vm, env, ctx, sign, q, e, 0, rounding)
}

fn quantize(vm: &mut Vm, env: &Env, ctx: &PyCtx, a: &PyDec, te: i64, rounding: u8) -> PyResult<Option<PyObjectRef>> {
    let p = ctx.prec.get() as i128;
    let (emin, emax) = (ctx.emin.get() as i128, ctx.emax.get() as i128);
    let mut te = te as i128;
    if te > emax || te < emin - p + 1 {
        return Ok(None);
    }
    let coeff = a.coeff.big();
    let coeff = coeff.as_ref();
    if coeff.is_zero() {
        let e = to_exp(vm, te)?;
        return make_in(vm, &env.cls, a.sign, FINITE, BigUint::zero(), e).map(Some);
    }
    let e = a.exp as i128;
    let mut cond = 0;
    let mut c;
    if te <= e {
        if nd(vm, coeff)? + (e - te) > p {
            return Ok(None);
        }
        c = mul_coeff(vm, coeff, &pow10(vm, e - te)?)?;
    } else {
        let (q, inexact) = shift_round(vm, coeff, te - e, a.sign, rounding)?;
        if nd(vm, &q)? > p {
            return Ok(None);
        }
        c = q;
        cond = S_RO | if inexact { S_IX } else { 0 };
    }
    if !c.is_zero() {
        let adj = te + nd(vm, &c)? - 1;
        if adj > emax {
            return Ok(None);
        }
        if adj < emin {
            cond |= S_SU;
            if cond & S_IX != 0 {
                cond |= S_UN;
            }
        }
    }
    if ctx.clamp.get() != 0 && te > emax - p + 1 {
        let etop = emax - p + 1;
        c = mul_coeff(vm, &c, &pow10(vm, te - etop)?)?;
        te = etop;
        cond |= S_CL;
    }
    signal(vm, env, ctx, cond)?;
    let te = to_exp(vm, te)?;
    make_in(vm, &env.cls, a.sign, FINITE, c, te).map(Some)
}

/// -1, 0 or 1 comparing finite values.
fn cmp(vm: &Vm, a: Parts, b: Parts) -> PyResult<Ordering> {
    let (asg, ac, ae) = a;
    let (bsg, bc, be) = b;
    if ac.is_zero() {
        if bc.is_zero() {
            return Ok(Ordering::Equal);
        }
        return Ok(if bsg == 1 { Ordering::Greater } else { Ordering::Less });
    }
    if bc.is_zero() {
        return Ok(if asg == 1 { Ordering::Less } else { Ordering::Greater });
    }
    if asg != bsg {
        return Ok(if asg == 1 { Ordering::Less } else { Ordering::Greater });
    }
    let sa = ae as i128 + nd(vm, ac)?;
    let sb = be as i128 + nd(vm, bc)?;
    let r = if sa != sb {
        sa.cmp(&sb)
    } else if ae > be {
        // the difference of exponents is below the number of digits here
        let k = ae as i128 - be as i128;
        mul_coeff(vm, ac, &pow10(vm, k)?)?.cmp(bc)
    } else if be > ae {
        let k = be as i128 - ae as i128;
        ac.cmp(&mul_coeff(vm, bc, &pow10(vm, k)?)?)
    } else {
        ac.cmp(bc)
    };
    Ok(if asg == 1 { r.reverse() } else { r })
}

/// The to-sci-string form.
fn to_sci(vm: &Vm, d: &PyDec, capitals: bool) -> PyResult<String> {
    // A long coefficient's digits in steps that look at the limits.
    if let (FINITE, Coeff::Big(b)) = (d.kind, &d.coeff) {
        if b.bits() > kaa_vm::object::int::LONG_STR_BITS {
            vm.check_alloc(u128::from(b.bits() / 3 + 32))?;
            let digits = kaa_vm::object::int_long::to_decimal(vm, b)?;
            return Ok(to_sci_text(d, capitals, digits));
        }
    }
    let digits = match &d.coeff {
        Coeff::Small(v) => v.to_string(),
        Coeff::Big(b) => b.to_string(),
    };
    Ok(to_sci_text(d, capitals, digits))
}

/// [`to_sci`] with the coefficient's digits made.
fn to_sci_text(d: &PyDec, capitals: bool, digits: String) -> String {
    let sign = if d.sign == 1 { "-" } else { "" };
    match d.kind {
        INF => return format!("{sign}Infinity"),
        QNAN | SNAN => {
            let payload = if d.coeff.is_zero() {
                String::new()
            } else {
                d.coeff.big().to_string()
            };
            let name = if d.kind == QNAN { "NaN" } else { "sNaN" };
            return format!("{sign}{name}{payload}");
        }
        _ => {}
    }
    let n = digits.len() as i128;
    let exp = d.exp as i128;
    let adj = exp + n - 1;
    if exp <= 0 && adj >= -6 {
        if exp == 0 {
            return format!("{sign}{digits}");
        }
        let point = n + exp;
        if point > 0 {
            let (hi, lo) = digits.split_at(point as usize);
            return format!("{sign}{hi}.{lo}");
        }
        return format!("{sign}0.{}{digits}", "0".repeat((-point) as usize));
    }
    let e = if capitals { 'E' } else { 'e' };
    let mantissa = if n > 1 {
        format!("{}.{}", &digits[..1], &digits[1..])
    } else {
        digits
    };
    let esign = if adj >= 0 { "+" } else { "-" };
    format!("{sign}{mantissa}{e}{esign}{}", adj.unsigned_abs())
}

fn needs_capitals(vm: &Vm, d: &PyDec) -> PyResult<bool> {
    if d.kind != FINITE {
        return Ok(false);
    }
    let exp = d.exp as i128;
    let n = match &d.coeff {
        Coeff::Small(v) => nd_u(*v as u128),
        Coeff::Big(b) => nd(vm, b)?,
    };
    let adj = exp + n - 1;
    Ok(!(exp <= 0 && adj >= -6))
}

const HASH_MOD: u64 = (1 << 61) - 1;

fn mulmod(a: u64, b: u64) -> u64 {
    ((a as u128 * b as u128) % HASH_MOD as u128) as u64
}

fn powmod(mut b: u64, mut e: u128) -> u64 {
    let mut r = 1u64;
    b %= HASH_MOD;
    while e > 0 {
        if e & 1 == 1 {
            r = mulmod(r, b);
        }
        b = mulmod(b, b);
        e >>= 1;
    }
    r
}

fn hash_finite(d: &PyDec) -> i64 {
    let c = match &d.coeff {
        Coeff::Small(v) => v % HASH_MOD,
        Coeff::Big(b) => (b % HASH_MOD).to_u64().unwrap_or(0),
    };
    let h = if d.exp >= 0 {
        mulmod(c, powmod(10, d.exp as u128))
    } else {
        let inv10 = powmod(10, (HASH_MOD - 2) as u128);
        mulmod(c, powmod(inv10, d.exp.unsigned_abs() as u128))
    };
    let mut h = h as i64;
    if d.sign == 1 {
        h = -h;
    }
    if h == -1 {
        -2
    } else {
        h
    }
}

// ----- the same on coefficients that fit machine words -----
//
// Each returns None (before signalling anything) when it meets a case it
// leaves to the BigUint functions above: subnormal or overflowing results,
// clamping, more than 36 digits of precision, operands too far apart.

const P10: [u128; 39] = {
    let mut t = [1u128; 39];
    let mut i = 1;
    while i < 39 {
        t[i] = t[i - 1] * 10;
        i += 1;
    }
    t
};

fn nd_u(c: u128) -> i128 {
    match u64::try_from(c) {
        Ok(0) => 1,
        Ok(v) => v.ilog10() as i128 + 1,
        Err(_) => c.ilog10() as i128 + 1,
    }
}

fn round_up_u(rounding: u8, sign: u8, q: u128, half: Ordering) -> bool {
    match rounding {
        R_HALF_EVEN => half == Ordering::Greater || (half == Ordering::Equal && q & 1 == 1),
        R_HALF_UP => half != Ordering::Less,
        R_DOWN => false,
        R_HALF_DOWN => half == Ordering::Greater,
        R_UP => true,
        R_CEILING => sign == 0,
        R_FLOOR => sign == 1,
        _ => q % 5 == 0,
    }
}

/// (c // 10**k rounded, inexact) for 0 < k <= 38.
fn shift_round_u(c: u128, k: i128, sign: u8, rounding: u8) -> (u128, bool) {
    let unit = P10[k as usize];
    let (mut q, r) = match (u64::try_from(c), u64::try_from(unit)) {
        // Machine division where it can be (u128 division is a call).
        (Ok(c), Ok(unit)) => ((c / unit) as u128, (c % unit) as u128),
        _ => (c / unit, c % unit),
    };
    if r == 0 {
        return (q, false);
    }
    if round_up_u(rounding, sign, q, (2 * r).cmp(&unit)) {
        q += 1;
    }
    (q, true)
}

/// `finish` for a coefficient below 2**128.
#[allow(clippy::too_many_arguments)]
fn finish_u(vm: &mut Vm, env: &Env, ctx: &PyCtx, sign: u8, c: u128, e: i128, cond: i64) -> PyResult {
    let rounding = ctx.rounding.get();
    match finish_small(vm, env, ctx, sign, c, e, cond, rounding)? {
        Some(r) => Ok(r),
        None => finish(vm, env, ctx, sign, BigUint::from(c), e, cond, rounding),
    }
}

#[allow(clippy::too_many_arguments)]
fn finish_small(
    vm: &mut Vm,
    env: &Env,
    ctx: &PyCtx,
    sign: u8,
    c: u128,
    e: i128,
    mut cond: i64,
    rounding: u8,
) -> PyResult<Option<PyObjectRef>> {
    let prec = ctx.prec.get() as i128;
    let (emin, emax) = (ctx.emin.get() as i128, ctx.emax.get() as i128);
    if c == 0 || prec > 36 {
        return Ok(None);
    }
    let n = nd_u(c);
    if e + n - 1 < emin {
        return Ok(None);
    }
    let (mut c, mut e) = (c, e);
    if n > prec {
        let k = n - prec;
        let (q, inexact) = shift_round_u(c, k, sign, rounding);
        c = q;
        e += k;
        cond |= S_RO;
        if inexact {
            cond |= S_IX;
        }
        if nd_u(c) > prec {
            c /= 10;
            e += 1;
        }
    }
    if e + nd_u(c) - 1 > emax || (ctx.clamp.get() != 0 && e > emax - prec + 1) {
        return Ok(None);
    }
    if cond != 0 {
        signal(vm, env, ctx, cond)?;
    }
    let e = to_exp(vm, e)?;
    make_small(vm, &env.cls, sign, c, e).map(Some)
}

type Small = (u8, u64, i64);

fn add_u(vm: &mut Vm, env: &Env, ctx: &PyCtx, a: Small, b: Small, negate_b: bool) -> PyResult<Option<PyObjectRef>> {
    let (asign, ac, ae) = a;
    let (bsign, bc, be) = b;
    let bsign = if negate_b { bsign ^ 1 } else { bsign };
    if ac == 0 || bc == 0 || (ae as i128 - be as i128).abs() > 19 {
        return Ok(None);
    }
    let (ac, bc, e) = if ae >= be {
        (ac as u128 * P10[(ae - be) as usize], bc as u128, be as i128)
    } else {
        (ac as u128, bc as u128 * P10[(be - ae) as usize], ae as i128)
    };
    let (sign, c) = if asign == bsign {
        (asign, ac + bc)
    } else {
        match ac.cmp(&bc) {
            Ordering::Equal => ((ctx.rounding.get() == R_FLOOR) as u8, 0),
            Ordering::Less => (bsign, bc - ac),
            Ordering::Greater => (asign, ac - bc),
        }
    };
    if c == 0 {
        return Ok(None);
    }
    finish_u(vm, env, ctx, sign, c, e, 0).map(Some)
}

fn div_u(vm: &mut Vm, env: &Env, ctx: &PyCtx, a: Small, b: Small) -> PyResult<Option<PyObjectRef>> {
    let (asign, ac, ae) = a;
    let (bsign, bc, be) = b;
    let prec = ctx.prec.get() as i128;
    if ac == 0 || prec > 36 {
        return Ok(None);
    }
    let ideal = ae as i128 - be as i128;
    if ac % bc == 0 {
        // Exact: the quotient at the ideal exponent.
        return finish_u(vm, env, ctx, asign ^ bsign, (ac / bc) as u128, ideal, 0).map(Some);
    }
    let (ac, bc) = (ac as u128, bc as u128);
    let shift = prec + 1 + nd_u(bc) - nd_u(ac);
    if shift > 0 && nd_u(ac) + shift > 38 {
        return Ok(None);
    }
    let shift = shift.max(0);
    let num = ac * P10[shift as usize];
    let (mut q, r) = (num / bc, num % bc);
    let mut e = ideal - shift;
    if r == 0 {
        // Exact (1234567 / 100): back towards the ideal exponent, dropping
        // trailing zeros, 8 at a time while there are that many.
        while ideal - e >= 8 && q % 100_000_000 == 0 {
            q /= 100_000_000;
            e += 8;
        }
        while e < ideal && q % 10 == 0 {
            q /= 10;
            e += 1;
        }
    } else if q % 5 == 0 {
        q += 1;
    }
    finish_u(vm, env, ctx, asign ^ bsign, q, e, 0).map(Some)
}

fn quantize_u(vm: &mut Vm, env: &Env, ctx: &PyCtx, a: &PyDec, te: i64, rounding: u8) -> PyResult<Option<PyObjectRef>> {
    let Some(c) = a.coeff.small() else {
        return Ok(None);
    };
    let p = ctx.prec.get() as i128;
    let (emin, emax) = (ctx.emin.get() as i128, ctx.emax.get() as i128);
    let (e, te) = (a.exp as i128, te as i128);
    if c == 0 || p > 36 || te > emax || te < emin - p + 1 {
        return Ok(None);
    }
    let mut cond = 0;
    let c = if te <= e {
        if nd_u(c as u128) + (e - te) > p {
            return Ok(None);
        }
        c as u128 * P10[(e - te) as usize]
    } else {
        if te - e > 38 {
            return Ok(None);
        }
        let (q, inexact) = shift_round_u(c as u128, te - e, a.sign, rounding);
        if nd_u(q) > p {
            return Ok(None);
        }
        cond = S_RO | if inexact { S_IX } else { 0 };
        q
    };
    if c != 0 {
        let adj = te + nd_u(c) - 1;
        if adj > emax || adj < emin {
            return Ok(None);
        }
    }
    if ctx.clamp.get() != 0 && te > emax - p + 1 {
        return Ok(None);
    }
    if cond != 0 {
        signal(vm, env, ctx, cond)?;
    }
    let te = to_exp(vm, te)?;
    make_small(vm, &env.cls, a.sign, c, te).map(Some)
}

// ----- parsing (the common forms only; the rest goes to Python) -----

/// [+-]digits[.digits][(e|E)[+-]digits], ASCII, nothing else.
fn parse_simple(s: &str) -> Option<(u8, BigUint, i64)> {
    let b = s.as_bytes();
    let mut i = 0;
    let mut sign = 0u8;
    if i < b.len() && (b[i] == b'+' || b[i] == b'-') {
        sign = (b[i] == b'-') as u8;
        i += 1;
    }
    let start = i;
    while i < b.len() && b[i].is_ascii_digit() {
        i += 1;
    }
    let int_part = &s[start..i];
    let mut frac = "";
    if i < b.len() && b[i] == b'.' {
        i += 1;
        let fs = i;
        while i < b.len() && b[i].is_ascii_digit() {
            i += 1;
        }
        frac = &s[fs..i];
    }
    if int_part.is_empty() && frac.is_empty() {
        return None;
    }
    let mut exp: i128 = 0;
    if i < b.len() && (b[i] == b'e' || b[i] == b'E') {
        i += 1;
        let mut neg = false;
        if i < b.len() && (b[i] == b'+' || b[i] == b'-') {
            neg = b[i] == b'-';
            i += 1;
        }
        let es = i;
        while i < b.len() && b[i].is_ascii_digit() {
            i += 1;
        }
        if es == i || i - es > 18 {
            return None;
        }
        exp = s[es..i].parse::<i128>().ok()?;
        if neg {
            exp = -exp;
        }
    }
    if i != b.len() || int_part.len() + frac.len() > 5000 {
        return None;
    }
    let mut digits = String::with_capacity(int_part.len() + frac.len());
    digits.push_str(int_part);
    digits.push_str(frac);
    let c = BigUint::parse_bytes(digits.as_bytes(), 10)?;
    let e = exp - frac.len() as i128;
    if e + nd_short(&c) - 1 > EMAX_RANGE.1 as i128 {
        // Beyond any context: decimal.py signals it.
        return None;
    }
    Some((sign, c, i64::try_from(e).ok()?))
}

// ----- the methods of Decimal -----

/// `self` of a fast method, if it is a Decimal (else the fallback decides).
fn this<'a>(args: &Args<'a>) -> Option<&'a PyDec> {
    args.pos().first()?.downcast_ref::<PyDec>()
}

/// The current context, downcast.
fn cur(vm: &mut Vm) -> PyResult<Option<Env>> {
    current_env(vm).map(Some)
}

#[derive(Clone, Copy)]
enum Bin {
    Add,
    Sub,
    Mul,
    Div,
}

/// Before a fast method works on its operands: the powers of ten that
/// [`nd`] compares their long coefficients with are made by [`pow10`], in
/// steps under the limits, so that no `nd` below makes one in one go.
fn warm_operands(vm: &mut Vm, ops: &[PyObjectRef]) -> PyResult<()> {
    for o in ops {
        if let Some(Coeff::Big(b)) = o.downcast_ref::<PyDec>().map(|d| &d.coeff) {
            if b.bits() > 1 << 14 {
                let b = b.clone();
                nd(vm, &b)?;
            }
        } else if let Some(i) = o.downcast_ref::<PyInt>() {
            if i.value.bits() > 1 << 14 {
                let b = i.value.to_big().into_parts().1;
                nd(vm, &b)?;
            }
        }
    }
    Ok(())
}

fn binary(vm: &mut Vm, args: Args, op: Bin, reflected: bool, name: &str) -> PyResult {
    warm_operands(vm, args.pos())?;
    let pos = args.pos();
    if pos.len() != 2 || args.has_kwargs() {
        return fallback(vm, name, args);
    }
    let Some(me) = pos[0].downcast_ref::<PyDec>().filter(|d| d.kind == FINITE) else {
        return fallback(vm, name, args);
    };
    let me = Operand::Dec(me);
    let Some(other) = operand(&pos[1]) else {
        return fallback(vm, name, args);
    };
    let (a, b) = if reflected { (other, me) } else { (me, other) };
    let Some(env) = cur(vm)? else {
        return fallback(vm, name, args);
    };
    let Some(ctx) = ctx_of(&env.ctx) else {
        return fallback(vm, name, args);
    };
    if let (Some(sa), Some(sb)) = (a.small(), b.small()) {
        if matches!(op, Bin::Div) && sb.1 == 0 {
            return fallback(vm, name, args);
        }
        let r = match op {
            Bin::Add => add_u(vm, &env, ctx, sa, sb, false)?,
            Bin::Sub => add_u(vm, &env, ctx, sa, sb, true)?,
            Bin::Mul => Some(finish_u(
                vm,
                &env,
                ctx,
                sa.0 ^ sb.0,
                sa.1 as u128 * sb.1 as u128,
                sa.2 as i128 + sb.2 as i128,
                0,
            )?),
            Bin::Div => div_u(vm, &env, ctx, sa, sb)?,
        };
        if let Some(r) = r {
            return Ok(r);
        }
    }
    let (mut ta, mut tb) = (BigUint::zero(), BigUint::zero());
    let (a, b) = (a.parts(&mut ta), b.parts(&mut tb));
    if matches!(op, Bin::Div) && b.1.is_zero() {
        return fallback(vm, name, args);
    }
    match op {
        Bin::Add => add(vm, &env, ctx, a, b, false),
        Bin::Sub => add(vm, &env, ctx, a, b, true),
        Bin::Mul => mul(vm, &env, ctx, a, b),
        Bin::Div => div(vm, &env, ctx, a, b),
    }
}

macro_rules! binary_methods {
    ($($fname:ident, $op:expr, $refl:expr, $name:expr;)*) => {
        $(fn $fname(vm: &mut Vm, args: Args) -> PyResult {
            binary(vm, args, $op, $refl, $name)
        })*
    };
}

binary_methods! {
    dec_add, Bin::Add, false, "__add__";
    dec_radd, Bin::Add, true, "__radd__";
    dec_sub, Bin::Sub, false, "__sub__";
    dec_rsub, Bin::Sub, true, "__rsub__";
    dec_mul, Bin::Mul, false, "__mul__";
    dec_rmul, Bin::Mul, true, "__rmul__";
    dec_truediv, Bin::Div, false, "__truediv__";
    dec_rtruediv, Bin::Div, true, "__rtruediv__";
}

fn compare(vm: &mut Vm, args: Args, name: &str) -> PyResult {
    warm_operands(vm, args.pos())?;
    let pos = args.pos();
    if pos.len() != 2 || args.has_kwargs() || !pos[0].payload_is::<PyDec>() {
        return fallback(vm, name, args);
    }
    let (Some(a), Some(b)) = (operand(&pos[0]), operand(&pos[1])) else {
        return fallback(vm, name, args);
    };
    let r = match (a.small(), b.small()) {
        (Some(x), Some(y)) if x.2 == y.2 => {
            let ord = if x.1 == 0 && y.1 == 0 {
                Ordering::Equal
            } else {
                let sx = if x.0 == 1 { -(x.1 as i128) } else { x.1 as i128 };
                let sy = if y.0 == 1 { -(y.1 as i128) } else { y.1 as i128 };
                sx.cmp(&sy)
            };
            ord
        }
        _ => {
            let (mut ta, mut tb) = (BigUint::zero(), BigUint::zero());
            cmp(vm, a.parts(&mut ta), b.parts(&mut tb))?
        }
    };
    let v = match name {
        "__eq__" => r == Ordering::Equal,
        "__ne__" => r != Ordering::Equal,
        "__lt__" => r == Ordering::Less,
        "__le__" => r != Ordering::Greater,
        "__gt__" => r == Ordering::Greater,
        _ => r != Ordering::Less,
    };
    Ok(vm.new_bool(v))
}

macro_rules! compare_methods {
    ($($fname:ident, $name:expr;)*) => {
        $(fn $fname(vm: &mut Vm, args: Args) -> PyResult {
            compare(vm, args, $name)
        })*
    };
}

compare_methods! {
    dec_eq, "__eq__";
    dec_ne, "__ne__";
    dec_lt, "__lt__";
    dec_le, "__le__";
    dec_gt, "__gt__";
    dec_ge, "__ge__";
}

/// `quantize(exp, rounding=None, context=None)`.
fn dec_quantize(vm: &mut Vm, args: Args) -> PyResult {
    warm_operands(vm, args.pos())?;
    let pos = args.pos();
    let Some(a) = this(&args).filter(|d| d.kind == FINITE) else {
        return fallback(vm, "quantize", args);
    };
    if pos.len() < 2 || pos.len() > 3 {
        return fallback(vm, "quantize", args);
    }
    let mut rounding_arg = pos.get(2);
    for (k, v) in args.kwargs() {
        if k == "rounding" && rounding_arg.is_none() {
            rounding_arg = Some(v);
        } else {
            return fallback(vm, "quantize", args);
        }
    }
    let Some(q) = pos[1].downcast_ref::<PyDec>().filter(|d| d.kind == FINITE) else {
        return fallback(vm, "quantize", args);
    };
    let Some(env) = cur(vm)? else {
        return fallback(vm, "quantize", args);
    };
    let Some(ctx) = ctx_of(&env.ctx) else {
        return fallback(vm, "quantize", args);
    };
    let rounding = match rounding_arg {
        None => ctx.rounding.get(),
        Some(r) if vm.is_none(r) => ctx.rounding.get(),
        Some(r) => match rounding_of(r) {
            Some(r) => r,
            None => return fallback(vm, "quantize", args),
        },
    };
    if let Some(r) = quantize_u(vm, &env, ctx, a, q.exp, rounding)? {
        return Ok(r);
    }
    match quantize(vm, &env, ctx, a, q.exp, rounding)? {
        Some(r) => Ok(r),
        None => fallback(vm, "quantize", args),
    }
}

/// `-x`, `+x`, `abs(x)`.
fn unary(vm: &mut Vm, args: Args, name: &str) -> PyResult {
    warm_operands(vm, args.pos())?;
    let Some(a) = this(&args).filter(|d| d.kind == FINITE) else {
        return fallback(vm, name, args);
    };
    if args.pos().len() != 1 || args.has_kwargs() {
        return fallback(vm, name, args);
    }
    let Some(env) = cur(vm)? else {
        return fallback(vm, name, args);
    };
    let Some(ctx) = ctx_of(&env.ctx) else {
        return fallback(vm, name, args);
    };
    let floor = ctx.rounding.get() == R_FLOOR;
    let sign = match name {
        "__neg__" if a.coeff.is_zero() => (floor && a.sign == 0) as u8,
        "__neg__" => a.sign ^ 1,
        "__pos__" if a.coeff.is_zero() => (floor && a.sign == 1) as u8,
        "__pos__" => a.sign,
        _ => 0,
    };
    if let Some(c) = a.coeff.small() {
        return finish_u(vm, &env, ctx, sign, c as u128, a.exp as i128, 0);
    }
    let c = a.coeff.big().into_owned();
    finish(vm, &env, ctx, sign, c, a.exp as i128, 0, ctx.rounding.get())
}

fn dec_neg(vm: &mut Vm, args: Args) -> PyResult {
    unary(vm, args, "__neg__")
}

fn dec_pos(vm: &mut Vm, args: Args) -> PyResult {
    unary(vm, args, "__pos__")
}

fn dec_abs(vm: &mut Vm, args: Args) -> PyResult {
    unary(vm, args, "__abs__")
}

fn dec_str(vm: &mut Vm, args: Args) -> PyResult {
    warm_operands(vm, args.pos())?;
    let Some(d) = this(&args) else {
        return fallback(vm, "__str__", args);
    };
    if args.pos().len() != 1 || args.has_kwargs() {
        return fallback(vm, "__str__", args);
    }
    let caps = if needs_capitals(vm, d)? {
        let c = current_context(vm)?;
        ctx_of(&c).is_none_or(|c| c.capitals.get() != 0)
    } else {
        true
    };
    let text = to_sci(vm, d, caps)?;
    Ok(vm.new_str(text))
}

fn dec_repr(vm: &mut Vm, args: Args) -> PyResult {
    warm_operands(vm, args.pos())?;
    let Some(d) = this(&args) else {
        return fallback(vm, "__repr__", args);
    };
    if args.pos().len() != 1 || args.has_kwargs() {
        return fallback(vm, "__repr__", args);
    }
    let caps = if needs_capitals(vm, d)? {
        let c = current_context(vm)?;
        ctx_of(&c).is_none_or(|c| c.capitals.get() != 0)
    } else {
        true
    };
    let text = to_sci(vm, d, caps)?;
    Ok(vm.new_str(format!("Decimal('{text}')")))
}

fn dec_hash(vm: &mut Vm, args: Args) -> PyResult {
    match this(&args) {
        Some(d) if d.kind == FINITE && args.pos().len() == 1 => Ok(vm.new_int(hash_finite(d))),
        _ => fallback(vm, "__hash__", args),
    }
}

fn dec_bool(vm: &mut Vm, args: Args) -> PyResult {
    match this(&args) {
        Some(d) if args.pos().len() == 1 => Ok(vm.new_bool(d.kind != FINITE || !d.coeff.is_zero())),
        _ => fallback(vm, "__bool__", args),
    }
}

/// `Decimal(value)` for an int or a plain numeric string; the rest in Python.
fn dec_new(vm: &mut Vm, args: Args) -> PyResult {
    let pos = args.pos();
    if pos.len() != 2 || args.has_kwargs() {
        return fallback(vm, "__new__", args);
    }
    let cls = state(vm, DEC_CLASS)?;
    if !pos[0].is(&cls) {
        return fallback(vm, "__new__", args);
    }
    let v = &pos[1];
    if let Some(i) = v.downcast_ref::<PyInt>() {
        let (s, c) = int_parts(i);
        return make(vm, s, FINITE, c, 0);
    }
    if let Some(s) = v.downcast_ref::<PyStr>() {
        if let Some((sign, c, e)) = parse_simple(s.as_str()) {
            return make(vm, sign, FINITE, c, e);
        }
    }
    fallback(vm, "__new__", args)
}

// ----- the attributes decimal.py reads -----

fn dec_self<'a>(vm: &mut Vm, o: &'a PyObjectRef) -> PyResult<&'a PyDec> {
    o.downcast_ref::<PyDec>()
        .ok_or_else(|| vm.new_type_error("descriptor requires a 'decimal.Decimal' object"))
}

fn get_sign(vm: &mut Vm, o: &PyObjectRef) -> PyResult {
    let d = dec_self(vm, o)?;
    Ok(vm.new_int(d.sign as i64))
}

fn get_int(vm: &mut Vm, o: &PyObjectRef) -> PyResult {
    let d = dec_self(vm, o)?;
    if let Some(v) = d.coeff.small().and_then(|v| i64::try_from(v).ok()) {
        return Ok(vm.new_int(v));
    }
    let b = BigInt::from_biguint(Sign::Plus, d.coeff.big().into_owned());
    Ok(vm.new_bigint(b))
}

fn get_exp(vm: &mut Vm, o: &PyObjectRef) -> PyResult {
    let d = dec_self(vm, o)?;
    Ok(match d.kind {
        INF => vm.intern("F"),
        QNAN => vm.intern("n"),
        SNAN => vm.intern("N"),
        _ => vm.new_int(d.exp),
    })
}

fn get_is_special(vm: &mut Vm, o: &PyObjectRef) -> PyResult {
    let d = dec_self(vm, o)?;
    Ok(vm.new_bool(d.kind != FINITE))
}

/// The arguments of `_dec`: (sign, coeff, exp[, special]) as a payload.
fn dec_parts(vm: &mut Vm, a: &[PyObjectRef]) -> PyResult<PyDec> {
    if a.len() < 3 || a.len() > 4 {
        return Err(vm.new_type_error("_dec expects (sign, coeff, exp[, special])"));
    }
    let sign = match a[0].downcast_ref::<PyInt>().map(int_parts) {
        Some((0, c)) if c.is_zero() => 0,
        Some((0, c)) if c.is_one() => 1,
        _ => return Err(vm.new_value_error("sign must be 0 or 1")),
    };
    let coeff = match a[1].downcast_ref::<PyInt>().map(int_parts) {
        Some((0, c)) => c,
        _ => return Err(vm.new_value_error("coefficient must be a non-negative int")),
    };
    if let Some(s) = a[2].downcast_ref::<PyStr>() {
        let kind = match s.as_str() {
            "F" => INF,
            "n" => QNAN,
            "N" => SNAN,
            _ => return Err(vm.new_value_error("bad special exponent")),
        };
        let coeff = Coeff::from_big(if kind == INF { BigUint::zero() } else { coeff });
        return Ok(PyDec {
            sign,
            kind,
            coeff,
            exp: 0,
        });
    }
    let exp = match a[2].downcast_ref::<PyInt>().map(|i| &i.value) {
        Some(IntValue::Small(v)) => *v,
        Some(IntValue::Big(_)) => {
            return Err(vm.new_overflow_error("decimal exponent out of range"));
        }
        None => return Err(vm.new_type_error("exponent must be an int")),
    };
    Ok(PyDec {
        sign,
        kind: FINITE,
        coeff: Coeff::from_big(coeff),
        exp,
    })
}

/// `_dec(sign, coeff, exp, special=False)`: a Decimal (the class given to `_setup`).
fn mod_dec(vm: &mut Vm, args: Args) -> PyResult {
    let d = dec_parts(vm, args.pos())?;
    let cls = state(vm, DEC_CLASS)?;
    Ok(vm.new_instance(d, &cls))
}

/// `_dec_as(cls, sign, coeff, exp, special=False)`: the same, of a subclass.
fn mod_dec_as(vm: &mut Vm, args: Args) -> PyResult {
    let pos = args.pos();
    let Some(cls) = pos.first() else {
        return Err(vm.new_type_error("_dec_as expects a class"));
    };
    let base = state(vm, DEC_BASE)?;
    if cls.as_type().is_none() || !cls.is_subtype(&base) {
        return Err(vm.new_type_error("_dec_as expects a subclass of Decimal"));
    }
    let d = dec_parts(vm, &pos[1..])?;
    Ok(vm.new_instance(d, cls))
}

// ----- Context -----

fn ctx_new(vm: &mut Vm, args: Args) -> PyResult {
    let Some(cls) = args.pos().first() else {
        return Err(vm.new_type_error("Context.__new__(): not enough arguments"));
    };
    let base = state(vm, CTX_BASE)?;
    if cls.as_type().is_none() || !cls.is_subtype(&base) {
        return Err(vm.new_type_error("Context.__new__(X): X is not a subtype of Context"));
    }
    Ok(vm.new_instance(PyCtx::new(), cls))
}

fn ctx_self<'a>(vm: &mut Vm, o: &'a PyObjectRef) -> PyResult<&'a PyCtx> {
    o.downcast_ref::<PyCtx>()
        .ok_or_else(|| vm.new_type_error("descriptor requires a 'decimal.Context' object"))
}

fn int_value(vm: &mut Vm, v: Option<PyObjectRef>) -> PyResult<i64> {
    let Some(v) = v else {
        return Err(vm.new_attribute_error("context attributes cannot be deleted"));
    };
    match v.downcast_ref::<PyInt>().map(|i| &i.value) {
        Some(IntValue::Small(n)) => Ok(*n),
        Some(IntValue::Big(_)) => Err(vm.new_overflow_error("Python int too large to convert to C ssize_t")),
        None => Err(vm.new_type_error("an integer is required")),
    }
}

/// The values the Python `Context` allows (it checks them first, with
/// CPython's messages); anything else set by hand is refused here too, so
/// that the arithmetic never sees a precision of 0 or an Emax below 0.
const PREC_RANGE: (i64, i64) = (1, 999_999_999_999_999_999);
const EMIN_RANGE: (i64, i64) = (-999_999_999_999_999_999, 0);
const EMAX_RANGE: (i64, i64) = (0, 999_999_999_999_999_999);
const BIT_RANGE: (i64, i64) = (0, 1);
const SIGNALS_RANGE: (i64, i64) = (0, 511);

macro_rules! ctx_int_field {
    ($get:ident, $set:ident, $field:ident, $range:expr) => {
        fn $get(vm: &mut Vm, o: &PyObjectRef) -> PyResult {
            let c = ctx_self(vm, o)?;
            Ok(vm.new_int(c.$field.get()))
        }
        fn $set(vm: &mut Vm, o: &PyObjectRef, v: Option<PyObjectRef>) -> PyResult<()> {
            let n = int_value(vm, v)?;
            let (lo, hi) = $range;
            if n < lo || n > hi {
                return Err(vm.new_value_error(format!("valid range for {} is [{lo}, {hi}]", stringify!($field))));
            }
            let c = ctx_self(vm, o)?;
            c.$field.set(n);
            Ok(())
        }
    };
}

ctx_int_field!(get_prec, set_prec, prec, PREC_RANGE);
ctx_int_field!(get_emin, set_emin, emin, EMIN_RANGE);
ctx_int_field!(get_emax, set_emax, emax, EMAX_RANGE);
ctx_int_field!(get_capitals, set_capitals, capitals, BIT_RANGE);
ctx_int_field!(get_clamp, set_clamp, clamp, BIT_RANGE);
ctx_int_field!(get_fl, set_fl, fl, SIGNALS_RANGE);
ctx_int_field!(get_tr, set_tr, tr, SIGNALS_RANGE);

fn get_rounding(vm: &mut Vm, o: &PyObjectRef) -> PyResult {
    let c = ctx_self(vm, o)?;
    let name = ROUNDINGS[c.rounding.get() as usize % 8];
    Ok(vm.intern(name))
}

fn set_rounding(vm: &mut Vm, o: &PyObjectRef, v: Option<PyObjectRef>) -> PyResult<()> {
    let Some(v) = v else {
        return Err(vm.new_attribute_error("context attributes cannot be deleted"));
    };
    let Some(r) = rounding_of(&v) else {
        return Err(vm.new_value_error("invalid rounding mode"));
    };
    ctx_self(vm, o)?.rounding.set(r);
    Ok(())
}

// ----- module functions -----

/// `getcontext()`.
fn mod_getcontext(vm: &mut Vm, args: Args) -> PyResult {
    args.exact::<0>(vm, "getcontext")?;
    current_context(vm)
}

/// `_forget()`: drop the cached current context (after `setcontext`).
fn mod_forget(vm: &mut Vm, args: Args) -> PyResult {
    args.exact::<0>(vm, "_forget")?;
    vm.module_state.borrow_mut().remove(CURRENT);
    Ok(vm.none())
}

/// The names of the fast methods, each falling back to the Python method of
/// the same name.
const FAST: &[(&str, NativeFn)] = &[
    ("__add__", dec_add),
    ("__radd__", dec_radd),
    ("__sub__", dec_sub),
    ("__rsub__", dec_rsub),
    ("__mul__", dec_mul),
    ("__rmul__", dec_rmul),
    ("__truediv__", dec_truediv),
    ("__rtruediv__", dec_rtruediv),
    ("__eq__", dec_eq),
    ("__ne__", dec_ne),
    ("__lt__", dec_lt),
    ("__le__", dec_le),
    ("__gt__", dec_gt),
    ("__ge__", dec_ge),
    ("quantize", dec_quantize),
    ("__neg__", dec_neg),
    ("__pos__", dec_pos),
    ("__abs__", dec_abs),
    ("__str__", dec_str),
    ("__repr__", dec_repr),
    ("__hash__", dec_hash),
    ("__bool__", dec_bool),
];

/// `_install(name, methods)`: puts the Python `methods` (name -> value) on
/// the type `name` (`'Decimal'` or `'Context'`) and returns the type.
fn mod_install(vm: &mut Vm, args: Args) -> PyResult {
    let [name, methods] = args.exact::<2>(vm, "_install")?;
    let key = match name.downcast_ref::<PyStr>().map(|s| s.as_str()) {
        Some("Decimal") => DEC_BASE,
        Some("Context") => CTX_BASE,
        _ => return Err(vm.new_value_error("_install: the type must be 'Decimal' or 'Context'")),
    };
    let Some(m) = methods.downcast_ref::<PyDict>() else {
        return Err(vm.new_type_error("_install: methods must be a dict"));
    };
    let cls = state(vm, key)?;
    for (k, v) in m.items_vec() {
        let Some(name) = k.downcast_ref::<PyStr>() else {
            return Err(vm.new_type_error("_install: method names must be str"));
        };
        let name = name.as_str().to_string();
        vm.set_type_attr(&cls, &name, v);
    }
    Ok(cls)
}

/// `_setup(fallbacks, contexts, new_context)`: the Python `fallbacks`
/// (name -> function) of the fast methods, the dict of contexts by thread
/// and the function making a thread's first context.
fn mod_setup(vm: &mut Vm, args: Args) -> PyResult {
    let [fallbacks, contexts, new_context] = args.exact::<3>(vm, "_setup")?;
    if !fallbacks.payload_is::<PyDict>()
        || !contexts.payload_is::<PyDict>()
        || !kaa_vm::builtins::is_callable(vm, new_context)
    {
        return Err(vm.new_type_error("_setup expects (dict, dict, callable)"));
    }
    let mut st = vm.module_state.borrow_mut();
    st.insert(CONTEXTS.to_string(), contexts.clone());
    st.insert(NEW_CONTEXT.to_string(), new_context.clone());
    st.remove(CURRENT);
    drop(st);
    for (name, _) in FAST.iter().chain([("__new__", dec_new as NativeFn)].iter()) {
        let key = vm.new_str(*name);
        if let Some(f) = vm.dict_get_item_opt(fallbacks, &key)? {
            vm.module_state.borrow_mut().insert(format!("_decimal.fb.{name}"), f);
        }
    }
    Ok(vm.none())
}

pub fn init(vm: &mut Vm) -> PyResult<PyObjectRef> {
    let (m, d) = vm.new_module_with_dict("_decimal", None)?;

    let dec = kaa_vm::builtins::new_module_class::<PyDec>(vm, DEC_BASE, true);
    vm.add_static(&dec, "__new__", dec_new);
    for &(name, f) in FAST {
        vm.add_method(&dec, name, f);
    }
    vm.add_getset(&dec, "_sign", get_sign, None);
    vm.add_getset(&dec, "_int", get_int, None);
    vm.add_getset(&dec, "_exp", get_exp, None);
    vm.add_getset(&dec, "_is_special", get_is_special, None);
    let modname = vm.new_str("decimal");
    vm.set_type_attr(&dec, "__module__", modname);
    vm.module_state.borrow_mut().insert(DEC_BASE.to_string(), dec.clone());
    vm.module_state.borrow_mut().insert(DEC_CLASS.to_string(), dec.clone());
    vm.dict_set_str(&d, "Decimal", dec)?;

    let ctx = kaa_vm::builtins::new_module_class::<PyCtx>(vm, CTX_BASE, true);
    vm.add_static(&ctx, "__new__", ctx_new);
    vm.add_getset(&ctx, "_prec", get_prec, Some(set_prec));
    vm.add_getset(&ctx, "_rounding", get_rounding, Some(set_rounding));
    vm.add_getset(&ctx, "_emin", get_emin, Some(set_emin));
    vm.add_getset(&ctx, "_emax", get_emax, Some(set_emax));
    vm.add_getset(&ctx, "_capitals", get_capitals, Some(set_capitals));
    vm.add_getset(&ctx, "_clamp", get_clamp, Some(set_clamp));
    vm.add_getset(&ctx, "_fl", get_fl, Some(set_fl));
    vm.add_getset(&ctx, "_tr", get_tr, Some(set_tr));
    let modname = vm.new_str("decimal");
    vm.set_type_attr(&ctx, "__module__", modname);
    vm.module_state.borrow_mut().insert(CTX_BASE.to_string(), ctx.clone());
    vm.dict_set_str(&d, "Context", ctx)?;

    let names: Vec<PyObjectRef> = FAST.iter().map(|(n, _)| vm.new_str(*n)).collect();
    let names = vm.new_tuple(names);
    vm.dict_set_str(&d, "FAST", names)?;
    let functions: &[(&'static str, NativeFn)] = &[
        ("_dec", mod_dec),
        ("_dec_as", mod_dec_as),
        ("_forget", mod_forget),
        ("_install", mod_install),
        ("_setup", mod_setup),
        ("getcontext", mod_getcontext),
    ];
    for &(name, f) in functions {
        let func = vm.new_builtin_function(name, f);
        vm.dict_set_str(&d, name, func)?;
    }
    Ok(m)
}
