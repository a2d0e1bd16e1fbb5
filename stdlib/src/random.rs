//! `_random`: the Mersenne Twister behind `random` (`py/random.py`), as
//! CPython's C accelerator: `_random.Random` with `random()`, `seed()`,
//! `getstate()`, `setstate()` and `getrandbits()`, producing the same
//! sequences as CPython for the same seed.
//!
//! The generator is MT19937 as published by Matsumoto and Nishimura
//! (`init_genrand`, `init_by_array`, the twist and the tempering), seeded
//! the way CPython seeds it: an int seed's absolute value, cut into 32-bit
//! words from the least significant one, is the key of `init_by_array`;
//! any other object is seeded by its hash (as a C `size_t`); no seed
//! (or `None`) takes 624 words from the operating system.
//!
//! Private helpers for `random.py`: `_urandom(n)` (the operating system's
//! entropy, as `os.urandom`), `_sha512(data)` (the digest that version 2
//! seeding appends to a str or bytes seed), and `_accelerate(cls)`, which
//! gives the hot methods of `random.Random` a native fast path (see
//! [`accel`] below).

use std::cell::RefCell;

use kaa_vm::object::bytes::PyBytes;
use kaa_vm::object::core::PyPayload;
use kaa_vm::object::int::{int_value, IntValue};
use kaa_vm::object::tuple::PyTuple;
use kaa_vm::object::typ::{PyType, TypeFlags};
use kaa_vm::object::PyObjectRef;
use kaa_vm::vm::NativeFn;
use kaa_vm::{Args, PyResult, Vm};
use num_bigint::{BigInt, BigUint, Sign};

/// Words of state.
const N: usize = 624;
/// The twist's middle offset.
const M: usize = 397;
const MATRIX_A: u32 = 0x9908_b0df;
const UPPER_MASK: u32 = 0x8000_0000;
const LOWER_MASK: u32 = 0x7fff_ffff;

/// The key under which `init` keeps the `Random` type.
const RANDOM_KEY: &str = "_random.Random";

/// MT19937's state: 624 words and the position of the next one to use.
#[derive(Clone)]
pub struct Mt {
    state: [u32; N],
    /// `N` means "twist before the next word", as after seeding.
    index: usize,
}

impl Mt {
    /// An all-zero generator, as `_random.Random.__new__` leaves it before
    /// `__init__` seeds it.
    fn zeroed() -> Mt {
        Mt {
            state: [0; N],
            index: 0,
        }
    }

    fn init_genrand(&mut self, s: u32) {
        self.state[0] = s;
        for i in 1..N {
            let prev = self.state[i - 1];
            self.state[i] = 1_812_433_253u32
                .wrapping_mul(prev ^ (prev >> 30))
                .wrapping_add(i as u32);
        }
        self.index = N;
    }

    /// Seed from a key of any length (an empty key counts as `[0]`).
    fn init_by_array(&mut self, key: &[u32]) {
        let key: &[u32] = if key.is_empty() { &[0] } else { key };
        self.init_genrand(19_650_218);
        let mt = &mut self.state;
        let (mut i, mut j) = (1usize, 0usize);
        for _ in 0..N.max(key.len()) {
            let prev = mt[i - 1];
            mt[i] = (mt[i] ^ (prev ^ (prev >> 30)).wrapping_mul(1_664_525))
                .wrapping_add(key[j])
                .wrapping_add(j as u32);
            i += 1;
            j += 1;
            if i >= N {
                mt[0] = mt[N - 1];
                i = 1;
            }
            if j >= key.len() {
                j = 0;
            }
        }
        for _ in 0..N - 1 {
            let prev = mt[i - 1];
            mt[i] = (mt[i] ^ (prev ^ (prev >> 30)).wrapping_mul(1_566_083_941)).wrapping_sub(i as u32);
            i += 1;
            if i >= N {
                mt[0] = mt[N - 1];
                i = 1;
            }
        }
        mt[0] = 0x8000_0000; // the most significant bit: a non-zero state
    }

    fn twist(&mut self) {
        let mt = &mut self.state;
        let mix = |a: u32, b: u32, far: u32| {
            let y = (a & UPPER_MASK) | (b & LOWER_MASK);
            far ^ (y >> 1) ^ if y & 1 == 1 { MATRIX_A } else { 0 }
        };
        for k in 0..N - M {
            mt[k] = mix(mt[k], mt[k + 1], mt[k + M]);
        }
        for k in N - M..N - 1 {
            mt[k] = mix(mt[k], mt[k + 1], mt[k + M - N]);
        }
        mt[N - 1] = mix(mt[N - 1], mt[0], mt[M - 1]);
        self.index = 0;
    }

    /// The next 32 random bits.
    #[inline]
    pub fn next_u32(&mut self) -> u32 {
        if self.index >= N {
            self.twist();
        }
        let mut y = self.state[self.index];
        self.index += 1;
        y ^= y >> 11;
        y ^= (y << 7) & 0x9d2c_5680;
        y ^= (y << 15) & 0xefc6_0000;
        y ^ (y >> 18)
    }

