//! `zlib`: deflate compression as CPython's `zlib` module offers it, over the
//! `miniz_oxide` crate's raw deflate coder.
//!
//! The crate codes raw deflate only; the zlib and gzip wrappers (headers,
//! Adler-32 / CRC-32 trailers, `wbits` rules) are written here, so that the
//! error messages are zlib's. Two things zlib has and the crate does not are
//! built from what it does have:
//!
//! - a preset dictionary (`zdict`): a compressor is *primed* by coding the
//!   dictionary and a sync flush, whose output is dropped: what follows may
//!   refer back into the dictionary. A decompressor gets the dictionary as
//!   the history its back-references may reach.
//! - `Compress.copy()`: the original is sync-flushed (the bytes wait in both
//!   objects, to come out with their next call) and the copy is a new
//!   compressor primed with the last 32 KiB of input.
//!
//! The compressed bytes are valid deflate but not byte for byte zlib's. The
//! coder's window is always 32 KiB, whatever `wbits` asks for (the header
//! still names the requested window).

use std::cell::RefCell;

use miniz_oxide::deflate::core::{
    compress_to_output, create_comp_flags_from_zip_params, CompressorOxide, TDEFLFlush, TDEFLStatus,
};
use miniz_oxide::inflate::core::{decompress as inflate_core, inflate_flags, DecompressorOxide};
use miniz_oxide::inflate::TINFLStatus;

use kaa_vm::builtins::new_native_type;
use kaa_vm::object::buffer;
use kaa_vm::object::core::PyPayload;
use kaa_vm::object::int::{IntValue, PyInt};
use kaa_vm::object::PyObjectRef;
use kaa_vm::vm::NativeFn;
use kaa_vm::{Args, PyResult, Vm};

const WINDOW: usize = 32 * 1024;
const MAX_WBITS: i64 = 15;
const DEF_MEM_LEVEL: i64 = 8;
const DEF_BUF_SIZE: i64 = 16 * 1024;
const ZLIB_VERSION: &str = "1.2.13";

const Z_NO_FLUSH: i64 = 0;
const Z_PARTIAL_FLUSH: i64 = 1;
const Z_SYNC_FLUSH: i64 = 2;
const Z_FULL_FLUSH: i64 = 3;
const Z_FINISH: i64 = 4;
const Z_BLOCK: i64 = 5;
const Z_TREES: i64 = 6;

// ----- checksums -----

fn crc_table() -> &'static [u32; 256] {
    static TABLE: std::sync::OnceLock<[u32; 256]> = std::sync::OnceLock::new();
    TABLE.get_or_init(|| {
        let mut t = [0u32; 256];
        for (i, slot) in t.iter_mut().enumerate() {
            let mut c = i as u32;
            for _ in 0..8 {
                c = if c & 1 != 0 { 0xEDB8_8320 ^ (c >> 1) } else { c >> 1 };
            }
            *slot = c;
        }
        t
    })
}

/// CRC-32 (as zlib's `crc32`) of `data`, continuing from `crc`.
pub fn crc32(crc: u32, data: &[u8]) -> u32 {
    let t = crc_table();
    let mut c = !crc;
    for &b in data {
        c = t[((c ^ b as u32) & 0xff) as usize] ^ (c >> 8);
    }
    !c
}

/// Adler-32 (as zlib's `adler32`) of `data`, continuing from `adler`.
pub fn adler32(adler: u32, data: &[u8]) -> u32 {
    const MOD: u32 = 65521;
    let (mut a, mut b) = (adler & 0xffff, adler >> 16);
    // 5552 bytes is the most that can be summed before `b` may overflow.
    for chunk in data.chunks(5552) {
        for &x in chunk {
            a += x as u32;
            b += a;
        }
        a %= MOD;
        b %= MOD;
    }
    (b << 16) | a
}

// ----- the wrappers -----

#[derive(Clone, Copy, PartialEq)]
enum Wrap {
    Raw,
    Zlib,
    Gzip,
    /// Decompression only: gzip or zlib, told by the first bytes.
    Auto,
}

/// Why [`Inflater::feed`] stopped early: a zlib error, or a limit of the
/// interpreter (its exception).
enum FeedErr {
    Z(ZErr),
    Limit(PyObjectRef),
}

impl From<ZErr> for FeedErr {
    fn from(e: ZErr) -> FeedErr {
        FeedErr::Z(e)
    }
}

/// The exception for a [`FeedErr`] met while `doing`.
fn feed_error(vm: &mut Vm, e: FeedErr, doing: &str) -> PyObjectRef {
    match e {
        FeedErr::Z(e) => zerr(vm, e, doing),
        FeedErr::Limit(e) => e,
    }
}

/// A zlib error: `Error CODE while WHAT: MSG`.
struct ZErr {
    code: i32,
    msg: &'static str,
}

const fn data_error(msg: &'static str) -> ZErr {
    ZErr { code: -3, msg }
}

fn new_error(vm: &mut Vm, msg: String) -> PyObjectRef {
    let cls = vm
        .module_state
        .borrow()
        .get("zlib.error")
        .cloned()
        .unwrap_or_else(|| vm.exc.exception.clone());
    vm.new_exception_msg(&cls, msg)
}

