import enum

class Key(enum.Enum):
    A = "a"
    B = "b"

class K:
    x = "x"

def f(d):
    match d:
        case {Key.A: 1, K.x: v}:
            return ("both", v)
        case {Key.B: v}:
            return ("b", v)
        case {1: one, -2: minus_two, 2.5: f, None: n, "s": t}:
            return (one, minus_two, f, n, t)
        case _:
            return "no"

print(f({Key.A: 1, "x": 9}))
print(f({Key.B: [1]}))
print(f({1: "one", -2: "m2", 2.5: "f", None: "n", "s": "t"}))
print(f({1: "one"}))