    /// A float in [0.0, 1.0) with 53 random bits (27 from one word, 26 from
    /// the next).
    #[inline]
    pub fn random(&mut self) -> f64 {
        let a = (self.next_u32() >> 5) as f64;
        let b = (self.next_u32() >> 6) as f64;
        (a * 67_108_864.0 + b) * (1.0 / 9_007_199_254_740_992.0)
    }

    /// `getrandbits(k)` for `k <= 64`: the first word drawn is the least
    /// significant; the last one keeps only its top bits.
    #[inline]
    pub fn bits_u64(&mut self, k: u32) -> u64 {
        match k {
            0 => 0,
            1..=32 => (self.next_u32() >> (32 - k)) as u64,
            _ => {
                let lo = self.next_u32() as u64;
                let hi = (self.next_u32() >> (64 - k)) as u64;
                lo | (hi << 32)
            }
        }
    }

    /// `getrandbits(k)` for any `k`.
    pub fn bits(&mut self, k: u64) -> IntValue {
        if k <= 64 {
            let v = self.bits_u64(k as u32);
            return match i64::try_from(v) {
                Ok(v) => IntValue::Small(v),
                Err(_) => IntValue::from_big(BigInt::from(v)),
            };
        }
        let words = k.div_ceil(32) as usize;
        let mut digits = Vec::with_capacity(words);
        let mut left = k;
        for _ in 0..words {
            let mut w = self.next_u32();
            if left < 32 {
                w >>= 32 - left;
            }
            digits.push(w);
            left = left.saturating_sub(32);
        }
        IntValue::from_big(BigInt::from_biguint(Sign::Plus, BigUint::new(digits)))
    }

    /// A uniform int in `[0, n)` for `0 < n`, by drawing `n.bit_length()`
    /// bits until the value is below `n` (what `random.Random._randbelow`
    /// does with `getrandbits`).
    #[inline]
    pub fn below_u64(&mut self, n: u64) -> u64 {
        debug_assert!(n > 0);
        let k = 64 - n.leading_zeros();
        loop {
            let r = self.bits_u64(k);
            if r < n {
                return r;
            }
        }
    }
}

/// `_random.Random`: a generator behind a cell (methods never run Python
/// code while it is borrowed).
pub struct PyRandom {
    pub mt: RefCell<Box<Mt>>,
}

impl PyPayload for PyRandom {}

/// The operating system's random bytes; on failure (no entropy source),
/// bytes mixed from the clock and the process id.
fn os_random(buf: &mut [u8]) {
    if getrandom::fill(buf).is_ok() {
        return;
    }
    let t = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map(|d| d.as_nanos() as u64)
        .unwrap_or(0);
    let mut x = t ^ ((std::process::id() as u64) << 32) ^ 0x9e37_79b9_7f4a_7c15;
    for b in buf.iter_mut() {
        // splitmix64
        x = x.wrapping_add(0x9e37_79b9_7f4a_7c15);
        let mut z = x;
        z = (z ^ (z >> 30)).wrapping_mul(0xbf58_476d_1ce4_e5b9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94d0_49bb_1331_11eb);
        *b = (z ^ (z >> 31)) as u8;
    }
}

/// Seed `mt` as `_random.Random.seed(arg)` does.
fn seed_from(vm: &mut Vm, mt: &mut Mt, arg: Option<&PyObjectRef>) -> PyResult<()> {
    let arg = arg.filter(|a| !vm.is_none(a));
    let Some(arg) = arg else {
        let mut bytes = [0u8; N * 4];
        os_random(&mut bytes);
        let key: Vec<u32> = bytes
            .chunks_exact(4)
            .map(|c| u32::from_le_bytes([c[0], c[1], c[2], c[3]]))
            .collect();
        mt.init_by_array(&key);
        return Ok(());
    };
    // An int (or subclass: its own `__abs__` is not called) seeds by its
    // absolute value; anything else by its hash, as an unsigned 64-bit int.
    let key: Vec<u32> = match int_value(arg) {
        Some(IntValue::Small(v)) => u64_words(v.unsigned_abs()),
        Some(IntValue::Big(b)) => b.magnitude().to_u32_digits(),
        None => {
            let h = vm.hash(arg)?;
            u64_words(h as u64)
        }
    };
    mt.init_by_array(&key);
    Ok(())
}

fn u64_words(v: u64) -> Vec<u32> {
    if v >> 32 == 0 {
        vec![v as u32]
    } else {
        vec![v as u32, (v >> 32) as u32]
    }
}

// ----- argument helpers -----

/// The generator of a method's `self`, with CPython's messages.
fn this<'a>(vm: &mut Vm, args: &Args<'a>, name: &str) -> PyResult<&'a PyRandom> {
    let Some(o) = args.pos().first() else {
        return Err(vm.new_type_error(format!("unbound method Random.{name}() needs an argument")));
    };
    o.downcast_ref::<PyRandom>().ok_or_else(|| {
        let other = o.ty().name();
        vm.new_type_error(if name.starts_with("__") {
            format!("descriptor '{name}' requires a '_random.Random' object but received a '{other}'")
        } else {
            format!("descriptor '{name}' for '_random.Random' objects doesn't apply to a '{other}' object")
        })
    })
}

/// The arguments after `self`, checking that there are no keywords.
fn rest<'a>(vm: &mut Vm, args: &Args<'a>, name: &str) -> PyResult<&'a [PyObjectRef]> {
    args.no_kwargs(vm, &format!("Random.{name}"))?;
    Ok(&args.pos()[1..])
}

