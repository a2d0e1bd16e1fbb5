# MethodType binds a callable to an object.
import types


class Counter:
    def __init__(self):
        self.n = 0


def bump(self, by=1):
    self.n += by
    return self.n


c = Counter()
c.bump = types.MethodType(bump, c)
print(c.bump(), c.bump(5), c.n)
print(c.bump.__self__ is c, c.bump.__func__ is bump)
print(types.MethodType(bump, c) == types.MethodType(bump, c))
print(types.MethodType(len, [1, 2, 3])())
for args in ((1, 2), (bump, None), (bump,), ()):
    try:
        types.MethodType(*args)
    except TypeError as e:
        print(type(e).__name__, e)
try:
    types.MethodType(bump, c, extra=1)
except TypeError as e:
    print(type(e).__name__, e)
print(isinstance(c.bump, types.MethodType), type(c.bump).__name__)
