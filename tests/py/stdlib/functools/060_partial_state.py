# partial: __reduce__ / __setstate__, instance dicts, weak references and
# (no) method binding.
import weakref
from functools import partial


def attempt(f):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)


p = partial(print, sep="x")
print(p.__reduce__())
q = partial(max, 1)
q.attr = 5
print(q.__reduce__())

q.__setstate__((min, (1, 2), {"key": abs}, None))
print(repr(q), q.__dict__)
q.__setstate__((max, (3,), None, {"y": 2}))
print(repr(q), q.keywords, q.__dict__, q.y)
print(q(-7, 10))

for bad in ([max, (), {}, None], (max, (1,)), (max, [1], {}, None),
            (max, (1,), [], None), (1, (1,), {}, None), (max, (1,), None, 5)):
    attempt(lambda: q.__setstate__(bad))
print(repr(q))

cls, args, state = partial(max, 4, key=abs).__reduce__()
r = cls(*args)
r.__setstate__(state)
print(repr(r), r(-9))

w = weakref.ref(p)
print(w() is p)


class A:
    # A partial is not a descriptor: no self is added.
    f = partial(lambda *a: a, "stored")


print(A().f(1), A.f(2))
print(hasattr(partial, "__get__"))