/// A C `int` argument (`getrandbits(k)`).
fn c_int(vm: &mut Vm, o: &PyObjectRef) -> PyResult<i32> {
    let v = vm.to_index_value(o)?;
    v.as_i64()
        .and_then(|v| i32::try_from(v).ok())
        .ok_or_else(|| vm.new_overflow_error("Python int too large to convert to C int"))
}

// ----- _random.Random -----

/// `Random.__new__(cls, *args, **kwargs)`: an unseeded (all-zero)
/// generator; `__init__` seeds it.
fn random_new(vm: &mut Vm, args: Args) -> PyResult {
    let Some(cls) = args.pos().first().cloned() else {
        return Err(vm.new_type_error("_random.Random.__new__(): not enough arguments"));
    };
    let Some(t) = cls.as_type() else {
        return Err(vm.new_type_error(format!(
            "_random.Random.__new__(X): X is not a type object ({})",
            cls.ty().name()
        )));
    };
    let base = random_type(vm)?;
    if !cls.is_subtype(&base) {
        let n = t.name().to_string();
        return Err(vm.new_type_error(format!(
            "_random.Random.__new__({n}): {n} is not a subtype of _random.Random"
        )));
    }
    let payload = PyRandom {
        mt: RefCell::new(Box::new(Mt::zeroed())),
    };
    Ok(vm.new_instance(payload, &cls))
}

/// `Random.__init__(self, seed=None)`: seed as `seed()` does.
fn random_init(vm: &mut Vm, args: Args) -> PyResult {
    let r = this(vm, &args, "__init__")?;
    if args.has_kwargs() {
        return Err(vm.new_type_error("Random() takes no keyword arguments"));
    }
    let pos = &args.pos()[1..];
    if pos.len() > 1 {
        return Err(vm.new_type_error("Random() requires 0 or 1 argument"));
    }
    let mut mt = Mt::zeroed();
    seed_from(vm, &mut mt, pos.first())?;
    *r.mt.borrow_mut() = Box::new(mt);
    Ok(vm.none())
}

fn random_seed(vm: &mut Vm, args: Args) -> PyResult {
    let r = this(vm, &args, "seed")?;
    let pos = rest(vm, &args, "seed")?;
    if pos.len() > 1 {
        return Err(vm.new_type_error(format!("seed expected at most 1 argument, got {}", pos.len())));
    }
    let mut mt = Mt::zeroed();
    seed_from(vm, &mut mt, pos.first())?;
    *r.mt.borrow_mut() = Box::new(mt);
    Ok(vm.none())
}

fn random_random(vm: &mut Vm, args: Args) -> PyResult {
    let r = this(vm, &args, "random")?;
    args.exact::<1>(vm, "Random.random")
        .map_err(|_| no_args_error(vm, &args, "random"))?;
    let x = r.mt.borrow_mut().random();
    Ok(vm.new_float(x))
}

/// `Random.NAME() takes no arguments (N given)`, or the keyword message.
fn no_args_error(vm: &mut Vm, args: &Args, name: &str) -> PyObjectRef {
    if args.has_kwargs() {
        return vm.new_type_error(format!("Random.{name}() takes no keyword arguments"));
    }
    vm.new_type_error(format!(
        "Random.{name}() takes no arguments ({} given)",
        args.pos().len() - 1
    ))
}

fn random_getrandbits(vm: &mut Vm, args: Args) -> PyResult {
    let r = this(vm, &args, "getrandbits")?;
    let pos = rest(vm, &args, "getrandbits")?;
    let [k] = pos else {
        return Err(vm.new_type_error(format!(
            "Random.getrandbits() takes exactly one argument ({} given)",
            pos.len()
        )));
    };
    let k = c_int(vm, k)?;
    if k < 0 {
        return Err(vm.new_value_error("number of bits must be non-negative"));
    }
    let v = r.mt.borrow_mut().bits(k as u64);
    Ok(vm.new_int_value(v))
}

fn random_getstate(vm: &mut Vm, args: Args) -> PyResult {
    let r = this(vm, &args, "getstate")?;
    if args.pos().len() != 1 || args.has_kwargs() {
        return Err(no_args_error(vm, &args, "getstate"));
    }
    let mt = r.mt.borrow().clone();
    let mut items: Vec<PyObjectRef> = mt.state.iter().map(|&w| vm.new_int(w as i64)).collect();
    items.push(vm.new_int(mt.index as i64));
    Ok(vm.new_tuple(items))
}

