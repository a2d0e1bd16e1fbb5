import struct
def t(f, *a, **k):
    try:
        print(repr(f(*a, **k)))
    except Exception as e:
        print(type(e).__name__, e)
t(struct.unpack, 'i', b'abc')
t(struct.unpack, 'i', b'abcde')
t(struct.unpack, 'i', 'abcd')
t(struct.unpack, 'i', 1234)
t(struct.unpack, 'i', b'abcd', 1)
t(struct.unpack)
t(struct.unpack, '<i', bytearray(b'abcd'))
t(struct.unpack, '<i', memoryview(b'xxabcd')[2:])
t(struct.unpack, '', b'')
t(struct.unpack, '<hh', memoryview(b'abcd'))
