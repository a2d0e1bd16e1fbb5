# Hashes of tuples and frozensets are computed from their items' hashes, so
# for items with deterministic hashes they are deterministic too.
for t in [(), (1,), (1, 2), (2, 1), (1, 2, 3), (-1,), (-2,), (0.5, 1.5), (1, (2, 3.5)),
          ((), ()), (True, False, None is None), (2**64, -2**64), tuple(range(20)),
          ((1, 2), (3, (4, (5,)))), (1e300, -0.0)]:
    print(t, hash(t))

for s in [frozenset(), frozenset({1}), frozenset({1, 2, 3}), frozenset({3, 2, 1}),
          frozenset(range(10)), frozenset({-1, -2}), frozenset({0.5, 2**70}),
          frozenset({(1, 2), (3, 4)}), frozenset({frozenset({1})})]:
    print(sorted(s, key=repr), hash(s))

# Equal containers hash equal, whatever the types of their equal items.
print(hash((1, 2.0)) == hash((1.0, 2)), hash(frozenset({1, 2})) == hash(frozenset({2.0, True + 0.0})))
print(hash(frozenset([1, 2])) == hash(frozenset([2, 1, 2])))

# Unhashable types.
for x in [[], {}, set(), ([],), (1, {2: 3})]:
    try:
        hash(x)
        print("hashable", x)
    except TypeError as e:
        print(type(e).__name__, e)
