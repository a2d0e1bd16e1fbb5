class Point:
    def __init__(self, x, y):
        self.x = x
        self.y = y

def where(p):
    match p:
        case Point(x=0, y=0):
            return "origin"
        case Point(x=0, y=y):
            return f"on the y axis at {y}"
        case Point(x=x, y=0):
            return f"on the x axis at {x}"
        case Point():
            return "somewhere"
        case _:
            return "not a point"

for p in [Point(0, 0), Point(0, 5), Point(3, 0), Point(1, 1), (0, 0)]:
    print(where(p))

class NoY:
    x = 1
match NoY():
    case NoY(x=1, y=2):
        print("has y")
    case NoY(x=1):
        print("no y attribute: the keyword pattern fails")
