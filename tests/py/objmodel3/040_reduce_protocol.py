# __getnewargs__ / __getnewargs_ex__ feed object.__reduce_ex__, with
# CPython's checks; the built-in __reduce__ methods of sets, exceptions and
# bound methods.
import copyreg

class G:
    def __init__(self, a):
        self.a = a
    def __getnewargs__(self):
        return (self.a,)

r = G(5).__reduce_ex__(2)
print(r[0] is copyreg.__newobj__, r[1][1:], r[2])

class GE:
    def __getnewargs_ex__(self):
        return ((1,), {'k': 2})

r = GE().__reduce_ex__(2)
print(r[0] is copyreg.__newobj_ex__, r[1][1:], r[2])

class GE0:
    def __getnewargs_ex__(self):
        return ((1,), {})

r = GE0().__reduce_ex__(2)
print(r[0] is copyreg.__newobj__, r[1][1:])

def bad(ret, name='__getnewargs__'):
    cls = type('B', (), {name: lambda self: ret})
    try:
        cls().__reduce_ex__(2)
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)

bad(5)
bad(5, '__getnewargs_ex__')
bad((1,), '__getnewargs_ex__')
bad(([], {}), '__getnewargs_ex__')
bad(((), []), '__getnewargs_ex__')

class SN:
    __slotnames__ = 5

try:
    SN().__reduce_ex__(2)
except TypeError as e:
    print(type(e).__name__, e)

print({1, 2}.__reduce__())
print(frozenset([3]).__reduce__())

class MySet(set):
    pass

ms = MySet([4])
ms.tag = 't'
print(ms.__reduce__()[1:])
print(ValueError(1, 'a').__reduce__())
e = KeyError('k')
e.note = 1
print(e.__reduce__())

class H:
    def m(self):
        pass

h = H()
r = h.m.__reduce__()
print(r[0] is getattr, r[1][0] is h, r[1][1])

# The attributes CPython keeps in C members are not part of the state.
print(StopIteration(5).__reduce__(), SystemExit(2).__reduce__())
try:
    undefined_name
except NameError as e:
    print(e.__reduce__())
try:
    (1).zz
except AttributeError as e:
    print(e.__reduce__())
s = StopIteration(1)
s.other = 2
print(s.__reduce__())
