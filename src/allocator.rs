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

use std::alloc::{GlobalAlloc, Layout};
use std::ffi::c_void;

use libmimalloc_sys as mi;

/// The alignment every block from `mi_malloc` has.
const WORD: usize = std::mem::size_of::<usize>();

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
            // SAFETY: `ptr` came from this allocator; the new block keeps the
            // word alignment.
            unsafe { mi::mi_realloc(ptr.cast::<c_void>(), new_size).cast() }
        } else {
            // SAFETY: `ptr` came from this allocator with this alignment.
            unsafe { mi::mi_realloc_aligned(ptr.cast::<c_void>(), new_size, layout.align()).cast() }
        }
    }
}
