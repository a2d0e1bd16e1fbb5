def f(x):
    match x:
        case bool(b):
            return ("bool", b)
        case int(i):
            return ("int", i)
        case float(f):
            return ("float", f)
        case str(s):
            return ("str", s)
        case bytes(b) | bytearray(b):
            return ("bytes-like", b)
        case list(l) | tuple(l):
            return ("list or tuple", l)
        case dict(d):
            return ("dict", d)
        case set(s) | frozenset(s):
            return ("set", sorted(s))
        case _:
            return "other"

for v in [True, 3, 2.5, "s", b"b", bytearray(b"ba"), [1], (2,), {"k": 1}, {3, 1}, frozenset({2}), None, 1j]:
    print(repr(v), f(v))

class MyInt(int):
    pass

match MyInt(7):
    case int(n):
        print("MyInt matches int(n):", n, type(n).__name__)
