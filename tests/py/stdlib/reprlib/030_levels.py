import reprlib
deep = [[[[[[[[1]]]]]]]]
print(reprlib.repr(deep))
print(reprlib.repr({1: {2: {3: {4: {5: {6: {7: 8}}}}}}}))
r = reprlib.Repr()
for level in range(0, 4):
    r.maxlevel = level
    print(level, r.repr([1, [2, [3, []]], (4,), {5: {}}]), r.repr([]))
r.maxlevel = 1
print(r.repr([(1, 2), {3: 4}, {5}, frozenset([6]), 'str', 7]))
print(r.repr(((),)), r.repr([[]]))
