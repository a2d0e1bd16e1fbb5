# +, *, +=, *=, in, comparisons, hash, %
a = bytearray(b'ab')
print(a + b'cd', a + bytearray(b'x'), a + memoryview(b'm'), b'z' + a)
print(a * 3, 2 * a, a * 0, a * -1)
a += b'c'
print(a)
a += memoryview(b'd')
print(a)
a *= 2
print(a)
alias = a
a *= 1
print(alias is a)
print(98 in a, b'cd' in a, bytearray(b'da') in a, b'zz' in a, 0 in a)
print(a == b'abcdabcd', a != b'x', a < b'b', a <= bytearray(b'abcdabcd'), a > b'a', a >= b'b')
print(bytearray(b'a') == memoryview(b'a'), bytearray(b'a') < memoryview(b'b'))
print(b'a' < bytearray(b'b'), bytearray(b'a') == 'a')
print(bytearray(b'%s-%d') % (b'x', 5), bytearray(b'%b') % bytearray(b'y'))
print(b'%s' % bytearray(b'q'), b'%c' % bytearray(b'c'), b'%s' % memoryview(b'm'))
for t in [lambda: hash(a), lambda: a + 'a', lambda: a + 1, lambda: a * 'a',
          lambda: a < 'a', lambda: 'a' in a, lambda: 300 in a,
          lambda: a * 2 ** 100, lambda: a * 2 ** 62, lambda: {a: 1}]:
    try:
        print(t())
    except Exception as e:
        print(type(e).__name__, e)
