# Tuple comparisons that Kaa does without calls (ints, floats, strs), and the
# ones next to them that must take the general path.
nan = float('nan')
pairs = [
    ((1, 2), (1, 3)), ((1, 2), (1, 2)), ((1, 2), (1,)), ((), ()), ((), (0,)),
    (('a', 1), ('a', 0)), (('b',), ('a', 'z')), ((1.5, 'x'), (1.5, 'y')),
    ((-0.0, 1), (0.0, 0)), ((nan, 1), (nan, 1)), ((1, nan), (1, 2.0)),
    ((1, 2.0), (1, 2)), ((True, 1), (1, 1)), ((10**20, 1), (10**20, 2)),
    ((1, None), (1, None)), (((1, 2), 3), ((1, 2), 4)), (('é', 1), ('e', 1)),
]
for a, b in pairs:
    print(a, b, a < b, a <= b, a == b, a != b, a > b, a >= b)

x = (nan, 1)
print(x == x, x < x, [x] == [x], x in [x])
y = (nan,)
print(y == (nan,), y < (nan, 0))
for a, b in [((1, None), (1, 2)), ((1, 'a'), (1, 2)), ((None,), (None,))]:
    try:
        print(a < b)
    except TypeError as e:
        print('TypeError', e)


class Loud(int):
    def __eq__(self, other):
        print('eq', int(self), other)
        return int(self) == other
    __hash__ = int.__hash__


print((1, Loud(2), 3) < (1, 2, 4))
print((Loud(5),) == (5,))
long = tuple(range(100))
print(long < long[:-1] + (100,), long == tuple(range(100)))
