from urllib.parse import (urlsplit, urlparse, urldefrag, SplitResult, ParseResult,
                          DefragResult, SplitResultBytes, ParseResultBytes, DefragResultBytes)

s = urlsplit('http://h/p?q#f')
print(type(s).__name__, s._fields, isinstance(s, tuple), s._replace(path='/x').geturl())
print(SplitResult('http', 'h', '/', '', ''), SplitResult._make(['a', 'b', 'c', 'd', 'e']).geturl())
print(ParseResult(scheme='https', netloc='x', path='/y', params='p', query='q', fragment='f').geturl())
e = s.encode()
print(type(e).__name__, e, e.geturl(), e.hostname, type(e.decode()).__name__)
p = urlparse(b'http://h/p;x')
print(type(p).__name__, p, p.decode('ascii'))
d = urldefrag('a#b')
print(type(d).__name__, d, d.encode(), type(d.encode()).__name__)
print(issubclass(SplitResultBytes, tuple), ParseResultBytes._fields, DefragResultBytes._fields)
print(s == ('http', 'h', '/p', 'q', 'f'), s[0], s[-1], list(s))
print(urlsplit('http://é.example/ü').encode('utf-8'))
try:
    urlsplit('http://é/').encode()
except UnicodeEncodeError as e:
    print(type(e).__name__, e)
