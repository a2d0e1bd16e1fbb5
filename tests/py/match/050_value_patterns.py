import enum

class Color(enum.Enum):
    RED = 1
    GREEN = 2
    BLUE = 3

class Consts:
    ANSWER = 42
    class Inner:
        NAME = "inner"

def f(x):
    match x:
        case Color.RED:
            return "red"
        case Color.GREEN | Color.BLUE:
            return "green or blue"
        case Consts.ANSWER:
            return "the answer"
        case Consts.Inner.NAME:
            return "inner name"
        case _:
            return "other"

for v in [Color.RED, Color.GREEN, Color.BLUE, 42, 42.0, "inner", 1]:
    print(repr(v), f(v))
