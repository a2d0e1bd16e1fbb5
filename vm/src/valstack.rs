//! A frame's value stack: a buffer allocated once, when the frame is made,
//! at its code's `co_stacksize`, then pushed and popped without capacity or
//! underflow checks.
//!
//! # Notes
//!
//! `Vec::push` checks the capacity and keeps a call to its growth path
//! inlined into every push; `Vec::pop` returns an `Option` that the
//! interpreter then tests. The instruction loop does a few of each per
//! bytecode (`docs/performance.md`, "Session 15"), so here they are plain
//! loads and stores. This is the only unsafe code of the value stack, and
//! its soundness rests on one invariant kept by the rest of the VM:
//!
//! * **the depth never leaves `0..=capacity`.** Every frame's stack is
//!   reserved to at least its code's `co_stacksize` before an instruction
//!   of that code runs (`eval::execute` checks it each time it enters a
//!   frame), and no code runs before `verify.rs` has proved, following every
//!   path through it (jumps, exception handlers, the `FOR_ITER` exit), that
//!   the depth stays within `0..=co_stacksize` and that each instruction
//!   finds the items it takes. The compiler's `co_stacksize` is not taken on
//!   trust: a code object made by `marshal.loads`, a `.pyc` or a compiler bug
//!   that gets it wrong is refused with `SystemError` instead of run.
//!
//! The unchecked operations are `pub(crate)`: code outside the VM crate
//! cannot reach them, so the invariant is the VM crate's alone to keep.
//!
//! Debug builds (all the tests) also assert the bounds at each push and pop,
//! so a VM instruction that pushes or pops more than its stack effect says
//! fails a test rather than corrupting memory. Everything else (`truncate`,
//! `peek`, indexing, `split_off`) stays checked: it is not per instruction.
//!
//! The buffer is a `Vec` whose length is kept by hand, so a finished frame's
//! buffer goes back to the interpreter's pool as a `Vec` (`call.rs`,
//! `recycle_frame`) and comes back as a stack with its capacity.

use crate::object::PyObjectRef;

/// The value stack of one frame.
///
/// Generic only so that its tests (run under Miri) need no interpreter;
/// frames use `ValStack<PyObjectRef>`.
pub struct ValStack<T = PyObjectRef> {
    /// `buf[..buf.len()]` are the items, bottom first.
    buf: Vec<T>,
}

impl<T> Default for ValStack<T> {
    fn default() -> Self {
        ValStack::from_vec(Vec::new(), 0)
    }
}

impl<T> ValStack<T> {
    /// A stack on `buf`'s memory (its items are dropped), holding at least
    /// `size` items.
    #[inline]
    pub fn from_vec(mut buf: Vec<T>, size: usize) -> ValStack<T> {
        buf.clear();
        buf.reserve(size);
        ValStack { buf }
    }

    /// An empty stack for `size` items.
    #[inline]
    pub fn with_capacity(size: usize) -> ValStack<T> {
        ValStack {
            buf: Vec::with_capacity(size),
        }
    }

    /// The buffer, emptied, for reuse.
    #[inline]
    pub fn into_vec(mut self) -> Vec<T> {
        self.buf.clear();
        self.buf
    }

    /// Make room for `size` items in all (a frame reused for another code).
    #[inline]
    pub fn reserve_total(&mut self, size: usize) {
        if self.buf.capacity() < size {
            self.grow(size);
        }
    }

    #[cold]
    #[inline(never)]
    fn grow(&mut self, size: usize) {
        self.buf.reserve(size - self.buf.len());
    }

    #[inline(always)]
    pub fn capacity(&self) -> usize {
        self.buf.capacity()
    }

    #[inline(always)]
    pub fn len(&self) -> usize {
        self.buf.len()
    }

    #[inline(always)]
    pub fn is_empty(&self) -> bool {
        self.buf.is_empty()
    }

    /// Push `v`. The depth is below the capacity (see the Notes).
    #[inline(always)]
    pub(crate) fn push(&mut self, v: T) {
        let len = self.buf.len();
        debug_assert!(len < self.buf.capacity(), "value stack overflow");
        // SAFETY: `len < capacity` (the module's invariant: verified code
        // never pushes beyond `co_stacksize`, and the buffer holds that
        // many), so the slot is allocated and unused; writing it and then
        // counting it hands the reference's ownership to the buffer.
        unsafe {
            self.buf.as_mut_ptr().add(len).write(v);
            self.buf.set_len(len + 1);
        }
    }

