"""Reference cycles and the cycle collector.

Reference counting cannot free objects that refer to each other: each keeps
the other's count above zero. The cycle collector (the `gc` module) finds such
groups and frees them. Run it with `kaa examples/cycles_gc.py` or
`python3 examples/cycles_gc.py`; see docs/internals/gc.md.

The exact numbers differ between interpreters (each allocates its own helper
objects: CPython 3.11 creates an instance's __dict__ only when it is needed,
Kaa gives every instance one at once), but the shape is the same.
"""

import gc


class Node:
    def __init__(self):
        self.partner = None


def make_pairs(n):
    """n pairs of Nodes that refer to each other, all unreachable on return."""
    for _ in range(n):
        a, b = Node(), Node()
        a.partner, b.partner = b, a


def live():
    """The number of objects the collector is watching."""
    return len(gc.get_objects())


N = 10_000
gc.collect()
base = live()
print(f"tracked objects at the start: {base}")
print(f"thresholds: {gc.get_threshold()}")

print()
print(f"with gc disabled, make {N} pairs of Nodes that refer to each other:")
gc.disable()
before = gc.get_count()
make_pairs(N)
after = gc.get_count()
print(f"  gc.get_count() went from {before} to {after}")
print(f"  tracked objects: {live() - base} more than at the start (all garbage, none freed)")
found = gc.collect()
print(f"  gc.collect() found {found} unreachable objects "
      f"({found / (2 * N):.1f} per Node)")
print(f"  tracked objects after the collection: {live() - base} more than at the start")
print(f"  gc.get_count() is now {gc.get_count()}")

print()
print(f"with gc enabled, the same {N} pairs:")
gc.enable()
stats_before = [s["collections"] for s in gc.get_stats()]
make_pairs(N)
stats_after = [s["collections"] for s in gc.get_stats()]
runs = [b - a for a, b in zip(stats_before, stats_after)]
print(f"  automatic collections meanwhile, per generation: {runs}")
print(f"  left over since the last automatic collection: {live() - base} objects")
print(f"  gc.collect() finds the rest: {gc.collect()}")
print(f"  tracked objects now: {live() - base} more than at the start")

print()
print("a cycle that is still reachable is not garbage:")
keep = Node()
keep.partner = keep
print(f"  gc.collect() with a self-referencing Node still bound: {gc.collect()}")
del keep
print(f"  after `del keep`: {gc.collect()}")
