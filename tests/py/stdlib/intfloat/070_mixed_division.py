def show(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

vals = [7, -7, 2, -2, 7.5, -7.5, 0.5, True, 10 ** 20, -(10 ** 20)]
for a in vals:
    for b in vals:
        print(a, b, divmod(a, b), a % b, a // b)
show(lambda: divmod(1, 0))
show(lambda: divmod(1.0, 0))
show(lambda: 1 % 0.0)
show(lambda: 1 // 0)
show(lambda: 5.0 // 0.0)
show(lambda: divmod(float("inf"), 3))
show(lambda: divmod(-float("inf"), 3))
show(lambda: divmod(3, float("inf")))
show(lambda: divmod(-3, float("inf")))
show(lambda: float("nan") % 2)
show(lambda: -0.0 % 5)
show(lambda: 0.0 % -5)
show(lambda: divmod(-0.0, 1))
show(lambda: 1e308 // 1e-308)
show(lambda: 10 ** 400 // 1.5)
show(lambda: 10 ** 400 % 7.0)
show(lambda: divmod(2 ** 1000, 3.0))
show(lambda: 7 % -3.0)
show(lambda: -7 // 3.0)
show(lambda: 3 / 10 ** 400)
show(lambda: 10 ** 400 / 10 ** 399)
show(lambda: 10 ** 400 / 3)
show(lambda: divmod(1, "a"))