fn zerr(vm: &mut Vm, e: ZErr, doing: &str) -> PyObjectRef {
    if e.msg.is_empty() {
        new_error(vm, format!("Error {} while {doing}", e.code))
    } else {
        new_error(vm, format!("Error {} while {doing}: {}", e.code, e.msg))
    }
}

fn stream_error(vm: &mut Vm, doing: &str) -> PyObjectRef {
    new_error(vm, format!("Error -2 while {doing}: inconsistent stream state"))
}

// ----- compression -----

/// A compressor: the raw deflate coder plus the wrapper around it.
struct Deflater {
    coder: Box<CompressorOxide>,
    flags: u32,
    wrap: Wrap,
    /// The header, still to be written before the first output.
    header: Vec<u8>,
    /// Adler-32 (zlib) or CRC-32 (gzip) of the input so far.
    check: u32,
    total_in: u32,
    /// The last 32 KiB of input (or the dictionary), for `copy`.
    history: Vec<u8>,
    /// Output made but not yet returned (by `copy`).
    pending: Vec<u8>,
    finished: bool,
}

/// Check `level, method, wbits, memLevel, strategy` as zlib's deflateInit2.
fn deflate_params(level: i64, method: i64, wbits: i64, mem_level: i64, strategy: i64) -> Option<(Wrap, i64)> {
    let (wrap, bits) = if wbits < 0 {
        (Wrap::Raw, wbits.checked_neg()?)
    } else if wbits > 15 {
        (Wrap::Gzip, wbits - 16)
    } else {
        (Wrap::Zlib, wbits)
    };
    let level_ok = level == -1 || (0..=9).contains(&level);
    let bits_ok = (8..=15).contains(&bits) && !(bits == 8 && wrap != Wrap::Zlib);
    if !level_ok || method != 8 || !bits_ok || !(1..=9).contains(&mem_level) || !(0..=4).contains(&strategy) {
        return None;
    }
    Some((wrap, bits.max(9)))
}

impl Deflater {
    fn new(level: i64, wrap: Wrap, bits: i64, strategy: i64, zdict: Option<&[u8]>) -> Deflater {
        let level = if level < 0 { 6 } else { level };
        let flags = create_comp_flags_from_zip_params(level as i32, -15, strategy as i32);
        let mut header = Vec::new();
        match wrap {
            Wrap::Zlib => {
                let cmf = (((bits - 8) as u8) << 4) | 8;
                let flevel: u8 = if strategy >= 2 || level < 2 {
                    0
                } else if level < 6 {
                    1
                } else if level == 6 {
                    2
                } else {
                    3
                };
                let mut flg = flevel << 6;
                if zdict.is_some() {
                    flg |= 0x20;
                }
                let rem = ((cmf as u16) << 8 | flg as u16) % 31;
                if rem != 0 {
                    flg += (31 - rem) as u8;
                }
                header.extend([cmf, flg]);
                if let Some(d) = zdict {
                    header.extend(adler32(1, d).to_be_bytes());
                }
            }
            Wrap::Gzip => {
                let xfl = if level == 9 {
                    2
                } else if strategy >= 2 || level < 2 {
                    4
                } else {
                    0
                };
                header.extend([0x1f, 0x8b, 8, 0, 0, 0, 0, 0, xfl, 3]);
            }
            Wrap::Raw | Wrap::Auto => {}
        }
        let mut d = Deflater {
            coder: Box::new(CompressorOxide::new(flags)),
            flags,
            wrap,
            header,
            check: if wrap == Wrap::Gzip { 0 } else { 1 },
            total_in: 0,
            history: Vec::new(),
            pending: Vec::new(),
            finished: false,
        };
        if let Some(dict) = zdict {
            d.prime(dict);
        }
        d
    }

    /// Let what follows refer back into `dict`, without output.
    fn prime(&mut self, dict: &[u8]) {
        let dict = &dict[dict.len().saturating_sub(WINDOW)..];
        if dict.is_empty() {
            return;
        }
        let mut rest = dict;
        loop {
            let (status, used) = compress_to_output(&mut self.coder, rest, TDEFLFlush::Sync, |_| true);
            rest = &rest[used.min(rest.len())..];
            if rest.is_empty() || status != TDEFLStatus::Okay {
                break;
            }
        }
        self.remember(dict);
    }

    fn remember(&mut self, data: &[u8]) {
        if data.len() >= WINDOW {
            self.history.clear();
            self.history.extend_from_slice(&data[data.len() - WINDOW..]);
        } else {
            self.history.extend_from_slice(data);
            let excess = self.history.len().saturating_sub(WINDOW);
            self.history.drain(..excess);
        }
    }

    /// Code `data` with `flush`, returning the output so far.
    fn run(&mut self, data: &[u8], flush: TDEFLFlush) -> Vec<u8> {
        let mut out = std::mem::take(&mut self.pending);
        out.append(&mut self.header);
        match self.wrap {
            Wrap::Gzip => self.check = crc32(self.check, data),
            Wrap::Zlib => self.check = adler32(self.check, data),
            Wrap::Raw | Wrap::Auto => {}
        }
        self.total_in = self.total_in.wrapping_add(data.len() as u32);
        self.remember(data);
        let mut rest = data;
        loop {
            let (status, used) = compress_to_output(&mut self.coder, rest, flush, |b| {
                out.extend_from_slice(b);
                true
            });
            rest = &rest[used.min(rest.len())..];
            if status != TDEFLStatus::Okay || (rest.is_empty() && flush != TDEFLFlush::Finish) {
                break;
            }
        }
        if flush == TDEFLFlush::Finish {
            match self.wrap {
                Wrap::Zlib => out.extend(self.check.to_be_bytes()),
                Wrap::Gzip => {
                    out.extend(self.check.to_le_bytes());
                    out.extend(self.total_in.to_le_bytes());
                }
                Wrap::Raw | Wrap::Auto => {}
            }
            self.finished = true;
        }
        out
    }

