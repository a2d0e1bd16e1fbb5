def f(x):
    match x:
        case [a, b, 1] | [b, 2, a] | [3, a, b]:
            return (a, b)
        case {"x": a, "y": b} | {"y": a, "z": b}:
            return ("map", a, b)
        case _:
            return None

print(f([10, 20, 1]))
print(f([10, 2, 20]))
print(f([3, 10, 20]))
print(f({"x": 1, "y": 2}))
print(f({"y": 1, "z": 2}))
print(f([0, 0, 0]))

def g(x):
    match x:
        case ([p, q] | (q, p, _)) as whole:
            return p, q, whole
print(g([1, 2]))
print(g((1, 2, 3)))
