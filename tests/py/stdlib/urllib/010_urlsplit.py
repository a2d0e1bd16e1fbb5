from urllib.parse import urlsplit

for url in ['http://www.example.com/a/b?x=1&y=2#frag',
            'https://user:pw@host:8080/p',
            'ftp://ftp.example.org/pub/file.txt',
            'mailto:someone@example.com',
            '//netloc/only/path',
            '/just/a/path?q',
            'relative/path#f',
            'HTTP://Example.COM/',
            'file:///etc/hosts',
            'path:80',
            '1a:b',
            '',
            'http://a/b?c#d?e']:
    print(repr(url), urlsplit(url))
print(urlsplit('http://a/b?c#d', allow_fragments=False))
print(urlsplit('//a/b', scheme='https'))
print(urlsplit('x', 'http'))
