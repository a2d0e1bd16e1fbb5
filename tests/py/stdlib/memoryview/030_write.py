# writing through a memoryview of a bytearray
ba = bytearray(b'abcdef')
m = memoryview(ba)
m[0] = 65
m[-1] = 70
print(ba)
m[1:3] = b'XY'
print(ba)
m[::2] = bytearray(b'123')
print(ba)
m[3:] = memoryview(b'zzz')
print(ba)
s = m[1:5]
s[0] = 33
print(ba, s.tobytes())
for f in [lambda: memoryview(b'ro').__setitem__(0, 1), lambda: m.__setitem__(0, 300),
          lambda: m.__setitem__(0, 'a'), lambda: m.__setitem__(0, 1.0),
          lambda: m.__setitem__(slice(0, 2), b'xyz'), lambda: m.__setitem__(slice(0, 2), [1, 2]),
          lambda: m.__delitem__(0), lambda: m.__setitem__(10, 1),
          lambda: memoryview(b'ro').__delitem__(0)]:
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)
print(ba)