    /// A copy that goes on from here (see the module's notes).
    fn split(&mut self) -> Deflater {
        let flushed = self.run(&[], TDEFLFlush::Sync);
        self.pending = flushed;
        let mut copy = Deflater {
            coder: Box::new(CompressorOxide::new(self.flags)),
            flags: self.flags,
            wrap: self.wrap,
            header: Vec::new(),
            check: self.check,
            total_in: self.total_in,
            history: Vec::new(),
            pending: self.pending.clone(),
            finished: false,
        };
        let history = self.history.clone();
        copy.prime(&history);
        copy
    }
}

// ----- decompression -----

#[derive(Clone, Copy, PartialEq)]
enum Stage {
    Header,
    Body,
    Trailer,
    Done,
}

/// A decompressor: the wrapper is read here, the body by the raw inflater.
#[derive(Clone)]
struct Inflater {
    wrap: Wrap,
    /// The largest window the header may ask for (0: whatever it says).
    wbits: u32,
    stage: Stage,
    /// Header or trailer bytes gathered so far.
    gathered: Vec<u8>,
    core: Box<DecompressorOxide>,
    /// The last 32 KiB of output (back-references reach into it).
    history: Vec<u8>,
    check: u32,
    total_out: u32,
    zdict: Option<Vec<u8>>,
    /// The first byte of the deflate body, to name a failure in it.
    first: Option<u8>,
}

impl Inflater {
    fn new(wrap: Wrap, wbits: u32, zdict: Option<Vec<u8>>) -> Inflater {
        let mut inf = Inflater {
            wrap,
            wbits,
            stage: if wrap == Wrap::Raw { Stage::Body } else { Stage::Header },
            gathered: Vec::new(),
            core: Box::default(),
            history: Vec::new(),
            check: 0,
            total_out: 0,
            zdict: None,
            first: None,
        };
        if wrap == Wrap::Raw {
            if let Some(d) = &zdict {
                inf.history = d[d.len().saturating_sub(WINDOW)..].to_vec();
            }
        } else {
            inf.zdict = zdict;
        }
        inf
    }

    /// Check `wbits` as zlib's inflateInit2: the wrapper and window.
    fn params(wbits: i64) -> Option<(Wrap, u32)> {
        let (wrap, bits) = match wbits {
            -15..=-8 => (Wrap::Raw, -wbits),
            0..=15 => (Wrap::Zlib, wbits),
            16..=31 => (Wrap::Gzip, wbits - 16),
            32..=47 => (Wrap::Auto, wbits - 32),
            _ => return None,
        };
        if bits != 0 && !(8..=15).contains(&bits) {
            return None;
        }
        Some((wrap, bits as u32))
    }

    fn eof(&self) -> bool {
        self.stage == Stage::Done
    }

    /// Parse the header in `gathered`: `Ok(None)` while it is incomplete,
    /// else the number of its bytes.
    fn parse_header(&mut self) -> Result<Option<usize>, ZErr> {
        let h = &self.gathered;
        if h.len() < 2 {
            return Ok(None);
        }
        if self.wrap == Wrap::Auto {
            self.wrap = if h[0] == 0x1f && h[1] == 0x8b {
                Wrap::Gzip
            } else {
                Wrap::Zlib
            };
        }
        if self.wrap == Wrap::Zlib {
            let (cmf, flg) = (h[0], h[1]);
            if (((cmf as u32) << 8) | flg as u32) % 31 != 0 {
                return Err(data_error("incorrect header check"));
            }
            if cmf & 0x0f != 8 {
                return Err(data_error("unknown compression method"));
            }
            let bits = (cmf >> 4) as u32 + 8;
            if self.wbits == 0 {
                self.wbits = bits;
            }
            if bits > 15 || bits > self.wbits {
                return Err(data_error("invalid window size"));
            }
            if flg & 0x20 == 0 {
                self.check = 1;
                return Ok(Some(2));
            }
            if h.len() < 6 {
                return Ok(None);
            }
            let want = u32::from_be_bytes([h[2], h[3], h[4], h[5]]);
            match &self.zdict {
                Some(d) if adler32(1, d) == want => {
                    self.history = d[d.len().saturating_sub(WINDOW)..].to_vec();
                }
                Some(_) => return Err(data_error("incorrect data check")),
                None => return Err(ZErr { code: 2, msg: "" }),
            }
            self.check = 1;
            return Ok(Some(6));
        }
        // gzip
        if h[0] != 0x1f || h[1] != 0x8b {
            return Err(data_error("incorrect header check"));
        }
        if h.len() < 3 {
            return Ok(None);
        }
        if h[2] != 8 {
            return Err(data_error("unknown compression method"));
        }
        if h.len() < 10 {
            return Ok(None);
        }
        let flags = h[3];
        if flags & 0xe0 != 0 {
            return Err(data_error("unknown header flags set"));
        }
        let mut pos = 10;
        if flags & 4 != 0 {
            if h.len() < pos + 2 {
                return Ok(None);
            }
            pos += 2 + u16::from_le_bytes([h[pos], h[pos + 1]]) as usize;
        }
        for bit in [8u8, 16] {
            if flags & bit != 0 {
                match h.get(pos..).and_then(|r| r.iter().position(|&b| b == 0)) {
                    Some(z) => pos += z + 1,
                    None => return Ok(None),
                }
            }
        }
        if flags & 2 != 0 {
            pos += 2;
        }
        if h.len() < pos {
            return Ok(None);
        }
        if flags & 2 != 0 && (crc32(0, &h[..pos - 2]) & 0xffff) as u16 != u16::from_le_bytes([h[pos - 2], h[pos - 1]]) {
            return Err(data_error("header crc mismatch"));
        }
        self.check = 0;
        Ok(Some(pos))
    }

