//! `_hashlib`: the hash objects behind `hashlib` (`py/hashlib.py`) and `hmac`.
//!
//! - `HASH` (`md5`, `sha1`, the SHA-2 and SHA-3 families, from the RustCrypto
//!   crates), `HASHXOF` (`shake_128`, `shake_256`, whose `digest` takes a
//!   length), and the classes `blake2b`/`blake2s` (BLAKE2 written here, with
//!   every parameter of RFC 7693's parameter block: key, salt, person, tree
//!   hashing fields) — one payload, [`PyHash`], for all four types.
//! - the constructors `openssl_md5` ... `openssl_sha3_512`, `new(name, data)`,
//!   `pbkdf2_hmac`, `compare_digest` (constant time, also `hmac.compare_digest`).

use std::cell::RefCell;

use digest::{DynDigest, ExtendableOutput, Update, XofReader};
use kaa_vm::builtins::new_native_type;
use kaa_vm::object::buffer;
use kaa_vm::object::core::PyPayload;
use kaa_vm::object::int::{IntValue, PyInt};
use kaa_vm::object::str::PyStr;
use kaa_vm::object::PyObjectRef;
use kaa_vm::vm::NativeFn;
use kaa_vm::{Args, PyResult, Vm};

// ----- BLAKE2 (RFC 7693) -----

const SIGMA: [[usize; 16]; 10] = [
    [0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15],
    [14, 10, 4, 8, 9, 15, 13, 6, 1, 12, 0, 2, 11, 7, 5, 3],
    [11, 8, 12, 0, 5, 2, 15, 13, 10, 14, 3, 6, 7, 1, 9, 4],
    [7, 9, 3, 1, 13, 12, 11, 14, 2, 6, 5, 10, 4, 0, 15, 8],
    [9, 0, 5, 7, 2, 4, 10, 15, 14, 1, 11, 12, 6, 8, 3, 13],
    [2, 12, 6, 10, 0, 11, 8, 3, 4, 13, 7, 5, 15, 14, 1, 9],
    [12, 5, 1, 15, 14, 13, 4, 10, 0, 7, 6, 3, 9, 2, 8, 11],
    [13, 11, 7, 14, 12, 1, 3, 9, 5, 0, 15, 4, 8, 6, 2, 10],
    [6, 15, 14, 9, 11, 3, 0, 8, 12, 2, 13, 7, 1, 4, 10, 5],
    [10, 2, 8, 4, 7, 6, 1, 5, 15, 11, 9, 14, 3, 12, 13, 0],
];

const B_IV: [u64; 8] = [
    0x6a09e667f3bcc908,
    0xbb67ae8584caa73b,
    0x3c6ef372fe94f82b,
    0xa54ff53a5f1d36f1,
    0x510e527fade682d1,
    0x9b05688c2b3e6c1f,
    0x1f83d9abfb41bd6b,
    0x5be0cd19137e2179,
];

const S_IV: [u32; 8] = [
    0x6a09e667, 0xbb67ae85, 0x3c6ef372, 0xa54ff53a, 0x510e527f, 0x9b05688c, 0x1f83d9ab, 0x5be0cd19,
];

/// The parameters of a BLAKE2 hash (`blake2b(...)`'s keywords), checked.
struct Blake2Params {
    digest_size: usize,
    key: Vec<u8>,
    salt: Vec<u8>,
    person: Vec<u8>,
    fanout: u8,
    depth: u8,
    leaf_size: u32,
    node_offset: u64,
    node_depth: u8,
    inner_size: u8,
    last_node: bool,
}

