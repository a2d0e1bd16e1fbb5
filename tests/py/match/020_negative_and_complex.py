def f(x):
    match x:
        case -1:
            return "minus one"
        case -2.5:
            return "minus two and a half"
        case 1 + 2j:
            return "1+2j"
        case -1 - 2j:
            return "-1-2j"
        case 3j:
            return "3j"
        case -0.5j:
            return "-0.5j"
        case _:
            return "other"

for v in [-1, -1.0, -2.5, 1 + 2j, -1 - 2j, 3j, -0.5j, complex(1, 2), 1, 2j]:
    print(repr(v), f(v))