    fn trailer_len(&self) -> usize {
        match self.wrap {
            Wrap::Zlib => 4,
            Wrap::Gzip => 8,
            Wrap::Raw | Wrap::Auto => 0,
        }
    }

    fn check_trailer(&self) -> Result<(), ZErr> {
        let t = &self.gathered;
        match self.wrap {
            Wrap::Zlib => {
                if u32::from_be_bytes([t[0], t[1], t[2], t[3]]) != self.check {
                    return Err(data_error("incorrect data check"));
                }
            }
            Wrap::Gzip => {
                if u32::from_le_bytes([t[0], t[1], t[2], t[3]]) != self.check {
                    return Err(data_error("incorrect data check"));
                }
                if u32::from_le_bytes([t[4], t[5], t[6], t[7]]) != self.total_out {
                    return Err(data_error("incorrect length check"));
                }
            }
            Wrap::Raw | Wrap::Auto => {}
        }
        Ok(())
    }

    /// The message for a failure inside the deflate body.
    fn body_error(&self) -> ZErr {
        if self.total_out == 0 {
            if let Some(b) = self.first {
                match (b >> 1) & 3 {
                    3 => return data_error("invalid block type"),
                    0 => return data_error("invalid stored block lengths"),
                    2 => return data_error("invalid code lengths set"),
                    _ => {}
                }
            }
        }
        data_error("invalid distance too far back")
    }

    fn account(&mut self, out: &[u8]) {
        match self.wrap {
            Wrap::Gzip => self.check = crc32(self.check, out),
            Wrap::Zlib => self.check = adler32(self.check, out),
            Wrap::Raw | Wrap::Auto => {}
        }
        self.total_out = self.total_out.wrapping_add(out.len() as u32);
    }

    /// Decompress from `input`, at most `max_out` bytes (0: no limit) into
    /// `out`. Returns how much of `input` was used; stops at the end of
    /// the stream, when the output is full, or when the input runs out.
    /// After each chunk of output the limits are looked at (a decompression
    /// bomb: a kilobyte of input can ask for a megabyte of output): the
    /// output so far counts against the memory cap, and the fuel, the
    /// deadline and the interrupt can stop it.
    fn feed(&mut self, vm: &Vm, input: &[u8], max_out: usize, out: &mut Vec<u8>) -> Result<usize, FeedErr> {
        let mut used = 0;
        loop {
            match self.stage {
                Stage::Done => return Ok(used),
                Stage::Header => {
                    // Gather byte by byte only as far as the header goes.
                    let mut got = None;
                    while used < input.len() {
                        self.gathered.push(input[used]);
                        used += 1;
                        if let Some(n) = self.parse_header()? {
                            got = Some(n);
                            break;
                        }
                    }
                    match got {
                        Some(_) => {
                            self.gathered.clear();
                            self.stage = Stage::Body;
                        }
                        None => return Ok(used),
                    }
                }
                Stage::Trailer => {
                    let need = self.trailer_len() - self.gathered.len();
                    let take = need.min(input.len() - used);
                    self.gathered.extend_from_slice(&input[used..used + take]);
                    used += take;
                    if self.gathered.len() < self.trailer_len() {
                        return Ok(used);
                    }
                    self.check_trailer()?;
                    self.gathered.clear();
                    self.stage = Stage::Done;
                }
                Stage::Body => {
                    let room = if max_out == 0 {
                        usize::MAX
                    } else {
                        max_out.saturating_sub(out.len())
                    };
                    if room == 0 {
                        return Ok(used);
                    }
                    if self.first.is_none() {
                        self.first = input.get(used).copied();
                    }
                    let chunk = room.min(64 * 1024);
                    let h = self.history.len();
                    self.history.resize(h + chunk, 0);
                    let flags = inflate_flags::TINFL_FLAG_USING_NON_WRAPPING_OUTPUT_BUF
                        | inflate_flags::TINFL_FLAG_HAS_MORE_INPUT;
                    let (status, n_in, n_out) =
                        inflate_core(&mut self.core, &input[used..], &mut self.history, h, flags);
                    used += n_in;
                    self.history.truncate(h + n_out);
                    let produced = self.history[h..].to_vec();
                    self.account(&produced);
                    out.extend_from_slice(&produced);
                    if out.len() >= 1 << 20 {
                        // 1 MiB and more: 64 KiB of output is about a loop
                        // iteration's worth of fuel per 4 KiB.
                        vm.check_alloc(out.len() as u128).map_err(FeedErr::Limit)?;
                        vm.charge_work(16, std::time::Duration::ZERO).map_err(FeedErr::Limit)?;
                    }
                    let excess = self.history.len().saturating_sub(WINDOW);
                    self.history.drain(..excess);
                    match status {
                        TINFLStatus::Done => {
                            self.stage = if self.trailer_len() == 0 {
                                Stage::Done
                            } else {
                                Stage::Trailer
                            };
                        }
                        TINFLStatus::HasMoreOutput => {}
                        TINFLStatus::NeedsMoreInput => return Ok(used),
                        _ => return Err(self.body_error().into()),
                    }
                }
            }
        }
    }
}

