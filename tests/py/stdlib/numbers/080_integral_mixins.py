import operator
from numbers import Integral


class Bits(Integral):
    def __init__(self, v): self.v = int(v)
    def __int__(self): return self.v
    def __pow__(self, e, m=None): return Bits(pow(self.v, int(e), m))
    def __lshift__(self, o): return Bits(self.v << int(o))
    def __rlshift__(self, o): return Bits(int(o) << self.v)
    def __rshift__(self, o): return Bits(self.v >> int(o))
    def __rrshift__(self, o): return Bits(int(o) >> self.v)
    def __and__(self, o): return Bits(self.v & int(o))
    def __rand__(self, o): return Bits(int(o) & self.v)
    def __xor__(self, o): return Bits(self.v ^ int(o))
    def __rxor__(self, o): return Bits(int(o) ^ self.v)
    def __or__(self, o): return Bits(self.v | int(o))
    def __ror__(self, o): return Bits(int(o) | self.v)
    def __invert__(self): return Bits(~self.v)
    def __add__(self, o): return Bits(self.v + int(o))
    def __radd__(self, o): return Bits(int(o) + self.v)
    def __neg__(self): return Bits(-self.v)
    def __pos__(self): return Bits(self.v)
    def __mul__(self, o): return Bits(self.v * int(o))
    def __rmul__(self, o): return Bits(int(o) * self.v)
    def __truediv__(self, o): return self.v / int(o)
    def __rtruediv__(self, o): return int(o) / self.v
    def __rpow__(self, b): return int(b) ** self.v
    def __abs__(self): return Bits(abs(self.v))
    def __eq__(self, o): return self.v == int(o)
    def __hash__(self): return hash(self.v)
    def __trunc__(self): return self.v
    def __floor__(self): return self.v
    def __ceil__(self): return self.v
    def __round__(self, n=None): return self.v
    def __floordiv__(self, o): return Bits(self.v // int(o))
    def __rfloordiv__(self, o): return Bits(int(o) // self.v)
    def __mod__(self, o): return Bits(self.v % int(o))
    def __rmod__(self, o): return Bits(int(o) % self.v)
    def __lt__(self, o): return self.v < int(o)
    def __le__(self, o): return self.v <= int(o)
    def __repr__(self): return f"Bits({self.v})"


b = Bits(12)
print(operator.index(b), hex(b), bin(b), list(range(10))[Bits(2):Bits(5)], float(b), b.numerator, b.denominator)
print(b & 10, 3 | b, b ^ Bits(5), ~b, b << 2, 1 << Bits(3), pow(b, 2, 5))
