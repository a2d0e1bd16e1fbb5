import base64 as b


def attempt(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)


for data in (b'', b'a', b'ab', b'abc', b'\xfb\xff\xfe', bytes(range(100))):
    e = b.b64encode(data)
    print(e, b.b64decode(e) == data, b.urlsafe_b64encode(data), b.standard_b64encode(data))
attempt(lambda: b.b64encode('x'))
attempt(lambda: b.b64decode('YWJj\u00e9'))
attempt(lambda: b.b64decode(5))
attempt(lambda: b.b64decode(b'YW!Jj', validate=True))
attempt(lambda: b.b64decode(b'YW!Jj'))
attempt(lambda: b.b64decode('YWJj'))
attempt(lambda: b.b64decode(bytearray(b'YWJj')))
attempt(lambda: b.b64decode(memoryview(b'YWJj')))
attempt(lambda: b.b64encode(b'\xfb\xff', b'-_'))
attempt(lambda: b.b64decode(b'-_8=', altchars=b'-_'))
attempt(lambda: b.b64decode(b'-_8=', altchars='-_'))
attempt(lambda: b.standard_b64decode(b'YWJj'))
attempt(lambda: b.urlsafe_b64decode(b'-_8='))
attempt(lambda: b.urlsafe_b64decode('-_8='))
attempt(lambda: b.b64decode(b'YWJ'))