// ----- argument helpers -----

/// A C `int` argument (`OverflowError` past its range).
fn int_arg(vm: &mut Vm, o: &Option<PyObjectRef>, default: i64) -> PyResult<i64> {
    let Some(o) = o else { return Ok(default) };
    if o.downcast_ref::<kaa_vm::object::float::PyFloat>().is_some() {
        return Err(vm.new_type_error("'float' object cannot be interpreted as an integer"));
    }
    match vm.to_index_value(o)? {
        IntValue::Small(i) if i32::try_from(i).is_ok() => Ok(i),
        _ => Err(vm.new_overflow_error("Python int too large to convert to C int")),
    }
}

/// A `Py_ssize_t` argument.
fn ssize_arg(vm: &mut Vm, o: &Option<PyObjectRef>, default: i64) -> PyResult<i64> {
    let Some(o) = o else { return Ok(default) };
    if o.downcast_ref::<kaa_vm::object::float::PyFloat>().is_some() {
        return Err(vm.new_type_error("'float' object cannot be interpreted as an integer"));
    }
    match vm.to_index_value(o)? {
        IntValue::Small(i) => Ok(i),
        IntValue::Big(_) => Err(vm.new_overflow_error("Python int too large to convert to C ssize_t")),
    }
}

fn data_arg(vm: &mut Vm, o: &PyObjectRef) -> PyResult<Vec<u8>> {
    let v = buffer::bytes_like(vm, o)?.into_vec();
    vm.charge_bytes(v.len())?;
    Ok(v)
}

/// `crc32(data, value=0, /)`'s start value: any int, taken modulo 2**32.
fn start_value(vm: &mut Vm, o: Option<&PyObjectRef>, default: u32) -> PyResult<u32> {
    let Some(o) = o else { return Ok(default) };
    if o.downcast_ref::<PyInt>().is_none() {
        return Err(vm.new_type_error(format!(
            "'{}' object cannot be interpreted as an integer",
            o.ty().name()
        )));
    }
    Ok(match vm.to_index_value(o)? {
        IntValue::Small(i) => i as u32,
        IntValue::Big(b) => {
            let low = &*b & num_bigint::BigInt::from(u32::MAX);
            low.to_u32_digits().1.first().copied().unwrap_or(0)
        }
    })
}

fn flush_mode(mode: i64) -> TDEFLFlush {
    match mode {
        Z_FINISH => TDEFLFlush::Finish,
        Z_FULL_FLUSH => TDEFLFlush::Full,
        Z_NO_FLUSH => TDEFLFlush::None,
        _ => TDEFLFlush::Sync,
    }
}

// ----- module functions -----

fn z_crc32(vm: &mut Vm, args: Args) -> PyResult {
    let a = args.range(vm, "crc32", 1, 2)?;
    let start = start_value(vm, a.get(1), 0)?;
    let v = crc32(start, &buffer::bytes_like(vm, &a[0])?);
    Ok(vm.new_int(v as i64))
}

fn z_adler32(vm: &mut Vm, args: Args) -> PyResult {
    let a = args.range(vm, "adler32", 1, 2)?;
    let start = start_value(vm, a.get(1), 1)?;
    let v = adler32(start, &buffer::bytes_like(vm, &a[0])?);
    Ok(vm.new_int(v as i64))
}

fn positional_first(vm: &mut Vm, args: &Args, name: &str) -> PyResult<()> {
    if args.pos().is_empty() {
        return Err(vm.new_type_error(format!("{name}() takes at least 1 positional argument (0 given)")));
    }
    Ok(())
}

fn z_compress(vm: &mut Vm, args: Args) -> PyResult {
    positional_first(vm, &args, "compress")?;
    let [data, level, wbits] = args.bind::<3>(vm, "compress", ["", "level", "wbits"], 3, 1)?;
    let data = data.ok_or_else(|| vm.new_type_error("compress() missing data"))?;
    let data = data_arg(vm, &data)?;
    let level = int_arg(vm, &level, -1)?;
    let wbits = int_arg(vm, &wbits, MAX_WBITS)?;
    let Some((wrap, bits)) = deflate_params(level, 8, wbits, DEF_MEM_LEVEL, 0) else {
        return Err(new_error(vm, "Bad compression level".to_string()));
    };
    let mut d = Deflater::new(level, wrap, bits, 0, None);
    let out = d.run(&data, TDEFLFlush::Finish);
    Ok(vm.new_bytes(out))
}

