# BINARY_SUBSCR and STORE_SUBSCR on lists, tuples and dicts, after many
# small non-negative int indexes: bools, negative and huge indexes, int
# subclasses, slices and keys that compare equal.

def get(s, i):
    return s[i]

def put(s, i, v):
    s[i] = v

l = [10, 20, 30]
t = (1, 2, 3)
d = {1: "one", 2: "two"}
for i in range(30):
    get(l, i % 3); get(t, i % 3); get(d, 1); put(l, i % 3, l[i % 3])

print(get(l, True), get(l, False), get(t, True), get(d, True), get(d, 1.0))
print(get(l, -1), get(l, -3), get(t, -2))
for s, i in [(l, -4), (l, 3), (t, 3), (t, -4), (l, 2 ** 63), (l, -2 ** 63), (t, 10 ** 30)]:
    try:
        get(s, i)
    except IndexError as e:
        print(type(e).__name__, e)
for i in [1.0, "1", None]:
    try:
        get(l, i)
    except TypeError as e:
        print(type(e).__name__, e)
try:
    get(d, 3)
except KeyError as e:
    print(type(e).__name__, e)

class Idx(int):
    pass
class Index:
    def __index__(self):
        return -1

print(get(l, Idx(2)), get(t, Index()), get(l, slice(1, None)), get(t, slice(None, None, -1)))
put(l, True, "true")
put(l, -1, "last")
print(l)
try:
    put(l, 3, 0)
except IndexError as e:
    print(type(e).__name__, e)
try:
    put(t, 0, 0)
except TypeError as e:
    print(type(e).__name__, e)
put(d, True, "true key")
put(d, 2.0, "float key")
print(d)

class L(list):
    def __getitem__(self, i):
        return "L[%r]" % (i,)
print(get(L([1, 2]), 0), get(L([1, 2]), -1))
print(get(l, 0), get(t, 0), get(d, 1))
