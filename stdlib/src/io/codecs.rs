//! The text encodings of `TextIOWrapper`, as incremental decoders and
//! encoders: UTF-8 (with `utf-8-sig`), ASCII and Latin-1 through the VM's
//! codecs; cp1252, UTF-16 and UTF-32 (with or without a byte order mark)
//! here. Messages follow CPython's codecs.

use kaa_vm::object::PyObjectRef;
use kaa_vm::{PyResult, Vm};

/// A supported encoding.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum Enc {
    Utf8,
    Utf8Sig,
    Ascii,
    Latin1,
    Cp1252,
    /// `None`: byte order from the BOM (written: little-endian with a BOM).
    Utf16(Option<Endian>),
    Utf32(Option<Endian>),
}

#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum Endian {
    Little,
    Big,
}

/// Find an encoding by any of its usual names (`codecs.lookup`'s normalisation).
pub fn lookup(name: &str) -> Option<Enc> {
    let norm: String = name
        .trim()
        .chars()
        .map(|c| {
            if c == '-' || c == ' ' {
                '_'
            } else {
                c.to_ascii_lowercase()
            }
        })
        .collect();
    Some(match norm.as_str() {
        "utf_8" | "utf8" | "u8" | "utf" | "cp65001" | "locale" => Enc::Utf8,
        "utf_8_sig" | "utf8_sig" => Enc::Utf8Sig,
        "ascii" | "us_ascii" | "646" | "us" | "ansi_x3.4_1968" | "ansi_x3_4_1968" | "cp367" | "iso646_us" => Enc::Ascii,
        "latin_1" | "latin1" | "latin" | "l1" | "iso8859_1" | "iso_8859_1" | "8859" | "cp819" | "iso_ir_100" => {
            Enc::Latin1
        }
        "cp1252" | "windows_1252" | "1252" => Enc::Cp1252,
        "utf_16" | "utf16" | "u16" => Enc::Utf16(None),
        "utf_16_le" | "utf_16le" | "utf16le" | "unicodelittleunmarked" => Enc::Utf16(Some(Endian::Little)),
        "utf_16_be" | "utf_16be" | "utf16be" | "unicodebigunmarked" => Enc::Utf16(Some(Endian::Big)),
        "utf_32" | "utf32" | "u32" => Enc::Utf32(None),
        "utf_32_le" | "utf_32le" | "utf32le" => Enc::Utf32(Some(Endian::Little)),
        "utf_32_be" | "utf_32be" | "utf32be" => Enc::Utf32(Some(Endian::Big)),
        _ => return None,
    })
}

impl Enc {
    /// The name codec errors show.
    pub fn error_name(self) -> &'static str {
        match self {
            Enc::Utf8 => "utf-8",
            Enc::Utf8Sig => "utf-8",
            Enc::Ascii => "ascii",
            Enc::Latin1 => "latin-1",
            Enc::Cp1252 => "charmap",
            Enc::Utf16(None) => "utf-16",
            Enc::Utf16(Some(Endian::Little)) => "utf-16-le",
            Enc::Utf16(Some(Endian::Big)) => "utf-16-be",
            Enc::Utf32(None) => "utf-32",
            Enc::Utf32(Some(Endian::Little)) => "utf-32-le",
            Enc::Utf32(Some(Endian::Big)) => "utf-32-be",
        }
    }

    /// Whether a stream in this encoding starts with a byte order mark.
    pub fn has_bom(self) -> bool {
        matches!(self, Enc::Utf8Sig | Enc::Utf16(None) | Enc::Utf32(None))
    }

    /// Bytes of one `\r` or `\n`.
    pub fn unit(self) -> usize {
        match self {
            Enc::Utf16(_) => 2,
            Enc::Utf32(_) => 4,
            _ => 1,
        }
    }

    /// How many bytes `s` encodes to (without a BOM).
    pub fn encoded_len(self, s: &str) -> usize {
        match self {
            Enc::Utf8 | Enc::Utf8Sig => s.len(),
            Enc::Ascii | Enc::Latin1 | Enc::Cp1252 => s.chars().count(),
            Enc::Utf16(_) => s.chars().map(|c| if (c as u32) > 0xFFFF { 4 } else { 2 }).sum(),
            Enc::Utf32(_) => 4 * s.chars().count(),
        }
    }
}

