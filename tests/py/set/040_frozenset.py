f = frozenset([3, 1, 2])
print(f, len(f), 2 in f, type(f).__name__, frozenset())
print(sorted(f | {9}), type(f | {9}).__name__, type({9} | f).__name__, type(f & f).__name__)
d = {f: "frozen key", frozenset(): "empty"}
print(d[frozenset([1, 2, 3])], d[frozenset()])
print(f == {1, 2, 3}, hash(f) == hash(frozenset([1, 2, 3])), {f, frozenset([3, 2, 1])} == {f})
try:
    f.add(4)
except AttributeError as e:
    print(type(e).__name__, e)
s = {frozenset([1]), frozenset([1])}
print(len(s))
