# object.__reduce_ex__, __reduce__ and __getstate__ as CPython 3.11 gives them.
import copyreg

class A:
    pass

a = A()
print(a.__getstate__())
a.x = 1
a.y = [2]
r = a.__reduce_ex__(2)
print(r[0] is copyreg.__newobj__, r[1:])
print(a.__getstate__() is a.__dict__)
r = a.__reduce__()
print(r[0] is copyreg._reconstructor, r[1:])
r = a.__reduce_ex__(1)
print(r[0] is copyreg._reconstructor, r[1:])
print(a.__reduce_ex__(4)[1:3])

class S:
    __slots__ = ('p', '__q')
    def __init__(self):
        self.p = 1

s = S()
print(s.__getstate__())
print(s.__reduce_ex__(2)[1:])
print(S.__dict__.get('__slotnames__'))
s._S__q = 2
print(s.__getstate__())

class SD(S):
    pass

sd = SD()
sd.z = 3
print(sd.__getstate__())

try:
    s.__reduce_ex__(1)
except TypeError as e:
    print(type(e).__name__, e)

class L(list):
    pass

l = L([1, 2])
r = l.__reduce_ex__(2)
print(r[1], r[2], list(r[3]), r[4])
print(l.__reduce_ex__(1)[1:])

class Dd(dict):
    pass

d = Dd(k=1)
d.attr = 'v'
r = d.__reduce_ex__(2)
print(r[1], r[2], r[3], list(r[4]))

print(object().__reduce_ex__(2)[1:])
print(object().__reduce_ex__(0)[1:])
print((5).__getnewargs__(), 'ab'.__getnewargs__(), (1, 2).__getnewargs__(), (1.5).__getnewargs__())

class I(int):
    pass

r = I(7).__reduce_ex__(2)
print(r[1], type(r[1][1]).__name__, r[2])

class R:
    def __reduce__(self):
        return (R, ())

print(R().__reduce_ex__(2))

for bad in ["object().__reduce_ex__()", "object().__reduce_ex__('x')",
            "(x for x in ()).__reduce_ex__(2)", "(x for x in ()).__reduce_ex__(1)",
            "__import__('sys').__reduce_ex__(2)"]:
    try:
        eval(bad)
    except TypeError as e:
        print(type(e).__name__, e)