macro_rules! blake2 {
    ($Name:ident, $W:ty, $BB:expr, $ROUNDS:expr, $IV:ident, $OFFLEN:expr, [$r1:expr, $r2:expr, $r3:expr, $r4:expr]) => {
        #[derive(Clone)]
        struct $Name {
            h: [$W; 8],
            t: u128,
            buf: [u8; $BB],
            len: usize,
            outlen: usize,
            last_node: bool,
        }

        impl $Name {
            const WB: usize = std::mem::size_of::<$W>();

            fn new(p: &Blake2Params) -> Self {
                // The parameter block: 8 words.
                let mut pb = [0u8; $BB / 2];
                pb[0] = p.digest_size as u8;
                pb[1] = p.key.len() as u8;
                pb[2] = p.fanout;
                pb[3] = p.depth;
                pb[4..8].copy_from_slice(&p.leaf_size.to_le_bytes());
                pb[8..8 + $OFFLEN].copy_from_slice(&p.node_offset.to_le_bytes()[..$OFFLEN]);
                pb[8 + $OFFLEN] = p.node_depth;
                pb[9 + $OFFLEN] = p.inner_size;
                pb[$BB / 4..$BB / 4 + p.salt.len()].copy_from_slice(&p.salt);
                let ps = $BB / 4 + $BB / 8;
                pb[ps..ps + p.person.len()].copy_from_slice(&p.person);
                let mut h = $IV;
                for (i, w) in h.iter_mut().enumerate() {
                    let mut b = [0u8; Self::WB];
                    b.copy_from_slice(&pb[i * Self::WB..(i + 1) * Self::WB]);
                    *w ^= <$W>::from_le_bytes(b);
                }
                let mut s = $Name {
                    h,
                    t: 0,
                    buf: [0; $BB],
                    len: 0,
                    outlen: p.digest_size,
                    last_node: p.last_node,
                };
                if !p.key.is_empty() {
                    let mut block = [0u8; $BB];
                    block[..p.key.len()].copy_from_slice(&p.key);
                    s.update(&block);
                }
                s
            }

            fn compress(&mut self, last: bool) {
                let mut m = [0 as $W; 16];
                for (i, w) in m.iter_mut().enumerate() {
                    let mut b = [0u8; Self::WB];
                    b.copy_from_slice(&self.buf[i * Self::WB..(i + 1) * Self::WB]);
                    *w = <$W>::from_le_bytes(b);
                }
                let mut v = [0 as $W; 16];
                v[..8].copy_from_slice(&self.h);
                v[8..].copy_from_slice(&$IV);
                v[12] ^= self.t as $W;
                v[13] ^= (self.t >> (8 * Self::WB)) as $W;
                if last {
                    v[14] = !v[14];
                    if self.last_node {
                        v[15] = !v[15];
                    }
                }
                fn g(v: &mut [$W; 16], a: usize, b: usize, c: usize, d: usize, x: $W, y: $W) {
                    v[a] = v[a].wrapping_add(v[b]).wrapping_add(x);
                    v[d] = (v[d] ^ v[a]).rotate_right($r1);
                    v[c] = v[c].wrapping_add(v[d]);
                    v[b] = (v[b] ^ v[c]).rotate_right($r2);
                    v[a] = v[a].wrapping_add(v[b]).wrapping_add(y);
                    v[d] = (v[d] ^ v[a]).rotate_right($r3);
                    v[c] = v[c].wrapping_add(v[d]);
                    v[b] = (v[b] ^ v[c]).rotate_right($r4);
                }
                for r in 0..$ROUNDS {
                    let s = &SIGMA[r % 10];
                    g(&mut v, 0, 4, 8, 12, m[s[0]], m[s[1]]);
                    g(&mut v, 1, 5, 9, 13, m[s[2]], m[s[3]]);
                    g(&mut v, 2, 6, 10, 14, m[s[4]], m[s[5]]);
                    g(&mut v, 3, 7, 11, 15, m[s[6]], m[s[7]]);
                    g(&mut v, 0, 5, 10, 15, m[s[8]], m[s[9]]);
                    g(&mut v, 1, 6, 11, 12, m[s[10]], m[s[11]]);
                    g(&mut v, 2, 7, 8, 13, m[s[12]], m[s[13]]);
                    g(&mut v, 3, 4, 9, 14, m[s[14]], m[s[15]]);
                }
                for i in 0..8 {
                    self.h[i] ^= v[i] ^ v[i + 8];
                }
            }

            fn update(&mut self, mut data: &[u8]) {
                while !data.is_empty() {
                    // The last block is kept until the end: it is compressed
                    // with the final flag.
                    if self.len == $BB {
                        self.t = self.t.wrapping_add($BB);
                        self.compress(false);
                        self.len = 0;
                    }
                    let n = ($BB - self.len).min(data.len());
                    self.buf[self.len..self.len + n].copy_from_slice(&data[..n]);
                    self.len += n;
                    data = &data[n..];
                }
            }

            fn finish(&self) -> Vec<u8> {
                let mut s = self.clone();
                s.t = s.t.wrapping_add(s.len as u128);
                s.buf[s.len..].fill(0);
                s.compress(true);
                let mut out: Vec<u8> = s.h.iter().flat_map(|w| w.to_le_bytes()).collect();
                out.truncate(s.outlen);
                out
            }
        }
    };
}

blake2!(Blake2b, u64, 128, 12, B_IV, 8, [32, 24, 16, 63]);
blake2!(Blake2s, u32, 64, 10, S_IV, 6, [16, 12, 8, 7]);

// ----- the hash states -----

#[derive(Clone)]
enum State {
    Fixed(Box<dyn DynDigest>),
    Shake128(shake::Shake128),
    Shake256(shake::Shake256),
    Blake2b(Box<Blake2b>),
    Blake2s(Box<Blake2s>),
}

impl State {
    fn update(&mut self, data: &[u8]) {
        match self {
            State::Fixed(d) => d.update(data),
            State::Shake128(s) => Update::update(s, data),
            State::Shake256(s) => Update::update(s, data),
            State::Blake2b(b) => b.update(data),
            State::Blake2s(b) => b.update(data),
        }
    }

    /// The digest so far (`len` bytes for the XOFs); the state is unchanged.
    fn finish(&self, len: usize) -> Vec<u8> {
        match self {
            State::Fixed(d) => d.box_clone().finalize().into_vec(),
            State::Shake128(s) => {
                let mut out = vec![0; len];
                s.clone().finalize_xof().read(&mut out);
                out
            }
            State::Shake256(s) => {
                let mut out = vec![0; len];
                s.clone().finalize_xof().read(&mut out);
                out
            }
            State::Blake2b(b) => b.finish(),
            State::Blake2s(b) => b.finish(),
        }
    }

