"""The small-int cache: ints from -5 to 256 exist once; others are made anew.

Run it with `kaa examples/small_ints.py` or `python3 examples/small_ints.py`.
See docs/internals/small-ints.md. No id() value is printed: only whether two
ids are equal, and how many distinct ones there are.
"""

import sys


def from_text(n):
    # int() of a string computes the value at run time, so this shows what
    # the interpreter does with a fresh result, not a compile-time constant.
    return int(str(n))


print("identity of two ints computed separately:")
for n in (-6, -5, 0, 100, 256, 257, 1000, 10**20):
    a, b = from_text(n), from_text(n)
    print(f"  {n:>22}: equal={a == b!s:5}  same object={a is b}")

print()
print("distinct objects made by a loop of 1000 computed ints:")
for lo, hi in ((0, 10), (250, 260), (1000, 1010)):
    values = [lo + i % (hi - lo) for i in range(1000)]
    # All 1000 stay alive in the list, so distinct ids are distinct objects.
    distinct = {id(v): v for v in values}
    size = sum(sys.getsizeof(v) for v in distinct.values())
    print(f"  values {lo}..{hi - 1}: {len(set(values))} distinct values, "
          f"{len(distinct)} distinct objects, {size} bytes of int objects")

print()
print("sys.getsizeof (bytes; each interpreter has its own layout):")
for v in (0, 1, 256, 257, 2**62, 2**64, 10**100):
    print(f"  {v if v < 10**30 else '10**100':>22}: {sys.getsizeof(v)}")
