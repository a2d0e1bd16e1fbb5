# Looking members up by value (Color(1)) and by name (Color['RED']),
# and the errors for unknown values and names.
from enum import Enum


class Color(Enum):
    RED = 1
    GREEN = 2
    BLUE = 3


print(repr(Color(1)), repr(Color(3)))
print(Color(2) is Color.GREEN)
print(repr(Color['RED']), Color['BLUE'] is Color.BLUE)
print(Color(Color.RED) is Color.RED)
print(getattr(Color, 'GREEN'))

for bad in (7, 'RED', None, 1.5, (1,), [1]):
    try:
        Color(bad)
    except ValueError as e:
        print(type(e).__name__, e)

for bad in ('PURPLE', 'red', 1):
    try:
        Color[bad]
    except KeyError as e:
        print(type(e).__name__, e, repr(e))

try:
    Color.PURPLE
except AttributeError as e:
    print(type(e).__name__, e)

try:
    Color()
except TypeError as e:
    print(type(e).__name__, e)


class Values(Enum):
    ONE = 1
    FLOAT_ONE = 1.0
    TRUE = True


print(list(Values), Values.__members__)
print(repr(Values(True)), repr(Values(1.0)))


class Empty(Enum):
    pass


try:
    Empty(1)
except TypeError as e:
    print(type(e).__name__, e)
