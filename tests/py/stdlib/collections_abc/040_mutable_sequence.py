# A MutableSequence subclass gets append, extend, pop, remove, reverse, clear, +=.
from collections.abc import MutableSequence, Sequence


class MyList(MutableSequence):
    def __init__(self, items=()):
        self.data = list(items)

    def __len__(self):
        return len(self.data)

    def __getitem__(self, i):
        return self.data[i]

    def __setitem__(self, i, v):
        self.data[i] = v

    def __delitem__(self, i):
        del self.data[i]

    def insert(self, i, v):
        self.data.insert(i, v)

    def __repr__(self):
        return f"MyList({self.data})"


m = MyList([3, 1])
m.append(4)
m.extend([1, 5])
print(m, isinstance(m, Sequence))
print(m.pop(), m.pop(0), m)
m.remove(1)
print(m)
m.reverse()
print(m)
m += (9, 2)
print(m)
m.extend(m)
print(m, m.count(9), m.index(2))
m.clear()
print(m, len(m))
try:
    m.pop()
except IndexError as e:
    print(type(e).__name__, e)
try:
    m.remove(7)
except ValueError as e:
    print(type(e).__name__, repr(e))
r = MyList(range(5))
r.reverse()
print(r)
print(sorted(MutableSequence.__abstractmethods__))
