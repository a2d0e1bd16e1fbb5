# Wrong types, recursive values and big classes give CPython's exceptions.
from dataclasses import dataclass, field, fields, asdict, astuple, replace
from dataclasses import make_dataclass, is_dataclass, InitVar


def attempt(label, fn):
    try:
        print(label, 'ok', fn())
    except Exception as e:
        print(label, type(e).__name__, e)


attempt('dataclass(1)', lambda: dataclass(1))
attempt('dataclass str', lambda: dataclass('x'))
attempt('fields(None)', lambda: fields(None))
attempt('make None', lambda: make_dataclass('A', None))
attempt('make name 123', lambda: make_dataclass(123, []))
attempt('make bases=3', lambda: make_dataclass('A', [], bases=3))
attempt('make bases=(3,)', lambda: make_dataclass('A', [], bases=(3,)))
attempt('make namespace=3', lambda: make_dataclass('A', [], namespace=3))
attempt('metadata=3', lambda: field(metadata=3))
attempt('metadata=[1]', lambda: field(metadata=[1]))
attempt('metadata=[]', lambda: field(metadata=[]))
attempt('metadata=(1,)', lambda: field(metadata=(1,)))
attempt('metadata={}', lambda: field(metadata={}).metadata)
attempt('replace extra', lambda: replace(make_dataclass('A', ['x'])(1), 2))
attempt('InitVar()', lambda: InitVar())
attempt('not a dict', lambda: dataclass(type('B', (), {'__annotations__': [('x', int)]})))
attempt('is_dataclass', lambda: (is_dataclass(None), is_dataclass(type), is_dataclass([])))


@dataclass
class R:
    x: object


r = R(None)
r.x = [r]
attempt('asdict recursive', lambda: asdict(r))
attempt('astuple recursive', lambda: astuple(r))
attempt('repr recursive', lambda: repr(r))
d = {}
d['self'] = d
attempt('repr dict loop', lambda: repr(R(d)))
Big = make_dataclass('Big', [f'f{i}' for i in range(300)], order=True, frozen=True)
b = Big(*range(300))
attempt('big', lambda: (len(fields(Big)), b.f299, b < Big(*range(1, 301)),
                        hash(b) == hash(tuple(range(300)))))
attempt('big asdict', lambda: sum(asdict(b).values()))
attempt('big too few', lambda: Big(*range(298)))
attempt('asdict factory error', lambda: asdict(R(1), dict_factory=3))
attempt('astuple factory error', lambda: astuple(R(1), tuple_factory=None))
