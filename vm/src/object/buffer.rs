//! The buffer protocol: reading and writing the bytes of any bytes-like object.
//!
//! CPython's `PyObject_GetBuffer` gives C code the raw memory of `bytes`,
//! `bytearray`, `memoryview`, `array.array`, ... Kaa's equivalent is this module;
//! every place that accepts "a bytes-like object" goes through it, so a new
//! exporter is accepted everywhere at once.
//!
//! # Using it (for `struct`, `array`, `io`, `hashlib`, ...)
//!
//! - [`read`] gives the contents of any bytes-like object (`None` for other
//!   objects) as a [`BufView`], which derefs to `&[u8]`; [`bytes_like`] is the
//!   same with CPython's `TypeError: a bytes-like object is required, not 'str'`.
//!   A `BufView` may hold a borrow of a `bytearray`'s storage: **do not run
//!   Python code while holding one** (a resize attempted meanwhile fails with
//!   `BufferError`, as it would in CPython while a buffer is exported), or
//!   copy it first with [`BufView::into_vec`].
//! - [`writable`] gives the contents of a writable bytes-like object (a
//!   `bytearray`, a writable `memoryview`) as a `RefMut<[u8]>` of fixed size,
//!   or `TypeError: argument must be read-write bytes-like object, not 'bytes'`.
//! - **Export count.** An object whose size can change (`bytearray`) counts the
//!   views of it that are alive ([`Exporter::exports`]); while the count is not
//!   zero it refuses to resize (`BufferError: Existing exports of data: object
//!   cannot be re-sized`, [`check_resizable`]). A `memoryview` takes one export
//!   when it is made and gives it back when released or freed.
//! - **New exporters.** A payload type defined outside the VM (say
//!   `array.array`) implements [`Exporter`] and registers a lookup with
//!   [`register_exporter`] when its module is initialised; `memoryview(obj)`,
//!   `bytes(obj)` and every bytes method then accept it.

use std::cell::{Cell, Ref, RefMut};
use std::ops::Deref;
use std::sync::RwLock;

use super::bytearray::PyByteArray;
use super::bytes::PyBytes;
use super::core::PyObjectRef;
use super::memoryview::PyMemoryView;
use crate::vm::{PyResult, Vm};

/// Read access to the bytes of a bytes-like object.
pub enum BufView<'a> {
    /// Bytes that never change (a `bytes` object).
    Slice(&'a [u8]),
    /// A borrow of a mutable buffer (a `bytearray`).
    Shared(Ref<'a, [u8]>),
    /// A copy (a non-contiguous `memoryview`, gathered).
    Owned(Vec<u8>),
}

impl Deref for BufView<'_> {
    type Target = [u8];
    fn deref(&self) -> &[u8] {
        match self {
            BufView::Slice(s) => s,
            BufView::Shared(r) => r,
            BufView::Owned(v) => v,
        }
    }
}

impl<'a> BufView<'a> {
    /// The bytes as an owned vector (releasing any borrow).
    pub fn into_vec(self) -> Vec<u8> {
        match self {
            BufView::Owned(v) => v,
            other => other.to_vec(),
        }
    }

    /// The sub-range `start..end` (which must be in bounds).
    pub fn sub(self, start: usize, end: usize) -> BufView<'a> {
        match self {
            BufView::Slice(s) => BufView::Slice(&s[start..end]),
            BufView::Shared(r) => BufView::Shared(Ref::map(r, |s| &s[start..end])),
            BufView::Owned(v) => BufView::Owned(v[start..end].to_vec()),
        }
    }
}

/// An object that exports its memory as a buffer of items.
pub trait Exporter: 'static {
    /// The contents, or `None` while they are being written.
    fn read(&self) -> Option<BufView<'_>>;
    /// The contents for writing; `None` for read-only objects (or while busy).
    fn write(&self) -> Option<RefMut<'_, [u8]>> {
        None
    }
    /// Whether the buffer is read-only.
    fn readonly(&self) -> bool {
        true
    }
    /// The `struct` format of one item and its size (`"B"`, 1 for bytes).
    fn format(&self) -> (&'static str, usize) {
        ("B", 1)
    }
    /// The live export count, for objects that can be resized.
    fn exports(&self) -> Option<&Cell<usize>> {
        None
    }
}

