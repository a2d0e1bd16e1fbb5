import copy
import numbers
from fractions import Fraction as F


class G(F):
    pass


g = G(3, 6)
print(repr(g), str(g), type(g).__name__, type(g + 1).__name__, type(-g).__name__, type(+g).__name__)
print(type(copy.copy(g)).__name__, type(copy.deepcopy(g)).__name__, copy.copy(F(1, 3)), copy.deepcopy([F(2, 3)]))
print(F(1, 3).__reduce__(), G(1, 3).__reduce__()[1])
print(isinstance(F(1, 2), numbers.Rational), isinstance(F(1, 2), numbers.Integral), issubclass(F, numbers.Real))
print(format(F(1, 3)), f"{F(1, 3)}", "%s" % F(2, 4))
try:
    format(F(1, 3), ".2f")
except TypeError as e:
    print("TypeError", e)
try:
    F(1, 2).numerator = 5
except AttributeError as e:
    print("AttributeError", e)
print(F(1, 2).__slots__ if hasattr(F, "__slots__") else None)
print(sum([F(1, 2), F(1, 3), F(1, 6)]), sum([F(1, 10)] * 10, F(0)))