    fn digest_size(&self) -> usize {
        match self {
            State::Fixed(d) => d.output_size(),
            State::Shake128(_) | State::Shake256(_) => 0,
            State::Blake2b(b) => b.outlen,
            State::Blake2s(b) => b.outlen,
        }
    }
}

/// The algorithms of `HASH`/`HASHXOF`: name, block size and a fresh state.
fn fixed_state(name: &str) -> Option<(&'static str, usize, State)> {
    let boxed = |d: Box<dyn DynDigest>| State::Fixed(d);
    Some(match name {
        "md5" => ("md5", 64, boxed(Box::new(md5::Md5::default()))),
        "sha1" => ("sha1", 64, boxed(Box::new(sha1::Sha1::default()))),
        "sha224" => ("sha224", 64, boxed(Box::new(sha2::Sha224::default()))),
        "sha256" => ("sha256", 64, boxed(Box::new(sha2::Sha256::default()))),
        "sha384" => ("sha384", 128, boxed(Box::new(sha2::Sha384::default()))),
        "sha512" => ("sha512", 128, boxed(Box::new(sha2::Sha512::default()))),
        "sha512_224" => ("sha512_224", 128, boxed(Box::new(sha2::Sha512_224::default()))),
        "sha512_256" => ("sha512_256", 128, boxed(Box::new(sha2::Sha512_256::default()))),
        "sha3_224" => ("sha3_224", 144, boxed(Box::new(sha3::Sha3_224::default()))),
        "sha3_256" => ("sha3_256", 136, boxed(Box::new(sha3::Sha3_256::default()))),
        "sha3_384" => ("sha3_384", 104, boxed(Box::new(sha3::Sha3_384::default()))),
        "sha3_512" => ("sha3_512", 72, boxed(Box::new(sha3::Sha3_512::default()))),
        "shake_128" => ("shake_128", 168, State::Shake128(Default::default())),
        "shake_256" => ("shake_256", 136, State::Shake256(Default::default())),
        _ => return None,
    })
}

/// The spellings `new()` accepts (OpenSSL's too) to the canonical name.
fn canonical(name: &str) -> String {
    let lower = name.to_ascii_lowercase();
    match lower.as_str() {
        "sha3-224" | "sha3-256" | "sha3-384" | "sha3-512" => lower.replace('-', "_"),
        "sha512-224" | "sha512-256" => lower.replace('-', "_"),
        "shake128" => "shake_128".into(),
        "shake256" => "shake_256".into(),
        "blake2b512" => "blake2b".into(),
        "blake2s256" => "blake2s".into(),
        _ => lower,
    }
}

/// A hash object: `_hashlib.HASH`, `_hashlib.HASHXOF`, `_blake2.blake2b/s`.
struct PyHash {
    name: &'static str,
    block_size: usize,
    state: RefCell<State>,
}

impl PyPayload for PyHash {}

fn state_type(vm: &mut Vm, name: &str) -> PyResult<PyObjectRef> {
    let found = vm.module_state.borrow().get(&format!("_hashlib.{name}")).cloned();
    found.ok_or_else(|| vm.new_runtime_error("_hashlib is not initialized"))
}

fn new_hash(_vm: &mut Vm, cls: &PyObjectRef, name: &'static str, block_size: usize, state: State) -> PyObjectRef {
    PyObjectRef::new(
        PyHash {
            name,
            block_size,
            state: RefCell::new(state),
        },
        cls,
    )
}

fn this<'a>(vm: &mut Vm, o: &'a PyObjectRef) -> PyResult<&'a PyHash> {
    o.downcast_ref::<PyHash>().ok_or_else(|| {
        vm.new_type_error(format!(
            "descriptor requires a '_hashlib.HASH' object but received a '{}'",
            o.ty().name()
        ))
    })
}

/// The bytes of data to hash, with `hashlib`'s messages.
fn hash_data(vm: &mut Vm, o: &PyObjectRef) -> PyResult<Vec<u8>> {
    if o.downcast_ref::<PyStr>().is_some() {
        return Err(vm.new_type_error("Strings must be encoded before hashing"));
    }
    match buffer::read(vm, o)? {
        Some(b) => {
            vm.charge_bytes(b.len())?;
            Ok(b.into_vec())
        }
        None => Err(vm.new_type_error("object supporting the buffer API required")),
    }
}

fn hash_update(vm: &mut Vm, args: Args) -> PyResult {
    args.no_kwargs(vm, "HASH.update")?;
    let pos = args.pos();
    if pos.len() != 2 {
        return Err(vm.new_type_error(format!(
            "HASH.update() takes exactly one argument ({} given)",
            pos.len().saturating_sub(1)
        )));
    }
    let data = hash_data(vm, &pos[1])?;
    this(vm, &pos[0])?.state.borrow_mut().update(&data);
    Ok(vm.none())
}

