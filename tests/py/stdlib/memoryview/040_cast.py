# cast: formats and shapes
m = memoryview(b'abcdefgh')
i = m.cast('I')
print(i.format, i.itemsize, i.shape, i.strides, i.nbytes, len(i), i.tolist())
print(m.cast('H').tolist(), m.cast('b').tolist()[:3], m.cast('c').tolist()[:3])
print(m.cast('q')[0], m.cast('Q').tolist(), m.cast('?').tolist()[:2], m.cast('@B').format)
print(memoryview(b'\x00\x00\x80\x3f').cast('f')[0], memoryview(bytes(8)).cast('d').tolist())
m2 = m.cast('B', (2, 4))
print(m2.shape, m2.strides, m2.ndim, len(m2), m2.tolist(), m2.tobytes(), m2.nbytes)
print(m2[1, 2], m2[0, -1], m2.cast('B').tolist(), m2.cast('B', (8,)).shape)
print(m.cast('H', (2, 2)).tolist(), m.cast('B', [8]).shape, i.cast('B').tolist())
z = m.cast('Q', ())
print(z.ndim, z.shape, z.strides, z.tolist() == z[()])
for f in [lambda: memoryview(b'abc').cast('I'), lambda: m.cast('B', (3, 4)), lambda: m.cast('x'),
          lambda: m.cast('<B'), lambda: i.cast('h'), lambda: m[::2].cast('B'),
          lambda: m.cast('B', (0,)), lambda: m.cast('B', (-1,)), lambda: m.cast('B', ('a',)),
          lambda: m.cast(1), lambda: m.cast('B', 3), lambda: m.cast('B', ()),
          lambda: m2.cast('B', (4, 2)), lambda: m.cast('B', (2 ** 62, 2 ** 62)),
          lambda: m.cast('B', (2 ** 64,)), lambda: m2[0], lambda: len(z), lambda: z[0],
          lambda: m2[0, 1, 2], lambda: m2[0, 9]]:
    try:
        r = f()
        print(r.shape if isinstance(r, memoryview) else r)
    except Exception as e:
        print(type(e).__name__, e)
