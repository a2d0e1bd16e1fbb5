# Subclassing complex.
class C(complex):
    def double(self):
        return self * 2
    def __repr__(self):
        return 'C' + complex.__repr__(self)
c = C(1, 2)
print(c, repr(c), str(c), c.real, c.imag, c.double(), type(c.double()).__name__)
for r in [c + 1, -c, +c, c.conjugate(), complex(c), c.__complex__(), c ** 2, abs(c)]:
    print(type(r).__name__, r)
print(c == 1 + 2j, hash(c) == hash(1 + 2j), isinstance(c, complex), C('3+4j'), C(), C(imag=2))
print(c.__getnewargs__(), (1 + 2j).__getnewargs__(), format(c, ''), format(c, '.1f'))
class D(complex):
    def __complex__(self):
        return 5j
print(complex(D(1, 1)), D(1, 1))
class E(complex):
    def __new__(cls, re, im=0, tag='t'):
        self = super().__new__(cls, re, im)
        self.tag = tag
        return self
e = E(1, 2, tag='x')
print(e, e.tag, type(e).__name__)
class Rad:
    def __radd__(self, other):
        return ('radd', other)
    def __rmul__(self, other):
        return ('rmul', other)
print(1j + Rad(), 1j * Rad())
class Sub(complex):
    def __radd__(self, other):
        return 'Sub.__radd__'
print(1j + Sub(1), 1 + Sub(1), 1.5 + Sub(1))
try:
    class G(complex, int):
        pass
except TypeError as e:
    print(type(e).__name__, e)
