m = [[1, 2, 3], [4, 5, 6]]
print([[row[i] for row in m] for i in range(3)])
print([v for row in m for v in row if v % 2])
print([(a, b, c) for a in range(1, 12) for b in range(a, 12) for c in range(b, 12) if a * a + b * b == c * c])
print({(i, j): i * j for i in range(2) for j in range(2)})
print([[c for c in w] for w in ["ab", "c"]])