    /// Pop the top. The stack is not empty (see the Notes).
    #[inline(always)]
    pub(crate) fn pop(&mut self) -> T {
        let len = self.buf.len();
        debug_assert!(len > 0, "value stack underflow");
        // SAFETY: `len > 0` (verified code pops only what it pushed), so
        // slot `len - 1` holds an initialised item; it stops being counted
        // before it is read out, so its ownership moves to the caller once.
        unsafe {
            self.buf.set_len(len - 1);
            self.buf.as_ptr().add(len - 1).read()
        }
    }

    /// The top item. The stack is not empty (see the Notes).
    #[inline(always)]
    pub(crate) fn top(&self) -> &T {
        let len = self.buf.len();
        debug_assert!(len > 0, "value stack underflow");
        // SAFETY: `len > 0`, as for `pop`; the slot is initialised and the
        // reference borrows `self`.
        unsafe { &*self.buf.as_ptr().add(len - 1) }
    }

    /// The `n`-th item from the top (1 is the top), checked.
    #[inline]
    pub fn peek(&self, n: usize) -> &T {
        &self.buf[self.buf.len() - n]
    }

    /// The top item, if any (checked; for code outside the loop).
    #[inline]
    pub fn last(&self) -> Option<&T> {
        self.buf.last()
    }

    /// Item `i` from the bottom, if there is one (checked).
    #[inline]
    pub fn get(&self, i: usize) -> Option<&T> {
        self.buf.get(i)
    }

    #[inline]
    pub fn get_mut(&mut self, i: usize) -> Option<&mut T> {
        self.buf.get_mut(i)
    }

    /// Drop the items above depth `len`, top first, as CPython's unwinding
    /// pops them. (A loop of pops, inlined: `Vec::truncate` is a call, and
    /// a call's `truncate` drops one or two items.)
    #[inline]
    pub fn truncate(&mut self, len: usize) {
        while self.buf.len() > len {
            drop(self.buf.pop());
        }
    }

    /// Drop all the items, bottom first, as a frame's are cleared.
    #[inline]
    pub fn clear(&mut self) {
        self.buf.clear();
    }

    /// Take the items from depth `start` up off the stack, handing each to
    /// `put` bottom first (a call's arguments, moved into the callee's
    /// locals). A `start` above the depth takes nothing.
    #[inline(always)]
    pub(crate) fn move_from(&mut self, start: usize, mut put: impl FnMut(T)) {
        let len = self.buf.len();
        let start = start.min(len);
        // SAFETY: `start..len` are initialised items. They stop being
        // counted before any is read, so each is read out exactly once and
        // its ownership moves to `put`; if `put` panics, the rest leak
        // (never dropped twice).
        unsafe {
            self.buf.set_len(start);
            let p = self.buf.as_ptr().add(start);
            for i in 0..len - start {
                put(p.add(i).read());
            }
        }
    }

    /// The items, bottom first.
    #[inline(always)]
    pub fn as_slice(&self) -> &[T] {
        &self.buf
    }

    #[inline(always)]
    pub fn as_mut_slice(&mut self) -> &mut [T] {
        &mut self.buf
    }

    #[inline]
    pub fn iter(&self) -> std::slice::Iter<'_, T> {
        self.buf.iter()
    }

    /// The items from depth `at` up, taken off the stack.
    #[inline]
    pub fn split_off(&mut self, at: usize) -> Vec<T> {
        self.buf.split_off(at)
    }

    /// Lend the buffer as a `Vec` to `f` (which moves the top items out, as
    /// `Vm::new_tuple_from_tail` does). Whatever `f` does to it, the
    /// capacity is restored afterwards, so the invariant holds.
    #[inline]
    pub(crate) fn with_vec<R>(&mut self, f: impl FnOnce(&mut Vec<T>) -> R) -> R {
        let cap = self.buf.capacity();
        let r = f(&mut self.buf);
        if self.buf.capacity() < cap {
            self.buf.reserve(cap - self.buf.len());
        }
        r
    }

    /// Push every item of `items` (an unpacking instruction's `n` items,
    /// counted in its stack effect).
    #[inline]
    pub(crate) fn extend<I: IntoIterator<Item = T>>(&mut self, items: I) {
        for v in items {
            self.push(v);
        }
    }
}

impl<T> std::ops::Index<usize> for ValStack<T> {
    type Output = T;
    #[inline]
    fn index(&self, i: usize) -> &T {
        &self.buf[i]
    }
}

impl<T> std::ops::IndexMut<usize> for ValStack<T> {
    #[inline]
    fn index_mut(&mut self, i: usize) -> &mut T {
        &mut self.buf[i]
    }
}

#[cfg(test)]
mod tests {
    use super::ValStack;
    use std::rc::Rc;

