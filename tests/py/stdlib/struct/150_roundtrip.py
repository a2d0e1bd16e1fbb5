import struct
fmt = '<c?bBhHiIlLqQefd5s4p'
vals = (b'k', True, -7, 200, -30000, 60000, -2**31, 2**32 - 1, -5, 7,
        -2**63, 2**64 - 1, 0.5, 1.25, 3.141592653589793, b'hello', b'abc')
data = struct.pack(fmt, *vals)
print(len(data), struct.calcsize(fmt))
print(data.hex())
print(struct.unpack(fmt, data) == vals)
for order in '@=<>!':
    f = order + 'hiqd'
    d = struct.pack(f, 1, 2, 3, 4.0)
    print(order, struct.calcsize(f), d.hex(), struct.unpack(f, d))
rec = struct.Struct('>HH16s')
rows = [rec.pack(i, i * i, b'name%d' % i) for i in range(4)]
blob = b''.join(rows)
for a, b, name in rec.iter_unpack(blob):
    print(a, b, name.rstrip(b'\0'))
