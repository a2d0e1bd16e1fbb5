//! The hash table behind `set` and `frozenset`.
//!
//! # Notes
//!
//! This is CPython 3.11's set table (`Objects/setobject.c`), slot for slot, so that
//! a set of numbers (whose hashes equal CPython's) iterates in CPython's order:
//!
//! ```text
//!  slots: [ Empty | Active(1) | Dummy | Active(33) | Empty | ... ]   len = mask + 1
//!          fill = active + dummy slots, used = active slots
//! ```
//!
//! * A key with hash `h` is looked for at slot `i = h & mask`, then at the next
//!   [`LINEAR_PROBES`] slots when they do not wrap around the end of the table, then
//!   at `i = (i * 5 + 1 + perturb) & mask` with `perturb >>= PERTURB_SHIFT` each
//!   round (and again the linear probes from there).
//! * Removing a key leaves a `Dummy` so that probe chains stay unbroken. An insert
//!   reuses the last dummy met on its probe path, or takes the empty slot ending it.
//! * After an insert into an empty slot, when `fill * 5 >= mask * 3`, the table is
//!   resized to the smallest power of two above `used * 4` (`used * 2` past 50000
//!   keys), reinserting the keys in old-slot order.
//!
//! The table never calls Python code. Comparing keys with `__eq__` is the caller's
//! job (`set.rs`): it drives a lookup with [`SetTable::probe_start`] and
//! [`SetTable::step`], and may release the table between steps, since `__eq__` can
//! mutate this very set. [`SetTable::version`] tells it when to restart.

use super::core::PyObjectRef;

/// CPython's `PySet_MINSIZE`.
pub const MIN_SIZE: usize = 8;
/// Slots examined next to the home slot before jumping (CPython's `LINEAR_PROBES`).
pub const LINEAR_PROBES: usize = 9;
/// How far `perturb` shifts each round (CPython's `PERTURB_SHIFT`).
pub const PERTURB_SHIFT: u32 = 5;

/// One slot of the table.
#[derive(Clone, Default)]
pub enum Slot {
    #[default]
    Empty,
    /// A removed key's slot.
    Dummy,
    Active {
        hash: i64,
        key: PyObjectRef,
    },
}

/// The bytes of one slot of the table.
pub const SLOT_BYTES: usize = std::mem::size_of::<Slot>();

#[derive(Clone)]
pub struct SetTable {
    slots: Vec<Slot>,
    /// Active plus dummy slots.
    fill: usize,
    /// Active slots: the set's length.
    used: usize,
    /// Where `pop()` starts looking (CPython's `finger`).
    finger: usize,
    /// Changes whenever the slots change (insert, remove, resize, clear).
    pub version: u64,
    /// Slots probed past an occupied one while keys were put into a new
    /// table (a resize, a merge into an empty set), not yet counted as work:
    /// the caller takes them ([`SetTable::take_work`]) and counts them as
    /// it counts the probes of an insertion (`limits.rs`).
    work: u64,
}

impl Default for SetTable {
    fn default() -> Self {
        SetTable {
            slots: vec![Slot::Empty; MIN_SIZE],
            fill: 0,
            used: 0,
            finger: 0,
            version: 0,
            work: 0,
        }
    }
}

/// Where a probe stands, so a caller can compare keys outside the table and resume.
#[derive(Clone, Copy, Debug)]
pub struct Probe {
    /// The slot being examined.
    pub slot: usize,
    /// The home slot of the current round of linear probes.
    base: usize,
    /// Linear probes left after `slot` in this round.
    probes_left: usize,
    perturb: u64,
    /// The last dummy slot seen (where an insert goes).
    freeslot: Option<usize>,
}

/// What one probe step found.
pub enum Step {
    /// An empty slot ends the chain: the key is absent (insert with `insert_at`).
    Absent(Probe),
    /// An active slot with an equal hash (`probe.slot`): compare its key.
    Candidate(Probe),
}

impl SetTable {
    /// An empty table of the minimum size.
    pub fn new() -> Self {
        SetTable::default()
    }

