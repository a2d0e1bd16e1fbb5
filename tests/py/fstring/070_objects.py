class P:
    def __init__(self, x):
        self.x = x
    def __repr__(self):
        return f"P({self.x!r})"
    def __str__(self):
        return f"<P {self.x}>"
    def __format__(self, spec):
        return f"P-formatted[{spec}]"
p = P("q")
print(f"{p}", f"{p!r}", f"{p!s}", f"{p:abc}", str(p), repr(p))
class Q:
    def __repr__(self):
        return "Q!"
print(f"{Q()}", f"{[Q()]}", f"{Q()!s:>5}")
print(f"{None!r} {[1, 'a']!s} {'x'!r:5}|")
