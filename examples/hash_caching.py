"""Hashes: a str computes its hash once and keeps it; numbers hash by value.

Run it with `kaa examples/hash_caching.py` or `python3 examples/hash_caching.py`.
See docs/internals/hashing.md. Times vary from run to run and machine to
machine; only the ratios are meaningful.
"""

import time

print("hashing long strings: first time vs later times")
N, LENGTH = 200, 100_000
texts = ["%d" % i + "x" * LENGTH for i in range(N)]  # fresh: no hash yet

t0 = time.perf_counter()
for s in texts:
    hash(s)
first = time.perf_counter() - t0

REPEAT = 20
t0 = time.perf_counter()
for _ in range(REPEAT):
    for s in texts:
        hash(s)
later = (time.perf_counter() - t0) / REPEAT

print(f"  {N} strings of {LENGTH} characters")
print(f"  first hash of each takes {first / later:.0f}x the time of a later one")
print("  (the first reads every character; later ones read the cached value)")

print()
print("equal numbers hash equal, whatever their type:")
for a, b in ((1, 1.0), (1, True), (0, -0.0), (2**61, 2.0**61), (10**16, 1e16)):
    print(f"  hash({a!r}) == hash({b!r}): {hash(a) == hash(b)}   value {hash(a)}")
print("  hash(-1) =", hash(-1), " (-1 is reserved for errors in CPython's C API)")
print("  hash(2**61 - 1) =", hash(2**61 - 1), " (ints hash modulo the prime 2**61 - 1)")
print("  hash(1.5) =", hash(1.5), " (3 times the inverse of 2, modulo 2**61 - 1)")
print("  {1: 'int', 1.0: 'float', True: 'bool'} ->", {1: "int", 1.0: "float", True: "bool"})

print()
print("a set of ints iterates in hash-table order (first slot = hash & (table size - 1)):")
print("  set([3, 1, 2])            ->", set([3, 1, 2]))
print("  set([1, 9, 17, 25, 33])   ->", set([1, 9, 17, 25, 33]))
print("  set([8, 16, 24, 32, 40])  ->", set([8, 16, 24, 32, 40]))
print("  set([-1, -2, -3, 7])      ->", set([-1, -2, -3, 7]))
