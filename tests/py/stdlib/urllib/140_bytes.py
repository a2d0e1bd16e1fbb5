from urllib.parse import urlsplit, urlparse, urljoin, urlunsplit, urldefrag, parse_qsl, quote, unquote

print(urlsplit(b'http://a/b?c#d'))
print(urlparse(b'http://a/b;p?c#d'))
print(urlsplit(b''), urlsplit(b'x', b'http'))
print(urljoin(b'http://a/b/', b'c'), urlunsplit((b'h', b'n', b'/p', b'', b'')))
for f, args in [(urlsplit, ('http://a', b'x')), (urljoin, (b'http://a', 'b')),
                (urlunsplit, (('h', b'n', '/p', '', ''),))]:
    try:
        f(*args)
    except TypeError as e:
        print(f.__name__, type(e).__name__, e)
try:
    urlsplit(b'http://\xff/')
except UnicodeDecodeError as e:
    print(type(e).__name__, e)
print(urlsplit(bytearray(b'http://a/')) if False else 'skip')
