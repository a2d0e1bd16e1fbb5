import binascii as b


def attempt(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)


for data in (b'', b'h', b'he', b'hel', b'hello', bytes(range(256))):
    enc = b.b2a_base64(data)
    print(enc, b.a2b_base64(enc) == data)
attempt(lambda: b.b2a_base64(b'hello', newline=False))
attempt(lambda: b.b2a_base64(b'a', True))
for s in ('aGVsbG8=\n', 'aGVs bG8=', 'aGVsbG8', 'aGVsbG', 'a', 'aGVsbG8=x',
          'aGVsbA=x=', 'aGVsbA==abcd', 'ab=c', '\xe9', 'aG=V', 'aGVs=', 'aGVsb'):
    attempt(lambda: b.a2b_base64(s))
for s in ('aGVsbG8=', 'aGVs bG8=', '=aGVsbG8', 'aGVsbG8==', 'aGVsbG8=x', 'aGVsbA',
          'a', '', 'aGVs=', 'aG=V', 'aGVs\n', 'aGV=x='):
    attempt(lambda: b.a2b_base64(s, strict_mode=True))
attempt(lambda: b.a2b_base64(b'YWJj', True))
