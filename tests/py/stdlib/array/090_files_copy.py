from array import array
import copy, os, tempfile
a = array('i', [1, 2, 3])
with tempfile.TemporaryDirectory() as d:
    p = os.path.join(d, 'data')
    with open(p, 'wb') as f:
        a.tofile(f)
        array('h', [5]).tofile(f)
    print(os.path.getsize(p))
    b = array('i')
    with open(p, 'rb') as f:
        b.fromfile(f, 3)
        print(b)
        try:
            b.fromfile(f, 2)
        except ValueError as e:
            print('ValueError', e)
    with open(p, 'wb') as f:
        a.tofile(f)
    with open(p, 'rb') as f:
        try:
            b.fromfile(f, 4)
        except EOFError as e:
            print('EOFError', e)
    print(b)
    with open(p, 'rb') as f:
        try:
            b.fromfile(f, -1)
        except ValueError as e:
            print('ValueError', e)
c = copy.copy(a); d2 = copy.deepcopy(a)
c.append(4)
print(a, c, d2, c is a)
print(a.__reduce_ex__(2))
r = a.__reduce_ex__(3)
print(r[0].__name__, r[1][1:], r[2])
print(r[0](*r[1]))
class MyArray(array):
    pass
m = MyArray('d', [1.0])
print(m, type(m[:]).__name__, type(copy.copy(m)).__name__)
