# Set and MutableSet mixins: operators, comparisons, isdisjoint, _hash.
from collections.abc import Set, MutableSet, Hashable


class ListSet(Set):
    def __init__(self, items=()):
        self.items = []
        for x in items:
            if x not in self.items:
                self.items.append(x)

    def __contains__(self, x):
        return x in self.items

    def __iter__(self):
        return iter(self.items)

    def __len__(self):
        return len(self.items)

    def __repr__(self):
        return f"ListSet({sorted(self.items)})"


a, b = ListSet([1, 2, 3]), ListSet([3, 4])
print(a & b, a | b, a - b, a ^ b, b - a)
print(a & [2, 9], [2, 9] & a, a | [7], a - [1], [1, 5] - a, a ^ [3, 8])
print(type(a | b).__name__, a == ListSet([3, 2, 1]), a != b, a == {1, 2, 3})
print(a <= ListSet([1, 2, 3, 4]), a < a, a <= a, a > ListSet([1]), a >= ListSet([5]))
print(a.isdisjoint([7, 8]), a.isdisjoint(b))
print(a.__and__(5), a.__le__([1]))
try:
    a < [1]
except TypeError as e:
    print(type(e).__name__, e)
print(a._hash() == hash(frozenset([1, 2, 3])), ListSet()._hash() == hash(frozenset()))
print(isinstance(a, Hashable))


class HSet(ListSet):
    __hash__ = Set._hash


print(hash(HSet([5, 6])) == hash(frozenset({5, 6})))


class MSet(ListSet, MutableSet):
    def add(self, x):
        if x not in self.items:
            self.items.append(x)

    def discard(self, x):
        if x in self.items:
            self.items.remove(x)


m = MSet([1, 2])
m.add(3)
m.discard(9)
m.remove(1)
print(m)
try:
    m.remove(9)
except KeyError as e:
    print(type(e).__name__, e)
m |= [4, 5]
print(m)
m &= {2, 4, 5, 6}
print(m)
m ^= [5, 7]
print(m)
m -= [2]
print(m)
m ^= m
print(m, m.pop() if m else "empty")
m |= [1]
print(m.pop(), len(m))
try:
    m.pop()
except KeyError as e:
    print(type(e).__name__, repr(e))
m |= [1, 2, 3]
m.clear()
print(m, sorted(MutableSet.__abstractmethods__), sorted(Set.__abstractmethods__))
