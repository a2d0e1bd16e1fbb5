# marshal.dumps of scalars: CPython 3.11's bytes (version 4).
import marshal

print(marshal.version)
for v in [None, True, False, ..., StopIteration, 0, 1, -1, 255, -5,
          2**31 - 1, -2**31, 2**31, -2**31 - 1, 2**100, -(2**100), 1.5, -0.0,
          float('inf'), 1e300, 2 + 3j, b'', b'ab\x00', bytearray(b'xy')]:
    data = marshal.dumps(v)
    back = marshal.loads(data)
    print(repr(v), data, repr(back), type(back).__name__)
print(marshal.loads(marshal.dumps(float('nan'))) != 0)
