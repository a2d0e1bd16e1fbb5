import io
import urllib.error as E
import urllib.response as R

print(E.__all__, R.__all__)
print([c.__name__ for c in E.HTTPError.__mro__])
e = E.HTTPError('http://x', 404, 'Not Found', {'a': 'b'}, None)
print(str(e), repr(e), e.code, e.reason, e.headers, e.hdrs, e.msg, e.filename, e.url, e.args)
print(e.getcode(), e.geturl(), e.info(), e.read(), e.status)
e2 = E.HTTPError('http://x', 500, 'err', None, io.BytesIO(b'body'))
print(e2.read(), isinstance(e2, OSError), isinstance(e2, E.URLError))
e2.headers = {'x': 1}
print(e2.hdrs)
u = E.URLError('boom')
print(str(u), repr(u), u.reason, u.args, u.filename, u.errno)
u = E.URLError(OSError(1, 'x'), 'fn')
print(str(u), repr(u), u.args, u.filename)
c = E.ContentTooShortError('short', b'x')
print(str(c), repr(c), c.content, c.args, c.reason)
a = R.addinfourl(io.BytesIO(b'ab\ncd'), {'h': 1}, 'http://u', 200)
print(a.read(1), a.readline(), a.status, a.code, a.url, a.headers, a.getcode(), a.geturl(), a.info(), list(a))
print(repr(a).startswith('<addinfourl at '))
a.close()
print(a.closed)
try:
    with a:
        pass
except ValueError as e:
    print(type(e).__name__, e)
calls = []
h = R.addclosehook(io.BytesIO(b'z'), lambda *a: calls.append(a), 1, 2)
with h as f:
    print(f.read())
print(calls, h.closed)
try:
    raise E.HTTPError('u', 418, 'teapot', {}, None)
except E.URLError as err:
    print('caught', err)
