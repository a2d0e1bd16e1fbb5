cases = [
    lambda: {}.x,
    lambda: [].nope(),
    lambda: hash([]),
    lambda: {{}: 1},
    lambda: "a" < None,
    lambda: [1] < 1,
    lambda: abs("x"),
    lambda: sum(["a", "b"]),
    lambda: min([]),
    lambda: chr(-1),
    lambda: ord(""),
    lambda: int(None),
    lambda: list(1),
    lambda: "".join([None]),
    lambda: "abc".index("z"),
    lambda: [1, 2].remove(3),
    lambda: "{}".format(),
    lambda: 5 @ 5,
    lambda: a_b_c_undefined(),
    lambda: divmod("a", 1),
]
for c in cases:
    try:
        c()
    except Exception as e:
        print(type(e).__name__ + ":", e)