fn random_setstate(vm: &mut Vm, args: Args) -> PyResult {
    let r = this(vm, &args, "setstate")?;
    let pos = rest(vm, &args, "setstate")?;
    let [state] = pos else {
        return Err(vm.new_type_error(format!(
            "Random.setstate() takes exactly one argument ({} given)",
            pos.len()
        )));
    };
    let Some(t) = state.downcast_ref::<PyTuple>() else {
        return Err(vm.new_type_error("state vector must be a tuple"));
    };
    let items = t.as_slice();
    if items.len() != N + 1 {
        return Err(vm.new_value_error("state vector is the wrong size"));
    }
    let mut mt = Mt::zeroed();
    for (slot, item) in mt.state.iter_mut().zip(items) {
        // C `unsigned long`, kept to 32 bits; no `__index__`.
        let Some(v) = int_value(item) else {
            return Err(vm.new_type_error("an integer is required"));
        };
        if v.is_negative() {
            return Err(vm.new_overflow_error("can't convert negative value to unsigned int"));
        }
        let w = match v {
            IntValue::Small(x) => *x as u64,
            IntValue::Big(b) => u64::try_from(&**b)
                .map_err(|_| vm.new_overflow_error("Python int too large to convert to C unsigned long"))?,
        };
        *slot = w as u32;
    }
    let index = vm.to_index_value(&items[N])?;
    let Some(index) = index.as_i64() else {
        return Err(vm.new_overflow_error("Python int too large to convert to C long"));
    };
    if !(0..=N as i64).contains(&index) {
        return Err(vm.new_value_error("invalid state"));
    }
    mt.index = index as usize;
    *r.mt.borrow_mut() = Box::new(mt);
    Ok(vm.none())
}

// ----- module functions -----

/// `_urandom(n)`: `n` bytes from the operating system (as `os.urandom`).
fn urandom(vm: &mut Vm, args: Args) -> PyResult {
    let [n] = args.exact::<1>(vm, "_urandom")?;
    let n = vm.to_index_value(n)?;
    let Some(n) = n.as_i64() else {
        return Err(vm.new_overflow_error("Python int too large to convert to C ssize_t"));
    };
    if n < 0 {
        return Err(vm.new_value_error("negative argument not allowed"));
    }
    let mut buf = Vec::new();
    if buf.try_reserve_exact(n as usize).is_err() {
        return Err(vm.new_memory_error());
    }
    buf.resize(n as usize, 0);
    os_random(&mut buf);
    Ok(vm.new_bytes(buf))
}

/// `_sha512(data)`: the SHA-512 digest of a bytes object.
fn sha512(vm: &mut Vm, args: Args) -> PyResult {
    use sha2::Digest;
    let [data] = args.exact::<1>(vm, "_sha512")?;
    let Some(b) = data.downcast_ref::<PyBytes>() else {
        return Err(vm.new_type_error(format!("a bytes-like object is required, not '{}'", data.ty().name())));
    };
    let digest = sha2::Sha512::digest(&b.value);
    Ok(vm.new_bytes(digest.to_vec()))
}

// ----- fast paths for `random.Random` -----

/// The native fast paths of `random.Random`'s hot methods.
///
/// `random.py` defines every method in Python; `_accelerate(Random)` then
/// replaces the methods named in [`FAST`] with native ones that do the same
/// work in Rust for the plain case, and call the Python method for anything
/// else. The plain case is: `self` is exactly a `random.Random` (not a
/// subclass, which may bring its own `random()`, `getrandbits()` or
/// `_randbelow()`), the class has not been changed since (its attribute
/// version), `self` has no instance attributes but `gauss_next` (nothing
/// shadows a method), and the arguments are exact built-in values the fast
/// path knows (small ints, floats, lists, tuples). A fast path decides
/// before it draws anything, so falling back never changes the sequence;
/// argument errors always take the Python path, which raises them.
///
/// The fast paths draw exactly what the Python methods draw: integers below
/// `n` by `getrandbits(n.bit_length())` until one is below `n`
/// ([`Mt::below_u64`]), floats by `random()`, with the same float formulas.
pub mod accel {
    use super::*;
    use kaa_vm::object::dict::PyDict;
    use kaa_vm::object::float::PyFloat;
    use kaa_vm::object::function::{Binding, PyBuiltinFunction};
    use kaa_vm::object::list::PyList;
    use kaa_vm::object::weakref::{new_weakref, PyWeakRef};
    use std::cell::Cell;
    use std::collections::HashSet;
    use std::rc::Rc;
    use std::sync::Arc;

    /// A fast path: `Ok(None)` means "not the plain case" (nothing drawn).
    type FastFn = fn(&mut Vm, &Args, &PyObjectRef, &PyRandom) -> PyResult<Option<PyObjectRef>>;

    /// The methods that have a fast path.
    pub const FAST: &[(&str, FastFn)] = &[
        ("randrange", randrange),
        ("randint", randint),
        ("choice", choice),
        ("shuffle", shuffle),
        ("sample", sample),
        ("choices", choices),
        ("uniform", uniform),
        ("gauss", gauss),
        ("expovariate", expovariate),
    ];

    /// The accelerated class (weakly: its methods must not keep it alive)
    /// and its attribute version once accelerated.
    struct Served {
        cls: PyObjectRef,
        version: Cell<u32>,
    }

    impl Served {
        fn serves(&self, cls: &PyObjectRef) -> bool {
            let Some(w) = self.cls.downcast_ref::<PyWeakRef>() else {
                return false;
            };
            w.slot.get().is_some_and(|c| c.is(cls)) && cls.ty_payload().version.get() == self.version.get()
        }
    }

    /// Where the Python method `name` is kept (in the interpreter's module
    /// state, not in the closure: the function's globals hold the class,
    /// which holds the fast method).
    fn fallback_key(name: &str) -> String {
        format!("random.Random.{name}")
    }

