def f(x):
    match x:
        case (1):
            return "one"
        case 2 | 3 | 4:
            return "two to four"
        case ("a" | "b") | ("c"):
            return "letter"
        case [1 | 2, (3 | 4)]:
            return "pair"
        case _:
            return "other"

for v in [1, 2, 3, 4, 5, "a", "c", "d", [1, 3], [2, 4], [2, 5]]:
    print(repr(v), f(v))