    /// Bytes of the slot array (for `sys.getsizeof`).
    pub fn heap_bytes(&self) -> usize {
        self.slots.capacity() * std::mem::size_of::<Slot>()
    }

    /// The number of keys (`used`).
    #[inline]
    pub fn len(&self) -> usize {
        self.used
    }

    /// Whether there are no keys.
    #[inline]
    pub fn is_empty(&self) -> bool {
        self.used == 0
    }

    #[inline]
    fn mask(&self) -> usize {
        self.slots.len() - 1
    }

    /// Active plus dummy slots.
    #[inline]
    pub fn fill(&self) -> usize {
        self.fill
    }

    /// The bytes of the table itself (not counted by the heap).
    pub fn table_bytes(&self) -> usize {
        self.slots.capacity() * SLOT_BYTES
    }

    /// The number of slots (`mask + 1`): iterators walk `0..capacity()`.
    #[inline]
    pub fn capacity(&self) -> usize {
        self.slots.len()
    }

    /// The key at slot `i` if it is active.
    #[inline]
    pub fn key_at(&self, i: usize) -> Option<&PyObjectRef> {
        match self.slots.get(i) {
            Some(Slot::Active { key, .. }) => Some(key),
            _ => None,
        }
    }

    /// Active `(key, hash)` pairs in slot order (the set's iteration order).
    pub fn iter(&self) -> impl Iterator<Item = (&PyObjectRef, i64)> {
        self.slots.iter().filter_map(|s| match s {
            Slot::Active { hash, key } => Some((key, *hash)),
            _ => None,
        })
    }

    /// Snapshot of the `(key, hash)` pairs, for loops that run Python code.
    pub fn entries(&self) -> Vec<(PyObjectRef, i64)> {
        self.iter().map(|(k, h)| (k.clone(), h)).collect()
    }

    /// Snapshot of the keys in iteration order.
    pub fn keys(&self) -> Vec<PyObjectRef> {
        self.iter().map(|(k, _)| k.clone()).collect()
    }

    fn round(&self, base: usize, perturb: u64, freeslot: Option<usize>) -> Probe {
        let probes_left = if base + LINEAR_PROBES <= self.mask() {
            LINEAR_PROBES
        } else {
            0
        };
        Probe {
            slot: base,
            base,
            probes_left,
            perturb,
            freeslot,
        }
    }

    /// Start probing for `hash`.
    #[inline]
    pub fn probe_start(&self, hash: i64) -> Probe {
        self.round(hash as u64 as usize & self.mask(), hash as u64, None)
    }

    /// The slot after `probe` (to continue past a rejected candidate).
    #[inline]
    pub fn next(&self, mut probe: Probe) -> Probe {
        if probe.probes_left > 0 {
            probe.probes_left -= 1;
            probe.slot += 1;
            return probe;
        }
        let perturb = probe.perturb >> PERTURB_SHIFT;
        let base = (probe
            .base
            .wrapping_mul(5)
            .wrapping_add(1)
            .wrapping_add(perturb as usize))
            & self.mask();
        self.round(base, perturb, probe.freeslot)
    }

    /// Advance from `probe` to the next active slot with hash `hash`, or to the
    /// empty slot that ends the chain.
    #[inline]
    pub fn step(&self, hash: i64, mut probe: Probe) -> Step {
        loop {
            match self.slots.get(probe.slot) {
                None | Some(Slot::Empty) => return Step::Absent(probe),
                Some(Slot::Active { hash: h, .. }) if *h == hash => return Step::Candidate(probe),
                Some(Slot::Dummy) => probe.freeslot = Some(probe.slot),
                Some(Slot::Active { .. }) => {}
            }
            probe = self.next(probe);
        }
    }