fn z_decompress(vm: &mut Vm, args: Args) -> PyResult {
    positional_first(vm, &args, "decompress")?;
    let [data, wbits, bufsize] = args.bind::<3>(vm, "decompress", ["", "wbits", "bufsize"], 3, 1)?;
    let data = data.ok_or_else(|| vm.new_type_error("decompress() missing data"))?;
    let data = data_arg(vm, &data)?;
    let wbits = int_arg(vm, &wbits, MAX_WBITS)?;
    if ssize_arg(vm, &bufsize, DEF_BUF_SIZE)? < 0 {
        return Err(vm.new_value_error("bufsize must be non-negative"));
    }
    let Some((wrap, bits)) = Inflater::params(wbits) else {
        return Err(stream_error(vm, "preparing to decompress data"));
    };
    let mut inf = Inflater::new(wrap, bits, None);
    let mut out = Vec::new();
    if let Err(e) = inf.feed(vm, &data, 0, &mut out) {
        return Err(feed_error(vm, e, "decompressing data"));
    }
    if !inf.eof() {
        let e = ZErr {
            code: -5,
            msg: "incomplete or truncated stream",
        };
        return Err(zerr(vm, e, "decompressing data"));
    }
    Ok(vm.new_bytes(out))
}

// ----- Compress objects -----

struct PyCompress {
    state: RefCell<Option<Deflater>>,
}

impl PyPayload for PyCompress {}

fn state_type(vm: &mut Vm, name: &str) -> PyResult<PyObjectRef> {
    let found = vm.module_state.borrow().get(name).cloned();
    found.ok_or_else(|| vm.new_runtime_error("zlib is not initialized"))
}

fn zdict_arg(vm: &mut Vm, o: &Option<PyObjectRef>) -> PyResult<Option<Vec<u8>>> {
    match o {
        Some(o) if !vm.is_none(o) => match buffer::read(vm, o)? {
            Some(b) => Ok(Some(b.into_vec())),
            None => Err(vm.new_type_error("zdict argument must support the buffer protocol")),
        },
        _ => Ok(None),
    }
}

fn z_compressobj(vm: &mut Vm, args: Args) -> PyResult {
    let names = ["level", "method", "wbits", "memLevel", "strategy", "zdict"];
    let [level, method, wbits, mem_level, strategy, zdict] = args.bind::<6>(vm, "compressobj", names, 6, 0)?;
    let level = int_arg(vm, &level, -1)?;
    let method = int_arg(vm, &method, 8)?;
    let wbits = int_arg(vm, &wbits, MAX_WBITS)?;
    let mem_level = int_arg(vm, &mem_level, DEF_MEM_LEVEL)?;
    let strategy = int_arg(vm, &strategy, 0)?;
    let zdict = match &zdict {
        Some(o) if !vm.is_none(o) => Some(data_arg(vm, o)?),
        _ => None,
    };
    let Some((wrap, bits)) = deflate_params(level, method, wbits, mem_level, strategy) else {
        return Err(vm.new_value_error("Invalid initialization option"));
    };
    if zdict.is_some() && wrap == Wrap::Gzip {
        return Err(vm.new_value_error("Invalid dictionary"));
    }
    let d = Deflater::new(level, wrap, bits, strategy, zdict.as_deref());
    new_compress(vm, d)
}

fn new_compress(vm: &mut Vm, d: Deflater) -> PyResult {
    let cls = state_type(vm, "zlib.Compress")?;
    Ok(PyObjectRef::new(
        PyCompress {
            state: RefCell::new(Some(d)),
        },
        &cls,
    ))
}

fn this_compress<'a>(vm: &mut Vm, o: Option<&'a PyObjectRef>) -> PyResult<&'a PyCompress> {
    o.and_then(|o| o.downcast_ref::<PyCompress>())
        .ok_or_else(|| vm.new_type_error("descriptor requires a 'zlib.Compress' object"))
}

fn compress_compress(vm: &mut Vm, args: Args) -> PyResult {
    let a = args.range(vm, "compress", 2, 2)?;
    let this = this_compress(vm, a.first())?;
    let data = data_arg(vm, &a[1])?;
    let mut st = this.state.borrow_mut();
    match st.as_mut() {
        Some(d) if !d.finished => {
            let out = d.run(&data, TDEFLFlush::None);
            drop(st);
            Ok(vm.new_bytes(out))
        }
        _ => {
            drop(st);
            Err(stream_error(vm, "compressing data"))
        }
    }
}

fn compress_flush(vm: &mut Vm, args: Args) -> PyResult {
    let a = args.range(vm, "flush", 1, 2)?;
    let this = this_compress(vm, a.first())?;
    let mode = int_arg(vm, &a.get(1).cloned(), Z_FINISH)?;
    if mode == Z_NO_FLUSH {
        return Ok(vm.new_bytes(Vec::new()));
    }
    let mut st = this.state.borrow_mut();
    match st.as_mut() {
        Some(d) if !d.finished => {
            let out = d.run(&[], flush_mode(mode));
            if d.finished {
                *st = None;
            }
            drop(st);
            Ok(vm.new_bytes(out))
        }
        _ => {
            drop(st);
            Err(stream_error(vm, "flushing"))
        }
    }
}

fn compress_deepcopy(vm: &mut Vm, args: Args) -> PyResult {
    let a = args.range(vm, "__deepcopy__", 2, 2)?;
    compress_copy(vm, Args::positional(&a[..1]))
}

