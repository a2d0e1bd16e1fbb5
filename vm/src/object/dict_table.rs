//! The hash table behind `dict` (and instance, module and class-body namespaces).
//!
//! Laid out like CPython's compact dict: a dense `entries` vector in insertion order
//! (so iteration order is insertion order) and a sparse power-of-two `indices` array
//! of positions into it, probed with CPython's perturbation scheme. Each entry stores
//! the key's hash, so a probe compares hashes before it ever compares keys, and
//! resizing never re-hashes.
//!
//! The table itself never calls Python code: comparing keys is the caller's job
//! (see `PyDict` in `dict.rs`), which may release the table between probes because a
//! key's `__eq__` can run arbitrary code — even code that mutates this very dict.

use super::core::PyObjectRef;

const EMPTY: i32 = -1;
const DUMMY: i32 = -2;
const MIN_SIZE: usize = 8;

#[derive(Clone)]
pub struct DictEntry {
    pub hash: i64,
    pub key: PyObjectRef,
    pub value: PyObjectRef,
}

/// The bytes of one entry of the table (its index slot aside).
pub const ENTRY_BYTES: usize = std::mem::size_of::<Option<DictEntry>>();

/// A name for one state of a table's key set, given on request
/// ([`crate::object::gc::Heap::tag_dict_keys`]) and dropped (back to 0) by
/// any change of the keys or of their positions: an insert of a new key, a
/// delete, a resize, a clear. A copy of the table starts untagged. Tags are
/// never reused within an interpreter, so a cache that remembers a tag
/// knows, when it sees it again, both *which* dict this is and that its
/// keys are where they were (CPython's `dk_version`; `LOAD_GLOBAL`'s cache
/// of builtins in `eval.rs`).
#[derive(Default, Debug)]
pub struct KeysTag(std::cell::Cell<u64>);

impl Clone for KeysTag {
    fn clone(&self) -> Self {
        KeysTag::default()
    }
}

impl KeysTag {
    /// The tag, 0 when none is given.
    #[inline]
    pub fn get(&self) -> u64 {
        self.0.get()
    }

    pub fn set(&self, tag: u64) {
        self.0.set(tag)
    }
}

#[derive(Clone, Default)]
pub struct DictTable {
    indices: Vec<i32>,
    entries: Vec<Option<DictEntry>>,
    used: usize,
    /// Changes whenever the set of keys changes (insert of a new key, delete, clear).
    pub version: u64,
    /// Some key is not an interned `str`: then a key equal to an interned name
    /// may be present without being identical to it, and an identity probe
    /// that misses proves nothing (the global-name cache, `eval.rs`).
    pub mixed_keys: bool,
    /// See [`KeysTag`].
    pub keys_tag: KeysTag,
    /// Slots probed past an occupied one while the table grew, not yet
    /// counted as work: the caller, which has the interpreter, takes them
    /// ([`DictTable::take_work`]) and counts them as it counts the probes of
    /// an insertion (`limits.rs`). With n keys whose hashes collide, a
    /// growth reads about n^2/2 slots.
    work: u64,
}

/// Whether `key` is an interned exact `str` (equal keys are then identical).
#[inline]
fn is_interned_str(key: &PyObjectRef) -> bool {
    key.downcast_ref::<super::str::PyStr>().is_some_and(|s| s.is_interned())
}

/// Where a probe stands, so a caller can compare keys outside the table and resume.
#[derive(Clone, Copy, Debug)]
pub struct Probe {
    slot: usize,
    perturb: u64,
    /// The first DUMMY slot seen, where an insert should go.
    free: Option<usize>,
    /// Slots examined after the first (for `kaa --stats`).
    extra: u32,
}

impl Probe {
    /// How many slots this probe examined.
    #[inline]
    pub fn length(&self) -> u32 {
        self.extra + 1
    }
}

/// What one probe step found.
pub enum Step {
    /// An empty slot: the key is absent. For insertion, use `insert_at(probe)`.
    Absent(Probe),
    /// An entry with the same hash: compare its key (`entry_index` into entries).
    Candidate(Probe, usize),
}

