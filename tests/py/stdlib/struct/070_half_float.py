import struct
for v in [0.0, -0.0, 1.0, 1.5, -2.0, 65504.0, 65519.0, 0.1, 1/3, 6.1e-05,
          5.960464477539063e-08, 2.9802322387695312e-08, 2.98023223876953126e-08,
          8.940696716308594e-08, 1.0009765625, 1.00048828125, 1.00146484375,
          float('inf'), float('-inf'), 6.097555160522461e-05, 2048.5, 2049.0]:
    b = struct.pack('<e', v)
    print(repr(v), b, struct.unpack('<e', b)[0])
print(struct.pack('<e', float('nan')), struct.pack('>e', 1.5))
for v in [65520.0, 1e300, -70000.0]:
    try:
        struct.pack('<e', v)
    except Exception as e:
        print(type(e).__name__, e)
for b in [b'\x00\x7e', b'\x00\xfc', b'\x00\x7c', b'\x01\x00', b'\xff\x03', b'\x00\x04', b'\xff\x7b']:
    print(b, struct.unpack('<e', b))
try:
    struct.pack('e', 'x')
except Exception as e:
    print(type(e).__name__, e)
