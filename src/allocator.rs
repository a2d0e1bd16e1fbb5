//! The CLI's global allocator: mimalloc, asked the way its fast paths expect.
//!
//! The `mimalloc` crate hands every request to `mi_malloc_aligned`, even at
//! the word alignment nearly every Rust allocation has. mimalloc serves that
//! from the free list of the exact size class only while the list has a
//! block at hand; otherwise it over-allocates `size + align - 1` bytes from
//! the next size class up. After one miss, objects of a size (a 40-byte
//! tuple) keep landing in a bigger class while the blocks freed into their own
//! class are never collected: more instructions per allocation and more
//! memory (`docs/performance.md`, "Session 11: the allocator").
//!
//! Here, requests whose alignment every mimalloc block already has (a word:
//! mimalloc's smallest block is a word and every block starts at a multiple
//! of a word) go to plain `mi_malloc`, as a C program's would; only stricter
//! alignments take the aligned entry points.
//!
//! A shrinking `realloc` (`Vec::into_boxed_slice`, `String::into_boxed_str`,
//! `shrink_to_fit`) of a small block moves it to the smaller size class it
//! now fits. mimalloc's own `mi_realloc` keeps any block that stays at least
//! half used, so a str built in a 16-byte buffer kept all 16 bytes for its 9,
//! a tuple made from a list kept the list's spare room: objects that live on
//! then hold more than CPython's exact allocations (`docs/performance.md`,
//! "Session 14: the bytes of each object"). Blocks above [`EXACT_SHRINK_MAX`]
//! stay where they are: moving a text of megabytes (`json.dumps`) would hold
//! both copies at once and raised the peak instead (measured: 51 to 62 MB).
//!
//! Memory freed in whole pages goes back to the system after
//! [`PURGE_DELAY_MS`] instead of mimalloc's default second ([`configure`]):
//! a program that frees one big structure and builds the next (a list of
//! 100,000 floats each round, a dict of a json document) otherwise holds both
//! at its peak, as long as the second is built within the second
//! (`docs/performance.md`, "Session 15: peak memory").

use std::alloc::{GlobalAlloc, Layout};
use std::ffi::c_void;

use libmimalloc_sys as mi;

// Part of mimalloc's API that `libmimalloc-sys` declares only with its
// `extended` feature (whose extra dependency is not needed for two functions).
extern "C" {
    /// The bytes usable in the block at `p`.
    fn mi_usable_size(p: *const c_void) -> usize;
    /// The bytes of the block a request for `size` gets.
    fn mi_good_size(size: usize) -> usize;
    /// Set one of mimalloc's options (`mi_option_t`, a C enum) to `value`.
    fn mi_option_set(option: std::ffi::c_int, value: std::ffi::c_long);
}

/// `mi_option_purge_delay` in mimalloc v3's `mi_option_t` (its 16th
/// option): how long freed pages stay committed before they are given back.
const MI_OPTION_PURGE_DELAY: std::ffi::c_int = 15;

/// How long (ms) memory freed in whole pages stays committed for reuse before
/// it is given back to the system. mimalloc's default is 1,000; at 100 the
/// peaks of programs that drop one big structure and build the next come
/// down to what they hold at once (`float_list` 70 to 56 MB, `dicts` 52 to
/// 38), for a few more `madvise` calls; at 10 or 0 the peaks fall little
/// further while system time doubles (session 14).
const PURGE_DELAY_MS: std::ffi::c_long = 100;

/// Set mimalloc's options before the program allocates much (the first thing
/// `main` does). `MIMALLOC_PURGE_DELAY` (or its old name
/// `MIMALLOC_RESET_DELAY`) in the environment still decides, as mimalloc's
/// documentation promises.
pub fn configure() {
    if std::env::var_os("MIMALLOC_PURGE_DELAY").is_none() && std::env::var_os("MIMALLOC_RESET_DELAY").is_none() {
        // SAFETY: setting an option is allowed at any time (mimalloc reads
        // `purge_delay` each time it schedules a purge).
        unsafe { mi_option_set(MI_OPTION_PURGE_DELAY, PURGE_DELAY_MS) };
    }
}

