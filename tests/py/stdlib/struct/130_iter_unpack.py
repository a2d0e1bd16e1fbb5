import struct
def t(f, *a, **k):
    try:
        print(repr(f(*a, **k)))
    except Exception as e:
        print(type(e).__name__, e)
it = struct.iter_unpack('<hh', bytes(range(12)))
print(type(it).__name__)
print(it.__length_hint__())
print(next(it))
print(it.__length_hint__())
print(list(it))
print(it.__length_hint__())
print(list(it))
print(list(struct.iter_unpack('<b', b'\x01\xff')))
print(list(struct.iter_unpack('<i', b'')))
print(list(struct.Struct('<B?').iter_unpack(bytearray(b'\x01\x00\x02\x01'))))
t(struct.iter_unpack, 'i', b'12345')
t(struct.iter_unpack, '', b'12345')
t(struct.iter_unpack, 'i', 'abcd')
t(struct.iter_unpack, 'i')
print(iter(it) is it)
