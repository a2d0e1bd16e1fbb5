# Values of what session 12 charges: long str/bytes comparisons (past the
# interpreter's 4 KiB fast path), slices and concatenations, list copies,
# bytes methods past 64 KiB, and copies of sets whose keys collide.
a = 'x' * 5000 + 'a'
b = 'x' * 5000 + 'b'
print(a == b, a != b, a < b, a <= b, a > b, a >= b, a == a[:], a < a + 'z')
c = 'é' * 3000
print(c == 'é' * 3000, c < c + 'x', len(c[1:]), c[::1000], c[-3:])
s = 'ab' * 40000
print(len(s[1:]), s[3:9], len(s[::3]), len(s + s), (s + 'z')[-3:])
x = b'ab cd\n' * 20000
y = x[:-1] + b'!'
print(x == y, x < y, x > y, x != y, x[:5], len(x[1:]), len(x[::7]), len(x + y))
print(len(x.replace(b'a', b'xyz')), x.upper()[:6], x.lower()[-6:], x.swapcase()[:3])
print(len(x.split()), len(x.rsplit(b' ')), len(x.splitlines()), len(b'-'.join(x.split())))
print(x.partition(b'cd')[0], x.rpartition(b'ab')[2], len(x.strip(b'a\n')), x.title()[:6])
print(x.hex()[:12], len(x.hex()), x.isalpha(), x.isascii(), b'cd' in x, b'zz' in x)
print(len(x.center(130000)), len(x.removeprefix(b'ab')), len(x.removesuffix(b'\n')))
ba = bytearray(x)
print(len(ba.upper()), ba[:4], ba.replace(b'd', b'D')[:6], len(ba.split()))
l = list(range(100000))
print(len(l[:]), l[::25000], len(l.copy()), len(l + l), len(list(l)), len(tuple(l)))
m = []
m.extend(l)
m.extend(m)
print(len(m), m[99999], m[100000])
M = 2**61 - 1
keys = [k * M for k in range(1, 1001)]
st = set(keys)
st.add(0)
st.discard(0)
cp = set(st)
print(len(cp), cp == st, 5 * M in cp, 0 in cp, len(frozenset(st) | {1}))
d = {}
for k in keys:
    d[k] = k // M
print(len(d), d[500 * M], sum(d.values()))
