//! The bytecode cache: a module's compiled code kept beside its source in
//! `__pycache__/NAME.kaa-311.pyc`, so that the next `import` skips the lexer,
//! parser and compiler (docs/internals/imports.md).
//!
//! ```text
//!  magic (4 bytes) │ flags (u32 LE, 0) │ source mtime (u32 LE, seconds)
//!  │ source size (u32 LE) │ kaa_compiler::marshal bytes of the module's code
//! ```
//!
//! The header is CPython's (PEP 552, timestamp form). The magic is Kaa's
//! own: `kaa_compiler::marshal::FORMAT_VERSION` mixed with a fingerprint of
//! the standard library this binary froze, so a cache written by any other
//! build of the compiler is recompiled, never misread. A cache is used only
//! when its magic, mtime and size all match the source; it is written only
//! when `sys.dont_write_bytecode` is false and the host granted write access
//! to the directory ([`crate::limits`]), and a failed write is silent, as in
//! CPython (a read-only directory simply has no cache).

use std::path::{Path, PathBuf};
use std::sync::Arc;

use kaa_compiler::code::CodeObject;

use crate::object::PyObjectRef;
use crate::vm::{PyResult, Vm};

/// `sys.implementation.cache_tag`.
pub const CACHE_TAG: &str = "kaa-311";

const HEADER_LEN: usize = 16;

/// Where the fingerprint lives in `Vm::rust_state` (set by `kaa-stdlib`).
pub const FINGERPRINT_KEY: &str = "kaa.bytecode_fingerprint";

/// The four magic bytes of this build's `.pyc` files (`importlib.util.MAGIC_NUMBER`):
/// two bytes of version and fingerprint, then `\r\n` as CPython's.
pub fn magic(vm: &Vm) -> [u8; 4] {
    let fp = vm
        .rust_state
        .borrow()
        .get(FINGERPRINT_KEY)
        .and_then(|a| a.downcast_ref::<u32>().copied())
        .unwrap_or(0);
    let v = fp ^ kaa_compiler::marshal::FORMAT_VERSION.wrapping_mul(0x9E37_79B9);
    let folded = (v ^ (v >> 16)) as u16;
    let [a, b] = folded.to_le_bytes();
    [a, b, b'\r', b'\n']
}

/// `importlib.util.cache_from_source`: `dir/__pycache__/stem.kaa-311.pyc`.
pub fn cache_from_source(source: &Path) -> Option<PathBuf> {
    cache_path(source, 0)
}

/// The cache file for code compiled at optimisation level `optimize`:
/// `stem.kaa-311.opt-1.pyc` for `-O`, as CPython names its own.
pub fn cache_path(source: &Path, optimize: u8) -> Option<PathBuf> {
    let stem = source.file_stem()?.to_str()?;
    let dir = source.parent().unwrap_or(Path::new(""));
    let opt = if optimize == 0 {
        String::new()
    } else {
        format!(".opt-{optimize}")
    };
    Some(dir.join("__pycache__").join(format!("{stem}.{CACHE_TAG}{opt}.pyc")))
}

/// The source's modification time (seconds, truncated to 32 bits, as
/// CPython's header) and size.
fn source_stamp(meta: &std::fs::Metadata) -> (u32, u32) {
    let mtime = meta
        .modified()
        .ok()
        .and_then(|t| t.duration_since(std::time::UNIX_EPOCH).ok())
        .map(|d| d.as_secs() as u32)
        .unwrap_or(0);
    (mtime, meta.len() as u32)
}

fn header(vm: &Vm, mtime: u32, size: u32) -> [u8; HEADER_LEN] {
    let mut h = [0u8; HEADER_LEN];
    h[..4].copy_from_slice(&magic(vm));
    h[8..12].copy_from_slice(&mtime.to_le_bytes());
    h[12..16].copy_from_slice(&size.to_le_bytes());
    h
}

/// The cached code for a source with this stamp, if the cache file is valid.
fn read_cache(vm: &Vm, cache: &Path, mtime: u32, size: u32) -> Option<Arc<CodeObject>> {
    let bytes = std::fs::read(cache).ok()?;
    if bytes.len() < HEADER_LEN || bytes[..HEADER_LEN] != header(vm, mtime, size) {
        return None;
    }
    kaa_compiler::marshal::loads(&bytes[HEADER_LEN..]).ok()
}