    #[test]
    fn valstack_with_vec_keeps_capacity() {
        let mut s = ValStack::with_capacity(4);
        s.push(Rc::new(1));
        s.push(Rc::new(2));
        let tail = s.with_vec(|v| {
            let t = v.split_off(1);
            v.shrink_to_fit();
            t
        });
        assert_eq!((s.len(), tail.len()), (1, 1));
        assert!(s.capacity() >= 4, "the capacity is restored");
        for i in 0..3 {
            s.push(Rc::new(i));
        }
        assert_eq!(*s.pop(), 2);
    }

    #[test]
    fn valstack_move_from_and_truncate() {
        let items: Vec<Rc<i32>> = (0..5).map(Rc::new).collect();
        let mut s = ValStack::with_capacity(5);
        for v in &items {
            s.push(v.clone());
        }
        let mut got = Vec::new();
        s.move_from(2, |v| got.push(v));
        assert_eq!(got.iter().map(|v| **v).collect::<Vec<_>>(), [2, 3, 4]);
        assert_eq!(s.len(), 2);
        s.move_from(7, |v| got.push(v));
        assert_eq!((s.len(), got.len()), (2, 3), "above the depth: nothing");
        s.truncate(1);
        assert_eq!((s.len(), Rc::strong_count(&items[1])), (1, 1));
        drop(got);
        assert_eq!(Rc::strong_count(&items[3]), 1, "moved once, dropped once");
        s.clear();
        assert!(s.is_empty());
        assert_eq!(Rc::strong_count(&items[0]), 1);
    }

    #[test]
    fn valstack_push_pop_order_and_refcounts() {
        let a = Rc::new(1);
        let b = Rc::new(2);
        let mut s = ValStack::with_capacity(3);
        s.push(a.clone());
        s.push(b.clone());
        assert_eq!(s.len(), 2);
        assert!(Rc::ptr_eq(s.top(), &b));
        assert!(Rc::ptr_eq(s.peek(2), &a));
        let got = s.pop();
        assert!(Rc::ptr_eq(&got, &b));
        drop(got);
        assert!(Rc::ptr_eq(&s.pop(), &a));
        assert!(s.is_empty());
        // The stack holds no reference any more.
        assert_eq!(Rc::strong_count(&a), 1);
        assert_eq!(Rc::strong_count(&b), 1);
    }

    #[test]
    fn valstack_truncate_split_and_reuse() {
        let items: Vec<Rc<i32>> = (0..4).map(Rc::new).collect();
        let mut s = ValStack::from_vec(Vec::new(), 4);
        s.extend(items.iter().cloned());
        assert_eq!(s.len(), 4);
        let top2 = s.split_off(2);
        assert_eq!(top2.len(), 2);
        assert!(Rc::ptr_eq(&top2[0], &items[2]));
        s.truncate(1);
        assert_eq!(s.len(), 1);
        s[0] = items[3].clone();
        assert!(s.iter().next().is_some_and(|v| Rc::ptr_eq(v, &items[3])));
        assert_eq!(s.as_slice().len(), 1);
        // Back to a buffer and on to a bigger code: items dropped, room made.
        let buf = s.into_vec();
        assert!(buf.is_empty());
        let mut s = ValStack::from_vec(buf, 10);
        assert!(s.capacity() >= 10);
        for v in items.iter().cycle().take(10) {
            s.push(v.clone());
        }
        s.reserve_total(12);
        assert!(s.capacity() >= 12);
        assert_eq!(s.len(), 10);
        s.push(items[0].clone());
        s.push(items[0].clone());
        assert_eq!(*s.pop(), 0);
        drop(top2);
        drop(s);
        for v in &items {
            assert_eq!(Rc::strong_count(v), 1);
        }
    }

    #[test]
    fn valstack_drop_releases_items() {
        let a = Rc::new(7);
        {
            let mut s = ValStack::with_capacity(2);
            s.push(a.clone());
            s.push(a.clone());
            assert_eq!(Rc::strong_count(&a), 3);
        }
        assert_eq!(Rc::strong_count(&a), 1);
    }

    #[test]
    fn valstack_from_vec_drops_old_items() {
        let a = Rc::new(7);
        let s = ValStack::from_vec(vec![a.clone(), a.clone()], 1);
        assert!(s.is_empty());
        assert_eq!(Rc::strong_count(&a), 1);
    }

    #[test]
    #[cfg(debug_assertions)]
    #[should_panic(expected = "value stack overflow")]
    fn valstack_overflow_is_caught_in_debug() {
        let mut s = ValStack::with_capacity(0);
        s.push(Rc::new(1));
    }

    #[test]
    #[cfg(debug_assertions)]
    #[should_panic(expected = "value stack underflow")]
    fn valstack_underflow_is_caught_in_debug() {
        let mut s: ValStack<Rc<i32>> = ValStack::with_capacity(1);
        drop(s.pop());
    }
}
