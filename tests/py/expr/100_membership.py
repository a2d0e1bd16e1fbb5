print(1 in [1, 2], 3 in [1, 2], 3 not in [1, 2])
print("ab" in "cabd", "ba" in "cabd", "" in "abc")
print(2 in (1, 2), 5 in range(0, 10, 5), 3 in range(0, 10, 5))
d = {"k": 1, 2: "v"}
print("k" in d, 1 in d, "v" not in d, 2 in d)
print(3 in {1, 2, 3}, 4 in frozenset([4]))
print(b"bc" in b"abcd", 98 in b"abc")
print(None in [None], [1] in [[1], [2]], (1, 2) in {(1, 2): 0})
print(1.0 in [1], True in [1], 0 in [False])
