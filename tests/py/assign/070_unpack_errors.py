cases = [
    lambda: exec("a, b = [1, 2, 3]"),
    lambda: exec("a, b, c = (1, 2)"),
    lambda: exec("a, b = 1"),
    lambda: exec("a, *b, c = [1]"),
    lambda: exec("a, = []"),
    lambda: exec("(a, b), c = [1, 2], 3, 4"),
]
for c in cases:
    try:
        c()
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
