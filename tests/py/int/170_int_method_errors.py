# Argument errors of int's methods, worded as CPython words them.
tests = [
    lambda: (5).__add__(),
    lambda: (5).__neg__(1),
    lambda: (5).bit_length(1),
    lambda: (5).__format__(),
    lambda: (5).__round__(1, 2),
    lambda: (5).__pow__(1, 2, 3),
    lambda: int.__add__(1.0, 1),
    lambda: int.bit_length(1.0),
    lambda: int.bit_length(),
    lambda: int.__add__(),
    lambda: (5).__add__(x=1),
    lambda: (5).bit_length(x=1),
    lambda: bool.__and__(1, 1),
    lambda: (5).__format__(3),
    lambda: int("1", 2, base=2),
    lambda: int(x=1),
    lambda: int(1, 2, 3),
    lambda: bool(1, 2),
]
for t in tests:
    try:
        print(t())
    except TypeError as e:
        print(type(e).__name__, e)
print((5).__add__(1.0), (5).__eq__(5.0), (1.0).__eq__(1))
