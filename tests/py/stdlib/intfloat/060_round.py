def show(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

for n in (0, 1, -1, 2, -2, 3, -3, 10, -10, 100):
    print(n, round(12345, n), round(-12345, n), round(15, n), round(25, n), round(-25, n))
print(round(5, -1), round(15, -1), round(25, -1), round(35, -1), round(-5, -1), round(-15, -1))
print(round(10 ** 30 + 5 * 10 ** 9, -10), round(2 ** 100, -20), round(0, -5))
print(type(round(5, 2)).__name__, type(round(5)).__name__, round(True, 0), type(round(True)).__name__)
for x in (0.5, 1.5, 2.5, -0.5, -1.5, 2.675, 0.125, 0.375, 1e16, 1e300, -0.0, 5e-324):
    print(x, round(x), round(x, 1), round(x, 2), round(x, -1), round(x, 300), round(x, -400))
for x in (1.2345, 2.345, 12345.6789, -12345.6789, 0.285, 1.005):
    print(x, [round(x, k) for k in range(-3, 5)])
show(lambda: round(float("inf")))
show(lambda: round(float("nan")))
show(lambda: round(float("inf"), 2))
show(lambda: round(float("nan"), 0))
show(lambda: round(1e308, -308))
show(lambda: round(1.5, None))
show(lambda: round(1.5, 1.0))
show(lambda: round(7, "1"))
show(lambda: round(2.5, 10 ** 30))
show(lambda: round(2.5, -10 ** 30))
show(lambda: round(25, -1000))
show(lambda: round(-(10 ** 999) * 5, -1000))
show(lambda: round(25, 10 ** 30))
show(lambda: round("x"))
