s = {3, 1, 2, 3, 1}
print(s, len(s), 2 in s, 5 in s, type(s).__name__)
print(set(), set([1, 1, 2]), set(range(5)), set("aab") == {"a", "b"}, bool(set()))
s.add(4)
s.add(1)
print(sorted(s))
print(sorted({"banana", "apple", "cherry"}), sorted(set("mississippi")))