    /// `_accelerate(cls)`: give `cls` (`random.Random`) the fast paths.
    pub fn accelerate(vm: &mut Vm, args: Args) -> PyResult {
        let [cls] = args.exact::<1>(vm, "_accelerate")?;
        let Some(t) = cls.as_type() else {
            return Err(vm.new_type_error("_accelerate() argument must be a class"));
        };
        if !cls.is_subtype(&random_type(vm)?) {
            return Err(vm.new_type_error("_accelerate() argument must be a subclass of _random.Random"));
        }
        let weakref_type = vm.types.weakref.clone();
        let served = Rc::new(Served {
            cls: new_weakref(vm, &weakref_type, cls, None)?,
            version: Cell::new(0),
        });
        let owner: Box<str> = t.name().into();
        for &(name, fast) in FAST {
            let key = vm.intern(name);
            let Some(fallback) = t.get_own(&key) else {
                return Err(vm.new_attribute_error(format!("type object '{}' has no attribute '{name}'", t.name())));
            };
            if fallback.payload_is::<PyBuiltinFunction>() {
                return Err(vm.new_type_error(format!("_accelerate(): '{name}' is already native")));
            }
            vm.module_state.borrow_mut().insert(fallback_key(name), fallback);
            let served = served.clone();
            let method = PyBuiltinFunction {
                name,
                owner: Some(owner.clone()),
                func: unreachable_fn,
                binding: Binding::Method,
                self_: None,
                needs_frame: false,
                data: Some(Arc::new(move |vm: &mut Vm, args: Args| {
                    run(vm, args, &served, fast, name)
                })),
            };
            let method = PyObjectRef::new(method, &vm.types.builtin_function);
            t.set_attr(key, method);
        }
        served.version.set(t.version.get());
        Ok(vm.none())
    }

    /// Never called: the methods run their `data` closure.
    fn unreachable_fn(vm: &mut Vm, _args: Args) -> PyResult {
        Err(vm.new_runtime_error("random: fast path without its closure"))
    }

    fn run(vm: &mut Vm, args: Args, served: &Served, fast: FastFn, name: &str) -> PyResult {
        if let Some(this) = args.pos().first() {
            if served.serves(this.class()) && plain_instance(vm, this) {
                if let Some(r) = this.downcast_ref::<PyRandom>() {
                    if let Some(v) = fast(vm, &args, this, r)? {
                        return Ok(v);
                    }
                }
            }
        }
        let fallback = vm.module_state.borrow().get(&fallback_key(name)).cloned();
        match fallback {
            Some(f) => vm.call(&f, args),
            None => Err(vm.new_runtime_error("random is not initialized")),
        }
    }

    /// No instance attribute but `gauss_next`.
    fn plain_instance(vm: &Vm, this: &PyObjectRef) -> bool {
        match vm.instance_len(this) {
            0 => true,
            1 => vm.instance_get_str(this, "gauss_next").is_some(),
            _ => false,
        }
    }

    // ----- argument helpers -----

