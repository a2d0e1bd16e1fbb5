import struct
def t(f, *a):
    try:
        print(repr(f(*a)))
    except Exception as e:
        print(type(e).__name__, e)
t(struct.pack, 'ii', 1)
t(struct.pack, 'i', 1, 2)
t(struct.pack, '3i', 1)
t(struct.pack, 'x')
t(struct.pack, 'x', 1)
t(struct.pack, '0s')
t(struct.pack, '3s2x')
t(struct.pack, '')
t(struct.pack, '0i')
t(struct.pack, '0i', 1)
t(struct.pack, '3i', 1, 2, 3)
t(struct.Struct('ii').pack, 1)
t(struct.Struct('i').pack)