/// cp1252's bytes 0x80-0x9F (0: undefined).
const CP1252_HIGH: [u16; 32] = [
    0x20AC, 0, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, 0x02C6, 0x2030, 0x0160, 0x2039, 0x0152, 0, 0x017D, 0, 0,
    0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014, 0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0, 0x017E, 0x0178,
];

fn cp1252_decode(b: u8) -> Option<char> {
    if (0x80..0xA0).contains(&b) {
        let c = CP1252_HIGH[(b - 0x80) as usize];
        (c != 0).then(|| char::from_u32(c as u32)).flatten()
    } else {
        Some(char::from(b))
    }
}

fn cp1252_encode(c: char) -> Option<u8> {
    let n = c as u32;
    if n < 0x80 || (0xA0..0x100).contains(&n) {
        return Some(n as u8);
    }
    CP1252_HIGH
        .iter()
        .position(|&h| h != 0 && h as u32 == n)
        .map(|i| 0x80 + i as u8)
}

/// A `UnicodeDecodeError`/`UnicodeEncodeError` with CPython's attributes.
#[allow(clippy::too_many_arguments)]
fn unicode_error(
    vm: &mut Vm,
    encode: bool,
    enc: &str,
    object: PyObjectRef,
    start: usize,
    end: usize,
    reason: &str,
    msg: String,
) -> PyObjectRef {
    let cls = if encode {
        vm.exc.unicode_encode_error.clone()
    } else {
        vm.exc.unicode_decode_error.clone()
    };
    let e = vm.new_exception_msg(&cls, msg);
    if let Some(d) = vm.instance_dict(&e) {
        let v = vm.new_str(enc);
        let _ = vm.dict_set_str(&d, "encoding", v);
        let _ = vm.dict_set_str(&d, "object", object);
        let v = vm.new_int(start as i64);
        let _ = vm.dict_set_str(&d, "start", v);
        let v = vm.new_int(end as i64);
        let _ = vm.dict_set_str(&d, "end", v);
        let v = vm.new_str(reason);
        let _ = vm.dict_set_str(&d, "reason", v);
    }
    e
}

fn unknown_handler(vm: &Vm, errors: &str) -> PyObjectRef {
    vm.new_exception_msg(&vm.exc.lookup_error, format!("unknown error handler name '{errors}'"))
}

/// Handle undecodable `data[start..end]` by `errors` (into `out`).
#[allow(clippy::too_many_arguments)]
fn decode_error(
    vm: &mut Vm,
    out: &mut String,
    enc: Enc,
    errors: &str,
    data: &[u8],
    start: usize,
    end: usize,
    reason: &str,
) -> PyResult<()> {
    match errors {
        "strict" => {
            let name = enc.error_name();
            let msg = if end - start == 1 {
                format!(
                    "'{name}' codec can't decode byte 0x{:02x} in position {start}: {reason}",
                    data[start]
                )
            } else {
                format!(
                    "'{name}' codec can't decode bytes in position {start}-{}: {reason}",
                    end - 1
                )
            };
            let obj = vm.new_bytes(data.to_vec());
            Err(unicode_error(vm, false, name, obj, start, end, reason, msg))
        }
        "ignore" => Ok(()),
        "replace" => {
            out.push('\u{FFFD}');
            Ok(())
        }
        "backslashreplace" => {
            for b in &data[start..end] {
                out.push_str(&format!("\\x{b:02x}"));
            }
            Ok(())
        }
        _ => Err(unknown_handler(vm, errors)),
    }
}

