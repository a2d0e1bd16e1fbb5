# __reduce__, __reduce_ex__, __getnewargs__, __getnewargs_ex__,
# __getstate__/__setstate__ and the state setter.
import pickle


class NA:
    def __init__(self, a, b):
        self.a = a
        self.b = b

    def __getnewargs__(self):
        return (self.a, self.b)


class NAX:
    def __new__(cls, a, *, k):
        o = object.__new__(cls)
        o.a = a
        o.k = k
        return o

    def __getnewargs_ex__(self):
        return ((self.a,), {'k': self.k})


class GS:
    def __init__(self):
        self.v = 5

    def __getstate__(self):
        return {'v': self.v * 2}

    def __setstate__(self, st):
        self.v = st['v'] // 2 + 100


class Red:
    def __init__(self, *args):
        self.args = args

    def __reduce__(self):
        return (Red, self.args, {'extra': 1}, iter([1, 2]), iter([('k', 'v')]))

    def append(self, x):
        self.args += (x,)

    def __setitem__(self, k, v):
        self.last = (k, v)


def setter(obj, state):
    obj.from_setter = state


class WithSetter:
    def __reduce__(self):
        return (WithSetter, (), 'S', None, None, setter)


class RedEx:
    def __reduce_ex__(self, proto):
        return (RedEx.make, (proto,))

    @staticmethod
    def make(proto):
        return 'made with %d' % proto


for proto in range(6):
    print(proto, pickle.dumps(NA(1, 'x'), proto))
    b = pickle.loads(pickle.dumps(NA(1, 'x'), proto))
    print(b.a, b.b)
    print(proto, pickle.dumps(NAX(3, k=4), proto))
    b = pickle.loads(pickle.dumps(NAX(3, k=4), proto))
    print(b.a, b.k)
    print(proto, pickle.dumps(GS(), proto), pickle.loads(pickle.dumps(GS(), proto)).v)
    r = pickle.loads(pickle.dumps(Red(7), proto))
    print(proto, pickle.dumps(Red(7), proto), r.args, r.extra, r.last)
    w = pickle.loads(pickle.dumps(WithSetter(), proto))
    print(proto, pickle.dumps(WithSetter(), proto), w.from_setter)
    print(proto, pickle.loads(pickle.dumps(RedEx(), proto)))
