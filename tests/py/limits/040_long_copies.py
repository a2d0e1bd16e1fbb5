# Results of the work that the limits now count (repetition copied in
# chunks, str methods and translate charged, comparisons and hashes of
# nested tuples and colliding keys counted): the same values as before.
b = b'ab' * 600000
print(len(b), b[:4], b[-4:], b == b''.join([b'ab'] * 600000), b.count(b'ba'))
s = '\u00e9x' * 700000
print(len(s), s[:3], s[-3:], s == ''.join(['\u00e9x'] * 700000), s.count('x\u00e9'))
b3 = b'abc' * 400001
print(len(b3), b3[-4:], b3 == b''.join([b'abc'] * 400001), b3.count(b'ca'))
s7 = 'ab\u00e9cdefg' * 150001
print(len(s7), s7[-9:], s7 == ''.join(['ab\u00e9cdefg'] * 150001), s7.count('gab'))
e = '\u20ac' * 400001
print(len(e), len(e.encode()), e.encode().decode() == e)
ba = bytearray(b'xyz') * 500000
print(len(ba), ba[-3:], ba.count(b'zx'))
ba *= 2
print(len(ba), type(ba).__name__)
l = [1, 2, 3] * 200000
print(len(l), sum(l), l[-4:], [None, 1, 'x', 2.5, 3, 4, 5] * 100000 == [None, 1, 'x', 2.5, 3, 4, 5] * 50000 * 2)
print(len(l), sum(l), l[-4:])
l *= 2
print(len(l), sum(l))
t = (None, 'a') * 300000
print(len(t), t[-2:], t.count('a'))
print(len([] * 10**9), len('' * 10**9), len(b'x' * 0))

# bytes.translate with a long `delete`
data = bytes(range(256)) * 4000
print(len(data.translate(None, b'\x00\xff' * 100000)))
print(data.translate(bytes(range(255, -1, -1)), b'ab')[:6])
print(bytearray(b'hello').translate(None, b'l'), b'hello'.translate(None))

# str methods on inputs past the charge's 64 KiB
text = 'Ab cD, ' * 20000
print(len(text.upper()), text.lower()[:7], len(text.split()), len(text.split(',')))
print(len(' '.join(text.split())), text.replace('cD', 'x')[:10], text.casefold()[:4])
print(len(text.splitlines()), text.partition('cD, A')[0], text.title()[:7])
print(int.from_bytes(b'\x01' * 100000, 'little') % 1000003, len(bytes(bytearray(100000))))

# nested tuples: equality, ordering and hash unchanged
x = (0,) * 3000
y = tuple([0] * 3000)
a = ((x,) * 30,) * 30
c = ((y,) * 30,) * 30
print(a == c, a < c, a <= c, hash(a) == hash(c), a in [1, c], [c, a].count(a))
print([[list(x)] * 30] * 30 == [[list(y)] * 30] * 30, {c: 1}[a])
print(dict.fromkeys(range(3000), dict.fromkeys(range(50), 0)) == dict.fromkeys(range(3000), dict.fromkeys(range(50), 0)))

# ints whose hashes collide
M = 2**61 - 1
keys = [5 + i * M for i in range(5000)]
s = set(keys)
d = dict.fromkeys(keys, 1)
print(len(s), len(d), all(k in s for k in keys[::97]), 5 + 5000 * M in s, 5 + 5001 * M in d)
print(len({k: 0 for k in keys + keys}), len(frozenset(keys) & set(keys[::2])))