impl DictTable {
    pub fn new() -> Self {
        DictTable::default()
    }

    pub fn with_capacity(n: usize) -> Self {
        let mut t = DictTable::default();
        if n > 0 {
            let size = (n * 3 / 2 + 1).next_power_of_two().max(MIN_SIZE);
            t.indices = vec![EMPTY; size];
            t.entries.reserve(n);
        }
        t
    }

    #[inline]
    /// The bytes of the table itself (not counted by the heap).
    pub fn table_bytes(&self) -> usize {
        self.indices.capacity() * 4 + self.entries.capacity() * ENTRY_BYTES
    }

    pub fn len(&self) -> usize {
        self.used
    }

    #[inline]
    pub fn is_empty(&self) -> bool {
        self.used == 0
    }

    #[inline]
    fn mask(&self) -> usize {
        self.indices.len().wrapping_sub(1)
    }

    /// Bytes of the index and entry arrays (for `sys.getsizeof`).
    pub fn heap_bytes(&self) -> usize {
        self.indices.capacity() * std::mem::size_of::<i32>()
            + self.entries.capacity() * std::mem::size_of::<Option<DictEntry>>()
    }

    /// Start probing for `hash`.
    #[inline]
    pub fn probe_start(&self, hash: i64) -> Probe {
        Probe {
            slot: (hash as u64 as usize) & self.mask(),
            perturb: hash as u64,
            free: None,
            extra: 0,
        }
    }

    /// Advance from `probe` to the next slot holding an entry of hash `hash`, or to
    /// an empty slot. The caller starts with `probe_start` and, after a rejected
    /// candidate, calls again with `next(probe)`.
    #[inline]
    pub fn step(&self, hash: i64, mut probe: Probe) -> Step {
        if self.indices.is_empty() {
            return Step::Absent(probe);
        }
        let mask = self.mask();
        loop {
            let ix = self.indices[probe.slot];
            if ix == EMPTY {
                return Step::Absent(probe);
            }
            if ix == DUMMY {
                if probe.free.is_none() {
                    probe.free = Some(probe.slot);
                }
            } else if let Some(e) = &self.entries[ix as usize] {
                if e.hash == hash {
                    return Step::Candidate(probe, ix as usize);
                }
            }
            probe = Self::advance(probe, mask);
        }
    }

    /// The slot after `probe` (to continue past a rejected candidate).
    #[inline]
    pub fn next(&self, probe: Probe) -> Probe {
        Self::advance(probe, self.mask())
    }

    #[inline]
    fn advance(mut probe: Probe, mask: usize) -> Probe {
        probe.extra = probe.extra.wrapping_add(1);
        probe.perturb >>= 5;
        probe.slot = (probe
            .slot
            .wrapping_mul(5)
            .wrapping_add(1)
            .wrapping_add(probe.perturb as usize))
            & mask;
        probe
    }

    /// Find `key` by identity only (interned names): the fast path for namespaces.
    #[inline]
    pub fn find_identical(&self, key: &PyObjectRef, hash: i64) -> Option<usize> {
        self.find_identical_counted(key, hash).0
    }

    /// `find_identical`, also returning how many slots the probe examined.
    #[inline]
    pub fn find_identical_counted(&self, key: &PyObjectRef, hash: i64) -> (Option<usize>, u32) {
        let mut probe = self.probe_start(hash);
        loop {
            match self.step(hash, probe) {
                Step::Absent(p) => return (None, p.length()),
                Step::Candidate(p, ix) => {
                    if self.entries[ix].as_ref().is_some_and(|e| e.key.is(key)) {
                        return (Some(ix), p.length());
                    }
                    probe = self.next(p);
                }
            }
        }
    }

    #[inline]
    pub fn entry(&self, ix: usize) -> Option<&DictEntry> {
        self.entries.get(ix).and_then(|e| e.as_ref())
    }