/// The largest block a shrinking `realloc` moves to an exact size class.
const EXACT_SHRINK_MAX: usize = 1024;

/// The alignment every block from `mi_malloc` has.
const WORD: usize = std::mem::size_of::<usize>();

/// `realloc` of the block at `ptr` (a live `mi_malloc` block of at most
/// [`EXACT_SHRINK_MAX`] bytes) down to `new_size > 0` bytes, into the
/// smallest size class that holds them (see the module comment). Out of line,
/// so the `realloc` inlined into every growing `Vec` stays small.
///
/// # Safety
/// `ptr` must be a live block from this allocator with word alignment and at
/// least `new_size` bytes.
#[cold]
#[inline(never)]
unsafe fn shrink_small(ptr: *mut u8, new_size: usize) -> *mut u8 {
    // SAFETY: `ptr` is live (the caller's contract), so mimalloc can tell its
    // block's size; `mi_good_size` only computes.
    if unsafe { mi_good_size(new_size) >= mi_usable_size(ptr.cast()) } {
        // Already the smallest class: nothing to move.
        return ptr;
    }
    // SAFETY: a new word-aligned block of `new_size` bytes.
    let p: *mut u8 = unsafe { mi::mi_malloc(new_size).cast() };
    if !p.is_null() {
        // SAFETY: both blocks hold at least `new_size` bytes and are
        // distinct; `ptr` is freed once, after the copy (on a failure it
        // stays the caller's, as `realloc` promises).
        unsafe {
            std::ptr::copy_nonoverlapping(ptr, p, new_size);
            mi::mi_free(ptr.cast::<c_void>());
        }
    }
    p
}

/// mimalloc as the global allocator (see the module comment).
pub struct Mimalloc;

// SAFETY: every pointer returned comes from mimalloc for at least `size`
// bytes at `align` (plain `mi_malloc` blocks are word-aligned, and stricter
// alignments go through the aligned entry points); `dealloc` and `realloc`
// receive only pointers this allocator returned, which `mi_free` and
// `mi_realloc[_aligned]` accept whichever entry point made them.
unsafe impl GlobalAlloc for Mimalloc {
    #[inline]
    unsafe fn alloc(&self, layout: Layout) -> *mut u8 {
        if layout.align() <= WORD {
            // SAFETY: plain allocation of `size` bytes, word-aligned.
            unsafe { mi::mi_malloc(layout.size()).cast() }
        } else {
            // SAFETY: `align` is a power of two (a `Layout` guarantees it).
            unsafe { mi::mi_malloc_aligned(layout.size(), layout.align()).cast() }
        }
    }

    #[inline]
    unsafe fn alloc_zeroed(&self, layout: Layout) -> *mut u8 {
        if layout.align() <= WORD {
            // SAFETY: as in `alloc`, zeroed.
            unsafe { mi::mi_zalloc(layout.size()).cast() }
        } else {
            // SAFETY: as in `alloc`, zeroed.
            unsafe { mi::mi_zalloc_aligned(layout.size(), layout.align()).cast() }
        }
    }

    #[inline]
    unsafe fn dealloc(&self, ptr: *mut u8, _layout: Layout) {
        // SAFETY: `ptr` came from this allocator (the caller's contract).
        unsafe { mi::mi_free(ptr.cast::<c_void>()) }
    }

    #[inline]
    unsafe fn realloc(&self, ptr: *mut u8, layout: Layout, new_size: usize) -> *mut u8 {
        if layout.align() <= WORD {
            if new_size < layout.size() && layout.size() <= EXACT_SHRINK_MAX && new_size > 0 {
                // SAFETY: `ptr` is a live block of this allocator, word-aligned.
                return unsafe { shrink_small(ptr, new_size) };
            }
            // SAFETY: `ptr` came from this allocator; the new block keeps the
            // word alignment.
            unsafe { mi::mi_realloc(ptr.cast::<c_void>(), new_size).cast() }
        } else {
            // SAFETY: `ptr` came from this allocator with this alignment.
            unsafe { mi::mi_realloc_aligned(ptr.cast::<c_void>(), new_size, layout.align()).cast() }
        }
    }
}
