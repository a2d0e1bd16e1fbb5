print(list(), list("ab"), list((1, 2)), list({"a": 1}), list(range(3)), list(x for x in "xy"))
print(tuple(), tuple([1]), tuple("ab"), dict(), dict(a=1), dict([(1, 2)]), dict({"k": "v"}, z=0))
print(sorted(set("aab")), set(), sorted(frozenset([3, 1])), frozenset(), set([1, 2]) == {1, 2})
print(str(1), str([1]), str(b"b"), list(b"ab"), tuple({1: 2}.items()))
l1 = [1, 2]
l2 = list(l1)
print(l2 == l1, l2 is l1, tuple(l1) == (1, 2))
try:
    list(5)
except TypeError as e:
    print(type(e).__name__, e)
try:
    dict([1])
except TypeError as e:
    print(type(e).__name__, e)
