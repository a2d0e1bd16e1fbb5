print(len(""), len("abc"), len("日本"), len([]), len([1, [2, 3]]), len(()), len((1,)))
print(len({}), len({"a": 1}), len(set()), len({1, 2}), len(range(10)), len(range(0, 10, 3)))
print(len(b"ab"), len(frozenset([1])), len({"a": 1}.keys()), len(range(5, 0, -1)))
try:
    len(5)
except TypeError as e:
    print(type(e).__name__, e)
try:
    len(None)
except TypeError as e:
    print(type(e).__name__, e)