/// An incremental decoder.
pub struct Decoder {
    pub enc: Enc,
    pub errors: String,
    /// A byte order mark may still come (at the start of the stream).
    pub bom_pending: bool,
    /// The byte order the BOM chose (UTF-16/32 without an explicit one).
    pub endian: Endian,
}

impl Decoder {
    pub fn new(enc: Enc, errors: &str) -> Decoder {
        let endian = match enc {
            Enc::Utf16(Some(e)) | Enc::Utf32(Some(e)) => e,
            _ => Endian::Little,
        };
        Decoder {
            enc,
            errors: errors.to_string(),
            bom_pending: enc.has_bom(),
            endian,
        }
    }

    /// Back to the start of a stream (a BOM may come again).
    pub fn reset(&mut self) {
        self.bom_pending = self.enc.has_bom();
    }

    /// Decode what can be decoded of `data`: the text, the bytes used
    /// (the rest is an incomplete character, kept for the next call unless
    /// `last`), and how many of them were a BOM.
    pub fn decode(&mut self, vm: &mut Vm, data: &[u8], last: bool) -> PyResult<(String, usize, usize)> {
        let mut bom = 0;
        if self.bom_pending {
            let (mark, size): (&[u8], usize) = match self.enc {
                Enc::Utf8Sig => (b"\xef\xbb\xbf", 3),
                Enc::Utf16(_) => (b"", 2),
                _ => (b"", 4),
            };
            if data.len() < size && !last && (mark.is_empty() || mark.starts_with(data)) {
                return Ok((String::new(), 0, 0));
            }
            self.bom_pending = false;
            match self.enc {
                Enc::Utf8Sig => {
                    if data.starts_with(mark) {
                        bom = 3;
                    }
                }
                Enc::Utf16(_) => {
                    if data.starts_with(b"\xff\xfe") {
                        self.endian = Endian::Little;
                        bom = 2;
                    } else if data.starts_with(b"\xfe\xff") {
                        self.endian = Endian::Big;
                        bom = 2;
                    }
                }
                _ => {
                    if data.starts_with(b"\xff\xfe\x00\x00") {
                        self.endian = Endian::Little;
                        bom = 4;
                    } else if data.starts_with(b"\x00\x00\xfe\xff") {
                        self.endian = Endian::Big;
                        bom = 4;
                    }
                }
            }
        }
        let body = &data[bom..];
        let (text, used) = match self.enc {
            Enc::Utf8 | Enc::Utf8Sig => {
                let split = if last { body.len() } else { utf8_complete(body) };
                let part = &body[..split];
                let text = match std::str::from_utf8(part) {
                    Ok(s) => s.to_string(),
                    Err(_) => {
                        let obj = vm.new_bytes(part.to_vec());
                        kaa_vm::object::str::decode_bytes(vm, &obj, part, "utf-8", &self.errors)?
                    }
                };
                (text, split)
            }
            Enc::Ascii | Enc::Latin1 => {
                let name = if self.enc == Enc::Ascii { "ascii" } else { "latin-1" };
                if body.is_ascii() {
                    // SAFETY-free: ASCII is UTF-8.
                    (String::from_utf8_lossy(body).into_owned(), body.len())
                } else {
                    let obj = vm.new_bytes(body.to_vec());
                    (
                        kaa_vm::object::str::decode_bytes(vm, &obj, body, name, &self.errors)?,
                        body.len(),
                    )
                }
            }
            Enc::Cp1252 => {
                let mut out = String::with_capacity(body.len());
                for (i, &b) in body.iter().enumerate() {
                    match cp1252_decode(b) {
                        Some(c) => out.push(c),
                        None => decode_error(
                            vm,
                            &mut out,
                            self.enc,
                            &self.errors,
                            body,
                            i,
                            i + 1,
                            "character maps to <undefined>",
                        )?,
                    }
                }
                (out, body.len())
            }
            Enc::Utf16(_) => self.decode_utf16(vm, body, last)?,
            Enc::Utf32(_) => self.decode_utf32(vm, body, last)?,
        };
        Ok((text, bom + used, bom))
    }

