# A million reference cycles made in a loop: the collector keeps memory
# bounded and the program finishes.
import gc


class Node:
    __slots__ = ("other",)


made = 0
for i in range(1_000_000):
    a = Node()
    b = Node()
    a.other = b
    b.other = a
    made += 1
del a, b
gc.collect()
print("cycles made:", made)
print("none left after a collection:", gc.collect())
print("some automatic collections happened:", gc.get_stats()[0]["collections"] > 0)