/// `digest()` of a fixed-size hash, or `digest(length)` of an XOF.
fn digest_bytes(vm: &mut Vm, args: &Args, fname: &str) -> PyResult<Vec<u8>> {
    let Some(me) = args.pos().first() else {
        return Err(vm.new_type_error(format!("{fname}() needs self")));
    };
    let h = this(vm, me)?;
    let xof = matches!(&*h.state.borrow(), State::Shake128(_) | State::Shake256(_));
    if !xof {
        args.exact::<1>(vm, fname)?;
        return Ok(h.state.borrow().finish(0));
    }
    let [_, length] = args.bind::<2>(vm, fname, ["self", "length"], 2, 1)?;
    let Some(length) = length else {
        return Err(vm.new_type_error(format!("{fname}() missing required argument 'length' (pos 1)")));
    };
    let n = match vm.to_index_value(&length)? {
        IntValue::Small(n) => n,
        IntValue::Big(_) => return Err(vm.new_overflow_error("Python int too large to convert to C ssize_t")),
    };
    if n < 0 {
        let cls = vm.exc.system_error.clone();
        return Err(vm.new_exception_msg(&cls, "Negative size passed to PyBytes_FromStringAndSize"));
    }
    if n > 1 << 31 {
        return Err(vm.new_memory_error());
    }
    // The memory cap before the digest is made (`hexdigest` doubles it).
    vm.check_alloc(n as u128 * 2)?;
    let h = this(vm, me)?;
    let out = h.state.borrow().finish(n as usize);
    Ok(out)
}

fn hash_digest(vm: &mut Vm, args: Args) -> PyResult {
    let d = digest_bytes(vm, &args, "digest")?;
    Ok(vm.new_bytes(d))
}

fn hash_hexdigest(vm: &mut Vm, args: Args) -> PyResult {
    let d = digest_bytes(vm, &args, "hexdigest")?;
    Ok(vm.new_str(hex(&d)))
}

fn hex(d: &[u8]) -> String {
    const DIGITS: &[u8; 16] = b"0123456789abcdef";
    let mut s = String::with_capacity(d.len() * 2);
    for b in d {
        s.push(DIGITS[usize::from(b >> 4)] as char);
        s.push(DIGITS[usize::from(b & 15)] as char);
    }
    s
}

fn hash_copy(vm: &mut Vm, args: Args) -> PyResult {
    let [me] = args.exact::<1>(vm, "copy")?;
    let h = this(vm, me)?;
    let (name, block_size, state) = (h.name, h.block_size, h.state.borrow().clone());
    let cls = me.class().clone();
    Ok(new_hash(vm, &cls, name, block_size, state))
}

fn no_new_hash(vm: &mut Vm, _args: Args) -> PyResult {
    Err(vm.new_type_error("cannot create '_hashlib.HASH' instances"))
}

fn no_new_hashxof(vm: &mut Vm, _args: Args) -> PyResult {
    Err(vm.new_type_error("cannot create '_hashlib.HASHXOF' instances"))
}

fn hash_repr(vm: &mut Vm, args: Args) -> PyResult {
    let [me] = args.exact::<1>(vm, "__repr__")?;
    let h = this(vm, me)?;
    let tname = me.ty().name().to_string();
    Ok(vm.new_str(format!("<{} _hashlib.{tname} object @ {:#x}>", h.name, me.id())))
}

fn get_name(vm: &mut Vm, me: &PyObjectRef) -> PyResult {
    let n = this(vm, me)?.name;
    Ok(vm.new_str(n))
}

fn get_digest_size(vm: &mut Vm, me: &PyObjectRef) -> PyResult {
    let n = this(vm, me)?.state.borrow().digest_size();
    Ok(vm.new_int(n as i64))
}

fn get_block_size(vm: &mut Vm, me: &PyObjectRef) -> PyResult {
    let n = this(vm, me)?.block_size;
    Ok(vm.new_int(n as i64))
}

// ----- constructors -----

/// `openssl_NAME(string=b'', *, usedforsecurity=True)`.
fn construct(vm: &mut Vm, args: &Args, name: &str) -> PyResult {
    let fname = format!("openssl_{name}");
    let pos = args.pos();
    if pos.len() > 1 {
        return Err(vm.new_type_error(format!(
            "{fname}() takes at most 1 positional argument ({} given)",
            pos.len()
        )));
    }
    let mut data = pos.first().cloned();
    for (k, v) in args.kwargs() {
        match k {
            "string" if data.is_none() => data = Some(v.clone()),
            "string" => {
                return Err(vm.new_type_error(format!(
                    "argument for {fname}() given by name ('string') and position (1)"
                )))
            }
            "usedforsecurity" => {}
            _ => return Err(vm.new_type_error(format!("'{k}' is an invalid keyword argument for {fname}()"))),
        }
    }
    make_fixed(vm, name, data.as_ref())
}

