import struct
class I:
    def __index__(self):
        return 7
class Bad:
    def __index__(self):
        raise ValueError('no index')
print(struct.pack('<i', I()))
print(struct.pack('<Q', I()))
print(struct.pack('<?', I()))
print(struct.pack('<d', I()))
for v in [1.0, '1', None, b'1', [1]]:
    try:
        struct.pack('<i', v)
    except Exception as e:
        print(type(e).__name__, e)
try:
    struct.pack('<i', Bad())
except Exception as e:
    print(type(e).__name__, e)
print(struct.unpack('<h', struct.pack('<h', -12345)))
print(struct.unpack('<H', struct.pack('<H', 54321)))
print(struct.unpack('>q', struct.pack('>q', -2**63)))
print(struct.unpack('>Q', struct.pack('>Q', 2**63)))
print(struct.unpack('P', struct.pack('P', -1)))
print(struct.unpack('n', struct.pack('n', -5)))
print(struct.unpack('N', struct.pack('N', 5)))
