# Aliases: members with an equal value are the same object; they are in
# __members__ but not in iteration.
from enum import Enum


class Shape(Enum):
    SQUARE = 2
    DIAMOND = 1
    CIRCLE = 3
    ALIAS_FOR_SQUARE = 2


print(list(Shape))
print(len(Shape))
print(Shape.ALIAS_FOR_SQUARE)
print(repr(Shape.ALIAS_FOR_SQUARE), Shape.ALIAS_FOR_SQUARE.name)
print(Shape.ALIAS_FOR_SQUARE is Shape.SQUARE)
print(Shape['ALIAS_FOR_SQUARE'] is Shape.SQUARE)
print(Shape(2) is Shape.SQUARE)
print(Shape.__members__)
print(repr(Shape.__members__))
print(list(Shape.__members__))
print([(name, m.name) for name, m in Shape.__members__.items() if m.name != name])
print(Shape._member_names_)
print(type(Shape.__members__).__name__)
print(len(Shape.__members__), 'CIRCLE' in Shape.__members__)
try:
    Shape.__members__['NEW'] = 5
except TypeError as e:
    print(type(e).__name__, e)
