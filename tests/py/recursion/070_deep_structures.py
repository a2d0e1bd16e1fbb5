nested = []
cur = nested
for _ in range(100000):
    nxt = []
    cur.append(nxt)
    cur = nxt
try:
    repr(nested)
    print("repr ok")
except RecursionError as e:
    print(type(e).__name__)
a = []
b = a
for _ in range(100000):
    b = [b]
try:
    print(b == b)
    c = a
    for _ in range(100000):
        c = [c]
    print(b == c)
except RecursionError as e:
    print(type(e).__name__)
print("survived")
