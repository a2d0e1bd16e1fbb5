a = [1, 2]
b = (3, 4)
print([*a, *b, 5], (*a, *b), [*"xy"], [*range(3)])
print({**{"a": 1}, "b": 2, **{"a": 3}})
print(sorted({*a, *b, 1}))
print([], (), {}, set(), (1,), [1,])
print({1: "a", 2: "b"}, {(1, 2): [3]})
print([*a], (*a,), *a)
x, *y = *a, *b
print(x, y)
print([*[], *()], {**{}})
