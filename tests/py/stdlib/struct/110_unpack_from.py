import struct
def t(f, *a, **k):
    try:
        print(repr(f(*a, **k)))
    except Exception as e:
        print(type(e).__name__, e)
data = b'abcdefgh'
t(struct.unpack_from, '<i', data)
t(struct.unpack_from, '<i', data, 4)
t(struct.unpack_from, '<i', data, -4)
t(struct.unpack_from, '<i', data, offset=2)
t(struct.unpack_from, '<i', buffer=data)
t(struct.unpack_from, '<i', buffer=data, offset=1)
t(struct.unpack_from, 'i', b'abcdef', 4)
t(struct.unpack_from, 'i', b'abcdef', -1)
t(struct.unpack_from, 'i', b'abcdef', -10)
t(struct.unpack_from, 'i', b'abcdef', 10)
t(struct.unpack_from, 'i', b'abcdef', 1.0)
t(struct.unpack_from, 'i', b'abcdef', x=1)
t(struct.unpack_from, 'i')
t(struct.unpack_from, 'i', 'abcd')
t(struct.Struct('<h').unpack_from, data, 6)
t(struct.Struct('<h').unpack_from, data, 7)
t(struct.unpack_from, '', b'', 0)
