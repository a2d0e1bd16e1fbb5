# NamedTuple misuse.
from typing import NamedTuple

def attempt(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

attempt(lambda: NamedTuple('P', [('a', int)], b=int))
def order():
    class Bad(NamedTuple):
        x: int = 1
        y: int
attempt(order)
def order2():
    class Bad(NamedTuple):
        x: int = 1
        y: int = 2
        z: str
attempt(order2)
def underscore():
    class Bad(NamedTuple):
        _x: int
attempt(underscore)
def base():
    class Bad(NamedTuple, int):
        x: int
attempt(base)
def overwrite():
    class Bad(NamedTuple):
        x: int
        def _replace(self):
            pass
attempt(overwrite)
attempt(lambda: NamedTuple('P', [('a', (1, 2))]))
attempt(lambda: isinstance((), NamedTuple))