    /// The positional arguments after `self`, if no keyword was given.
    fn positional<'a>(args: &Args<'a>) -> Option<&'a [PyObjectRef]> {
        if args.has_kwargs() {
            return None;
        }
        Some(&args.pos()[1..])
    }

    /// An exact `int` that fits in 64 bits.
    fn small_int(vm: &Vm, o: &PyObjectRef) -> Option<i64> {
        if !o.class().is(&vm.types.int) {
            return None;
        }
        match int_value(o)? {
            IntValue::Small(v) => Some(*v),
            IntValue::Big(_) => None,
        }
    }

    /// An exact `float`, or an exact small `int` as Python converts it.
    fn number(vm: &Vm, o: &PyObjectRef) -> Option<f64> {
        if o.class().is(&vm.types.float) {
            return o.downcast_ref::<PyFloat>().map(|f| f.value);
        }
        small_int(vm, o).map(|v| v as f64)
    }

    /// The items of an exact list or tuple (a snapshot: cheap clones).
    fn seq_len(vm: &Vm, o: &PyObjectRef) -> Option<usize> {
        if o.class().is(&vm.types.list) {
            return o.downcast_ref::<PyList>().map(|l| l.items.borrow().len());
        }
        if o.class().is(&vm.types.tuple) {
            return o.downcast_ref::<PyTuple>().map(|t| t.as_slice().len());
        }
        None
    }

    /// Item `i` of an exact list or tuple (checked by [`seq_len`]).
    fn seq_item(o: &PyObjectRef, i: usize) -> Option<PyObjectRef> {
        if let Some(l) = o.downcast_ref::<PyList>() {
            return l.items.borrow().get(i).cloned();
        }
        o.downcast_ref::<PyTuple>().and_then(|t| t.as_slice().get(i).cloned())
    }

    fn index_error(vm: &Vm, o: &PyObjectRef) -> PyObjectRef {
        vm.new_index_error(format!("{} index out of range", o.ty().name()))
    }

    fn new_i128(vm: &Vm, v: i128) -> PyObjectRef {
        match i64::try_from(v) {
            Ok(v) => vm.new_int(v),
            Err(_) => vm.new_bigint(BigInt::from(v)),
        }
    }

    /// `start + step * below(n)` for `0 < n <= u64::MAX`.
    fn pick(vm: &Vm, r: &PyRandom, start: i128, step: i128, n: i128) -> Option<PyObjectRef> {
        let n = u64::try_from(n).ok().filter(|&n| n > 0)?;
        let k = r.mt.borrow_mut().below_u64(n) as i128;
        Some(new_i128(vm, start + step * k))
    }

    fn floor_div(a: i128, b: i128) -> i128 {
        let q = a / b;
        if a % b != 0 && ((a < 0) != (b < 0)) {
            q - 1
        } else {
            q
        }
    }

    // ----- integers -----

    fn randrange(vm: &mut Vm, args: &Args, _this: &PyObjectRef, r: &PyRandom) -> PyResult<Option<PyObjectRef>> {
        let Some(pos) = positional(args) else { return Ok(None) };
        let ints: Option<Vec<i64>> = pos.iter().map(|o| small_int(vm, o)).collect();
        let Some(ints) = ints else { return Ok(None) };
        Ok(match ints[..] {
            [stop] => pick(vm, r, 0, 1, stop as i128),
            [start, stop] => pick(vm, r, start as i128, 1, stop as i128 - start as i128),
            [start, stop, step] => {
                let width = stop as i128 - start as i128;
                let step = step as i128;
                let n = match step {
                    1 => width,
                    s if s > 0 => floor_div(width + s - 1, s),
                    s if s < 0 => floor_div(width + s + 1, s),
                    _ => return Ok(None),
                };
                pick(vm, r, start as i128, step, n)
            }
            _ => None,
        })
    }

    fn randint(vm: &mut Vm, args: &Args, _this: &PyObjectRef, r: &PyRandom) -> PyResult<Option<PyObjectRef>> {
        let Some([a, b]) = positional(args) else {
            return Ok(None);
        };
        let (Some(a), Some(b)) = (small_int(vm, a), small_int(vm, b)) else {
            return Ok(None);
        };
        Ok(pick(vm, r, a as i128, 1, b as i128 + 1 - a as i128))
    }

    // ----- sequences -----

    fn choice(vm: &mut Vm, args: &Args, _this: &PyObjectRef, r: &PyRandom) -> PyResult<Option<PyObjectRef>> {
        let Some([seq]) = positional(args) else { return Ok(None) };
        let Some(n) = seq_len(vm, seq).filter(|&n| n > 0) else {
            return Ok(None);
        };
        let i = r.mt.borrow_mut().below_u64(n as u64) as usize;
        match seq_item(seq, i) {
            Some(v) => Ok(Some(v)),
            None => Err(index_error(vm, seq)),
        }
    }

    fn shuffle(vm: &mut Vm, args: &Args, _this: &PyObjectRef, r: &PyRandom) -> PyResult<Option<PyObjectRef>> {
        let Some([x]) = positional(args) else { return Ok(None) };
        if !x.class().is(&vm.types.list) {
            return Ok(None);
        }
        let Some(l) = x.downcast_ref::<PyList>() else {
            return Ok(None);
        };
        let Ok(mut items) = l.items.try_borrow_mut() else {
            return Ok(None);
        };
        let mut mt = r.mt.borrow_mut();
        for i in (1..items.len()).rev() {
            let j = mt.below_u64(i as u64 + 1) as usize;
            items.swap(i, j);
        }
        Ok(Some(vm.none()))
    }

    /// `sample(population, k)` for an exact list or tuple (no `counts`).
    fn sample(vm: &mut Vm, args: &Args, _this: &PyObjectRef, r: &PyRandom) -> PyResult<Option<PyObjectRef>> {
        let pos = &args.pos()[1..];
        let (population, k) = match (pos, args.kwnames().len()) {
            ([p, k], 0) => (p, k),
            ([p], 1) => match args.kwarg("k") {
                Some(k) => (p, k),
                None => return Ok(None),
            },
            _ => return Ok(None),
        };
        let (Some(n), Some(k)) = (seq_len(vm, population), small_int(vm, k)) else {
            return Ok(None);
        };
        let Ok(k) = usize::try_from(k) else { return Ok(None) };
        if k > n {
            return Ok(None);
        }
        let items: Vec<PyObjectRef> = match population.downcast_ref::<PyList>() {
            Some(l) => l.items.borrow().clone(),
            None => match population.downcast_ref::<PyTuple>() {
                Some(t) => t.as_slice().to_vec(),
                None => return Ok(None),
            },
        };
        // CPython's choice between the two ways (so that samples match):
        // a shrinking pool for populations up to `setsize`, else indices
        // drawn until one is new.
        let mut setsize: f64 = 21.0;
        if k > 5 {
            let e = ((k as f64 * 3.0).ln() / 4f64.ln()).ceil();
            setsize += 4f64.powf(e);
        }
        let mut mt = r.mt.borrow_mut();
        let mut result = Vec::with_capacity(k);
        if (n as f64) <= setsize {
            let mut pool = items;
            for i in 0..k {
                let j = mt.below_u64((n - i) as u64) as usize;
                result.push(pool[j].clone());
                pool[j] = pool[n - i - 1].clone();
            }
        } else {
            let mut selected = HashSet::with_capacity(k);
            for _ in 0..k {
                let mut j = mt.below_u64(n as u64);
                while !selected.insert(j) {
                    j = mt.below_u64(n as u64);
                }
                result.push(items[j as usize].clone());
            }
        }
        drop(mt);
        Ok(Some(vm.new_list(result)))
    }

    /// A number of `choices()`'s running sums: an int stays an int.
    #[derive(Clone, Copy)]
    enum Num {
        Int(i64),
        Float(f64),
    }

    /// Ints up to 2**53 compare with floats exactly as `f64`s.
    const EXACT: i64 = 1 << 53;

    impl Num {
        fn of(vm: &Vm, o: &PyObjectRef) -> Option<Num> {
            if o.class().is(&vm.types.float) {
                return o.downcast_ref::<PyFloat>().map(|f| Num::Float(f.value));
            }
            small_int(vm, o).filter(|v| v.abs() <= EXACT).map(Num::Int)
        }

        fn add(self, other: Num) -> Option<Num> {
            Some(match (self, other) {
                (Num::Int(a), Num::Int(b)) => Num::Int(a.checked_add(b).filter(|v| v.abs() <= EXACT)?),
                (a, b) => Num::Float(a.f64() + b.f64()),
            })
        }

        fn f64(self) -> f64 {
            match self {
                Num::Int(v) => v as f64,
                Num::Float(v) => v,
            }
        }
    }

    /// The items of an exact list or tuple as numbers.
    fn numbers(vm: &Vm, o: &PyObjectRef) -> Option<Vec<Num>> {
        let items: Vec<PyObjectRef> = if o.class().is(&vm.types.list) {
            o.downcast_ref::<PyList>()?.items.borrow().clone()
        } else if o.class().is(&vm.types.tuple) {
            o.downcast_ref::<PyTuple>()?.as_slice().to_vec()
        } else {
            return None;
        };
        items.iter().map(|x| Num::of(vm, x)).collect()
    }

    /// `choices(population, weights=None, *, cum_weights=None, k=1)` for
    /// exact lists and tuples of small ints and floats.
    fn choices(vm: &mut Vm, args: &Args, _this: &PyObjectRef, r: &PyRandom) -> PyResult<Option<PyObjectRef>> {
        let pos = &args.pos()[1..];
        let (population, mut weights) = match pos {
            [p] => (p, None),
            [p, w] => (p, Some(w)),
            _ => return Ok(None),
        };
        let (mut cum_weights, mut k) = (None, 1i64);
        for (name, v) in args.kwargs() {
            match name {
                "weights" if weights.is_none() => weights = Some(v),
                "cum_weights" => cum_weights = Some(v),
                "k" => match small_int(vm, v) {
                    Some(v) => k = v,
                    None => return Ok(None),
                },
                _ => return Ok(None),
            }
        }
        let weights = weights.filter(|w| !vm.is_none(w));
        let cum_weights = cum_weights.filter(|w| !vm.is_none(w));
        let Some(n) = seq_len(vm, population) else {
            return Ok(None);
        };
        // A huge k takes the Python path, which checks the interpreter's
        // limits as the list grows.
        if k > 1 << 16 {
            return Ok(None);
        }
        let k = k.max(0) as usize;
        let cum: Option<Vec<Num>> = match (weights, cum_weights) {
            (None, None) => None,
            (Some(w), None) => {
                let Some(w) = numbers(vm, w) else { return Ok(None) };
                let mut acc: Option<Num> = None;
                let mut cum = Vec::with_capacity(w.len());
                for x in w {
                    let next = match acc {
                        None => x,
                        Some(a) => match a.add(x) {
                            Some(s) => s,
                            None => return Ok(None),
                        },
                    };
                    acc = Some(next);
                    cum.push(next);
                }
                Some(cum)
            }
            (None, Some(c)) => match numbers(vm, c) {
                Some(c) => Some(c),
                None => return Ok(None),
            },
            (Some(_), Some(_)) => return Ok(None),
        };
        let mut picks = Vec::with_capacity(k.min(1 << 20));
        match cum {
            None => {
                if n == 0 && k > 0 {
                    return Ok(None);
                }
                let nf = n as f64;
                for _ in 0..k {
                    let x = r.mt.borrow_mut().random();
                    let i = (x * nf).floor() as usize;
                    match seq_item(population, i) {
                        Some(v) => picks.push(v),
                        None => return Err(index_error(vm, population)),
                    }
                }
            }
            Some(cum) => {
                if cum.len() != n || n == 0 {
                    return Ok(None);
                }
                let total = cum[n - 1].f64() + 0.0;
                if total <= 0.0 || !total.is_finite() {
                    return Ok(None);
                }
                let hi = n - 1;
                for _ in 0..k {
                    let x = r.mt.borrow_mut().random() * total;
                    // bisect_right(cum, x, 0, hi)
                    let (mut lo, mut up) = (0usize, hi);
                    while lo < up {
                        let mid = (lo + up) / 2;
                        let below = match cum[mid] {
                            Num::Int(v) => x < v as f64,
                            Num::Float(v) => x < v,
                        };
                        if below {
                            up = mid;
                        } else {
                            lo = mid + 1;
                        }
                    }
                    match seq_item(population, lo) {
                        Some(v) => picks.push(v),
                        None => return Err(index_error(vm, population)),
                    }
                }
            }
        }
        Ok(Some(vm.new_list(picks)))
    }

    // ----- floats -----

    fn uniform(vm: &mut Vm, args: &Args, _this: &PyObjectRef, r: &PyRandom) -> PyResult<Option<PyObjectRef>> {
        let Some([a, b]) = positional(args) else {
            return Ok(None);
        };
        // `b - a` of two ints is exact, then made a float.
        let width = match (small_int(vm, a), small_int(vm, b)) {
            (Some(x), Some(y)) => Some((y as i128 - x as i128) as f64),
            _ => None,
        };
        let (Some(fa), Some(fb)) = (number(vm, a), number(vm, b)) else {
            return Ok(None);
        };
        let width = width.unwrap_or(fb - fa);
        let x = r.mt.borrow_mut().random();
        Ok(Some(vm.new_float(fa + width * x)))
    }

    fn gauss(vm: &mut Vm, args: &Args, this: &PyObjectRef, r: &PyRandom) -> PyResult<Option<PyObjectRef>> {
        let Some(pos) = positional(args) else { return Ok(None) };
        let (mu, sigma) = match pos {
            [] => (0.0, 1.0),
            [m] => match number(vm, m) {
                Some(m) => (m, 1.0),
                None => return Ok(None),
            },
            [m, s] => match (number(vm, m), number(vm, s)) {
                (Some(m), Some(s)) => (m, s),
                _ => return Ok(None),
            },
            _ => return Ok(None),
        };
        let Some(dict) = vm.instance_dict(&this) else {
            return Ok(None);
        };
        let Some(next) = dict.downcast_ref::<PyDict>().and_then(|d| d.get_str(vm, "gauss_next")) else {
            return Ok(None);
        };
        let z = if vm.is_none(&next) {
            let (x2pi, g2rad) = {
                let mut mt = r.mt.borrow_mut();
                let x2pi = mt.random() * std::f64::consts::TAU;
                (x2pi, (-2.0 * (1.0 - mt.random()).ln()).sqrt())
            };
            let later = vm.new_float(x2pi.sin() * g2rad);
            vm.dict_set_str(&dict, "gauss_next", later)?;
            x2pi.cos() * g2rad
        } else if next.class().is(&vm.types.float) {
            let z = next.downcast_ref::<PyFloat>().map_or(0.0, |f| f.value);
            let none = vm.none();
            vm.dict_set_str(&dict, "gauss_next", none)?;
            z
        } else {
            return Ok(None);
        };
        Ok(Some(vm.new_float(mu + z * sigma)))
    }

    fn expovariate(vm: &mut Vm, args: &Args, _this: &PyObjectRef, r: &PyRandom) -> PyResult<Option<PyObjectRef>> {
        let Some([lambd]) = positional(args) else {
            return Ok(None);
        };
        let Some(lambd) = number(vm, lambd).filter(|&l| l != 0.0) else {
            return Ok(None);
        };
        let x = r.mt.borrow_mut().random();
        Ok(Some(vm.new_float(-(1.0 - x).ln() / lambd)))
    }
}

