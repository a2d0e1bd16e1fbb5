class Ver:
    def __init__(self, *parts):
        self.parts = parts
    def __eq__(self, o):
        return isinstance(o, Ver) and self.parts == o.parts
    def __lt__(self, o):
        return self.parts < o.parts
    def __le__(self, o):
        return self.parts <= o.parts
    def __repr__(self):
        return "v" + ".".join(map(str, self.parts))
a, b = Ver(1, 2), Ver(1, 10)
print(a < b, a <= b, a > b, a >= b, a == Ver(1, 2), a != b, a == "1.2")
print(sorted([Ver(2), Ver(1, 5), Ver(1)]), max(Ver(0, 1), Ver(0, 2)))
class NoOrder:
    pass
try:
    NoOrder() < NoOrder()
except TypeError as e:
    print(type(e).__name__, e)
class Left:
    def __lt__(self, o):
        return NotImplemented
class Right:
    def __gt__(self, o):
        return "Right.__gt__ used"
print(Left() < Right())
x = NoOrder()
print(x == x, x != x, NoOrder() == NoOrder())
