# operator: comparisons, truth, identity
import operator as op

for f in (op.lt, op.le, op.eq, op.ne, op.ge, op.gt):
    print(f.__name__, f(1, 2), f(2, 2), f("b", "a"), f([1, 2], [1, 3]))
print(op.__lt__ is op.lt, op.__eq__ is op.eq, op.__ge__ is op.ge)

class Weird:
    def __eq__(self, other):
        return "eq result"
    def __lt__(self, other):
        return NotImplemented
    def __gt__(self, other):
        return ["reflected gt"]
print(op.eq(Weird(), 1), op.lt(Weird(), Weird()), op.ne(Weird(), 1))
print(op.lt(1, Weird()))

print(op.not_([]), op.not_([0]), op.truth(""), op.truth("x"), op.truth(0.0))
print(op.is_(None, None), op.is_([], []), op.is_not(1, None), op.is_not(None, None))

class Truthy:
    def __init__(self, v):
        self.v = v
    def __bool__(self):
        return self.v
    def __len__(self):
        return 0
print(op.truth(Truthy(True)), op.not_(Truthy(False)))

class BadBool:
    def __bool__(self):
        return 1
try:
    op.truth(BadBool())
except TypeError as e:
    print("TypeError", e)

for f, args in [(op.lt, (1, "a")), (op.ge, ([], 1)), (op.gt, (None, None))]:
    try:
        f(*args)
    except TypeError as e:
        print("TypeError", e)
print(sorted([3, 1, 2], key=op.neg))
