class Point:
    __match_args__ = ("x", "y")
    def __init__(self, x, y):
        self.x = x
        self.y = y

def f(p):
    match p:
        case Point(0, 0):
            return "origin"
        case Point(0, y):
            return ("y", y)
        case Point(x, y=5):
            return ("x with y=5", x)
        case Point(x, y):
            return ("point", x, y)

for p in [Point(0, 0), Point(0, 2), Point(3, 5), Point(3, 4)]:
    print(f(p))

class Short:
    __match_args__ = ("a",)
    a = "A"
    b = "B"

match Short():
    case Short(a, b=b):
        print(a, b)
