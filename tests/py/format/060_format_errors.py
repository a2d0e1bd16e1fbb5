cases = [(1.5, "d"), ("s", "d"), (5, "s"), ("x", ","), (5, ".2d"), (1, "y"), ("a", "=5"), (2.5, "c"), ("x", "+")]
for v, spec in cases:
    try:
        print(format(v, spec))
    except ValueError as e:
        print(type(e).__name__, e)
try:
    format(1, "<<<")
except ValueError as e:
    print(type(e).__name__, e)
