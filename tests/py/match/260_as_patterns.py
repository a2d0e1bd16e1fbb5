def f(x):
    match x:
        case [1, 2] as pair:
            return ("pair", pair)
        case (int() | float()) as number:
            return ("number", number)
        case [(1 | 2) as first, *rest] as whole:
            return (first, rest, whole)
        case {"k": [_, _] as two} as m:
            return (two, m)
        case _:
            return "other"

for v in [[1, 2], 3, 2.5, [2, 9, 9], {"k": [0, 0]}, {"k": [0]}]:
    print(repr(v), f(v))