    #[inline]
    pub fn entry_mut(&mut self, ix: usize) -> Option<&mut DictEntry> {
        self.entries.get_mut(ix).and_then(|e| e.as_mut())
    }

    /// Insert a new key at the empty slot `probe` found (the key must be absent and
    /// the table unchanged since the probe). Returns the entry index.
    pub fn insert_new(&mut self, probe: Probe, hash: i64, key: PyObjectRef, value: PyObjectRef) -> usize {
        if self.indices.is_empty() || self.entries.len() + 1 > self.usable() {
            self.grow();
            return self.insert_clean(hash, key, value);
        }
        let slot = probe.free.unwrap_or(probe.slot);
        let ix = self.entries.len();
        self.indices[slot] = ix as i32;
        if !self.mixed_keys && !is_interned_str(&key) {
            self.mixed_keys = true;
        }
        self.entries.push(Some(DictEntry { hash, key, value }));
        self.used += 1;
        self.version = self.version.wrapping_add(1);
        self.keys_tag.set(0);
        ix
    }

    /// The probes of the last growths, to be counted as work (and zero
    /// again).
    #[inline]
    pub fn take_work(&mut self) -> u64 {
        std::mem::take(&mut self.work)
    }

    fn usable(&self) -> usize {
        self.indices.len() * 2 / 3
    }

    /// Insert without comparing keys (the key is known to be absent).
    fn insert_clean(&mut self, hash: i64, key: PyObjectRef, value: PyObjectRef) -> usize {
        let mask = self.mask();
        let mut probe = self.probe_start(hash);
        let mut steps = 0u64;
        while self.indices[probe.slot] != EMPTY {
            probe = Self::advance(probe, mask);
            steps += 1;
        }
        self.work += steps;
        let ix = self.entries.len();
        self.indices[probe.slot] = ix as i32;
        if !self.mixed_keys && !is_interned_str(&key) {
            self.mixed_keys = true;
        }
        self.entries.push(Some(DictEntry { hash, key, value }));
        self.used += 1;
        self.version = self.version.wrapping_add(1);
        self.keys_tag.set(0);
        ix
    }

    fn grow(&mut self) {
        let want = (self.used * 3).max(MIN_SIZE);
        let size = want.next_power_of_two();
        let old = std::mem::take(&mut self.entries);
        self.indices = vec![EMPTY; size];
        self.entries = Vec::with_capacity(size * 2 / 3);
        self.used = 0;
        for e in old.into_iter().flatten() {
            self.insert_clean(e.hash, e.key, e.value);
        }
    }

    /// Remove the entry at `ix` found by a probe ending at `probe`'s candidate slot.
    pub fn remove_at(&mut self, ix: usize) -> Option<DictEntry> {
        let e = self.entries.get_mut(ix)?.take()?;
        // Mark the index slot that points at `ix` as DUMMY.
        let mask = self.mask();
        let mut probe = self.probe_start(e.hash);
        loop {
            if self.indices[probe.slot] == ix as i32 {
                self.indices[probe.slot] = DUMMY;
                break;
            }
            probe = Self::advance(probe, mask);
        }
        self.used -= 1;
        self.version = self.version.wrapping_add(1);
        self.keys_tag.set(0);
        if self.used == 0 {
            self.entries.clear();
            self.indices.iter_mut().for_each(|i| *i = EMPTY);
        }
        Some(e)
    }

    pub fn clear(&mut self) {
        *self = DictTable {
            version: self.version.wrapping_add(1),
            ..DictTable::default()
        };
    }

    /// Entries in insertion order.
    pub fn iter(&self) -> impl Iterator<Item = &DictEntry> {
        self.entries.iter().flatten()
    }

    /// Number of entry positions (live or deleted): iterators walk `0..entries_len()`.
    #[inline]
    pub fn entries_len(&self) -> usize {
        self.entries.len()
    }

    /// Remove and return the last inserted entry (`popitem`).
    pub fn pop_last(&mut self) -> Option<DictEntry> {
        let ix = self.entries.iter().rposition(|e| e.is_some())?;
        self.remove_at(ix)
    }
}