    /// Insert a key that a probe found absent (the table unchanged since): into the
    /// last dummy on the path, or the empty slot that ended it, resizing if needed.
    pub fn insert_at(&mut self, probe: Probe, hash: i64, key: PyObjectRef) {
        self.version = self.version.wrapping_add(1);
        if let Some(free) = probe.freeslot {
            self.slots[free] = Slot::Active { hash, key };
            self.used += 1;
            return;
        }
        self.slots[probe.slot] = Slot::Active { hash, key };
        self.fill += 1;
        self.used += 1;
        if self.fill * 5 >= self.mask() * 3 {
            let minused = if self.used > 50000 {
                self.used * 2
            } else {
                self.used * 4
            };
            self.resize(minused);
        }
    }

    /// The probes of the last resizes and merges, to be counted as work
    /// (and zero again).
    #[inline]
    pub fn take_work(&mut self) -> u64 {
        std::mem::take(&mut self.work)
    }

    /// Remove the active key at `slot`, leaving a dummy; returns it.
    pub fn remove_at(&mut self, slot: usize) -> Option<PyObjectRef> {
        let s = self.slots.get_mut(slot)?;
        if !matches!(s, Slot::Active { .. }) {
            return None;
        }
        let Slot::Active { key, .. } = std::mem::replace(s, Slot::Dummy) else {
            return None;
        };
        self.used -= 1;
        self.version = self.version.wrapping_add(1);
        Some(key)
    }

    /// `set.pop()`: remove and return an arbitrary key, scanning from the finger.
    pub fn pop(&mut self) -> Option<PyObjectRef> {
        if self.used == 0 {
            return None;
        }
        let mask = self.mask();
        let mut i = self.finger & mask;
        while !matches!(self.slots[i], Slot::Active { .. }) {
            i = if i == mask { 0 } else { i + 1 };
        }
        self.finger = i + 1;
        self.remove_at(i)
    }

    /// Remove every key (the table shrinks back to its minimum size). Returns the
    /// old slots, for the caller to drop after releasing its borrow.
    pub fn clear(&mut self) -> Vec<Slot> {
        self.version = self.version.wrapping_add(1);
        self.fill = 0;
        self.used = 0;
        std::mem::replace(&mut self.slots, vec![Slot::Empty; MIN_SIZE])
    }

    /// Rebuild with the smallest power-of-two size above `minused`
    /// (`set_table_resize`), reinserting keys in old-slot order.
    pub fn resize(&mut self, minused: usize) {
        let mut newsize = MIN_SIZE;
        while newsize <= minused {
            newsize <<= 1;
        }
        let old = std::mem::replace(&mut self.slots, vec![Slot::Empty; newsize]);
        self.fill = self.used;
        self.version = self.version.wrapping_add(1);
        for s in old {
            if let Slot::Active { hash, key } = s {
                self.insert_clean(hash, key);
            }
        }
    }

    /// Put a key known to be absent into the first empty slot of its probe
    /// sequence (`set_insert_clean`); `fill`/`used` are the caller's business.
    fn insert_clean(&mut self, hash: i64, key: PyObjectRef) {
        let mask = self.mask();
        let mut perturb = hash as u64;
        let mut i = hash as u64 as usize & mask;
        loop {
            if matches!(self.slots[i], Slot::Empty) {
                self.slots[i] = Slot::Active { hash, key };
                return;
            }
            self.work += 1;
            if i + LINEAR_PROBES <= mask {
                for j in i + 1..=i + LINEAR_PROBES {
                    if matches!(self.slots[j], Slot::Empty) {
                        self.slots[j] = Slot::Active { hash, key };
                        return;
                    }
                }
                self.work += LINEAR_PROBES as u64;
            }
            perturb >>= PERTURB_SHIFT;
            i = (i.wrapping_mul(5).wrapping_add(1).wrapping_add(perturb as usize)) & mask;
        }
    }

    /// `set_merge`'s fast cases: if `self` holds no keys and no dummies,
    /// copy `other`'s keys without comparing (slot for slot when the sizes
    /// match) and return true; else return false and leave `self` alone. Call
    /// after [`SetTable::presize_for_merge`].
    pub fn merge_into_empty(&mut self, other: &SetTable) -> bool {
        if self.fill != 0 {
            return false;
        }
        self.version = self.version.wrapping_add(1);
        if self.mask() == other.mask() && other.fill == other.used {
            self.slots.clone_from(&other.slots);
        } else {
            for s in &other.slots {
                if let Slot::Active { hash, key } = s {
                    self.insert_clean(*hash, key.clone());
                }
            }
        }
        self.fill = other.used;
        self.used = other.used;
        true
    }

