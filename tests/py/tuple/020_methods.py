t = (1, 2, 3, 2, 1)
print(t.count(2), t.count(7), t.index(3), t.index(1, 1))
try:
    t.index(9)
except ValueError as e:
    print(type(e).__name__, e)
print(sorted(t), list(reversed(t)), min(t), max(t), sum(t), 2 in t)
