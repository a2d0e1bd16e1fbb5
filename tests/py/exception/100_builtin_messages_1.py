nothing = None
cases = [
    lambda: [][0],
    lambda: (1,)[5],
    lambda: "x"[9],
    lambda: {}["missing"],
    lambda: undefined_variable_q,
    lambda: None.attr,
    lambda: (1).nope,
    lambda: "s".nope,
    lambda: int("12x"),
    lambda: float("1,5"),
    lambda: 1 + None,
    lambda: None + 1,
    lambda: [] + {},
    lambda: len(5),
    lambda: nothing(),
    lambda: nothing[0],
    lambda: iter(5),
    lambda: next([]),
]
for c in cases:
    try:
        c()
    except Exception as e:
        print(type(e).__name__ + ":", e)
