# float ** float: IEEE special cases and CPython's errors.
print(0.0 ** 0, float("inf") ** 0, float("nan") ** 0, 1.0 ** float("nan"))
print(float("inf") ** -1, float("-inf") ** 3, float("-inf") ** 2, float("-inf") ** -3)
print(2.0 ** float("inf"), 0.5 ** float("inf"), (-0.0) ** 3, (-0.0) ** 2, 10.0 ** -400)
print((-2.0) ** 1001.0, (-2.0) ** 1000.0, 2 ** 0.5, (2 ** 100) ** 0.5, 2 ** -2)
for f in [lambda: 0.0 ** -1, lambda: 0 ** -1.0, lambda: (-0.0) ** -1, lambda: 10.0 ** 400, lambda: pow(2.0, 3, 5)]:
    try:
        print(f())
    except (ZeroDivisionError, OverflowError, TypeError) as e:
        print(type(e).__name__, e)
