# operator: concat, contains, countOf, indexOf, getitem/setitem/delitem
import operator as op

print(op.concat([1], [2]), op.concat("ab", "c"), op.concat((1,), (2,)), op.concat(b"a", b"b"))
a = [1]
print(op.iconcat(a, (2, 3)) is a, a)
print(op.iconcat("x", "y"), op.iconcat((1,), (2,)))
for args in [(1, 2), ({}, {}), ([1], (2,)), ("a", 1), ([1], 3), ((), [])]:
    try:
        op.concat(*args)
    except TypeError as e:
        print("TypeError", e)
for args in [(1, 2), ([1], 3), ({}, {})]:
    try:
        op.iconcat(*args)
    except TypeError as e:
        print("TypeError", e)

class Seq:
    def __getitem__(self, i):
        raise IndexError
    def __add__(self, other):
        return "Seq.__add__"
class NotSeq:
    def __add__(self, other):
        return "never"
print(op.concat(Seq(), Seq()), op.concat(Seq(), []), op.iconcat(Seq(), "x"))
try:
    op.concat(NotSeq(), [])
except TypeError as e:
    print("TypeError", e)

print(op.contains([1, 2], 2), op.contains("abc", "bc"), op.contains({1: 2}, 2), op.__contains__(range(3), 2))
print(op.countOf([1, 2, 1, 1], 1), op.countOf("banana", "a"), op.countOf(iter([]), 1))
print(op.indexOf([5, 6, 7], 7), op.indexOf("abc", "b"), op.indexOf(iter(range(9)), 4))
nan = float("nan")
print(op.countOf([nan, nan], nan), op.indexOf([nan], nan))
for f, args in [(op.contains, (1, 2)), (op.countOf, (1, 1)), (op.indexOf, (1, 3)), (op.indexOf, ([1, 2], 3))]:
    try:
        f(*args)
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)

d = {"a": 1}
l = [1, 2, 3]
print(op.getitem(d, "a"), op.getitem(l, -1), op.getitem(l, slice(1, None)), op.getitem("abc", 1))
print(op.setitem(d, "b", 2), d, op.setitem(l, 0, 9), l)
print(op.delitem(d, "a"), d, op.delitem(l, slice(0, 2)), l)
for f, args in [(op.getitem, ([1], 3)), (op.getitem, (1, 3)), (op.getitem, ({}, "k")),
                (op.setitem, (1, 3, 4)), (op.setitem, ((), 0, 1)), (op.delitem, (1, 3)),
                (op.delitem, ("ab", 0)), (op.delitem, ({}, 1))]:
    try:
        f(*args)
    except (TypeError, IndexError, KeyError) as e:
        print(type(e).__name__, e)
class Plain:
    pass
for obj, key in [(Plain(), 0), (Plain(), "k"), ((1,), "k"), ({1}, 0), (range(3), 0), (None, 0), (b"ab", 0)]:
    try:
        op.delitem(obj, key)
    except TypeError as e:
        print("TypeError", e)
