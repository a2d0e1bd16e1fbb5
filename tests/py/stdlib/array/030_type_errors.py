from array import array
def t(f, *a, **k):
    try:
        print(repr(f(*a, **k)))
    except Exception as e:
        print(type(e).__name__, e)
for c in 'bBhHiIlLqQfdu':
    t(array, c, [1.5])
    t(array, c, ['a'])
t(array, 'f', [1e300])
t(array, 'f', [2**2000])
t(array, 'u', ['ab'])
t(array, 'u', [1])
t(array, 'i', 'abc')
t(array, 'z')
t(array, 'ii')
t(array, 1)
t(array)
t(array, 'i', b'\x01\x00\x00')
t(array, 'i', array('d', [1, 2]))
t(array, 'u', array('i', [1, 2]))
t(array, 'i', array('u', 'ab'))
t(array, 'i', [1], 2)
t(array, 'i', x=1)
t(array, 'i', 5)
t(hash, array('i'))
