tests = [
    lambda: 1 / 0,
    lambda: 1 // 0,
    lambda: 1 % 0,
    lambda: divmod(5, 0),
    lambda: 2 ** 100 // 0,
    lambda: 0 ** -1,
    lambda: 1 + "a",
    lambda: "a" - 1,
    lambda: [1] * "2",
    lambda: -"x",
    lambda: ~1.5,
]
for t in tests:
    try:
        t()
    except Exception as e:
        print(type(e).__name__ + ":", e)