    fn decode_utf16(&self, vm: &mut Vm, data: &[u8], last: bool) -> PyResult<(String, usize)> {
        let big = self.endian == Endian::Big;
        let unit = |i: usize| -> u32 {
            if big {
                u32::from(data[i]) << 8 | u32::from(data[i + 1])
            } else {
                u32::from(data[i + 1]) << 8 | u32::from(data[i])
            }
        };
        let mut out = String::with_capacity(data.len() / 2);
        let mut i = 0;
        while i + 1 < data.len() {
            let u = unit(i);
            if !(0xD800..0xE000).contains(&u) {
                out.push(char::from_u32(u).unwrap_or('\u{FFFD}'));
                i += 2;
                continue;
            }
            if u >= 0xDC00 {
                decode_error(vm, &mut out, self.enc, &self.errors, data, i, i + 2, "illegal encoding")?;
                i += 2;
                continue;
            }
            if i + 3 >= data.len() {
                if !last {
                    return Ok((out, i));
                }
                decode_error(
                    vm,
                    &mut out,
                    self.enc,
                    &self.errors,
                    data,
                    i,
                    data.len(),
                    "unexpected end of data",
                )?;
                return Ok((out, data.len()));
            }
            let lo = unit(i + 2);
            if (0xDC00..0xE000).contains(&lo) {
                let c = 0x10000 + ((u - 0xD800) << 10) + (lo - 0xDC00);
                out.push(char::from_u32(c).unwrap_or('\u{FFFD}'));
                i += 4;
            } else {
                decode_error(
                    vm,
                    &mut out,
                    self.enc,
                    &self.errors,
                    data,
                    i,
                    i + 2,
                    "illegal UTF-16 surrogate",
                )?;
                i += 2;
            }
        }
        if i < data.len() {
            if !last {
                return Ok((out, i));
            }
            decode_error(
                vm,
                &mut out,
                self.enc,
                &self.errors,
                data,
                i,
                data.len(),
                "truncated data",
            )?;
        }
        Ok((out, data.len()))
    }

    fn decode_utf32(&self, vm: &mut Vm, data: &[u8], last: bool) -> PyResult<(String, usize)> {
        let big = self.endian == Endian::Big;
        let mut out = String::with_capacity(data.len() / 4);
        let mut i = 0;
        while i + 3 < data.len() {
            let b = [data[i], data[i + 1], data[i + 2], data[i + 3]];
            let u = if big {
                u32::from_be_bytes(b)
            } else {
                u32::from_le_bytes(b)
            };
            match char::from_u32(u) {
                Some(c) => out.push(c),
                None => {
                    let reason = if (0xD800..0xE000).contains(&u) {
                        "code point in surrogate code point range(0xd800, 0xe000)"
                    } else {
                        "code point not in range(0x110000)"
                    };
                    decode_error(vm, &mut out, self.enc, &self.errors, data, i, i + 4, reason)?;
                }
            }
            i += 4;
        }
        if i < data.len() {
            if !last {
                return Ok((out, i));
            }
            decode_error(
                vm,
                &mut out,
                self.enc,
                &self.errors,
                data,
                i,
                data.len(),
                "truncated data",
            )?;
        }
        Ok((out, data.len()))
    }
}

/// How much of `data` ends on a whole UTF-8 character (an incomplete one at
/// the end waits for more bytes).
fn utf8_complete(data: &[u8]) -> usize {
    let n = data.len();
    for back in 1..=3.min(n) {
        let b = data[n - back];
        if b & 0xC0 == 0x80 {
            continue;
        }
        let need = if b >= 0xF0 {
            4
        } else if b >= 0xE0 {
            3
        } else if b >= 0xC0 {
            2
        } else {
            1
        };
        return if need > back { n - back } else { n };
    }
    n
}

