//! The optimisation level of `-O`/`-OO` and `compile(..., optimize=N)`, as
//! CPython's: at level 1 `assert` statements compile to nothing and
//! `__debug__` is the constant `False` (so `if __debug__:` blocks fold
//! away); at level 2 docstrings are dropped too (`__doc__` is `None`).
//!
//! The level is a setting of one compilation. It is kept in a thread-local
//! for the duration of [`crate::compile_optimized`] rather than threaded
//! through every folding and code-generation function, which read it with
//! [`level`].

use std::cell::Cell;

thread_local! {
    static LEVEL: Cell<u8> = const { Cell::new(0) };
}

/// The optimisation level of the compilation running on this thread.
pub fn level() -> u8 {
    LEVEL.with(Cell::get)
}

/// Whether `assert` statements are compiled.
pub fn asserts() -> bool {
    level() == 0
}

/// Whether docstrings are kept.
pub fn docstrings() -> bool {
    level() < 2
}

/// Run `f` with the level set to `optimize`, restoring the previous level
/// afterwards (compilations may nest: a codec's Python code compiled while
/// a source is decoded).
pub fn with_level<T>(optimize: u8, f: impl FnOnce() -> T) -> T {
    let prev = LEVEL.with(|l| l.replace(optimize));
    let r = f();
    LEVEL.with(|l| l.set(prev));
    r
}
