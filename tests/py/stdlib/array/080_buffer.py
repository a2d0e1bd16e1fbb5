from array import array
import struct
a = array('i', [1, 2])
print(bytes(a), bytearray(a))
m = memoryview(a)
print(m.format, m.itemsize, len(m), m.nbytes, m.tolist())
m[0] = 42
print(a)
for f in [lambda: a.append(4), a.pop, lambda: a.extend([1]), lambda: a.__iadd__(array('i', [1])),
          lambda: a.__imul__(2), lambda: a.frombytes(b'\0\0\0\0'), lambda: a.remove(2), lambda: a.insert(0, 1)]:
    try:
        f()
        print('ok')
    except BufferError as e:
        print('BufferError', e)
a[1] = 9; a.byteswap(); a.byteswap(); a.reverse()
print(a)
m.release()
a.append(4)
print(a)
struct.pack_into('<h', array('h', [0, 0]), 2, 7)
h = array('h', [0, 0])
struct.pack_into('<h', h, 2, 7)
print(h, struct.unpack('<2h', h))
print(memoryview(array('d', [1, 2])).tolist(), memoryview(array('B', [1, 2])).tobytes())
print(b'' .join([array('b', [65, 66])]), b'xy' + array('b', [67]))
