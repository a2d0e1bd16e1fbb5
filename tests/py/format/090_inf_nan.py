inf = float("inf")
nan = float("nan")
for spec in ["", "f", "F", "e", "E", "g", "G", "%", "10", "<10", "+", "010"]:
    print(repr(spec), repr(format(inf, spec)), repr(format(-inf, spec)), repr(format(nan, spec)))