/// Whether this interpreter may write bytecode caches: `sys.dont_write_bytecode`
/// is false (`-B`, `PYTHONDONTWRITEBYTECODE` set it).
fn may_write(vm: &mut Vm) -> bool {
    let key = vm.new_str("sys");
    let mods = vm.modules.clone();
    let Ok(Some(sys)) = vm.dict_get_item_opt(&mods, &key) else {
        return false;
    };
    let n = vm.intern("dont_write_bytecode");
    match vm.get_attr_opt(&sys, &n) {
        Ok(Some(v)) => !vm.is_true(&v).unwrap_or(true),
        _ => false,
    }
}

/// Write the cache atomically (a temporary file renamed over it), silently
/// giving up on any error.
fn write_cache(vm: &mut Vm, cache: &Path, code: &CodeObject, mtime: u32, size: u32) {
    let Some(dir) = cache.parent() else { return };
    if !vm.limits.path_granted(dir, crate::limits::Access::Write) {
        return;
    }
    let mut data = header(vm, mtime, size).to_vec();
    data.extend_from_slice(&kaa_compiler::marshal::dumps(code));
    if std::fs::create_dir_all(dir).is_err() {
        return;
    }
    let tmp = cache.with_extension(format!("pyc.{}", std::process::id()));
    if std::fs::write(&tmp, &data).is_ok() && std::fs::rename(&tmp, cache).is_err() {
        let _ = std::fs::remove_file(&tmp);
    }
}

/// The code of the module whose source is `path`: from the cache when it is
/// valid, else compiled (and cached when allowed). `write` is false to
/// never write (the script itself is not cached, as in CPython).
pub fn source_code(vm: &mut Vm, path: &Path, write: bool) -> PyResult<PyObjectRef> {
    let pathstr = path.to_string_lossy().to_string();
    let (bytes, stamp) = match std::fs::File::open(path).and_then(|mut f| {
        use std::io::Read;
        let meta = f.metadata()?;
        let mut b = Vec::with_capacity(meta.len() as usize);
        f.read_to_end(&mut b)?;
        Ok((b, source_stamp(&meta)))
    }) {
        Ok(x) => x,
        Err(e) => {
            let cls = vm.exc.import_error.clone();
            return Err(vm.new_exception_msg(&cls, e.to_string()));
        }
    };
    let optimize = vm.optimize.get();
    let cache = if write { cache_path(path, optimize) } else { None };
    if let Some(cache) = &cache {
        if let Some(code) = read_cache(vm, cache, stamp.0, stamp.1) {
            return Ok(vm.load_code(&code));
        }
    }
    let source = crate::source::decode_source(vm, &bytes, &pathstr, crate::source::SourceKind::Import)?;
    let code = match kaa_compiler::compile_optimized(&source, &pathstr, kaa_compiler::Mode::Exec, optimize) {
        Ok(c) => c,
        Err(e) => return Err(vm.syntax_error_to_exception(&e)),
    };
    if let Some(cache) = &cache {
        if may_write(vm) {
            write_cache(vm, cache, &code, stamp.0, stamp.1);
        }
    }
    Ok(vm.load_code(&code))
}

/// `SourcelessFileLoader`: the code in a `.pyc` file written by this build
/// (its stamp is not checked: there is no source).
pub fn load_pyc(vm: &mut Vm, path: &Path) -> PyResult<PyObjectRef> {
    let bad = |vm: &mut Vm, msg: String| {
        let cls = vm.exc.import_error.clone();
        vm.new_exception_msg(&cls, msg)
    };
    let bytes = std::fs::read(path).map_err(|e| bad(vm, e.to_string()))?;
    let name = path.to_string_lossy().to_string();
    if bytes.len() < HEADER_LEN || bytes[..4] != magic(vm) {
        return Err(bad(
            vm,
            format!("bad magic number in {name:?}: {:?}", &bytes[..bytes.len().min(4)]),
        ));
    }
    match kaa_compiler::marshal::loads(&bytes[HEADER_LEN..]) {
        Ok(code) => Ok(vm.load_code(&code)),
        Err(e) => Err(bad(vm, format!("bad code in {name:?}: {e}"))),
    }
}
