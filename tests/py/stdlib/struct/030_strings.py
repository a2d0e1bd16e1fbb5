import struct
print(struct.pack('5s', b'ab'))
print(struct.pack('2s', b'abcdef'))
print(struct.pack('0s', b'abc'))
print(struct.pack('s', bytearray(b'xy')))
print(struct.pack('<3p', b''))
print(struct.pack('<1p', b'abc'))
print(struct.pack('<0p', b'abc'))
print(struct.pack('5p', b'abcdefg'))
print(len(struct.pack('<300p', b'a' * 300)), struct.pack('<300p', b'a' * 300)[:3])
print(struct.unpack('5p', b'\x09abcd'))
print(struct.unpack('<3p', b'\x01ab'))
print(struct.unpack('4s2s', b'abcdef'))
print(struct.unpack('i4si', struct.pack('i4si', 1, b'ab', 2)))
for bad in ['a', 1, memoryview(b'ab')]:
    try:
        struct.pack('3s', bad)
    except Exception as e:
        print(type(e).__name__, e)
for bad in [b'ab', 'a', b'', bytearray(b'a')]:
    try:
        struct.pack('c', bad)
    except Exception as e:
        print(type(e).__name__, e)
