# The generated comparisons behave as comparing tuples of the fields.
from dataclasses import dataclass, field

log = []


class V:
    def __init__(self, v, eq_result=None):
        self.v, self.eq_result = v, eq_result

    def __eq__(self, other):
        log.append(('eq', self.v, other.v))
        return self.v == other.v if self.eq_result is None else self.eq_result

    def __lt__(self, other):
        log.append(('lt', self.v, other.v))
        return ('lt-result', self.v, other.v)

    def __le__(self, other):
        log.append(('le', self.v, other.v))
        return self.v <= other.v


class Truth:
    def __init__(self, t):
        self.t = t

    def __bool__(self):
        log.append(('bool', self.t))
        if self.t == 'boom':
            raise ValueError('no truth')
        return self.t


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


x = V(1)
show('same objects <', lambda: P(x, x) < P(x, x))
show('same objects ==', lambda: P(x, x) == P(x, x))
show('same objects <=', lambda: P(x, x) <= P(x, x))
show('first differs <', lambda: P(V(1), V(5)) < P(V(2), V(6)))
show('second differs <', lambda: P(V(1), V(5)) < P(V(1), V(6)))
show('second differs ==', lambda: P(V(1), V(5)) == P(V(1), V(6)))
show('second differs >=', lambda: P(V(1), V(5)) >= P(V(1), V(6)))
show('eq truthy obj', lambda: P(V(1, Truth(True)), 0) < P(V(2), 0))
show('eq falsy obj', lambda: P(V(1, Truth(False)), 0) < P(V(2), 0))
show('eq bool raises', lambda: P(V(1, Truth('boom')), 0) == P(V(2), 0))
