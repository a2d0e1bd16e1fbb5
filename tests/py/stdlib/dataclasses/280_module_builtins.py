# The generated __hash__, __setattr__ and __delattr__ look up hash, type
# and super in the class's module (as CPython's do), so a module that
# defines its own sees them called.
from dataclasses import dataclass
import builtins

log = []


def hash(x):
    log.append(('hash', x))
    return builtins.hash(x)


def type(x):
    log.append('type')
    return builtins.type(x)


def super(*args):
    log.append('super')
    return builtins.super(*args)


@dataclass(frozen=True)
class P:
    x: int
    y: str = 'a'


class Sub(P):
    pass


p = P(1)
print(p.__hash__() == builtins.hash((1, 'a')), log)
log.clear()
for target in (p, Sub(2)):
    for name in ('x', 'z'):
        try:
            setattr(target, name, 5)
            print('set', name, target.z)
            delattr(target, name)
            print('deleted', name, hasattr(target, name))
        except Exception as e:
            print(builtins.type(e).__name__, e)
        print(log)
        log.clear()


@dataclass(eq=True, unsafe_hash=True)
class Q:
    a: int


print(builtins.hash(Q(3)) == builtins.hash((3,)), log)
