# A Mapping subclass gets get, __contains__, keys/items/values views and ==.
from collections.abc import Mapping, KeysView, ItemsView, ValuesView, Set, MappingView


class Frozen(Mapping):
    def __init__(self, **kw):
        self._d = dict(kw)

    def __getitem__(self, k):
        return self._d[k]

    def __iter__(self):
        return iter(self._d)

    def __len__(self):
        return len(self._d)

    def __repr__(self):
        return f"Frozen({self._d})"


f = Frozen(a=1, b=2)
print(f["a"], f.get("b"), f.get("z"), f.get("z", 0), "a" in f, "z" in f, len(f))
k, i, v = f.keys(), f.items(), f.values()
print(type(k).__name__, type(i).__name__, type(v).__name__)
print(k, i, v)
print(list(k), list(i), list(v), len(k))
print("a" in k, ("a", 1) in i, ("a", 2) in i, ("q", 1) in i, 2 in v, 5 in v)
print(isinstance(k, Set), isinstance(v, Set), isinstance(k, MappingView))
print(sorted(k & {"a", "c"}), sorted(k | {"c"}), sorted(k - {"a"}), sorted(k ^ {"a", "c"}))
print(sorted(i & {("a", 1)}), k == {"a", "b"}, k <= {"a", "b", "c"}, k < {"a"})
print(f == {"a": 1, "b": 2}, f == Frozen(a=1, b=2), f == {"a": 1}, f != {"a": 1}, f == [1])
try:
    hash(f)
except TypeError as e:
    print(type(e).__name__, e)
try:
    reversed(f)
except TypeError as e:
    print(type(e).__name__, e)
try:
    f["zz"]
except KeyError as e:
    print(type(e).__name__, e)
print(sorted(Mapping.__abstractmethods__))
print(KeysView({1: 2}), ItemsView({1: 2}), ValuesView({1: 2}))
print(isinstance({}.keys(), KeysView), isinstance({}.items(), ItemsView), isinstance({}.values(), ValuesView))
