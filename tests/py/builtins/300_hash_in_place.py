# hash() of exact tuples and floats is computed in place; subclasses with
# their own __hash__ are still called, and unhashable items still raise.
print(hash((1, 2)) == hash((1, 2)), hash(()) == hash(()), hash((1, (2, 3))) == hash((1, (2, 3))))
print(hash((1, 2)), hash(()), hash((-1,)), hash(("",)) == hash(("",)))
print(hash(1.5), hash(-0.0), hash(2.0) == hash(2), hash(float("inf")), hash(-float("inf")))
print(hash((1.5, 2.0)), hash((True, None is None)))
nan = float("nan")
print(hash(nan) == hash(nan), {nan: 1}[nan])
try:
    hash((1, [2]))
except TypeError as e:
    print(type(e).__name__, e)
try:
    hash(((1,), {}))
except TypeError as e:
    print(type(e).__name__, e)


class T(tuple):
    def __hash__(self):
        return 7


class F(float):
    def __hash__(self):
        return -1


print(hash(T((1, 2))), hash(F(1.5)), hash((T(), F(2.0))) == hash((7, -2)))


class Key:
    def __init__(self, v):
        self.v = v

    def __hash__(self):
        print("hash", self.v)
        return self.v

    def __eq__(self, other):
        return isinstance(other, Key) and self.v == other.v


d = {(Key(1), 2): "a"}
print(d[(Key(1), 2)])
deep = ()
for i in range(50000):
    deep = (deep,)
print(type(hash(deep)).__name__)
print(len({(i % 7, i % 11) for i in range(200)}))
