def classify(p):
    match p:
        case (x, y) if x == y:
            return "diagonal"
        case (x, y) if x == 0:
            return "y axis"
        case (x, _) if x > 0:
            return "right"
        case (x, y):
            return "left"

for p in [(1, 1), (0, 5), (3, 4), (-3, 4)]:
    print(p, classify(p))

calls = []
def check(v):
    calls.append(v)
    return v > 1

for v in [0, 1, 2]:
    match v:
        case n if check(n):
            print(n, "passes")
        case n:
            print(n, "fails")
print(calls)