/// An incremental encoder.
pub struct Encoder {
    pub enc: Enc,
    pub errors: String,
    /// The BOM is still to be written.
    pub bom_pending: bool,
}

impl Encoder {
    pub fn new(enc: Enc, errors: &str) -> Encoder {
        Encoder {
            enc,
            errors: errors.to_string(),
            bom_pending: enc.has_bom(),
        }
    }

    pub fn encode(&mut self, vm: &mut Vm, text: &str) -> PyResult<Vec<u8>> {
        let mut out = Vec::with_capacity(text.len() + 4);
        if self.bom_pending {
            self.bom_pending = false;
            match self.enc {
                Enc::Utf8Sig => out.extend_from_slice(b"\xef\xbb\xbf"),
                Enc::Utf16(None) => out.extend_from_slice(b"\xff\xfe"),
                Enc::Utf32(None) => out.extend_from_slice(b"\xff\xfe\x00\x00"),
                _ => {}
            }
        }
        match self.enc {
            Enc::Utf8 | Enc::Utf8Sig => out.extend_from_slice(text.as_bytes()),
            Enc::Ascii | Enc::Latin1 => {
                if text.is_ascii() {
                    out.extend_from_slice(text.as_bytes());
                } else {
                    let name = if self.enc == Enc::Ascii { "ascii" } else { "latin-1" };
                    let obj = vm.new_str(text);
                    let b = kaa_vm::object::str::encode_text(vm, &obj, text, name, &self.errors)?;
                    out.extend_from_slice(&b);
                }
            }
            Enc::Cp1252 => {
                let chars: Vec<char> = text.chars().collect();
                let mut i = 0;
                while i < chars.len() {
                    if let Some(b) = cp1252_encode(chars[i]) {
                        out.push(b);
                        i += 1;
                        continue;
                    }
                    let start = i;
                    while i < chars.len() && cp1252_encode(chars[i]).is_none() {
                        i += 1;
                    }
                    match self.errors.as_str() {
                        "strict" => {
                            let reason = "character maps to <undefined>";
                            let msg = if i - start == 1 {
                                format!(
                                    "'charmap' codec can't encode character '{}' in position {start}: {reason}",
                                    escape_char(chars[start])
                                )
                            } else {
                                format!(
                                    "'charmap' codec can't encode characters in position {start}-{}: {reason}",
                                    i - 1
                                )
                            };
                            let obj = vm.new_str(text);
                            return Err(unicode_error(vm, true, "charmap", obj, start, i, reason, msg));
                        }
                        "ignore" => {}
                        "replace" => out.extend(std::iter::repeat(b'?').take(i - start)),
                        "backslashreplace" => {
                            for &c in &chars[start..i] {
                                out.extend(escape_char(c).bytes());
                            }
                        }
                        "xmlcharrefreplace" => {
                            for &c in &chars[start..i] {
                                out.extend(format!("&#{};", c as u32).bytes());
                            }
                        }
                        e => return Err(unknown_handler(vm, e)),
                    }
                }
            }
            Enc::Utf16(e) => {
                let big = e == Some(Endian::Big);
                let mut units = [0u16; 2];
                for c in text.chars() {
                    for u in c.encode_utf16(&mut units).iter() {
                        out.extend_from_slice(&if big { u.to_be_bytes() } else { u.to_le_bytes() });
                    }
                }
            }
            Enc::Utf32(e) => {
                let big = e == Some(Endian::Big);
                for c in text.chars() {
                    let u = c as u32;
                    out.extend_from_slice(&if big { u.to_be_bytes() } else { u.to_le_bytes() });
                }
            }
        }
        Ok(out)
    }
}

fn escape_char(c: char) -> String {
    let n = c as u32;
    if n <= 0xff {
        format!("\\x{n:02x}")
    } else if n <= 0xffff {
        format!("\\u{n:04x}")
    } else {
        format!("\\U{n:08x}")
    }
}
