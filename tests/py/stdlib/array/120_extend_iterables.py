# array() and extend() from lists, tuples and any iterable: items go in one
# by one, so those before a bad one stay appended (fromlist is all or
# nothing); a range is encoded without keeping its ints.
from array import array

a = array('i', [1])
try:
    a.extend(x for x in [2, 'x', 3])
except TypeError as e:
    print('TypeError', e)
print(a)
try:
    a.extend([4, 'y', 5])
except TypeError as e:
    print('TypeError', e)
print(a)
try:
    a.extend((6, 2**40, 7))
except OverflowError as e:
    print('OverflowError', e)
print(a)
try:
    a.fromlist([8, 'z'])
except TypeError as e:
    print('TypeError', e)
print(a)
try:
    array('b', iter([1, 2, 300]))
except OverflowError as e:
    print('OverflowError', e)

b = array('i', range(100000))
print(len(b), b[0], b[-1], sum(b))
d = array('d', (i / 4 for i in range(10)))
print(d)
h = array('H', map(lambda v: v * 3, range(8)))
print(h, h.itemsize)
u = array('u', iter('héllo'))
print(u)
e = array('q', iter([]))
e.extend(range(3))
e.extend({5: 0, 6: 0})
print(e)


def gen():
    yield 1
    raise ValueError('stop')


try:
    a.extend(gen())
except ValueError as ex:
    print('ValueError', ex)
print(a)
