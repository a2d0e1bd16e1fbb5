# update_wrapper / wraps: the copied metadata, the merged __dict__,
# __wrapped__, and attributes the wrapped object lacks.
import functools
from functools import wraps, update_wrapper, WRAPPER_ASSIGNMENTS, WRAPPER_UPDATES

print(WRAPPER_ASSIGNMENTS)
print(WRAPPER_UPDATES)


def logged(fn):
    @wraps(fn)
    def inner(*args, **kwargs):
        "inner's own doc"
        return ("logged", fn(*args, **kwargs))
    return inner


@logged
def add(a: int, b: int = 0) -> int:
    "Add two numbers."
    return a + b


add.tag = "t"
print(add(1, 2), add.__name__, add.__qualname__, add.__doc__, add.__module__)
print(add.__annotations__, add.__wrapped__(5), add.__wrapped__.__name__)


@logged
def plain():
    pass


print(plain.__doc__, sorted(plain.__dict__))


def source():
    "source doc"


source.attr = [1]
source.__wrapped__ = "older"


def target():
    "target doc"


result = update_wrapper(target, source)
print(result is target, target.__doc__, target.attr is source.attr, target.__wrapped__ is source)

def only_name():
    pass


update_wrapper(only_name, source, assigned=("__name__",), updated=())
print(only_name.__name__, only_name.__qualname__, only_name.__doc__, hasattr(only_name, "attr"))


class Holder:
    pass


h = Holder()
update_wrapper(h, add)
print(h.__name__, h.__qualname__, h.__doc__, h.__wrapped__ is add, sorted(h.__dict__))

# Missing attributes are skipped; a wrapper without a __dict__ fails.
class Bare:
    pass


b = Bare()
update_wrapper(b, Bare(), assigned=("__name__", "__doc__"))
print(b.__dict__.keys(), b.__doc__)
try:
    update_wrapper(5, add)
except AttributeError as e:
    print("AttributeError", e)

deco = wraps(add, assigned=("__doc__",))
print(type(deco).__name__, deco.func is update_wrapper, deco.keywords["assigned"])
w = deco(lambda: None)
print(w.__name__, w.__doc__, w.tag, w.__wrapped__ is add)
