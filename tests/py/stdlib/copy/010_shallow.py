# copy.copy: new containers with the same items; atomic values returned as is.
import copy

lst = [1, [2, 3], {"k": "v"}]
c = copy.copy(lst)
print(c == lst, c is lst, c[1] is lst[1], c[2] is lst[2])
d = {"a": [1], "b": 2}
cd = copy.copy(d)
print(cd == d, cd is d, cd["a"] is d["a"])
s = {1, 2, 3}
cs = copy.copy(s)
print(cs == s, cs is s)
for atom in (1, 2.5, "s", b"b", (1, 2), frozenset({1}), None, True, range(3), len, int,
             Ellipsis, NotImplemented, slice(1, 2), property()):
    print(type(atom).__name__, copy.copy(atom) is atom)


def f():
    pass


print(copy.copy(f) is f, copy.copy(f.__code__) is f.__code__)
t = (1, [2])
print(copy.copy(t) is t)
print(copy.__all__, copy.Error is copy.error, issubclass(copy.Error, Exception))
