# indexing, slicing, item and slice assignment, deletion
b = bytearray(b'abcdefgh')
print(b[0], b[-1], b[2:5], b[::2], b[::-1], b[5:2:-1], b[100:])
b[0] = 65
b[-1] = 72
print(b)
b[1:3] = b'XYZ'
print(b)
b[1:4] = b''
print(b)
b[2:2] = [49, 50]
print(b)
b[::2] = b'....'
print(b)
b[::-1] = bytearray(b'12345678')
print(b)
b[1:3] = memoryview(b'mv')
print(b)
b[:] = b[::-1]
print(b)
del b[0]
del b[-1]
print(b)
del b[::2]
print(b)
del b[1:]
print(b)
c = bytearray(b'abcd')
c[::2] = b''
print(c)
x = bytearray(b'abc')
for t in [lambda: x[100], lambda: x['a'], lambda: x.__setitem__(0, 300),
          lambda: x.__setitem__(0, 'a'), lambda: x.__setitem__(slice(0, 2), 5),
          lambda: x.__setitem__(slice(0, 3, 2), b'abc'),
          lambda: x.__setitem__(slice(0, 2), 'ab'),
          lambda: x.__setitem__(slice(0, 1), [1, 300]),
          lambda: x.__setitem__(slice(0, 1), None),
          lambda: x.__delitem__(100), lambda: x.__setitem__(-4, 1),
          lambda: x[2 ** 100], lambda: x.__delitem__('a')]:
    try:
        print(t())
    except Exception as e:
        print(type(e).__name__, e)
print(x)
