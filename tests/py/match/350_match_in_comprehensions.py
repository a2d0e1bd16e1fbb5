def kind(x):
    match x:
        case int() | float():
            return "number"
        case str():
            return "text"
        case _:
            return "other"

print([kind(x) for x in [1, "a", 2.0, None]])
print({x: kind(x) for x in [1, "a"]})

points = [(0, 1), (2, 2), (3, 0)]
labels = []
for p in points:
    match p:
        case (0, _):
            labels.append("y")
        case (_, 0):
            labels.append("x")
        case (a, b) if a == b:
            labels.append("diag")
print(labels)
