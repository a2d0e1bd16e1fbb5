# operator: argument errors and operand errors, as CPython words them
import operator as op

cases = [
    lambda: op.add(1), lambda: op.add(1, 2, 3), lambda: op.add(a=1, b=2), lambda: op.lt(1),
    lambda: op.neg(), lambda: op.neg(1, 2), lambda: op.not_(1, 2), lambda: op.index(),
    lambda: op.truth(x=1), lambda: op.is_(1), lambda: op.setitem([1], 0), lambda: op.countOf(),
    lambda: op.contains([1]), lambda: op.iadd(1), lambda: op.index(x=1),
    lambda: op.add(1, "a"), lambda: op.add("a", 1), lambda: op.add([1], (2,)), lambda: op.add((1,), [2]),
    lambda: op.sub("a", "b"), lambda: op.mul("a", "b"), lambda: op.pow("a", 2), lambda: op.ipow("a", 2),
    lambda: op.iadd("a", 2), lambda: op.isub([1], [1]), lambda: op.imul({}, 2), lambda: op.neg("a"),
    lambda: op.pos("a"), lambda: op.invert(1.5), lambda: op.inv("a"), lambda: op.abs("a"),
    lambda: op.matmul(1, 2), lambda: op.imatmul(1, 2), lambda: op.truediv(1, 0), lambda: op.floordiv(1, 0),
    lambda: op.mod(1, 0), lambda: op.lshift(1, -1), lambda: op.rshift(1.0, 1), lambda: op.and_(1.0, 1),
    lambda: op.or_("a", 1), lambda: op.xor(None, None), lambda: op.ixor([], 1), lambda: op.lt(1, "a"),
]
for c in cases:
    try:
        print(c())
    except (TypeError, ZeroDivisionError, ValueError) as e:
        print(type(e).__name__, e)
print(op.__all__)
print(sorted(n for n in dir(op) if n.startswith("__") and n.endswith("__") and n not in
             ("__all__", "__builtins__", "__cached__", "__doc__", "__file__", "__loader__",
              "__name__", "__package__", "__spec__")))
import _operator
print(_operator.add is op.add, _operator.itemgetter is op.itemgetter)