    /// The one big resize `set_merge` and `set_update_internal` do before adding
    /// `incoming` keys.
    pub fn presize_for_merge(&mut self, incoming: usize) {
        if (self.fill + incoming) * 5 >= self.mask() * 3 {
            self.resize((self.used + incoming) * 2);
        }
    }

    /// After `difference_update`: "if more than 1/4th are dummies, resize them away".
    pub fn shrink_dummies(&mut self) {
        if self.fill - self.used > self.mask() / 4 {
            let minused = if self.used > 50000 {
                self.used * 2
            } else {
                self.used * 4
            };
            self.resize(minused);
        }
    }

    /// CPython's `frozenset.__hash__` over the active hashes.
    pub fn frozenset_hash(&self) -> i64 {
        fn shuffle_bits(h: u64) -> u64 {
            ((h ^ 89_869_747) ^ (h << 16)).wrapping_mul(3_644_798_167)
        }
        let mut hash: u64 = 0;
        for (_, h) in self.iter() {
            hash ^= shuffle_bits(h as u64);
        }
        hash ^= (self.used as u64 + 1).wrapping_mul(1_927_868_237);
        hash ^= (hash >> 11) ^ (hash >> 25);
        hash = hash.wrapping_mul(69069).wrapping_add(907_133_923);
        if hash == u64::MAX {
            hash = 590_923_713;
        }
        hash as i64
    }

    /// Exchange contents with `other` (`set_swap_bodies`, for in-place operators).
    /// The `pop()` fingers stay (CPython does not swap them).
    pub fn swap(&mut self, other: &mut SetTable) {
        std::mem::swap(&mut self.slots, &mut other.slots);
        std::mem::swap(&mut self.fill, &mut other.fill);
        std::mem::swap(&mut self.used, &mut other.used);
        self.version = self.version.wrapping_add(1);
        other.version = other.version.wrapping_add(1);
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::protocol::hash_i64;
    use crate::vm::Vm;

    /// Add ints the way `set.add` does (ints compare by value, no Python code).
    fn add(vm: &Vm, t: &mut SetTable, v: i64) {
        let h = hash_i64(v);
        let mut p = t.probe_start(h);
        loop {
            match t.step(h, p) {
                Step::Absent(p) => return t.insert_at(p, h, vm.new_int(v)),
                Step::Candidate(q) => {
                    if t.key_at(q.slot)
                        .and_then(|k| k.downcast_ref::<crate::object::int::PyInt>())
                        .is_some_and(|i| i.value.as_i64() == Some(v))
                    {
                        return;
                    }
                    p = t.next(q);
                }
            }
        }
    }

    fn order(t: &SetTable) -> Vec<i64> {
        t.iter()
            .map(|(k, _)| {
                k.downcast_ref::<crate::object::int::PyInt>()
                    .and_then(|i| i.value.as_i64())
                    .unwrap_or(0)
            })
            .collect()
    }

    #[test]
    fn order_matches_cpython() {
        let vm = Vm::new();
        let mut t = SetTable::new();
        for v in [1, 9, 17, 25, 33] {
            add(&vm, &mut t, v);
        }
        // python3 -c "a=1; print({a, 9, 17, 25, 33})"
        assert_eq!(order(&t), vec![1, 33, 9, 17, 25]);
        let mut t = SetTable::new();
        for v in [-1, -2, 100, 7, 1 << 40, 3] {
            add(&vm, &mut t, v);
        }
        // python3 -c "l=[-1,-2,100,7,1<<40,3]; print(set(l))"
        assert_eq!(order(&t), vec![1 << 40, 3, 100, 7, -2, -1]);
    }
}
