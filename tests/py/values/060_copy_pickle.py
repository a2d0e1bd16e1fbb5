# copy, deepcopy and pickle of instances with inline values.
import copy
import pickle


class P:
    def __init__(self, x, y):
        self.x = x
        self.y = y

    def __repr__(self):
        return f"P({vars(self)})"


p = P(1, [2, 3])
p.extra = "e"
q = copy.copy(p)
print(q, q.y is p.y)
r = copy.deepcopy(p)
print(r, r.y is p.y, r.y == p.y)
s = pickle.loads(pickle.dumps(p))
print(s, type(s).__name__)
print(p.__reduce_ex__(2)[2])
print(p.__getstate__())
empty = P.__new__(P)
print(empty.__getstate__(), copy.copy(empty).__dict__)
t = pickle.loads(pickle.dumps(empty))
print(vars(t))

# A self-referencing instance.
n = P(None, None)
n.x = n
m = copy.deepcopy(n)
print(m.x is m, m is not n)
u = pickle.loads(pickle.dumps(n))
print(u.x is u)


class WithSlots:
    __slots__ = ("a", "__dict__")

    def __init__(self):
        self.a = 1
        self.b = 2


w = WithSlots()
w.c = 3
print(vars(w), w.a)
w2 = copy.copy(w)
print(vars(w2), w2.a)
w3 = pickle.loads(pickle.dumps(w))
print(vars(w3), w3.a)
