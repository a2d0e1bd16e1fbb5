import struct
for i in range(300):
    assert struct.calcsize('%di' % i) == 4 * i
struct._clearcache()
print(struct.calcsize('i'))
print(sorted(struct.__all__))
print(struct.pack('>' + 'B' * 5, *range(5)))
print(struct.unpack('>100B', bytes(range(100)))[-3:])
print(struct.pack('1000x') == bytes(1000))
print(struct.unpack('<3h', memoryview(bytes(6)).cast('B')))
import array
print(struct.unpack('<2i', array.array('i', [5, 6]).tobytes()))