impl Exporter for PyBytes {
    fn read(&self) -> Option<BufView<'_>> {
        Some(BufView::Slice(&self.value))
    }
}

/// Finds the [`Exporter`] of objects whose payload type is not known to the VM.
pub type ExporterLookup = for<'a> fn(&'a PyObjectRef) -> Option<&'a dyn Exporter>;

static EXTRA_EXPORTERS: RwLock<Vec<ExporterLookup>> = RwLock::new(Vec::new());

/// Make the objects `lookup` recognises bytes-like (call once per payload type;
/// repeated registrations of the same function are ignored).
pub fn register_exporter(lookup: ExporterLookup) {
    let mut v = EXTRA_EXPORTERS.write().unwrap_or_else(|e| e.into_inner());
    if !v.iter().any(|f| *f as usize == lookup as usize) {
        v.push(lookup);
    }
}

/// The exporter behind `o` (`bytes`, `bytearray` or a registered type); not
/// `memoryview`, which is a view of another object's exporter.
pub fn exporter(o: &PyObjectRef) -> Option<&dyn Exporter> {
    if let Some(b) = o.downcast_ref::<PyBytes>() {
        return Some(b);
    }
    if let Some(b) = o.downcast_ref::<PyByteArray>() {
        return Some(b);
    }
    let extra = EXTRA_EXPORTERS.read().unwrap_or_else(|e| e.into_inner());
    extra.iter().find_map(|f| f(o))
}

/// Whether `o` supports the buffer protocol.
pub fn is_bytes_like(o: &PyObjectRef) -> bool {
    o.payload_is::<PyMemoryView>() || exporter(o).is_some()
}

/// `BufferError: Existing exports of data: object cannot be re-sized`.
pub fn resize_error(vm: &Vm) -> PyObjectRef {
    vm.new_exception_msg(
        &vm.exc.buffer_error,
        "Existing exports of data: object cannot be re-sized",
    )
}

/// Fail with [`resize_error`] while views of `exports`' owner are alive.
pub fn check_resizable(vm: &Vm, exports: &Cell<usize>) -> PyResult<()> {
    if exports.get() > 0 {
        return Err(resize_error(vm));
    }
    Ok(())
}

/// The bytes of a bytes-like object in C order, or `None` if `o` is not one.
pub fn read<'a>(vm: &Vm, o: &'a PyObjectRef) -> PyResult<Option<BufView<'a>>> {
    if let Some(m) = o.downcast_ref::<PyMemoryView>() {
        return m.read_bytes(vm).map(Some);
    }
    match exporter(o) {
        Some(e) => e.read().map(Some).ok_or_else(|| resize_error(vm)),
        None => Ok(None),
    }
}

/// The bytes of a bytes-like argument: `a bytes-like object is required, not 'str'`.
pub fn bytes_like<'a>(vm: &Vm, o: &'a PyObjectRef) -> PyResult<BufView<'a>> {
    match read(vm, o)? {
        Some(b) => Ok(b),
        None => Err(vm.new_type_error(format!("a bytes-like object is required, not '{}'", o.ty().name()))),
    }
}

/// The bytes of a writable bytes-like object (fixed size):
/// `argument must be read-write bytes-like object, not 'bytes'`.
pub fn writable<'a>(vm: &Vm, o: &'a PyObjectRef) -> PyResult<RefMut<'a, [u8]>> {
    let found = if let Some(m) = o.downcast_ref::<PyMemoryView>() {
        m.write_bytes(vm)?
    } else {
        match exporter(o) {
            Some(e) if !e.readonly() => Some(e.write().ok_or_else(|| resize_error(vm))?),
            _ => None,
        }
    };
    found.ok_or_else(|| {
        vm.new_type_error(format!(
            "argument must be read-write bytes-like object, not {}",
            o.ty().name()
        ))
    })
}
