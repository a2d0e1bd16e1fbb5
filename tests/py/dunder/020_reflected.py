class M:
    def __init__(self, v):
        self.v = v
    def __repr__(self):
        return f"M({self.v})"
    def __add__(self, o):
        return M(self.v + (o.v if isinstance(o, M) else o))
    def __radd__(self, o):
        print("radd called with", o)
        return M(o + self.v)
    def __rsub__(self, o):
        return M(o - self.v)
    def __rmul__(self, o):
        return M(o * self.v)
    def __rtruediv__(self, o):
        return M(o / self.v)
    def __rpow__(self, o):
        return M(o ** self.v)
m = M(2)
print(m + 1, 1 + m, 10 - m, 3 * m, 8 / m, 2 ** m)
print(sum([M(1), M(2)]), sum([M(1)], M(10)))
class Sub(M):
    def __radd__(self, o):
        return "Sub.__radd__ wins"
print(M(1) + Sub(2))
