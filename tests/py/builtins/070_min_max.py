print(min(3, 1, 2), max(3, 1, 2), min([5, 4]), max("hello"), min("b", "a", "c"))
print(max([], default=None), min([], default="empty"), max([1], default=0))
print(max(["aa", "b", "ccc"], key=len), min(["aa", "b", "ccc"], key=len), max([-5, 3], key=abs))
print(max([(1, "b"), (1, "a")]), min(range(10), key=lambda v: (v - 6) ** 2))
print(max(1, 2.5), min(-1, -1.0), max([1, 1.0]), max(True, 0))
print(max("aA", key=str.lower), max([3, 3, 1], key=lambda v: 0))
for call in [lambda: max([]), lambda: min(()), lambda: max(1), lambda: min(1, "a")]:
    try:
        call()
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
