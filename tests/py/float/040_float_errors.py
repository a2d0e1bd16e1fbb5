tests = [
    lambda: 1.0 / 0,
    lambda: 1 / 0.0,
    lambda: 1.0 // 0.0,
    lambda: 1.0 % 0.0,
    lambda: divmod(1.0, 0.0),
    lambda: 0.0 ** -1,
    lambda: float("abc"),
    lambda: float(""),
    lambda: float("1.2.3"),
    lambda: 1.5 + "x",
]
for t in tests:
    try:
        t()
    except Exception as e:
        print(type(e).__name__ + ":", e)
