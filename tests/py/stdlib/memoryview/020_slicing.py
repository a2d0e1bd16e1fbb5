# slices of memoryviews, with steps
m = memoryview(b'abcdefgh')
print(m[1:3].tobytes(), m[::2].tolist(), m[::-1].tobytes(), m[5:1:-2].tobytes())
s = m[::2]
print(s.strides, s.shape, s.c_contiguous, s.contiguous, s.nbytes, s.obj is m.obj)
print(s[1], s[-1], s[1:].tobytes(), s[::-1].tolist(), bytes(s))
print(m[0:0].tolist(), m[::-1].strides, m[10:].tobytes(), m[-3:].tobytes())
z = m.cast('Q', ())
print(z[...] is z, z[()])
for f in [lambda: m[10], lambda: m[-9], lambda: m['a'], lambda: m[::0], lambda: m[1.5],
          lambda: m[2 ** 100], lambda: m[0, 1], lambda: m[...], lambda: m[()]]:
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)
