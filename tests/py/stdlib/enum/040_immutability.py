# Members cannot be reassigned or deleted; name/value are read-only.
from enum import Enum


class Color(Enum):
    RED = 1
    GREEN = 2


def attempt(what, f):
    try:
        f()
        print(what, 'ok')
    except AttributeError as e:
        print(what, type(e).__name__, e)


def reassign():
    Color.RED = 5


def delete():
    del Color.GREEN


def set_value():
    Color.RED.value = 3


def set_name():
    Color.RED.name = 'BLUE'


def del_value():
    del Color.RED.value


attempt('reassign', reassign)
attempt('delete', delete)
attempt('set value', set_value)
attempt('set name', set_name)
attempt('del value', del_value)
print(list(Color), Color.RED.value)


# other class attributes and member attributes can be set
def add_attr():
    Color.EXTRA = 'x'


attempt('add class attribute', add_attr)
print(Color.EXTRA, list(Color))
Color.RED.note = 'warm'
print(Color.RED.note)
print(sorted(k for k in vars(Color.RED)))
del Color.EXTRA
print(hasattr(Color, 'EXTRA'))