fn make_fixed(vm: &mut Vm, name: &str, data: Option<&PyObjectRef>) -> PyResult {
    let Some((name, block, mut state)) = fixed_state(name) else {
        return Err(vm.new_value_error(format!("unsupported hash type {name}")));
    };
    if let Some(d) = data {
        let bytes = hash_data(vm, d)?;
        state.update(&bytes);
    }
    let cls = if name.starts_with("shake") {
        state_type(vm, "HASHXOF")?
    } else {
        state_type(vm, "HASH")?
    };
    Ok(new_hash(vm, &cls, name, block, state))
}

macro_rules! constructors {
    ($($f:ident => $name:expr),* $(,)?) => {
        $(fn $f(vm: &mut Vm, args: Args) -> PyResult {
            construct(vm, &args, $name)
        })*
        const CONSTRUCTORS: &[(&str, NativeFn)] = &[$((concat!("openssl_", $name), $f)),*];
    };
}

constructors!(
    c_md5 => "md5", c_sha1 => "sha1", c_sha224 => "sha224", c_sha256 => "sha256",
    c_sha384 => "sha384", c_sha512 => "sha512", c_sha3_224 => "sha3_224",
    c_sha3_256 => "sha3_256", c_sha3_384 => "sha3_384", c_sha3_512 => "sha3_512",
    c_shake_128 => "shake_128", c_shake_256 => "shake_256",
);

/// `_hashlib.new(name, string=b'', *, usedforsecurity=True)` (not BLAKE2:
/// `hashlib.new` sends those to the `blake2b`/`blake2s` classes).
fn hash_new(vm: &mut Vm, args: Args) -> PyResult {
    let [name, data, _] = args.bind::<3>(vm, "new", ["name", "string", "usedforsecurity"], 2, 1)?;
    let name = name.unwrap_or_else(|| vm.none());
    let Some(s) = name.downcast_ref::<PyStr>() else {
        return Err(vm.new_type_error("name must be a string"));
    };
    let canon = canonical(s.as_str());
    if canon == "blake2b" || canon == "blake2s" {
        let p = default_params(if canon == "blake2b" { 64 } else { 32 });
        let state = blake2_state(&canon, &p);
        let cls = state_type(vm, &canon)?;
        let (n, bs) = if canon == "blake2b" {
            ("blake2b", 128)
        } else {
            ("blake2s", 64)
        };
        let h = new_hash(vm, &cls, n, bs, state);
        if let Some(d) = data {
            let bytes = hash_data(vm, &d)?;
            this(vm, &h)?.state.borrow_mut().update(&bytes);
        }
        return Ok(h);
    }
    if fixed_state(&canon).is_none() {
        return Err(vm.new_value_error(format!("unsupported hash type {}", s.as_str())));
    }
    make_fixed(vm, &canon, data.as_ref())
}

fn default_params(digest_size: usize) -> Blake2Params {
    Blake2Params {
        digest_size,
        key: vec![],
        salt: vec![],
        person: vec![],
        fanout: 1,
        depth: 1,
        leaf_size: 0,
        node_offset: 0,
        node_depth: 0,
        inner_size: 0,
        last_node: false,
    }
}

fn blake2_state(name: &str, p: &Blake2Params) -> State {
    if name == "blake2b" {
        State::Blake2b(Box::new(Blake2b::new(p)))
    } else {
        State::Blake2s(Box::new(Blake2s::new(p)))
    }
}

const BLAKE2_KEYWORDS: [&str; 13] = [
    "data",
    "digest_size",
    "key",
    "salt",
    "person",
    "fanout",
    "depth",
    "leaf_size",
    "node_offset",
    "node_depth",
    "inner_size",
    "last_node",
    "usedforsecurity",
];

/// An int argument as C's `int` (`i`).
fn c_int(vm: &mut Vm, o: &PyObjectRef) -> PyResult<i64> {
    let v = vm.to_index_value(o)?;
    match v {
        IntValue::Small(i) if i32::try_from(i).is_ok() => Ok(i),
        IntValue::Small(i) if i > 0 => Err(vm.new_overflow_error("signed integer is greater than maximum")),
        IntValue::Small(_) => Err(vm.new_overflow_error("signed integer is less than minimum")),
        IntValue::Big(_) => Err(vm.new_overflow_error("Python int too large to convert to C int")),
    }
}

