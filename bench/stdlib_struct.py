# struct and array the way scripts use them: packing and unpacking fixed
# records (a binary log), iter_unpack over a blob, and numeric loops over
# typed arrays (indexing, item assignment, sums, slicing, tobytes).
import struct
from array import array

REC = struct.Struct('<IhdB')
rows = []
s = 1
for i in range(200000):
    s = (s * 1103515245 + 12345) % 2147483648
    rows.append(REC.pack(i, (s >> 8) % 30000 - 15000, (s % 1000) / 7.0, s % 256))
blob = b''.join(rows)

total = 0
fsum = 0.0
for ident, delta, value, flag in REC.iter_unpack(blob):
    total += delta + flag
    fsum += value
print(len(blob), total, round(fsum, 3))

acc = 0
for off in range(0, len(blob), REC.size * 3):
    ident, delta, value, flag = struct.unpack_from('<IhdB', blob, off)
    acc ^= ident + delta
print(acc)

hdr = [struct.pack('>HHI', i % 65536, (i * 7) % 65536, i * 13) for i in range(120000)]
print(sum(struct.unpack('>HHI', h)[2] for h in hdr) % 1000003)

a = array('d', [0.0]) * 300000
for i in range(len(a)):
    a[i] = i * 0.5
b = array('i', range(300000))
t = 0
for i in range(0, len(b), 2):
    t += b[i]
for i in range(len(b)):
    b[i] = (b[i] * 3) % 1000
print(sum(a), t, sum(b), b[10:20].tolist(), len(a.tobytes()))
