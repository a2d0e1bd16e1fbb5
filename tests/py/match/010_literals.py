def f(x):
    match x:
        case 0:
            return "zero"
        case 1:
            return "one"
        case 2.5:
            return "two and a half"
        case "hello":
            return "greeting"
        case b"raw":
            return "bytes"
        case _:
            return "other"

for v in [0, 1, 2.5, "hello", b"raw", 3, 1.0, 0.0, "raw", b"hello"]:
    print(repr(v), f(v))
