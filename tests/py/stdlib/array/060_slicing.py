from array import array
a = array('i', range(10))
print(a[2:5], a[::3], a[::-1], a[5:2], a[-3:])
def s(a, k, v):
    try:
        a[k] = v
        print(a)
    except Exception as e:
        print(type(e).__name__, e)
s(array('i', [1, 2, 3]), slice(0, 2), array('i', [7]))
s(array('i', [1, 2, 3]), slice(1, 1), array('i', [7, 8]))
s(array('i', [1, 2, 3]), slice(0, 2), [7])
s(array('i', [1, 2, 3]), slice(0, 3, 2), array('i', [7]))
s(array('i', [1, 2, 3]), slice(0, 3, 2), array('i', [7, 8]))
s(array('i', [1, 2, 3]), slice(0, 3, 2), array('d', [7, 8]))
s(array('i', [1, 2, 3]), 0, 'a')
s(array('i', [1, 2, 3]), 'a', 1)
s(array('i', [1, 2, 3]), 5, 1)
s(array('i', [1, 2, 3]), -1, 10)
b = array('i', range(10))
del b[1]; print(b)
del b[::2]; print(b)
del b[1:3]; print(b)
try:
    b[50]
except IndexError as e:
    print(e)
try:
    del b[50]
except IndexError as e:
    print(e)
