# Defining an Enum; reprs, str, name/value, iteration, len and members.
from enum import Enum


class Color(Enum):
    RED = 1
    GREEN = 2
    BLUE = 3


print(Color.RED)
print(repr(Color.RED))
print(str(Color.GREEN), repr(Color.GREEN))
print(Color.RED.name, Color.RED.value)
print(Color.BLUE._name_, Color.BLUE._value_)
print(list(Color))
print(len(Color))
print([m.name for m in Color])
print(type(Color.RED), type(Color.RED) is Color)
print(isinstance(Color.RED, Color), isinstance(Color.RED, Enum))
print(repr(Color), str(Color))
print(Color.__name__, Color.__qualname__, Color.__module__)
print(type(Color).__name__)
print(Color.RED.__class__.__name__)
print(Color._member_names_)
print(Color._value2member_map_)
print(Color.RED is Color.RED, Color.RED == Color.RED, Color.RED != Color.GREEN)
print(bool(Color), bool(Color.RED))
print(list(reversed(Color)))


class Mixed(Enum):
    TEXT = 'hello'
    NUMBER = 2.5
    PAIR = (1, 2)
    NOTHING = None


for m in Mixed:
    print(repr(m), str(m), repr(m.value))
