import base64 as b


def attempt(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)


for data in (b'', b'a', b'ab', b'abc', b'abcd', b'abcde', b'abcdef', bytes(range(50))):
    e = b.b32encode(data)
    h = b.b32hexencode(data)
    print(e, h, b.b32decode(e) == data, b.b32hexdecode(h) == data)
    print(b.b16encode(data), b.b16decode(b.b16encode(data)) == data)
attempt(lambda: b.b32decode(b'MFRGG==='))
attempt(lambda: b.b32decode(b'MFRGG'))
attempt(lambda: b.b32decode(b'mfrgg===', casefold=True))
attempt(lambda: b.b32decode(b'mfrgg==='))
attempt(lambda: b.b32decode(b'MFRG1===', map01=b'L'))
attempt(lambda: b.b32decode(b'MFRG0===', map01=b'L'))
attempt(lambda: b.b32decode(b'MFRG1===', map01='I'))
attempt(lambda: b.b32decode(b'MFRG!==='))
attempt(lambda: b.b32decode(b'MFRGG=A='))
attempt(lambda: b.b32decode(b'M======='))
attempt(lambda: b.b32decode('MFRGG==='))
attempt(lambda: b.b32hexdecode(b'C5H66==='))
attempt(lambda: b.b32hexdecode(b'c5h66===', casefold=True))
attempt(lambda: b.b32hexdecode(b'c5h66==='))
attempt(lambda: b.b16decode(b'0a'))
attempt(lambda: b.b16decode(b'0a', casefold=True))
attempt(lambda: b.b16decode(b'0G'))
attempt(lambda: b.b16decode(b'0'))
attempt(lambda: b.b16decode('ABCD'))
