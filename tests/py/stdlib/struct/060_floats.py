import struct
print(struct.pack('<d', 1.5), struct.pack('>d', -2.25))
print(struct.pack('<f', 1.5), struct.pack('<f', 1))
print(struct.unpack('<f', struct.pack('<f', 0.1)))
print(struct.unpack('<d', struct.pack('<d', 0.1)))
print(struct.pack('<f', 3.4028235e38))
print(struct.pack('f', 1e300))
print(struct.pack('f', float('inf')), struct.pack('<f', float('-inf')))
print(struct.pack('<f', float('nan')))
for v in [1e300, 3.4028236e38, -1e39]:
    try:
        struct.pack('<f', v)
    except Exception as e:
        print(type(e).__name__, e)
for v in ['x', None, 10**400, b'1']:
    try:
        struct.pack('<d', v)
    except Exception as e:
        print(type(e).__name__, e)
class F:
    def __float__(self):
        return 2.5
print(struct.pack('<d', F()))
x, = struct.unpack('<d', struct.pack('<d', float('nan')))
print(x != x)
print(struct.unpack('<dd', struct.pack('<dd', 1e308, -0.0)))
