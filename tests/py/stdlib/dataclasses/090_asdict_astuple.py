# asdict()/astuple(): recursive into data classes, lists, tuples, dicts.
from dataclasses import dataclass, field, asdict, astuple


@dataclass
class Inner:
    a: int
    tags: list = field(default_factory=list)


@dataclass
class Outer:
    name: str
    inner: Inner
    items: list
    pairs: tuple
    mapping: dict


class Pair(tuple):
    # A namedtuple in miniature: rebuilt from positional arguments.
    _fields = ('left', 'right')

    def __new__(cls, left, right):
        return tuple.__new__(cls, (left, right))

    def __repr__(self):
        return f'Pair(left={self[0]!r}, right={self[1]!r})'


o = Outer('o', Inner(1, ['t']), [Inner(2), 3], (Inner(4), 'x'),
          {'k': Inner(5), Inner(6).a: [Inner(7)]})
d = asdict(o)
print(d)
print(astuple(o))
print(d['inner']['tags'] is not o.inner.tags)
p = Outer('p', Inner(0), [], Pair(Inner(1), 2), {})
print(asdict(p)['pairs'], type(asdict(p)['pairs']).__name__)
print(astuple(p)[3], type(astuple(p)[3]).__name__)
print(asdict(Inner(1, [1, [2]]), dict_factory=lambda items: sorted(items)))
print(astuple(Inner(1, [2]), tuple_factory=list))


class MyList(list):
    pass


r = asdict(Inner(1, MyList([Inner(2)])))
print(r, type(r['tags']).__name__)
shared = [1, 2]
dd = asdict(Inner(0, [shared, shared]))
print(dd['tags'][0] is not shared, dd['tags'][0] == shared)
for fn in (asdict, astuple):
    for arg in (Inner, 3, [Inner(1)]):
        try:
            fn(arg)
        except TypeError as e:
            print(type(e).__name__, e)


@dataclass
class WithInitVarAndClassAttr:
    x: int
    y: str = 'y'


print(asdict(WithInitVarAndClassAttr(1)), astuple(WithInitVarAndClassAttr(2)))
