# operator.index, operator.length_hint, operator.call
import operator as op

class Idx:
    def __index__(self):
        return 7
class BadIdx:
    def __index__(self):
        return "seven"
print(op.index(5), op.index(True), op.index(Idx()), op.index(-2**70), op.__index__(3))
for v in [3.5, "a", BadIdx(), None]:
    try:
        op.index(v)
    except TypeError as e:
        print("TypeError", e)

class Hint:
    def __init__(self, v):
        self.v = v
    def __length_hint__(self):
        if isinstance(self.v, Exception):
            raise self.v
        return self.v
class HasLen(Hint):
    def __len__(self):
        return 3
print(op.length_hint([1, 2]), op.length_hint(iter([1, 2, 3])), op.length_hint(iter(range(10))))
print(op.length_hint(x for x in "ab"), op.length_hint(1), op.length_hint(1, 5), op.length_hint(1, -1))
print(op.length_hint(Hint(4)), op.length_hint(Hint(NotImplemented), 8), op.length_hint(HasLen(99)))
print(op.length_hint(Hint(TypeError("no")), 6), op.length_hint(Hint(True)))
for args in [(Hint(-1),), (Hint("x"),), (Hint(2.5),), (Hint(ValueError("bad")),), (Hint(2**70),),
             (1, "a"), (1, 2**70), (), (1, 2, 3)]:
    try:
        print(op.length_hint(*args))
    except (TypeError, ValueError, OverflowError) as e:
        print(type(e).__name__, e)
try:
    op.length_hint([1], default=2)
except TypeError as e:
    print("TypeError", e)

def f(*args, **kwargs):
    return args, sorted(kwargs.items())
print(op.call(f), op.call(f, 1, 2, x=3), op.call(max, [1, 5, 2]), op.__call__(len, "abc"))
print(op.call(f, obj=1))
for args in [(), (1,)]:
    try:
        op.call(*args)
    except TypeError as e:
        print("TypeError", e)