fn compress_copy(vm: &mut Vm, args: Args) -> PyResult {
    let a = args.range(vm, "copy", 1, 1)?;
    let this = this_compress(vm, a.first())?;
    let copy = match this.state.borrow_mut().as_mut() {
        Some(d) if !d.finished => Some(d.split()),
        _ => None,
    };
    match copy {
        Some(c) => new_compress(vm, c),
        None => Err(vm.new_value_error("Inconsistent stream state")),
    }
}

fn compress_new(vm: &mut Vm, _args: Args) -> PyResult {
    Err(vm.new_type_error("cannot create 'zlib.Compress' instances"))
}

// ----- Decompress objects -----

struct DecompressState {
    inf: Inflater,
    unused_data: Vec<u8>,
    unconsumed_tail: Vec<u8>,
    /// False once `flush` ended the stream (as CPython's inflateEnd).
    alive: bool,
}

struct PyDecompress {
    state: RefCell<DecompressState>,
}

impl PyPayload for PyDecompress {}

fn z_decompressobj(vm: &mut Vm, args: Args) -> PyResult {
    let [wbits, zdict] = args.bind::<2>(vm, "decompressobj", ["wbits", "zdict"], 2, 0)?;
    let wbits = int_arg(vm, &wbits, MAX_WBITS)?;
    let zdict = zdict_arg(vm, &zdict)?;
    let Some((wrap, bits)) = Inflater::params(wbits) else {
        return Err(vm.new_value_error("Invalid initialization option"));
    };
    let inf = Inflater::new(wrap, bits, zdict);
    new_decompress(vm, inf, Vec::new(), Vec::new())
}

fn new_decompress(vm: &mut Vm, inf: Inflater, unused: Vec<u8>, tail: Vec<u8>) -> PyResult {
    let cls = state_type(vm, "zlib.Decompress")?;
    Ok(PyObjectRef::new(
        PyDecompress {
            state: RefCell::new(DecompressState {
                inf,
                unused_data: unused,
                unconsumed_tail: tail,
                alive: true,
            }),
        },
        &cls,
    ))
}

fn this_decompress<'a>(vm: &mut Vm, o: Option<&'a PyObjectRef>) -> PyResult<&'a PyDecompress> {
    o.and_then(|o| o.downcast_ref::<PyDecompress>())
        .ok_or_else(|| vm.new_type_error("descriptor requires a 'zlib.Decompress' object"))
}

/// Run `data` through `st` (at most `max` bytes out, 0: no limit), setting
/// `unused_data` and `unconsumed_tail` as CPython does.
fn run_decompress(vm: &Vm, st: &mut DecompressState, data: &[u8], max: usize) -> Result<Vec<u8>, FeedErr> {
    let mut out = Vec::new();
    let used = st.inf.feed(vm, data, max, &mut out)?;
    let rest = &data[used.min(data.len())..];
    if st.inf.eof() {
        st.unused_data.extend_from_slice(rest);
        st.unconsumed_tail.clear();
    } else {
        st.unconsumed_tail = rest.to_vec();
    }
    Ok(out)
}

fn decompress_decompress(vm: &mut Vm, args: Args) -> PyResult {
    let this = match args.pos().first() {
        Some(o) => o.clone(),
        None => return Err(vm.new_type_error("decompress() needs self")),
    };
    let rest = Args::new(&args.items()[1..], args.kwnames());
    positional_first(vm, &rest, "decompress")?;
    let [data, max_length] = rest.bind::<2>(vm, "decompress", ["", "max_length"], 2, 1)?;
    let this = this_decompress(vm, Some(&this))?;
    let data = match &data {
        Some(d) => data_arg(vm, d)?,
        None => Vec::new(),
    };
    let max = ssize_arg(vm, &max_length, 0)?;
    if max < 0 {
        return Err(vm.new_value_error("max_length must be non-negative"));
    }
    let mut st = this.state.borrow_mut();
    if !st.alive {
        drop(st);
        return Err(stream_error(vm, "decompressing data"));
    }
    let r = run_decompress(vm, &mut st, &data, max as usize);
    drop(st);
    match r {
        Ok(out) => Ok(vm.new_bytes(out)),
        Err(e) => Err(feed_error(vm, e, "decompressing data")),
    }
}

fn decompress_flush(vm: &mut Vm, args: Args) -> PyResult {
    let a = args.range(vm, "flush", 1, 2)?;
    let this = this_decompress(vm, a.first())?;
    let length = ssize_arg(vm, &a.get(1).cloned(), DEF_BUF_SIZE)?;
    if length <= 0 {
        return Err(vm.new_value_error("length must be greater than zero"));
    }
    let mut st = this.state.borrow_mut();
    if !st.alive {
        drop(st);
        return Err(stream_error(vm, "flushing"));
    }
    let tail = std::mem::take(&mut st.unconsumed_tail);
    let r = run_decompress(vm, &mut st, &tail, 0);
    if st.inf.eof() {
        st.alive = false;
    }
    drop(st);
    match r {
        Ok(out) => Ok(vm.new_bytes(out)),
        Err(e) => Err(feed_error(vm, e, "flushing")),
    }
}

fn decompress_deepcopy(vm: &mut Vm, args: Args) -> PyResult {
    let a = args.range(vm, "__deepcopy__", 2, 2)?;
    decompress_copy(vm, Args::positional(&a[..1]))
}

