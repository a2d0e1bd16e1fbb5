# Values of what session 13 charges as linear work (issue 16): str and
# bytes startswith/endswith (tuples, bounds, non-ASCII), expandtabs,
# str.format / format() / % of long results, bytearray's in-place
# operations, list.reverse / del / slice assignment / pop / insert,
# memoryview copies, and the linear operations of long ints.

# ----- startswith / endswith -----
s = 'ab' * 3000 + 'é' + 'cd' * 3000
print(s.startswith('ab' * 3000), s.startswith('ab' * 3000 + 'é'), s.startswith('abx'))
print(s.endswith('cd' * 3000), s.endswith('é' + 'cd' * 3000), s.endswith('dc'))
print(s.startswith(('x', 'y', 'ab' * 2999)), s.endswith(('zz', 'é')), s.startswith(()))
print(s.startswith('', len(s)), s.startswith('', len(s) + 1), s.endswith('', -1, -2))
print(s.startswith('é', 6000), s.startswith('écd', 6000, 6003), s.startswith('écd', 6000, 6002))
print(s.endswith('é', 0, 6001), s.endswith('b', -6002, -6001), s.startswith('cd', -4))
print(s.startswith(('a',) * 1000), s.endswith(('',)), 'é'.startswith('é', -5, 10))
t = 'abc'
print(t.startswith('', 3), t.startswith('', 4), t.endswith('c', 1), t.endswith('b', 0, 2))
print(t.startswith(('x', 'bc'), 1), t.endswith(('ab', 'q'), None, 2), t.startswith('a', None, None))
try:
    t.startswith(('a', 1))
except TypeError as e:
    print('TypeError', e)
try:
    t.endswith(['a'])
except TypeError as e:
    print('TypeError', e)
b = b'xy' * 3000 + b'\x00' + b'zw' * 3000
print(b.startswith(b'xy' * 3000), b.endswith(b'zw' * 3000), b.startswith((b'q', b'xyx')))
print(b.endswith((b'w', b'q')), b.startswith(b'\x00', 6000), b.endswith(b'\x00', 0, 6001))
print(bytearray(b).startswith(memoryview(b'xyx')), bytearray(b).endswith((bytearray(b'w'),)))
print(b.startswith(b'', 12001), b.startswith(b'', 12002), b.endswith(b'zw', -2))

# ----- expandtabs -----
e = 'a\tbc\t\tdé\n\tx\ry\t' * 500
print(len(e.expandtabs()), len(e.expandtabs(3)), len(e.expandtabs(0)), len(e.expandtabs(-1)))
print(repr(e.expandtabs(4)[:30]), e.expandtabs(1) == e.replace('\t', ' '))
eb = b'a\tbc\t\td\n\tx\ry\t' * 500
print(len(eb.expandtabs()), len(eb.expandtabs(5)), eb.expandtabs(2)[:20], len(bytearray(eb).expandtabs(0)))
print(repr(''.expandtabs()), repr('\t'.expandtabs(7)), repr('no tabs'.expandtabs()))

# ----- str.format, format(), % -----
long = 'q' * 70000
r = '{}-{:>70010}-{!r:.5}-{x}'.format(long, 'w', long, x=long)
print(len(r), r[69995:70010], r[-70005:-69995])
print(len('{0}{0}{0}'.format(long)), len('{:^100000}'.format('mid')), '{:^100000}'.format('mid')[49998:50003])
print(len(format(long, '<80000')), format(long, '.3'), len(format(1.5, '>70000')), len(format(2.5, '.1000f')))
print(len('%s|%s' % (long, long)), len('%80000s' % 'z'), len('%-80000d|' % 7), ('%.5s' % long))
print(len('%(a)s%(a)s' % {'a': long}), len('%070000.3f' % 1.25), ('%%%s%%' % 'x'))
print(len(long + '%s' % long), len(f'{long}{long:>140000}'))
n = (1 << 20000) - 12345
print(len(format(n, 'x')), format(n, 'x')[:8], format(n, '#b')[:10], len(format(n, 'o')))
print(format(n, 'X')[-6:], format(-n, '_x')[:9], len(format(n, '>10000x')), len(format(n, '_b')))
print(('%x' % n)[:8], ('%#o' % -n)[:8], len('%.7000x' % 5), ('%X' % n)[-5:], len('%60000x' % n))

# ----- bytearray in place -----
ba = bytearray(b'abcdefgh' * 10000)
try:
    ba += ba
except BufferError as e:
    print('BufferError', e)
