from urllib.parse import urlsplit, urlunsplit

print(urlunsplit(('http', 'h', '/p', 'q', 'f')))
print(urlunsplit(('http', '', '/a', '', '')))
print(urlunsplit(('http', '', 'a', '', '')))
print(urlunsplit(('', '', '//a', '', '')))
print(urlunsplit(('mailto', '', 'x@y', '', '')))
print(urlunsplit(('file', '', '/etc', '', '')))
print(urlunsplit(['https', 'h:1', '', '', 'x']))
print(urlunsplit((b'http', b'h', b'/p', b'', b'')))
for u in ['http://a/b/c?x#y', 'a/b', '//x/y', 'http://a', 'mailto:a@b']:
    print(u, urlunsplit(urlsplit(u)), urlsplit(u).geturl())
