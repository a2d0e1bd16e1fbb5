# Errors: what cannot be marshalled, and bad or short data.
import marshal


class MyInt(int):
    pass


def attempt(f, *args):
    try:
        print(repr(f(*args)))
    except Exception as e:
        print(type(e).__name__, e)


attempt(marshal.dumps, object())
attempt(marshal.dumps, [1, object()])
attempt(marshal.dumps, MyInt(5))
attempt(marshal.dumps, {1: print})
attempt(marshal.loads, b'')
attempt(marshal.loads, b'\x01')
attempt(marshal.loads, b'i\x01')
attempt(marshal.loads, b'r\x05\x00\x00\x00')
attempt(marshal.loads, b'i\x01\x00\x00\x00extra')
attempt(marshal.loads, b'[\x05\x00\x00\x00')
attempt(marshal.loads, b'{\xe9\x01\x00\x00\x00')
attempt(marshal.loads, b'l\x01\x00\x00\x00\x00\x00')
attempt(marshal.loads, b'0')
attempt(marshal.loads, b'[\x01\x00\x00\x000')
attempt(marshal.loads, b'(\xff\xff\xff\xff')
attempt(marshal.loads, b's\x09\x00\x00\x00abc')
attempt(marshal.loads, 'abc')
attempt(marshal.dumps)
attempt(marshal.dumps, 1, 2, 3)
attempt(marshal.loads, b'u\x02\x00\x00\x00\xff\xff')
nested = []
for i in range(3000):
    nested = [nested]
attempt(marshal.dumps, nested)
attempt(marshal.loads, b'[\x01\x00\x00\x00' * 3000)
attempt(marshal.loads, b'f\x031.5')
attempt(marshal.loads, b'f\x03abc')
