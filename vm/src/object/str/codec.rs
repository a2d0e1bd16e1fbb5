//! The codecs `str.encode`, `bytes.decode` and `str(bytes, encoding)` support:
//! UTF-8, ASCII and Latin-1, with the error handlers `strict`, `ignore`,
//! `replace`, `backslashreplace` and (for encoding) `xmlcharrefreplace`.
//! Messages and error positions follow CPython's codecs exactly.

use crate::object::PyObjectRef;
use crate::vm::{PyResult, Vm};

/// A supported codec.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Codec {
    Utf8,
    Ascii,
    Latin1,
}

impl Codec {
    /// The codec's canonical name, as error messages show it.
    pub fn name(self) -> &'static str {
        match self {
            Codec::Utf8 => "utf-8",
            Codec::Ascii => "ascii",
            Codec::Latin1 => "latin-1",
        }
    }

    /// Code points below this limit encode to one byte (ASCII, Latin-1).
    fn limit(self) -> u32 {
        match self {
            Codec::Ascii => 0x80,
            _ => 0x100,
        }
    }
}

/// Find a codec by any of CPython's aliases (`codecs.lookup`).
pub fn lookup(vm: &Vm, encoding: &str) -> PyResult<Codec> {
    // The default and the common spellings, without normalising.
    if matches!(encoding, "utf-8" | "utf8" | "UTF-8") {
        return Ok(Codec::Utf8);
    }
    let norm: String = encoding
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
    match norm.as_str() {
        "utf_8" | "utf8" | "u8" | "utf" | "utf8_ucs2" | "utf8_ucs4" | "cp65001" => Ok(Codec::Utf8),
        "ascii" | "us_ascii" | "646" | "ansi_x3.4_1968" | "ansi_x3_4_1968" | "ansi_x3.4_1986" | "cp367" | "csascii"
        | "ibm367" | "iso646_us" | "iso_646.irv_1991" | "iso_ir_6" | "us" => Ok(Codec::Ascii),
        "latin_1" | "latin1" | "latin" | "l1" | "iso8859_1" | "iso_8859_1" | "8859" | "cp819" | "ibm819"
        | "iso_ir_100" | "iso_8859_1_1987" | "csisolatin1" => Ok(Codec::Latin1),
        _ => Err(vm.new_exception_msg(&vm.exc.lookup_error, format!("unknown encoding: {encoding}"))),
    }
}

#[cold]
fn unknown_handler(vm: &Vm, errors: &str) -> PyObjectRef {
    vm.new_exception_msg(&vm.exc.lookup_error, format!("unknown error handler name '{errors}'"))
}

/// Build a `UnicodeEncodeError`/`UnicodeDecodeError` with CPython's attributes.
#[allow(clippy::too_many_arguments)]
#[cold]
fn unicode_error(
    vm: &mut Vm,
    cls: &PyObjectRef,
    msg: String,
    codec: Codec,
    object: PyObjectRef,
    start: usize,
    end: usize,
    reason: &str,
) -> PyObjectRef {
    let e = vm.new_exception_msg(cls, msg);
    if let Some(d) = vm.instance_dict(&e) {
        let enc = vm.new_str(codec.name());
        let _ = vm.dict_set_str(&d, "encoding", enc);
        let _ = vm.dict_set_str(&d, "object", object);
        let s = vm.new_int(start as i64);
        let _ = vm.dict_set_str(&d, "start", s);
        let en = vm.new_int(end as i64);
        let _ = vm.dict_set_str(&d, "end", en);
        let r = vm.new_str(reason);
        let _ = vm.dict_set_str(&d, "reason", r);
    }
    e
}