fn random_type(vm: &mut Vm) -> PyResult<PyObjectRef> {
    let found = vm.module_state.borrow().get(RANDOM_KEY).cloned();
    found.ok_or_else(|| vm.new_runtime_error("_random is not initialized"))
}

/// The type `_random.Random`, which Python classes may subclass.
fn random_class(vm: &mut Vm) -> PyObjectRef {
    let base = vm.types.object.clone();
    let flags = TypeFlags {
        has_dict: false,
        basetype: true,
        heaptype: false,
    };
    let ty = PyType::new(
        "_random.Random",
        Some(base.clone()),
        vec![base.clone()],
        base.mro(),
        &PyRandom::VTABLE,
        flags,
    );
    *ty.qualname.borrow_mut() = "Random".to_string();
    PyObjectRef::new_type(ty, &vm.types.type_)
}

pub fn init(vm: &mut Vm) -> PyResult<PyObjectRef> {
    let (m, d) = vm.new_module_with_dict("_random", None)?;
    let cls = random_class(vm);
    let methods: &[(&'static str, NativeFn)] = &[
        ("__init__", random_init),
        ("random", random_random),
        ("seed", random_seed),
        ("getstate", random_getstate),
        ("setstate", random_setstate),
        ("getrandbits", random_getrandbits),
    ];
    for &(name, f) in methods {
        vm.add_method(&cls, name, f);
    }
    vm.add_static(&cls, "__new__", random_new);
    let modname = vm.new_str("_random");
    vm.set_type_attr(&cls, "__module__", modname);
    let doc = vm.new_str("Random() -> create a random number generator with its own internal state.");
    vm.set_type_attr(&cls, "__doc__", doc);
    vm.module_state.borrow_mut().insert(RANDOM_KEY.to_string(), cls.clone());
    vm.dict_set_str(&d, "Random", cls)?;
    let functions: &[(&'static str, NativeFn)] = &[
        ("_urandom", urandom),
        ("_sha512", sha512),
        ("_accelerate", accel::accelerate),
    ];
    for &(name, f) in functions {
        let func = vm.new_builtin_function(name, f);
        vm.dict_set_str(&d, name, func)?;
    }
    Ok(m)
}
