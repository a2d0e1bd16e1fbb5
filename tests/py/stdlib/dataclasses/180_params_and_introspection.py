# __dataclass_params__, __dataclass_fields__, Field repr, sentinels.
import dataclasses
from dataclasses import dataclass, field, fields, MISSING, KW_ONLY, Field


@dataclass(order=True, frozen=True, unsafe_hash=True)
class P:
    x: int
    y: str = field(default='y', metadata={'doc': 'the y'})


print(P.__dataclass_params__)
params = P.__dataclass_params__
print(params.init, params.repr, params.eq, params.order, params.unsafe_hash,
      params.frozen)
print(list(P.__dataclass_fields__), P.__dataclass_fields__['x'] is fields(P)[0])
f = fields(P)[1]
text = repr(f).replace(repr(MISSING), 'MISSING')
print(text)
print(type(f).__name__, Field.__name__, isinstance(f, Field))
print(repr(dataclasses._HAS_DEFAULT_FACTORY))
print(type(MISSING).__name__, type(KW_ONLY).__name__)
print(sorted(dataclasses.__all__))
print(dataclasses.FrozenInstanceError.__name__, issubclass(dataclasses.FrozenInstanceError, AttributeError))


@dataclass
class Q:
    a: int


print(Q.__dataclass_params__)
print(dataclasses.is_dataclass(Q), dataclasses.is_dataclass(Q(1)),
      dataclasses.is_dataclass(dataclasses), dataclasses.is_dataclass(None))


class NotDC(Q):
    pass


print(dataclasses.is_dataclass(NotDC), [f.name for f in fields(NotDC)])
print(fields(Q(1))[0].name, type(fields(Q)).__name__)
print(P.__match_args__, Q.__match_args__)


@dataclass(match_args=False)
class R:
    a: int


print(hasattr(R, '__match_args__'))


@dataclass
class S:
    a: int
    __match_args__ = ('custom',)


print(S.__match_args__)
f2 = field(default=1)
print(repr(f2).replace(repr(MISSING), 'MISSING'))
loop = field()
loop.type = loop
print(repr(loop).replace(repr(MISSING), 'MISSING'))
holder = field(default=1)
holder.default = [holder]
print(repr(holder).replace(repr(MISSING), 'MISSING'))
