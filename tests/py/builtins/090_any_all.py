print(any([]), all([]), any([0, "", None]), any([0, 1]), all([1, "x", [0]]), all([1, 0]))
print(any(x > 5 for x in range(10)), all(x < 5 for x in range(10)), any("abc"), all(""))
seen = []
def check(v):
    seen.append(v)
    return v
print(any(check(v) for v in [0, 0, 3, 4]), seen)
seen.clear()
print(all(check(v) for v in [1, 2, 0, 3]), seen)
