# Deleting from a set leaves dummy slots; later inserts may reuse them, and
# the table is rebuilt when it grows. All of it is visible in the order.
s = set(range(100))
for i in range(0, 100, 3):
    s.discard(i)
print(s)
s.add(1000)
s.add(3)
s.add(-7)
print(s)
for i in range(50):
    s.discard(i)
print(s, len(s))

print(set(range(50)) ^ {3, 64, 100, 7})
print(set(range(50)) - set(range(0, 50, 2)))
print({i * 3 for i in range(30)} & set(range(0, 90, 5)))
print(set(range(10)) | set(range(-5, 20, 4)))
print(set([64, 128, 256]) | set([1, 2, 3]))

s = set(range(10))
print([s.pop() for _ in range(4)], s)
s = set([5, 37, 69])
s.remove(37)
s.add(101)
print(s)

s = set()
for i in range(40):
    s.add(i * 7 % 41)
    if i % 3 == 0:
        s.discard(i)
print(s)

f = frozenset(range(30, 0, -3))
print(f, set(f) == f, sorted(f)[:3])
print(s.union([1000, 2000]).difference(range(20)))
