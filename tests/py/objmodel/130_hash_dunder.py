# A class's __hash__: its int result is reduced like an int's hash; -1
# becomes -2; anything but an int is an error. __hash__ = None, or __eq__
# without __hash__, make instances unhashable.
class H:
    def __init__(self, h):
        self.h = h
    def __hash__(self):
        return self.h

for h in [0, 5, -1, -2, 2**61 - 1, 2**61, 2**64, -2**64, 2**100, True, 2**63 - 1, -2**63]:
    print(repr(h) if abs(h) < 2**64 else "big", hash(H(h)))

for h in [1.5, "x", None]:
    try:
        hash(H(h))
    except TypeError as e:
        print(type(e).__name__, e)

class NoHash:
    __hash__ = None

class EqOnly:
    def __eq__(self, other):
        return True

for cls in [NoHash, EqOnly]:
    try:
        hash(cls())
    except TypeError as e:
        print(type(e).__name__, e)
    print(cls.__hash__)

class IntLike(int):
    def __hash__(self):
        return 42

print(hash(IntLike(7)), {IntLike(7): 1}.get(7), hash((IntLike(7), 1)) == hash((42, 1)))

class Default:
    pass

o = Default()
print(hash(o) == hash(o), type(hash(o)).__name__)
