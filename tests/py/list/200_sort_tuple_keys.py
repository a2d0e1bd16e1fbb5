# Sorting by tuples of ints, floats and strs (compared natively when every
# position holds one kind), and the cases that must take the general path.
import random

rng = random.Random(11)
rows = [(rng.randrange(5), "k%d" % rng.randrange(7), rng.random(), i) for i in range(300)]

# Stable: equal keys keep their order (the last field records it).
by2 = sorted(rows, key=lambda r: (r[0], r[1]))
print([r[3] for r in by2[:12]])
print(by2 == sorted(rows, key=lambda r: r[0] * 100 + int(r[1][1:])))
print([r[3] for r in sorted(rows, key=lambda r: (-r[2], r[1]))[:8]])
print([r[3] for r in sorted(rows, key=lambda r: (r[1], r[0]), reverse=True)[:8]])

# Different lengths: a prefix sorts first.
print(sorted([(1, 2), (1,), (), (1, 2, 0), (0, 9), (1, 1, 1)]))

# -0.0 equals 0.0: stable among them.
print(sorted([(0.0, 'a'), (-0.0, 'b'), (0.0, 'c'), (-1.5, 'd')], key=lambda t: (t[0],)))

# NaN: the general path, whatever order it gives CPython.
nan = float('nan')
print(sorted([(1.0, 'x'), (nan, 'y'), (0.5, 'z'), (nan, 'w'), (2.0, 'v')]))

# Mixed kinds at one position (int and float compare as numbers).
print(sorted([(2, 'a'), (1.5, 'b'), (1, 'c'), (True, 'd'), (0.5, 'e')]))

# Big ints, bools, None, nested tuples.
print(sorted([(10**30, 1), (5, 2), (-10**30, 3), (5, 1)]))
print(sorted([(True, 1), (False, 2), (True, 0)]))
try:
    sorted([(1, None), (1, 2)])
except TypeError as e:
    print('TypeError', e)
try:
    sorted([(1, 'a'), (1, 2)])
except TypeError as e:
    print('TypeError', e)
print(sorted([((1, 2), 'a'), ((1, 1), 'b'), ((0, 5), 'c')]))

# Non-ASCII strings order by code point.
print(sorted([('é', 1), ('z', 2), ('ä', 3), ('a', 4), ('\U0001f600', 5), ('\uffff', 6)]))

# A subclass of tuple or of str in a key: the general path.
class T(tuple):
    def __lt__(self, other):
        return len(self) > len(other)

print(sorted([T((1,)), T((1, 2)), T(())]))

class S(str):
    def __lt__(self, other):
        return str.__gt__(self, other)

print(sorted([(1, S('a')), (1, S('c')), (1, S('b'))]))

# list.sort on tuples directly, and a large sort.
big = [(rng.randrange(50), rng.randrange(50), 'x' * rng.randrange(3)) for _ in range(20000)]
big2 = list(big)
big.sort()
print(big[:3], big[-3:])
print(big == sorted(big2, key=lambda t: (t[0] * 10000 + t[1] * 10 + len(t[2]))))
