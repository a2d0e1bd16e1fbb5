r = range(3, 20, 4)
print(r, r.start, r.stop, r.step, len(r), r[0], r[-1], r[2])
print(7 in r, 8 in r, r.index(11), r.count(15), r.count(16))
print(list(reversed(r)), range(5), range(2, 5), range(0, 5, 1), range(5, 0, -1))
print(range(0) == range(2, 2), range(0, 5, 2) == range(0, 6, 2), range(3) == range(3))
print(hash(range(3)) == hash(range(0, 3)), bool(range(0)), bool(range(1)))
try:
    r.index(8)
except ValueError as e:
    print(type(e).__name__, e)
try:
    r[10]
except IndexError as e:
    print(type(e).__name__, e)