/// `blake2b.__new__(cls, data=b'', *, digest_size=64, key=b'', ...)`.
fn blake2_new(vm: &mut Vm, args: Args, name: &'static str, big: bool) -> PyResult {
    let pos = args.pos();
    let Some(cls) = pos.first().cloned() else {
        return Err(vm.new_type_error(format!("_blake2.{name}.__new__(): not enough arguments")));
    };
    if cls.as_type().is_none() {
        return Err(vm.new_type_error(format!(
            "_blake2.{name}.__new__(X): X is not a type object ({})",
            cls.ty().name()
        )));
    }
    let base = state_type(vm, name)?;
    if !cls.is_subtype(&base) {
        let n = cls.ty_payload().name().to_string();
        return Err(vm.new_type_error(format!(
            "_blake2.{name}.__new__({n}): {n} is not a subtype of _blake2.{name}"
        )));
    }
    if pos.len() > 2 {
        return Err(vm.new_type_error(format!(
            "{name}() takes at most 1 positional argument ({} given)",
            pos.len() - 1
        )));
    }
    let mut slots: [Option<PyObjectRef>; 13] = Default::default();
    slots[0] = pos.get(1).cloned();
    for (k, v) in args.kwargs() {
        match BLAKE2_KEYWORDS.iter().position(|n| *n == k) {
            Some(0) if slots[0].is_some() => {
                return Err(vm.new_type_error(format!("argument for {name}() given by name ('data') and position (1)")))
            }
            Some(i) => slots[i] = Some(v.clone()),
            None => return Err(vm.new_type_error(format!("'{k}' is an invalid keyword argument for {name}()"))),
        }
    }
    let max = if big { 64 } else { 32 };
    let mut p = default_params(max);
    if let Some(o) = &slots[1] {
        let n = c_int(vm, o)?;
        if !(1..=max as i64).contains(&n) {
            return Err(vm.new_value_error(format!("digest_size must be between 1 and {max} bytes")));
        }
        p.digest_size = n as usize;
    }
    let bytes_arg = |vm: &mut Vm, o: &Option<PyObjectRef>| -> PyResult<Vec<u8>> {
        match o {
            Some(o) => Ok(buffer::bytes_like(vm, o)?.into_vec()),
            None => Ok(vec![]),
        }
    };
    p.key = bytes_arg(vm, &slots[2])?;
    if p.key.len() > max {
        return Err(vm.new_value_error(format!("maximum key length is {max} bytes")));
    }
    p.salt = bytes_arg(vm, &slots[3])?;
    if p.salt.len() > max / 4 {
        return Err(vm.new_value_error(format!("maximum salt length is {} bytes", max / 4)));
    }
    p.person = bytes_arg(vm, &slots[4])?;
    if p.person.len() > max / 4 {
        return Err(vm.new_value_error(format!("maximum person length is {} bytes", max / 4)));
    }
    if let Some(o) = &slots[5] {
        let n = c_int(vm, o)?;
        if !(0..=255).contains(&n) {
            return Err(vm.new_value_error("fanout must be between 0 and 255"));
        }
        p.fanout = n as u8;
    }
    if let Some(o) = &slots[6] {
        let n = c_int(vm, o)?;
        if !(1..=255).contains(&n) {
            return Err(vm.new_value_error("depth must be between 1 and 255"));
        }
        p.depth = n as u8;
    }
    if let Some(o) = &slots[7] {
        let n = unsigned(vm, o, "Python int too large to convert to C unsigned long")?;
        if n > u64::from(u32::MAX) {
            return Err(vm.new_overflow_error("leaf_size is too large"));
        }
        p.leaf_size = n as u32;
    }
    if let Some(o) = &slots[8] {
        let n = unsigned(vm, o, "int too big to convert")?;
        if !big && n >= 1 << 48 {
            return Err(vm.new_overflow_error("node_offset is too large"));
        }
        p.node_offset = n;
    }
    if let Some(o) = &slots[9] {
        let n = c_int(vm, o)?;
        if !(0..=255).contains(&n) {
            return Err(vm.new_value_error("node_depth must be between 0 and 255"));
        }
        p.node_depth = n as u8;
    }
    if let Some(o) = &slots[10] {
        let n = c_int(vm, o)?;
        if !(0..=max as i64).contains(&n) {
            return Err(vm.new_value_error(format!("inner_size must be between 0 and is {max}")));
        }
        p.inner_size = n as u8;
    }
    if let Some(o) = &slots[11] {
        p.last_node = vm.is_true(o)?;
    }
    let data = match &slots[0] {
        Some(d) => Some(hash_data(vm, d)?),
        None => None,
    };
    let mut state = blake2_state(name, &p);
    if let Some(d) = data {
        state.update(&d);
    }
    Ok(new_hash(vm, &cls, name, if big { 128 } else { 64 }, state))
}

/// An unsigned 64-bit argument (`leaf_size`, `node_offset`).
fn unsigned(vm: &mut Vm, o: &PyObjectRef, too_big: &str) -> PyResult<u64> {
    if o.downcast_ref::<PyInt>().is_none() {
        // CPython converts with `PyLong_AsUnsignedLongLong`.
        return Err(vm.new_type_error("an integer is required"));
    }
    let v = vm.to_index_value(o)?;
    match v {
        IntValue::Small(i) if i < 0 => Err(vm.new_value_error("value must be positive")),
        IntValue::Small(i) => Ok(i as u64),
        IntValue::Big(b) => {
            if b.sign() == num_bigint::Sign::Minus {
                Err(vm.new_value_error("value must be positive"))
            } else {
                u64::try_from(b.as_ref()).map_err(|_| vm.new_overflow_error(too_big))
            }
        }
    }
}

fn blake2b_new(vm: &mut Vm, args: Args) -> PyResult {
    blake2_new(vm, args, "blake2b", true)
}

fn blake2s_new(vm: &mut Vm, args: Args) -> PyResult {
    blake2_new(vm, args, "blake2s", false)
}

