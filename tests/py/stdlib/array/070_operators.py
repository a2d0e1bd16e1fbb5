from array import array
a = array('i', [1, 2])
print(a + array('i', [3]), a * 2, 2 * a, a * -1, a * 0)
b = a; b += array('i', [9]); print(a, b is a)
b *= 2; print(a)
print(array('i', [1, 2]) == array('d', [1, 2]), array('i', [1, 2]) != array('i', [1, 2]))
print(array('i', [1, 2]) < array('i', [1, 3]), array('i', [1, 2]) <= array('i', [1]))
print(array('i', [1, 2]) > array('i', [1]), array('b', [3]) >= array('h', [3]))
print(array('i', [1, 2]) == [1, 2])
print(array('d', [float('nan')]) == array('d', [float('nan')]))
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)
t(lambda: array('i', [1, 2]) + array('d'))
t(lambda: array('i', [1, 2]) + [1])
t(lambda: array('i', [1, 2]) < [1, 3])
t(lambda: array('i') * 'x')
def iadd():
    x = array('i'); x += [1]
t(iadd)
