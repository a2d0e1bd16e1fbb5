t = ((1, 2), [3, (4,)], "s", None, ((),))
print(t, repr(t), str(t))
print(tuple(x * 2 for x in range(3)), tuple({"k": 1}), tuple(tuple(r) for r in ["ab", "c"]))
