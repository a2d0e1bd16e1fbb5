# FOR_ITER's fast steps over range, list and tuple iterators, with the list
# changed inside the loop, and the other iterables after many lists.

def walk(seq):
    out = []
    for x in seq:
        out.append(x)
    return out

for _ in range(10):
    walk([1, 2, 3]); walk(range(3)); walk((1, 2))

l = [1, 2, 3]
for x in l:
    if len(l) < 8:
        l.append(x * 10)
print(l)

l = [1, 2, 3, 4, 5, 6]
seen = []
for x in l:
    seen.append(x)
    if x % 2 == 0:
        l.remove(x)
print(seen, l)

l, seen = [1, 2, 3], []
for x in l:
    seen.append(x)
    l.clear()
print(seen, l)
l, seen = [1, 2, 3], []
for x in l:
    seen.append(x)
    l[:] = [7, 8, 9, 10]
    if len(seen) > 6:
        break
print(seen)

l = [0, 1, 2]
for i in l:
    l[-1] = i + 100          # the next step reads the new last item
print(l)

for x in (it := iter([1, 2, 3])):
    print(x, list(it))
print(walk(range(2 ** 63 - 2, 2 ** 63 + 1)))
print(walk(range(5, -6, -4)), walk(range(0)), walk("ab"), walk({3: 0, 1: 0}))
print(walk(reversed([1, 2, 3])), walk(x * x for x in range(4)))

class Seq:
    def __getitem__(self, i):
        if i >= 3:
            raise IndexError(i)
        return i * 100
print(walk(Seq()))
r = range(3)
for x in r:
    r = range(100)        # rebinding the name does not change the loop
print(x, r)
