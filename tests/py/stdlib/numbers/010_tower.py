import numbers
from numbers import Number, Complex, Real, Rational, Integral

for x in [1, True, 2.5, 10**30]:
    print(repr(x), [isinstance(x, c) for c in (Number, Complex, Real, Rational, Integral)])
for x in ["1", None, [], b"x"]:
    print(repr(x), isinstance(x, Number))
print(issubclass(int, Integral), issubclass(float, Rational), issubclass(bool, Number))
print(issubclass(Integral, Rational), issubclass(Rational, Real), issubclass(Real, Complex))
print(numbers.__all__)
print(sorted(Complex.__abstractmethods__))
print(sorted(Real.__abstractmethods__))
print(sorted(Rational.__abstractmethods__))
print(sorted(Integral.__abstractmethods__))
print(Number.__hash__)
for cls in (Number, Complex, Real, Rational, Integral):
    try:
        cls()
        print(cls.__name__, "made")
    except TypeError as e:
        print(cls.__name__, "TypeError", str(e).split(" with ")[0])