// ----- pbkdf2_hmac, compare_digest -----

/// A fresh state and block size for HMAC by `name` (as OpenSSL names them).
fn hmac_base(name: &str) -> Option<(State, usize)> {
    let canon = canonical(name);
    match canon.as_str() {
        "blake2b" => Some((blake2_state("blake2b", &default_params(64)), 128)),
        "blake2s" => Some((blake2_state("blake2s", &default_params(32)), 64)),
        "shake_128" | "shake_256" => None,
        _ => fixed_state(&canon).map(|(_, b, s)| (s, b)),
    }
}

/// HMAC's inner and outer states after the padded key.
fn hmac_init(base: &State, block: usize, key: &[u8]) -> (State, State) {
    let mut k = if key.len() > block {
        let mut h = base.clone();
        h.update(key);
        h.finish(0)
    } else {
        key.to_vec()
    };
    k.resize(block, 0);
    let mut inner = base.clone();
    inner.update(&k.iter().map(|b| b ^ 0x36).collect::<Vec<u8>>());
    let mut outer = base.clone();
    outer.update(&k.iter().map(|b| b ^ 0x5c).collect::<Vec<u8>>());
    (inner, outer)
}

fn hmac_run(inner: &State, outer: &State, msg: &[u8]) -> Vec<u8> {
    let mut i = inner.clone();
    i.update(msg);
    let mut o = outer.clone();
    o.update(&i.finish(0));
    o.finish(0)
}

/// `pbkdf2_hmac(hash_name, password, salt, iterations, dklen=None)`.
fn pbkdf2_hmac(vm: &mut Vm, args: Args) -> PyResult {
    let [name, password, salt, iterations, dklen] = args.bind::<5>(
        vm,
        "pbkdf2_hmac",
        ["hash_name", "password", "salt", "iterations", "dklen"],
        5,
        4,
    )?;
    let (Some(name), Some(password), Some(salt), Some(iterations)) = (name, password, salt, iterations) else {
        return Err(vm.new_type_error("pbkdf2_hmac() missing required argument"));
    };
    let Some(name) = name.downcast_ref::<PyStr>().map(|s| s.as_str().to_string()) else {
        return Err(vm.new_type_error(format!(
            "pbkdf2_hmac() argument 'hash_name' must be str, not {}",
            name.ty().name()
        )));
    };
    let password = buffer::bytes_like(vm, &password)?.into_vec();
    let salt = buffer::bytes_like(vm, &salt)?.into_vec();
    let iterations = match vm.to_index_value(&iterations)? {
        IntValue::Small(i) if i < 1 => return Err(vm.new_value_error("iteration value must be greater than 0.")),
        IntValue::Small(i) if i <= i64::from(i32::MAX) => i as u64,
        IntValue::Big(b) if b.sign() == num_bigint::Sign::Minus => {
            return Err(vm.new_overflow_error("Python int too large to convert to C long"))
        }
        _ => return Err(vm.new_overflow_error("iteration value is too great.")),
    };
    if name.starts_with("shake") {
        return Err(vm.new_value_error("no reason supplied"));
    }
    let Some((base, block)) = hmac_base(&name) else {
        let cls = unsupported_error(vm)?;
        return Err(vm.new_exception_msg(&cls, "[digital envelope routines] unsupported"));
    };
    let hlen = base.finish(0).len();
    let dklen = match dklen.filter(|d| !vm.is_none(d)) {
        None => hlen,
        Some(d) => match vm.to_index_value(&d)? {
            IntValue::Small(i) if i < 1 => return Err(vm.new_value_error("key length must be greater than 0.")),
            IntValue::Small(i) if i <= i64::from(i32::MAX) => i as usize,
            IntValue::Big(b) if b.sign() == num_bigint::Sign::Minus => {
                return Err(vm.new_overflow_error("Python int too large to convert to C long"))
            }
            _ => return Err(vm.new_overflow_error("key length is too great.")),
        },
    };
    let (inner, outer) = hmac_init(&base, block, &password);
    let mut out = Vec::with_capacity(dklen);
    let mut block_index: u32 = 1;
    let mut work: u64 = 0;
    while out.len() < dklen {
        let mut msg = salt.clone();
        msg.extend_from_slice(&block_index.to_be_bytes());
        let mut u = hmac_run(&inner, &outer, &msg);
        let mut t = u.clone();
        for _ in 1..iterations {
            u = hmac_run(&inner, &outer, &u);
            for (a, b) in t.iter_mut().zip(&u) {
                *a ^= b;
            }
            work += 1;
            if work % 4096 == 0 {
                vm.check_limits()?;
            }
        }
        let take = (dklen - out.len()).min(t.len());
        out.extend_from_slice(&t[..take]);
        block_index = block_index.wrapping_add(1);
    }
    Ok(vm.new_bytes(out))
}

fn unsupported_error(vm: &mut Vm) -> PyResult<PyObjectRef> {
    state_type(vm, "UnsupportedDigestmodError")
}

