# Comparisons read every compared field first, in order, and ignore the
# others.
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


show('c ignored', lambda: P(1, 2, 3) == P(1, 2, 4))
nan = float('nan')
show('nan same', lambda: P(nan, 1) == P(nan, 1))
show('nan other', lambda: P(nan, 1) == P(float('nan'), 1))
show('nan <', lambda: P(nan, 1) < P(float('nan'), 2))


@dataclass(order=True)
class Empty:
    x: int = field(default=0, compare=False)


e1, e2 = Empty(1), Empty(2)
print(e1 == e2, e1 < e2, e1 <= e2, e1 > e2, e1 >= e2, e1 != e2)


class Logged(P):
    def __getattribute__(self, name):
        if name in ('a', 'b', 'c'):
            log.append(('get', name))
        return object.__getattribute__(self, name)


show('read order', lambda: Logged(1, 2) < Logged(1, 3))
