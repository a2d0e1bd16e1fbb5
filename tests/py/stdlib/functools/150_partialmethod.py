# partialmethod: partial application for methods (functions, classmethods,
# staticmethods, other partialmethods); repr; errors.
from functools import partialmethod, partial


def attempt(f):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)


class Cell:
    def __init__(self):
        self.alive = False

    def set_state(self, state, *, note=""):
        self.alive = state
        return (state, note)

    set_alive = partialmethod(set_state, True)
    set_dead = partialmethod(set_state, False, note="dead")

    @classmethod
    def make(cls, a, b):
        return (cls.__name__, a, b)

    make_one = partialmethod(make, 1)

    @staticmethod
    def pair(a, b):
        return (a, b)

    pair_x = partialmethod(pair, "x")
    nested = partialmethod(set_dead, note="nested")
    builtin = partialmethod(isinstance, object)


c = Cell()
print(c.set_alive(), c.alive, c.set_dead(), c.alive)
print(c.set_alive(note="hi"), c.nested())
print(Cell.make_one(2), c.make_one(3))
print(c.pair_x(1), Cell.pair_x(2))
print(c.builtin(), Cell.builtin(5))
print(Cell.set_alive(c), type(c.make_one).__name__)
print(Cell.__dict__["nested"].args, Cell.__dict__["nested"].keywords)
print(Cell.__dict__["nested"].func is Cell.__dict__["set_state"])

print(repr(partialmethod(max, 1)))
print(repr(partialmethod(max, 1, key=abs)))
print(repr(partialmethod(max)))
print(Cell.__dict__["builtin"].__isabstractmethod__)
attempt(lambda: partialmethod(1))
attempt(lambda: partialmethod())
print(partialmethod[int])
