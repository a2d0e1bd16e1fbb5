# release() and the context manager
m = memoryview(b'abc')
m.release()
m.release()
for f in [lambda: m[0], lambda: len(m), lambda: m.tobytes(), lambda: m.format, lambda: m.obj,
          lambda: m.tolist(), lambda: m.cast('B'), lambda: hash(m), lambda: memoryview(m),
          lambda: m.hex(), lambda: m.nbytes, lambda: m.shape, lambda: list(m)]:
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)
print(m == m, m == b'', repr(m).startswith('<released memory at 0x'))
with memoryview(bytearray(b'xy')) as v:
    print(v.tobytes(), v.readonly)
try:
    v[0]
except ValueError as e:
    print('after with:', e)
try:
    with v:
        pass
except ValueError as e:
    print('enter released:', e)
