print(hash(0), hash(42), hash(-7), hash(True), hash(False))
print(hash(1.0) == hash(1), hash(2.5), hash(-0.0), hash(1e300))
print(hash((1, 2)), hash(()), hash((None,)) == hash((None,)), hash(None) == hash(None))
print(hash(frozenset([1, 2])) == hash(frozenset([2, 1])), hash("s") == hash("s"))
for unhashable in [[], {}, set(), [1, 2]]:
    try:
        hash(unhashable)
    except TypeError as e:
        print(type(e).__name__, e)
class H:
    def __hash__(self):
        return 12345
print(hash(H()))
class BigH:
    def __hash__(self):
        return 2 ** 70
print(hash(BigH()) == hash(2 ** 70))
