# operator: arithmetic and bitwise functions, in-place forms, dunder aliases
import operator as op

print(op.add(1, 2), op.sub(5, 7), op.mul(3, 4), op.truediv(7, 2), op.floordiv(7, 2))
print(op.mod(7, 3), op.mod(-7, 3), op.pow(2, 10), op.pow(2, -1), op.neg(5), op.pos(-5))
print(op.and_(12, 10), op.or_(12, 10), op.xor(12, 10), op.lshift(1, 70), op.rshift(1024, 3))
print(op.invert(5), op.inv(0), op.abs(-3.5), op.abs(-2**70))
print(op.add("ab", "cd"), op.mul([0], 3), op.mod("%s-%s", (1, 2)), op.add(1, 2.5))
print(op.and_({1, 2}, {2, 3}), op.or_({1}, {2}), op.xor({1, 2}, {2}), op.sub({1, 2}, {2}))

# in-place forms mutate mutable objects and return the result
a = [1]
b = op.iadd(a, [2])
print(a, b is a)
s = {1}
print(op.ior(s, {5}) is s, s)
print(op.iadd(1, 2), op.isub(5, 1), op.imul("ab", 2), op.itruediv(1, 4), op.ifloordiv(9, 4))
print(op.imod(9, 4), op.ipow(3, 3), op.ilshift(1, 3), op.irshift(8, 1), op.iand(6, 3), op.ixor(6, 3))
t = (1,)
print(op.iadd(t, (2,)), t)

class Vec:
    def __init__(self, *v):
        self.v = v
    def __repr__(self):
        return "Vec%r" % (self.v,)
    def __add__(self, o):
        return Vec(*[a + b for a, b in zip(self.v, o.v)])
    def __matmul__(self, o):
        return sum(a * b for a, b in zip(self.v, o.v))
    def __imatmul__(self, o):
        return "imatmul"
    def __neg__(self):
        return Vec(*[-a for a in self.v])
    def __abs__(self):
        return "abs!"
    def __rsub__(self, o):
        return "rsub with %r" % (o,)

print(op.add(Vec(1, 2), Vec(3, 4)), op.matmul(Vec(1, 2), Vec(3, 4)), op.imatmul(Vec(1), Vec(2)))
print(op.neg(Vec(1, -2)), op.abs(Vec()), op.sub(5, Vec()), op.isub(5, Vec()))

names = ["abs", "add", "and_", "floordiv", "iadd", "iand", "ifloordiv", "ilshift", "imatmul",
         "imod", "imul", "index", "inv", "invert", "ior", "ipow", "irshift", "isub", "itruediv",
         "ixor", "lshift", "matmul", "mod", "mul", "neg", "not_", "or_", "pos", "pow", "rshift",
         "sub", "truediv", "xor"]
print(all(getattr(op, "__%s__" % n.rstrip("_")) is getattr(op, n) for n in names))
print(op.add.__name__, op.__add__.__name__, op.and_.__name__, op.__not__.__name__)
