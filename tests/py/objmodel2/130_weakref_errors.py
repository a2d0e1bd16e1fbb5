# Which objects can be weakly referenced.
import weakref


def try_ref(o):
    try:
        weakref.ref(o)
        print("ok:", type(o).__name__)
    except TypeError as e:
        print("TypeError", e)


for o in ([], {}, 1, "s", (1, 2), None, 1.5, b"b", object(), True, range(2), 2**100):
    try_ref(o)


class C:
    def m(self):
        pass


class L(list):
    pass


class D(dict):
    pass


class S(str):
    pass


def f():
    pass


for o in (C(), L(), D(), S(), C, f, len, {1}, frozenset(), (x for x in ()), weakref, C().m, lambda: 0):
    try_ref(o)
try:
    weakref.ref(C(), None, 3)
except TypeError as e:
    print("TypeError", e)
