class K:
    a = "x"
    b = "x"

def f(d):
    match d:
        case {K.a: 1, K.b: 2}:
            return "matched"
        case _:
            return "no"

try:
    print(f({"x": 1, "y": 2}))
except ValueError as e:
    print(type(e).__name__, e)
# too short: the length check fails first, no error
print(f({"x": 1}))
