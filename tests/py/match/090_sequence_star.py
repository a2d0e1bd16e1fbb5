def f(x):
    match x:
        case [first, *rest]:
            return ("first", first, rest)
        case _:
            return "no"

def g(x):
    match x:
        case [*init, last]:
            return ("last", init, last)
        case _:
            return "no"

def h(x):
    match x:
        case [a, *mid, b, c]:
            return (a, mid, b, c)
        case _:
            return "short"

for v in [[], [1], [1, 2, 3], (4, 5), range(4)]:
    print(repr(v), f(v), g(v), h(v))