/// `compare_digest(a, b)`: equal without an early exit.
fn compare_digest(vm: &mut Vm, args: Args) -> PyResult {
    let [a, b] = args.exact::<2>(vm, "compare_digest")?;
    let (sa, sb) = (a.downcast_ref::<PyStr>(), b.downcast_ref::<PyStr>());
    let (x, y): (Vec<u8>, Vec<u8>) = match (sa, sb) {
        (Some(sa), Some(sb)) => {
            if !sa.as_str().is_ascii() || !sb.as_str().is_ascii() {
                return Err(vm.new_type_error("comparing strings with non-ASCII characters is not supported"));
            }
            (sa.as_str().as_bytes().to_vec(), sb.as_str().as_bytes().to_vec())
        }
        (None, None) => match (buffer::read(vm, a)?, buffer::read(vm, b)?) {
            (Some(x), Some(y)) => (x.into_vec(), y.into_vec()),
            (None, None) => return Err(operand_error(vm, a, b)),
            (None, Some(_)) => return Err(bytes_required(vm, a)),
            (Some(_), None) => return Err(bytes_required(vm, b)),
        },
        // One str: an error about the str if the other is bytes-like.
        (Some(_), None) if buffer::is_bytes_like(b) => return Err(bytes_required(vm, a)),
        (None, Some(_)) if buffer::is_bytes_like(a) => return Err(bytes_required(vm, b)),
        _ => return Err(operand_error(vm, a, b)),
    };
    let mut diff = u8::from(x.len() != y.len());
    let other = if x.len() == y.len() { &y } else { &x };
    for (p, q) in x.iter().zip(other) {
        diff |= p ^ q;
    }
    Ok(vm.new_bool(diff == 0))
}

fn bytes_required(vm: &mut Vm, o: &PyObjectRef) -> PyObjectRef {
    vm.new_type_error(format!("a bytes-like object is required, not '{}'", o.ty().name()))
}

fn operand_error(vm: &mut Vm, a: &PyObjectRef, b: &PyObjectRef) -> PyObjectRef {
    vm.new_type_error(format!(
        "unsupported operand types(s) or combination of types: '{}' and '{}'",
        a.ty().name(),
        b.ty().name()
    ))
}

pub fn init(vm: &mut Vm) -> PyResult<PyObjectRef> {
    let (m, d) = vm.new_module_with_dict("_hashlib", None)?;
    let methods: &[(&'static str, NativeFn)] = &[
        ("update", hash_update),
        ("digest", hash_digest),
        ("hexdigest", hash_hexdigest),
        ("copy", hash_copy),
    ];
    for (tname, module) in [
        ("HASH", "_hashlib"),
        ("HASHXOF", "_hashlib"),
        ("blake2b", "_blake2"),
        ("blake2s", "_blake2"),
    ] {
        let cls = new_native_type::<PyHash>(vm, tname, None);
        for &(name, f) in methods {
            vm.add_method(&cls, name, f);
        }
        vm.add_getset(&cls, "name", get_name, None);
        vm.add_getset(&cls, "digest_size", get_digest_size, None);
        vm.add_getset(&cls, "block_size", get_block_size, None);
        let modname = vm.new_str(module);
        vm.set_type_attr(&cls, "__module__", modname);
        if module == "_hashlib" {
            vm.add_method(&cls, "__repr__", hash_repr);
            vm.add_static(
                &cls,
                "__new__",
                if tname == "HASH" { no_new_hash } else { no_new_hashxof },
            );
        } else {
            let big = tname == "blake2b";
            let n = if big { 64 } else { 32 };
            for (k, v) in [
                ("MAX_DIGEST_SIZE", n),
                ("MAX_KEY_SIZE", n),
                ("SALT_SIZE", n / 4),
                ("PERSON_SIZE", n / 4),
            ] {
                let v = vm.new_int(v);
                vm.set_type_attr(&cls, k, v);
            }
            vm.add_static(&cls, "__new__", if big { blake2b_new } else { blake2s_new });
        }
        vm.module_state
            .borrow_mut()
            .insert(format!("_hashlib.{tname}"), cls.clone());
        vm.dict_set_str(&d, tname, cls)?;
    }
    let value_error = vm.exc.value_error.clone();
    let type_ = vm.types.type_.clone();
    let unsupported = vm.new_class("UnsupportedDigestmodError", vec![value_error], &type_)?;
    let modname = vm.new_str("_hashlib");
    vm.set_type_attr(&unsupported, "__module__", modname);
    vm.module_state
        .borrow_mut()
        .insert("_hashlib.UnsupportedDigestmodError".to_string(), unsupported.clone());
    vm.dict_set_str(&d, "UnsupportedDigestmodError", unsupported)?;
    let mut functions: Vec<(&'static str, NativeFn)> = vec![
        ("new", hash_new),
        ("pbkdf2_hmac", pbkdf2_hmac),
        ("compare_digest", compare_digest),
    ];
    functions.extend_from_slice(CONSTRUCTORS);
    for (name, f) in functions {
        let func = vm.new_builtin_function(name, f);
        vm.dict_set_str(&d, name, func)?;
    }
    Ok(m)
}
