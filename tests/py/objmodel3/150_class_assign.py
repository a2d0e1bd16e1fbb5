# obj.__class__ = cls for instances of compatible heap types.
class A:
    def who(self):
        return 'A'

class B:
    def who(self):
        return 'B'

a = A()
a.x = 1
a.__class__ = B
print(type(a).__name__, a.who(), a.x, isinstance(a, B), isinstance(a, A))
a.__class__ = A
print(a.who())

class SA:
    __slots__ = ('x',)

class SB:
    __slots__ = ('x',)

class SC:
    __slots__ = ('y',)

s = SA()
s.x = 5
s.__class__ = SB
print(type(s).__name__, s.x)

def attempt(obj, cls):
    try:
        obj.__class__ = cls
        print('ok', type(obj).__name__)
    except TypeError as e:
        print(type(e).__name__, e)

attempt(s, SC)
attempt(s, A)
attempt(a, SA)
attempt(a, int)
attempt(1, A)
attempt(a, 5)
attempt([], A)

class L1(list):
    pass

class L2(list):
    pass

l = L1([1])
attempt(l, L2)
attempt(type('I1', (int,), {})(1), type('I2', (int,), {}))
attempt(type('T1', (tuple,), {})(), type('T2', (tuple,), {}))
attempt(type('F1', (float,), {})(), type('F2', (float,), {}))
attempt(l, A)
print(l, type(l).__name__)

try:
    del a.__class__
except TypeError as e:
    print(type(e).__name__, e)

# A subclass with the same layout.
class A2(A):
    def who(self):
        return 'A2'

a.__class__ = A2
print(a.who(), a.x, type(a).__mro__[1].__name__)

# The old class may go away once nothing else holds it.
def tmp():
    class T:
        pass
    t = T()
    t.__class__ = A
    return t

t = tmp()
print(type(t).__name__, t.who())

class WithDel:
    def __del__(self):
        print('WithDel.__del__')

w = A()
w.__class__ = WithDel
del w
print('end')
