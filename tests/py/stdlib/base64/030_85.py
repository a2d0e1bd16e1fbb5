import base64 as b


def attempt(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)


for data in (b'', b'a', b'hello', b'hello world', b'\0\0\0\0abc', b'    xy', bytes(range(40))):
    a = b.a85encode(data)
    c = b.b85encode(data)
    print(a, c, b.a85decode(a) == data, b.b85decode(c) == data)
attempt(lambda: b.a85encode(b'hello world', wrapcol=5, adobe=True))
attempt(lambda: b.a85encode(b'hello world', wrapcol=1, adobe=True))
attempt(lambda: b.a85encode(b'hello world', wrapcol=4))
attempt(lambda: b.a85encode(b'\0\0\0\0    ', foldspaces=True))
attempt(lambda: b.a85encode(b'\0\0\0\0abc', pad=True))
attempt(lambda: b.b85encode(b'hello', pad=True))
attempt(lambda: b.a85decode(b'<~9jqo^~>', adobe=True))
attempt(lambda: b.a85decode(b'9jqo^~>', adobe=True))
attempt(lambda: b.a85decode(b'9jqo^', adobe=True))
attempt(lambda: b.a85decode(b'abcdefghijklmnopqrstuvwxyz'))
attempt(lambda: b.a85decode(b'zz!!'))
attempt(lambda: b.a85decode(b'uuuuu'))
attempt(lambda: b.a85decode(b'ab{'))
attempt(lambda: b.a85decode(b'y'))
attempt(lambda: b.a85decode(b'y', foldspaces=True))
attempt(lambda: b.a85decode(b'az'))
attempt(lambda: b.a85decode(b'<~87cURD]i,"Ebo80~>', adobe=True))
attempt(lambda: b.a85decode(b'87cURD]i,"Ebo80', ignorechars=b'8'))
attempt(lambda: b.a85decode('87 cU\nRD]i,"Ebo80'))
attempt(lambda: b.b85decode(b'|NsC0'))
attempt(lambda: b.b85decode(b'~'))
attempt(lambda: b.b85decode(b'|NsC'))
attempt(lambda: b.b85decode(b'VPa!'))
attempt(lambda: b.b85decode(b'ab"cd'))
