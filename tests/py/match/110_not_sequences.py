import array, collections

def f(x):
    match x:
        case [*items]:
            return ("sequence", len(items))
        case _:
            return "not a sequence"

for v in ["abc", b"abc", bytearray(b"abc"), {1: 2}, {1, 2}, frozenset(), iter([1]), 5, None]:
    print(type(v).__name__, f(v))
for v in [[1, 2], (1,), range(3), memoryview(b"ab"), array.array("i", [1, 2]), collections.deque([1])]:
    print(type(v).__name__, f(v))
