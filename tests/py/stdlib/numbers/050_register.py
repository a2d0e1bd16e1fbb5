import numbers


class Money:
    pass


print(isinstance(Money(), numbers.Number))
numbers.Rational.register(Money)
print(isinstance(Money(), numbers.Number), isinstance(Money(), numbers.Real), isinstance(Money(), numbers.Integral))
print(issubclass(Money, numbers.Complex), numbers.Rational in Money.__mro__)


class Tiny(int):
    pass


print(isinstance(Tiny(3), numbers.Integral), isinstance(True, numbers.Integral))
