"""String interning: one object per identifier-like text, shared by the program.

Run it with `kaa examples/interning.py` or `python3 examples/interning.py`.
See docs/internals/interning.md.
"""

import sys
import time

print("constants and built strings:")
word = "spam"
phrase = "spam eggs"
built = "".join(["sp", "am"])
print("  constant 'spam' from another source is word:", eval("'spam'") is word)
print("  constant 'spam eggs' from another source:   ", eval("'spam eggs'") is phrase)
print("  built == word:", built == word, "  built is word:", built is word)
print("  sys.intern(built) is word:", sys.intern(built) is word)

print()
print("dict lookups compare keys by identity first; equal copies need __eq__:")


class Key(str):
    """A str that counts how often a dict has to call its __eq__."""

    calls = 0

    def __eq__(self, other):
        Key.calls += 1
        return str.__eq__(self, other)

    __hash__ = str.__hash__


keys = [Key("name%d" % i) for i in range(100)]
table = {k: i for i, k in enumerate(keys)}
copies = [Key("name%d" % i) for i in range(100)]  # equal, not identical
Key.calls = 0
for k in keys:
    table[k]
print("  100 lookups with the stored key objects: __eq__ calls =", Key.calls)
Key.calls = 0
for k in copies:
    table[k]
print("  100 lookups with equal copies:           __eq__ calls =", Key.calls)

print()
print("timing: 50 long keys that differ only at the end")
prefix = "x" * 50_000
stored = [sys.intern(prefix + str(i)) for i in range(50)]
d = dict.fromkeys(stored, 0)
same = list(stored)  # the interned objects themselves
equal = [prefix + str(i) for i in range(50)]  # equal but separate objects
for k in equal:
    hash(k)  # compute and cache their hashes first, so only comparing differs


def lookups(ks, rounds=100):
    t0 = time.perf_counter()
    for _ in range(rounds):
        for k in ks:
            d[k]
    return time.perf_counter() - t0


t_same = min(lookups(same) for _ in range(5))
t_equal = min(lookups(equal) for _ in range(5))
print(f"  equal-copy lookups take {t_equal / t_same:.1f}x the time of interned-key lookups")
print("  (each equal copy is compared with the stored key: 50000+ characters)")
