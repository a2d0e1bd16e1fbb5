"""__slots__: instances without a __dict__ take less memory.

Run it with `kaa examples/slots_memory.py` or `python3 examples/slots_memory.py`;
see docs/internals/slots.md. Sizes are sys.getsizeof's, which each interpreter
computes from its own layout: compare the ratio, not the bytes.
"""

import sys


class PointDict:
    def __init__(self, x, y):
        self.x = x
        self.y = y


class PointSlots:
    __slots__ = ("x", "y")

    def __init__(self, x, y):
        self.x = x
        self.y = y


N = 100_000
with_dict = [PointDict(i, i) for i in range(N)]
with_slots = [PointSlots(i, i) for i in range(N)]

# An ordinary instance keeps its attributes inline (in an order its class
# shares with every instance) until something asks for its __dict__; see
# docs/internals/instance-values.md. Measure it before asking.
one_inline = sys.getsizeof(with_dict[0])
one_slots = sys.getsizeof(with_slots[0])
total_inline = sum(sys.getsizeof(p) for p in with_dict)
total_slots = sum(sys.getsizeof(p) for p in with_slots)
print("one instance with two attributes:")
print(f"  ordinary class: {one_inline} bytes (attributes inline, no dict yet)")
print(f"  with __slots__: {one_slots} bytes, and no __dict__: "
      f"{not hasattr(with_slots[0], '__dict__')}")

# Reading __dict__ makes a real dict, kept from then on.
one_dict = sys.getsizeof(with_dict[0].__dict__)
print(f"  reading __dict__ makes a dict of {one_dict} bytes more")
total_dict = sum(sys.getsizeof(p.__dict__) + sys.getsizeof(p) for p in with_dict)
print()
print(f"{N:,} instances:")
print(f"  ordinary, attributes inline: {total_inline:>12,} bytes")
print(f"  ordinary, __dict__ read:     {total_dict:>12,} bytes")
print(f"  with __slots__:              {total_slots:>12,} bytes")
print(f"  ratio: {total_inline / total_slots:.1f}x as much memory as __slots__ "
      f"inline, {total_dict / total_slots:.1f}x once each __dict__ was read")
print()
print("the price: no new attributes")
p = with_slots[0]
try:
    p.z = 0
except AttributeError as e:
    print(f"  AttributeError: {e}")
print(f"  PointSlots.x is a {type(PointSlots.x).__name__}: {PointSlots.x!r}")
