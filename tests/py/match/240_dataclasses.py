from dataclasses import dataclass, field, KW_ONLY

@dataclass
class Point:
    x: int
    y: int = 0

@dataclass
class Labeled:
    name: str
    _: KW_ONLY
    weight: float = 1.0

@dataclass(match_args=False)
class NoArgs:
    a: int

print(Point.__match_args__)
print(Labeled.__match_args__)
print(hasattr(NoArgs, "__match_args__"))

def f(v):
    match v:
        case Point(0, y):
            return ("on y axis", y)
        case Point(x, y) if x == y:
            return ("diagonal", x)
        case Point(x, y):
            return ("point", x, y)
        case Labeled(name, weight=w):
            return ("labeled", name, w)
        case NoArgs(a=a):
            return ("noargs", a)

for v in [Point(0, 4), Point(2, 2), Point(1, 3), Labeled("n", weight=2.5), NoArgs(9)]:
    print(f(v))
try:
    match NoArgs(1):
        case NoArgs(a):
            pass
except TypeError as e:
    print(type(e).__name__, e)
