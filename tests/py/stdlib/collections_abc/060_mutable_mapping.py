# A MutableMapping subclass gets pop, popitem, setdefault, update, clear.
from collections.abc import MutableMapping, Mapping


class Store(MutableMapping):
    def __init__(self):
        self._d = {}

    def __getitem__(self, k):
        return self._d[k]

    def __setitem__(self, k, v):
        self._d[k] = v

    def __delitem__(self, k):
        del self._d[k]

    def __iter__(self):
        return iter(self._d)

    def __len__(self):
        return len(self._d)


s = Store()
s.update({"a": 1}, b=2)
s.update([("c", 3)])


class KeysOnly:
    def keys(self):
        return ["k"]

    def __getitem__(self, key):
        return key * 2


s.update(KeysOnly())
s.update(s)
print(dict(s.items()))
print(s.setdefault("a", 9), s.setdefault("z", 0), s.setdefault("n"), s["n"])
print(s.pop("a"), s.pop("missing", "dflt"), "a" in s)
try:
    s.pop("missing")
except KeyError as e:
    print(type(e).__name__, e)
print(s.popitem(), len(s))
s.update(self=1, other=2)
print(sorted(s), isinstance(s, Mapping))
s.clear()
print(len(s), list(s))
try:
    s.popitem()
except KeyError as e:
    print(type(e).__name__, repr(e))
try:
    s.update([1])
except TypeError as e:
    print(type(e).__name__)
print(sorted(MutableMapping.__abstractmethods__))
