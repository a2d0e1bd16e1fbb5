"""Custom containers from UserDict, UserList and collections.abc."""
from collections import UserDict, UserList
from collections.abc import MutableSequence, Mapping


class LowerDict(UserDict):
    def __setitem__(self, key, value):
        super().__setitem__(key.lower(), value)

    def __getitem__(self, key):
        return super().__getitem__(key.lower())


d = LowerDict(Apple=1, BANANA=2)
d["Cherry"] = 3
print(d, d["APPLE"], "banana" in d, isinstance(d, Mapping))


class SortedList(UserList):
    def append(self, item):
        super().append(item)
        self.data.sort()


s = SortedList([5, 1, 4])
s.append(3)
print(s, s[0], len(s), isinstance(s, MutableSequence))


class Ring(MutableSequence):
    def __init__(self, items):
        self._items = list(items)

    def __getitem__(self, i):
        if i >= len(self._items):
            raise IndexError("ring index out of range")
        return self._items[i % len(self._items)]

    def at(self, i):
        return self._items[i % len(self._items)]

    def __setitem__(self, i, v):
        self._items[i % len(self._items)] = v

    def __delitem__(self, i):
        del self._items[i % len(self._items)]

    def __len__(self):
        return len(self._items)

    def insert(self, i, v):
        self._items.insert(i, v)


r = Ring("abc")
print(r.at(4), r[-1], list(r), r.index("c"), "b" in r, r.count("a"))
r.append("d")
r.extend("ef")
r.reverse()
print(list(r), r.pop(), list(reversed(r)))