/// `str.encode(encoding, errors)`; `obj` is the str (for the exception).
pub fn encode(vm: &mut Vm, obj: &PyObjectRef, text: &str, codec: Codec, errors: &str) -> PyResult<Vec<u8>> {
    if codec == Codec::Utf8 {
        // Kaa's strings hold no lone surrogates, so UTF-8 encoding cannot fail.
        return Ok(text.as_bytes().to_vec());
    }
    let limit = codec.limit();
    let chars: Vec<char> = text.chars().collect();
    let mut out = Vec::with_capacity(chars.len());
    let mut i = 0;
    while i < chars.len() {
        let c = chars[i];
        if (c as u32) < limit {
            out.push(c as u32 as u8);
            i += 1;
            continue;
        }
        let start = i;
        while i < chars.len() && (chars[i] as u32) >= limit {
            i += 1;
        }
        match errors {
            "strict" => {
                let reason = format!("ordinal not in range({limit})");
                let msg = if i - start == 1 {
                    format!(
                        "'{}' codec can't encode character '{}' in position {start}: {reason}",
                        codec.name(),
                        escape_char(c)
                    )
                } else {
                    format!(
                        "'{}' codec can't encode characters in position {start}-{}: {reason}",
                        codec.name(),
                        i - 1
                    )
                };
                let cls = vm.exc.unicode_encode_error.clone();
                return Err(unicode_error(vm, &cls, msg, codec, obj.clone(), start, i, &reason));
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
            _ => return Err(unknown_handler(vm, errors)),
        }
    }
    Ok(out)
}

/// `\xe9`, `\u20ac` or `\U0001f600`: how codec messages show a character.
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

/// `bytes.decode(encoding, errors)`; `obj` is the bytes object (for the exception).
pub fn decode(vm: &mut Vm, obj: &PyObjectRef, data: &[u8], codec: Codec, errors: &str) -> PyResult<String> {
    // Linear work: charged across calls (`limits.rs`).
    vm.charge_bytes(data.len())?;
    match codec {
        Codec::Latin1 => Ok(data.iter().map(|&b| char::from(b)).collect()),
        Codec::Ascii => decode_ascii(vm, obj, data, errors),
        Codec::Utf8 => decode_utf8(vm, obj, data, errors),
    }
}

fn decode_ascii(vm: &mut Vm, obj: &PyObjectRef, data: &[u8], errors: &str) -> PyResult<String> {
    if data.is_ascii() {
        return Ok(data.iter().map(|&b| char::from(b)).collect());
    }
    let mut out = String::with_capacity(data.len());
    for (pos, &b) in data.iter().enumerate() {
        if b < 0x80 {
            out.push(char::from(b));
            continue;
        }
        decode_error(
            vm,
            obj,
            &mut out,
            Codec::Ascii,
            errors,
            data,
            pos,
            pos + 1,
            "ordinal not in range(128)",
        )?;
    }
    Ok(out)
}

fn decode_utf8(vm: &mut Vm, obj: &PyObjectRef, data: &[u8], errors: &str) -> PyResult<String> {
    let mut out = String::new();
    let mut rest = data;
    let mut offset = 0;
    loop {
        match std::str::from_utf8(rest) {
            Ok(s) => {
                out.push_str(s);
                return Ok(out);
            }
            Err(e) => {
                let good = e.valid_up_to();
                // SAFETY-free: `valid_up_to` bytes are valid UTF-8 by definition.
                out.push_str(std::str::from_utf8(&rest[..good]).unwrap_or_default());
                let bad = rest[good];
                let (len, reason) = match e.error_len() {
                    None => (rest.len() - good, "unexpected end of data"),
                    Some(n) if is_invalid_start(bad) => (n, "invalid start byte"),
                    Some(n) => (n, "invalid continuation byte"),
                };
                let start = offset + good;
                decode_error(vm, obj, &mut out, Codec::Utf8, errors, data, start, start + len, reason)?;
                rest = &rest[good + len..];
                offset = start + len;
            }
        }
    }
}

fn is_invalid_start(b: u8) -> bool {
    (0x80..0xC2).contains(&b) || b >= 0xF5
}

/// Apply the error handler to `data[start..end]`, or raise `UnicodeDecodeError`.
#[allow(clippy::too_many_arguments)]
fn decode_error(
    vm: &mut Vm,
    obj: &PyObjectRef,
    out: &mut String,
    codec: Codec,
    errors: &str,
    data: &[u8],
    start: usize,
    end: usize,
    reason: &str,
) -> PyResult<()> {
    match errors {
        "strict" => {
            let msg = if end - start == 1 {
                format!(
                    "'{}' codec can't decode byte 0x{:02x} in position {start}: {reason}",
                    codec.name(),
                    data[start]
                )
            } else {
                format!(
                    "'{}' codec can't decode bytes in position {start}-{}: {reason}",
                    codec.name(),
                    end - 1
                )
            };
            let cls = vm.exc.unicode_decode_error.clone();
            Err(unicode_error(vm, &cls, msg, codec, obj.clone(), start, end, reason))
        }
        "ignore" => Ok(()),
        "replace" => {
            out.push('\u{FFFD}');
            Ok(())
        }
        "backslashreplace" => {
            for &b in &data[start..end] {
                out.push_str(&format!("\\x{b:02x}"));
            }
            Ok(())
        }
        _ => Err(unknown_handler(vm, errors)),
    }
}
