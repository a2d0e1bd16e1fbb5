from array import array
a = array('H', [1, 2, 0xffff])
print(a.tobytes())
b = array('H')
b.frombytes(a.tobytes()); print(b)
b.frombytes(bytearray(b'\x05\x00')); print(b)
b.frombytes(memoryview(b'\x06\x00')); print(b)
c = array('d'); c.fromlist([1, 2.5]); print(c)
u = array('u', 'hé'); u.fromunicode('λ!'); print(u, u.tounicode(), len(u))
print(array('u', 'ab').tolist())
def t(f, *x):
    try:
        print(repr(f(*x)))
    except Exception as e:
        print(type(e).__name__, e)
t(array('i').frombytes, b'abc')
t(array('i').frombytes, 'abcd')
t(array('i').fromlist, (1,))
x = array('i', [9])
t(x.fromlist, [1, 'a'])
print(x)
t(array('i', [1]).fromunicode, 'a')
t(array('u').fromunicode, 1)
t(array('i', [1]).tounicode)
