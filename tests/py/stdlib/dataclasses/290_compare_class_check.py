# Comparisons need both operands of the same class (by __class__) and read
# every compared field of both.
from dataclasses import dataclass, field

log = []


@dataclass(order=True)
class P:
    a: object
    b: object
    c: object = field(default=0, compare=False)


def show(label, f):
    log.clear()
    try:
        print(label, f(), log)
    except Exception as e:
        print(label, f'{type(e).__name__}: {e}', log)


show('other class', lambda: P(1, 2) == (1, 2))
show('other class <', lambda: P(1, 2) < (1, 2))


class Missing(P):
    pass


m = Missing(1, 2)
del m.b
show('missing field', lambda: Missing(0, 2) < m)


class Disguised(P):
    @property
    def __class__(self):
        return P


show('__class__ property', lambda: P(1, 2) == Disguised(1, 2))
show('__class__ property <', lambda: Disguised(1, 2) < P(1, 3))
