from urllib.parse import urlparse, urlunparse

for url in ['http://a/b/c;p?q#f', 'http://a/b;p1/c;p2', 'http://a/;x', 'ftp://a/b;type=i',
            'mailto:x;y', 'tel:+1;ext=2', 'http://a']:
    r = urlparse(url)
    print(r)
    print(' ', r.scheme, r.netloc, r.path, r.params, r.query, r.fragment, '->', urlunparse(r))
print(urlparse('http://a/b')[1], len(urlparse('http://a/b')), tuple(urlparse('x:y')))
print(urlunparse(('http', 'h', '/p', 'x', 'q', 'f')))
print(urlunparse(('', '', 'p', '', '', '')))
