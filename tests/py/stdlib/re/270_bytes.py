import re
print(re.match(b'ab+', b'abbbc'), re.findall(rb'\d+', b'a12b3'))
print(re.sub(b'a', b'x', b'banana'), re.split(rb'\s', b'a b'))
print(re.search(b'.', bytearray(b'xy')), re.findall(b'[\x80-\xff]', b'a\xe9\xff'))
print(re.match(b'(?P<n>a)', b'a').groupdict(), re.compile(b'x').pattern)
for f in [lambda: re.match('x', b'x'), lambda: re.match(b'x', 'x'), lambda: re.match('x', 1),
          lambda: re.sub('x', b'y', 'x'), lambda: re.sub(b'x', 'y', b'x'), lambda: re.compile(1),
          lambda: re.compile(b'a', re.U), lambda: re.compile('a', re.L), lambda: re.compile('a', re.A | re.U),
          lambda: re.compile(b'a', re.A | re.L), lambda: re.match(b'\\u1234', b'')]:
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)
print(re.escape(b'a.b'), re.match(b'a', memoryview(b'ab')))
