# Dicts that a cached instruction relies on, changed by a call made between
# two of its executions, or in the middle of one expression.
import builtins

class A:
    def __init__(self):
        self.x = 1
    def bump(self):
        A.x = "class x"            # the class changes under a running method
        del self.x
        return self.x

a = A()
def twice(o):
    return o.x, o.x
for _ in range(10):
    twice(a)
print(a.bump(), twice(a))

def mutate():
    global g
    g = "changed by the call"
    return 0
def read_g():
    return g, mutate(), g
for _ in range(10):
    g = "first"
    read_g()
g = "first"
print(read_g())

class B:
    pass
class Hook:
    def __eq__(self, other):
        b.__dict__.clear()         # the instance dict emptied during a compare
        return False
b = B()
b.v = 5
def loadv(o):
    return o.v, Hook() in [Hook()], o.v
c = B()
c.v = 1
print([loadv(c) for _ in range(10)][-1])     # b's dict is emptied each time
b.v = 5
try:
    print(loadv(b))
except AttributeError as e:
    print(type(e).__name__, e)

def uses_abs():
    return abs(-3)
for _ in range(10):
    uses_abs()
def change_builtins():
    builtins.abs = lambda x: "patched"
    return uses_abs()
print(change_builtins(), uses_abs())
del builtins.abs
print(uses_abs.__name__ in globals(), "abs" in vars(builtins))
