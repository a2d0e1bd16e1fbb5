# str, bytes and bytearray, every protocol
import pickle

values = ['', 'abc', 'é', 'a\\b\nc\r\x00\x1a', '\u20ac\U0001f600', 'x' * 300,
          b'', b'abc', b'ab\xff', b'\x00' * 300, bytearray(), bytearray(b'xy')]
for v in values:
    for proto in range(6):
        data = pickle.dumps(v, proto)
        back = pickle.loads(data)
        ok = back == v and type(back) is type(v)
        print(proto, repr(v)[:24], data if len(data) < 120 else len(data), ok)
# The same bytes object twice is written once, then fetched from the memo.
b = b'shared'
for proto in range(6):
    print(proto, pickle.dumps([b, b, 'k', 'k'], proto))
