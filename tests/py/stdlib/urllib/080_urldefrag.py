from urllib.parse import urldefrag

for u in ['http://a/b#c', 'http://a/b', 'http://a/b;p?q#f', '#only', 'x#', 'http://a/b?q#']:
    r = urldefrag(u)
    print(repr(u), r, r.url, r.fragment, r.geturl())
rb = urldefrag(b'http://a/b#x')
print(rb, rb.geturl(), rb.decode())
print(urldefrag('http://a/b#c').encode('ascii'))
