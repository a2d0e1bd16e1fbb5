# equality and hashing
m = memoryview(b'abc')
print(m == b'abc', m == bytearray(b'abc'), m == memoryview(b'abc'), m == m[:], m != b'abd')
print(b'abc' == m, bytearray(b'abc') == m, m == 'abc', m == [97, 98, 99], m == m)
print(m == memoryview(b'abc').cast('c'), m.cast('c') == m.cast('c'), m[::2] == b'ac')
print(memoryview(b'abcd').cast('H') == memoryview(b'abcd').cast('H'), memoryview(b'ab') == b'abc')
print(hash(m) == hash(b'abc'), hash(m[::2]) == hash(b'ac'), hash(m.cast('c')) == hash(b'abc'))
print(len({m: 1, b'abc': 2}))
for f in [lambda: hash(memoryview(bytearray(b'a'))), lambda: hash(memoryview(b'ab').cast('H')),
          lambda: m < m, lambda: m > b'a']:
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)
