data = [5, 3, 5, 1, 3, 9, 1]
seen = set()
uniq = []
for x in data:
    if x not in seen:
        seen.add(x)
        uniq.append(x)
print(uniq, sorted(set(data)), len(set(data)))
words = ["b", "a", "b", "c", "a"]
print(sorted(set(words)), list(dict.fromkeys(words)))
print(sorted({x % 4 for x in range(20)}), sorted(set(range(0, 20, 3)) & set(range(0, 20, 2))))
