from enum import Enum, IntEnum, auto

class Shape(Enum):
    CIRCLE = auto()
    SQUARE = auto()

class Level(IntEnum):
    LOW = 1
    HIGH = 2

def f(x):
    match x:
        case Shape.CIRCLE:
            return "circle"
        case Shape.SQUARE:
            return "square"
        case Level.HIGH:
            return "high"
        case Shape():
            return "some shape"
        case _:
            return "other"

for v in [Shape.CIRCLE, Shape.SQUARE, Level.HIGH, 2, Level.LOW, 1]:
    print(repr(v), f(v))

match Level.LOW:
    case int(n):
        print("IntEnum matches int:", n)
