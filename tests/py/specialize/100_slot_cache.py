# Reads and writes of __slots__ entries through the attribute cache: the
# cache must follow the class when it changes, empty slots, subclasses,
# __getattr__ fallbacks and members borrowed by unrelated classes.
class P:
    __slots__ = ('x', 'y')

    def __init__(self, x, y):
        self.x = x
        self.y = y


def total(ps):
    s = 0
    for p in ps:
        s += p.x * 10 + p.y
    return s


def bump(ps):
    for p in ps:
        p.x = p.x + 1


ps = [P(i, i + 1) for i in range(50)]
print(total(ps))
bump(ps)
print(total(ps))

# An empty slot: the cached path falls back to the error.
e = P.__new__(P)
for obj in ps[:3] + [e]:
    try:
        print(obj.x)
    except AttributeError as exc:
        print('AttributeError', exc)


# __getattr__ is called for an empty slot.
class Q(P):
    __slots__ = ('z',)

    def __getattr__(self, name):
        return 'fallback ' + name


q = Q.__new__(Q)
for obj in [q, q]:
    print(obj.x, obj.z)
q.x = 5
q.z = 7
print(q.x, q.z)
del q.x
print(q.x)


# The class attribute replaced: reads see the new one.
def read_y(objs):
    return [o.y for o in objs]


print(read_y(ps[:3]))
ymember = P.__dict__['y']
P.y = property(lambda self: 'prop')
print(read_y(ps[:3]))
P.y = ymember
print(read_y(ps[:3]))


# A member of P placed on an unrelated class does not apply to its instances.
class R:
    __slots__ = ('a', 'b')


R.x = P.__dict__['x']
r = R()
for _ in range(3):
    try:
        print(r.x)
    except TypeError as exc:
        print('TypeError', exc)
    try:
        r.x = 1
    except TypeError as exc:
        print('TypeError', exc)


# Subclass instances share the cache entry of the base's member only when
# their type matches; both read correctly.
class S(P):
    __slots__ = ()


objs = [P(1, 2), S(3, 4), P(5, 6), S(7, 8)]
print([o.x for o in objs])
for o in objs:
    o.x = -o.x
print([o.x for o in objs])


# __getattribute__ added to the class later takes over.
def read_x(objs):
    return [o.x for o in objs]


print(read_x(objs[:2]))
P.__getattribute__ = lambda self, name: 'ga ' + name
print(read_x(objs[:2]))


# __class__ read through the cache: a class defining its own __class__, and
# __class__ assignment.
class Fake:
    @property
    def __class__(self):
        return int


class H:
    pass


class H2:
    pass


def classes(objs):
    return [o.__class__.__name__ for o in objs]


h = H()
print(classes([h, h, Fake(), h, R()]))
h.__class__ = H2
print(classes([h, h]))
