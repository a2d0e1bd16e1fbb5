def f(x):
    match x:
        case []:
            return "empty"
        case [a]:
            return ("one", a)
        case [a, b]:
            return ("two", a, b)
        case (a, b, c):
            return ("three", a, b, c)
        case _:
            return "other"

for v in [[], (), [1], (1,), [1, 2], (1, 2), [1, 2, 3], (1, 2, 3), [1, 2, 3, 4], range(2), range(3)]:
    print(repr(v), f(v))