ba += bytes(ba)
ba += b'!'
print(len(ba), ba[-3:])
ba *= 2
print(len(ba), ba[160000:160003])
ba *= 1
ba2 = bytearray(b'xyz')
ba2 *= 0
print(len(ba), ba2, bytearray(b'ab') * -1)
ba[10:20] = b'0123456789'
ba[0:5] = b''
ba[5:5] = b'INSERTED' * 100
print(len(ba), ba[:20])
ba[::1000] = bytes(len(ba[::1000]))
ba[-1:-100:-3] = b'R' * 33
print(ba[:3], ba[1000:1003], ba[-10:])
del ba[100:100000]
del ba[::7]
del ba[-1:-50:-1]
del ba[5:2]
print(len(ba), ba[:12], ba[-6:])
ba.reverse()
print(ba[:6], ba.pop(0), ba.pop(), ba.pop(3), len(ba))
ba.insert(0, 65)
ba.insert(-2, 66)
ba.insert(10**9, 67)
ba.remove(65)
ba.extend(b'tail' * 200)
print(len(ba), ba[:4], ba[-5:])
ba[:] = memoryview(b'whole')
print(ba)
try:
    ba[::2] = b'xy'
except ValueError as e:
    print('ValueError', e)

# ----- lists -----
l = list(range(100000))
l.reverse()
print(l[:3], l[-3:])
del l[10:90000]
print(len(l), l[8:12])
del l[::3]
print(len(l), l[:4])
del l[::-5]
del l[-1:-20:-1]
del l[50:10]
print(len(l), l[:3], l[-3:])
l[5:10] = range(20000)
l[0:0] = l
print(len(l), l[:3], l[10:13])
l[::2] = [None] * len(l[::2])
l[::-7] = range(len(l[::-7]))
print(l[:5], l[-8:])
l[100:] = []
print(len(l), l.pop(0), l.pop(), l.pop(50), len(l))
l.insert(0, 'a')
l.insert(-1, 'b')
l.insert(10**9, 'c')
l.insert(-10**9, 'd')
l.remove('b')
print(l[:3], l[-3:], len(l))
m = [1, 2, 3]
m[1:2] = m
print(m)
m[::-1] = m
print(m)
try:
    m[::2] = [1]
except ValueError as e:
    print('ValueError', e)
del m[:]
m.reverse()
print(m)

# ----- memoryview -----
buf = bytearray(range(256)) * 300
mv = memoryview(buf)
print(len(mv.tobytes()), mv[::3].tobytes()[:6], mv[-4:].tolist(), len(mv[::2].tolist()))
print(bytes(mv[1:7]), bytes(mv[::-50000]), len(bytes(mv[::5])), mv[::3].hex()[:12])
mv[0:4] = b'ABCD'
mv[::25600] = bytes(3)
mv[-3:] = memoryview(b'xyz')
print(buf[:5], buf[-3:], buf[25600], mv[5:10].tolist())
ints = memoryview(bytearray(8 * 1000)).cast('q')
ints[::100] = memoryview(bytes(range(10)) * 8).cast('q')
print(len(ints.tolist()), ints[:2].tolist(), ints.tobytes()[:9])
try:
    mv[0:2] = b'abc'
except ValueError as e:
    print('ValueError', e)

# ----- long ints -----
a = 7 ** 30000
c = 3 ** 40000 + 1
print(hex(a)[:12], hex(a)[-6:], len(bin(a)), oct(-a)[:10], len(hex(-c)))
print((a << 1000) >> 1001 == a >> 1, ((a << 77) >> 77) == a, (a >> 10**6), (-a) >> 10**6, len(hex(a << 4000)))
print((a + c) % 1000003, (a - c) % 1000003, (c - a) > 0, (a + c - c) == a, (-a + 1) % 10**9)
print((a & c) % 999983, (a | c) % 999983, (a ^ c) % 999983, (-a & c) % 999983)
print(a.bit_count(), (-a).bit_count(), c.bit_count(), (1 << 50000).bit_count(), ((1 << 50000) - 1).bit_count())
bs = a.to_bytes(12000, 'big')
print(len(bs), bs[:4].hex(), int.from_bytes(bs, 'big') == a, int.from_bytes(bs, 'little') % 1000)
print(a.to_bytes(11000, 'little', signed=True)[-3:].hex(), (-a).to_bytes(11000, 'big', signed=True)[:3].hex())
print(int.from_bytes(bytearray(bs), 'big', signed=True) == a, int.from_bytes(memoryview(bs)[::2], 'little') % 97)
print(int.from_bytes(b'', 'big'), (0).to_bytes(0, 'big'), (255).to_bytes(3, 'little'))
try:
    a.to_bytes(100, 'big')
except OverflowError as e:
    print('OverflowError', e)
