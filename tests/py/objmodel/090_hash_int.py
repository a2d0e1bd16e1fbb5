# hash() of an int is its value modulo the Mersenne prime 2**61 - 1, with the
# sign kept, and -1 (which CPython reserves for errors) mapped to -2.
P = 2**61 - 1
for n in [0, 1, -1, -2, 2, 100, -100, 2**31, 2**32, 2**60, P - 1, P, P + 1,
          2**61, 2**62, 2**63 - 1, -2**63, 2**63, 2**64, -2**64, 2**100, -2**100,
          10**30, -10**30, 3**200, -(3**200), 2**1000 + 12345]:
    print(n if abs(n) < 10**20 else "big", hash(n))

# The rule, checked over a range of values.
ok = True
for e in range(0, 200, 7):
    for n in (2**e - 1, 2**e, -(2**e) + 3, 7**e):
        h = n % P if n >= 0 else -((-n) % P)
        if h == -1:
            h = -2
        ok = ok and hash(n) == h
print(ok)

print(hash(True), hash(False), (5).__hash__(), int.__hash__(-1))

class MyInt(int):
    pass

print(hash(MyInt(12345)), hash(MyInt(-1)), hash(MyInt(2**64)))
