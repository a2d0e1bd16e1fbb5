print(dict(a=1, b=2), dict([("x", 1), ("y", 2)]), dict(zip("abc", range(3))))
print(dict({"k": 1}, extra=2), dict([]), dict(((1, 2), (3, 4))), dict(["ab", "cd"]))
print(dict.fromkeys(range(3), []), {k: k * k for k in range(4)})
for bad in [[1, 2], [("a", 1, 2)]]:
    try:
        dict(bad)
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
