import struct
s = struct.Struct('<ih')
print(type(s).__name__, type(s).__module__, s.format, s.size)
print(s.pack(1, 2))
print(s.unpack(b'\x01\x00\x00\x00\x02\x00'))
print(s.unpack_from(b'xx\x01\x00\x00\x00\x02\x00', 2))
print(struct.Struct(b'>q').format, struct.Struct(format='i').size)
print(s == struct.Struct('<ih'), s == s)
class My(struct.Struct):
    def __init__(self, n):
        super().__init__('<%di' % n)
        self.n = n
m = My(3)
print(m.size, m.format, m.n, m.pack(1, 2, 3))
def t(f, *a, **k):
    try:
        print(repr(f(*a, **k)))
    except Exception as e:
        print(type(e).__name__, e)
t(struct.Struct, 3)
t(struct.Struct, 'z')
t(struct.Struct)
t(s.unpack)
t(s.unpack, b'', b'')
t(s.pack, 1)
t(setattr, s, 'size', 3)
t(setattr, s, 'format', 'i')
print(struct.Struct('').size, struct.Struct('').pack(), struct.Struct('').unpack(b''))
print(isinstance(s, struct.Struct))
t(s.iter_unpack)
t(s.unpack_from)
t(s.unpack_from, b'', x=1)
t(s.pack, x=1)
t(struct.pack, 'i', x=1)
t(struct.Struct, 'i', 'i')