fn decompress_copy(vm: &mut Vm, args: Args) -> PyResult {
    let a = args.range(vm, "copy", 1, 1)?;
    let this = this_decompress(vm, a.first())?;
    let st = this.state.borrow();
    if !st.alive {
        drop(st);
        return Err(vm.new_value_error("Inconsistent stream state"));
    }
    let (inf, unused, tail) = (st.inf.clone(), st.unused_data.clone(), st.unconsumed_tail.clone());
    drop(st);
    new_decompress(vm, inf, unused, tail)
}

fn decompress_unused_data(vm: &mut Vm, o: &PyObjectRef) -> PyResult {
    let this = this_decompress(vm, Some(o))?;
    let v = this.state.borrow().unused_data.clone();
    Ok(vm.new_bytes(v))
}

fn decompress_unconsumed_tail(vm: &mut Vm, o: &PyObjectRef) -> PyResult {
    let this = this_decompress(vm, Some(o))?;
    let v = this.state.borrow().unconsumed_tail.clone();
    Ok(vm.new_bytes(v))
}

fn decompress_eof(vm: &mut Vm, o: &PyObjectRef) -> PyResult {
    let this = this_decompress(vm, Some(o))?;
    let v = this.state.borrow().inf.eof();
    Ok(vm.new_bool(v))
}

fn decompress_new(vm: &mut Vm, _args: Args) -> PyResult {
    Err(vm.new_type_error("cannot create 'zlib.Decompress' instances"))
}

// ----- the module -----

pub fn init(vm: &mut Vm) -> PyResult<PyObjectRef> {
    let (m, d) = vm.new_module_with_dict("zlib", None)?;
    let modname = vm.new_str("zlib");
    let type_ = vm.types.type_.clone();

    let error = vm.new_class("error", vec![vm.exc.exception.clone()], &type_)?;
    vm.set_type_attr(&error, "__module__", modname.clone());

    let compress = new_native_type::<PyCompress>(vm, "Compress", None);
    let methods: &[(&'static str, NativeFn)] = &[
        ("compress", compress_compress),
        ("flush", compress_flush),
        ("copy", compress_copy),
        ("__copy__", compress_copy),
        ("__deepcopy__", compress_deepcopy),
    ];
    for &(name, f) in methods {
        vm.add_method(&compress, name, f);
    }
    vm.add_static(&compress, "__new__", compress_new);
    vm.set_type_attr(&compress, "__module__", modname.clone());

    let decompress = new_native_type::<PyDecompress>(vm, "Decompress", None);
    let methods: &[(&'static str, NativeFn)] = &[
        ("decompress", decompress_decompress),
        ("flush", decompress_flush),
        ("copy", decompress_copy),
        ("__copy__", decompress_copy),
        ("__deepcopy__", decompress_deepcopy),
    ];
    for &(name, f) in methods {
        vm.add_method(&decompress, name, f);
    }
    vm.add_getset(&decompress, "unused_data", decompress_unused_data, None);
    vm.add_getset(&decompress, "unconsumed_tail", decompress_unconsumed_tail, None);
    vm.add_getset(&decompress, "eof", decompress_eof, None);
    vm.add_static(&decompress, "__new__", decompress_new);
    vm.set_type_attr(&decompress, "__module__", modname);

    {
        let mut st = vm.module_state.borrow_mut();
        st.insert("zlib.error".to_string(), error.clone());
        st.insert("zlib.Compress".to_string(), compress);
        st.insert("zlib.Decompress".to_string(), decompress);
    }
    vm.dict_set_str(&d, "error", error)?;

    let functions: &[(&'static str, NativeFn)] = &[
        ("adler32", z_adler32),
        ("compress", z_compress),
        ("compressobj", z_compressobj),
        ("crc32", z_crc32),
        ("decompress", z_decompress),
        ("decompressobj", z_decompressobj),
    ];
    for &(name, f) in functions {
        let func = vm.new_builtin_function(name, f);
        vm.dict_set_str(&d, name, func)?;
    }
    let ints: &[(&str, i64)] = &[
        ("DEFLATED", 8),
        ("DEF_BUF_SIZE", DEF_BUF_SIZE),
        ("DEF_MEM_LEVEL", DEF_MEM_LEVEL),
        ("MAX_WBITS", MAX_WBITS),
        ("Z_BEST_COMPRESSION", 9),
        ("Z_BEST_SPEED", 1),
        ("Z_BLOCK", Z_BLOCK),
        ("Z_DEFAULT_COMPRESSION", -1),
        ("Z_DEFAULT_STRATEGY", 0),
        ("Z_FILTERED", 1),
        ("Z_FINISH", Z_FINISH),
        ("Z_FIXED", 4),
        ("Z_FULL_FLUSH", Z_FULL_FLUSH),
        ("Z_HUFFMAN_ONLY", 2),
        ("Z_NO_COMPRESSION", 0),
        ("Z_NO_FLUSH", Z_NO_FLUSH),
        ("Z_PARTIAL_FLUSH", Z_PARTIAL_FLUSH),
        ("Z_RLE", 3),
        ("Z_SYNC_FLUSH", Z_SYNC_FLUSH),
        ("Z_TREES", Z_TREES),
    ];
    for &(name, v) in ints {
        let o = vm.new_int(v);
        vm.dict_set_str(&d, name, o)?;
    }
    for name in ["ZLIB_VERSION", "ZLIB_RUNTIME_VERSION"] {
        let o = vm.new_str(ZLIB_VERSION);
        vm.dict_set_str(&d, name, o)?;
    }
    Ok(m)
}
