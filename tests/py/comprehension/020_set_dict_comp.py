print(sorted({x % 5 for x in range(20)}), {x for x in [1, 1, 2]})
print({k: v for k, v in zip("abc", range(3))})
print({n: n ** 2 for n in range(5) if n % 2 == 0})
words = ["apple", "bob", "cat", "avocado"]
print({w[0]: w for w in words})
print({len(w) for w in words} == {3, 5, 7}, {v: k for k, v in {"x": 1, "y": 2}.items()})
