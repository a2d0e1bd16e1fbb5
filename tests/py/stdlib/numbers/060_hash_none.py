import numbers


class N(numbers.Number):
    pass


n = N()
try:
    hash(n)
except TypeError as e:
    print("TypeError", e)
print(N.__hash__, numbers.Number.__slots__, numbers.Integral.__slots__)
print([c.__name__ for c in numbers.Integral.__mro__])
