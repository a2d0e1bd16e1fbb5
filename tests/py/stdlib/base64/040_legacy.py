import base64 as b
import io


def attempt(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)


data = bytes(range(256)) * 3
enc = b.encodebytes(data)
print(enc.count(b'\n'), enc[:80])
print(b.decodebytes(enc) == data)
print(b.encodebytes(b''), b.encodebytes(b'x' * 57))
attempt(lambda: b.encodebytes('x'))
attempt(lambda: b.decodebytes('eA=='))
attempt(lambda: b.encodebytes(memoryview(b'abcd').cast('B', (2, 2))))
attempt(lambda: b.decodebytes(bytearray(b'eA==')))
src = io.BytesIO(data)
out = io.BytesIO()
b.encode(src, out)
print(out.getvalue() == enc)
back = io.BytesIO()
b.decode(io.BytesIO(out.getvalue()), back)
print(back.getvalue() == data)
print(b.MAXLINESIZE, b.MAXBINSIZE)
print(sorted(b.__all__))
