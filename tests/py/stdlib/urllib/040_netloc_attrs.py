from urllib.parse import urlsplit, urlparse

for url in ['http://user:pass@Host.Example.COM:8080/p',
            'http://user@host/p', 'http://:pw@host', 'http://host:/p',
            'http://[::1]:80/', 'http://[FE80::1%Eth0]:8/', 'http://a@b@c:1/',
            'http:///path', 'file:/x', 'http://host:0', 'http://host:65535']:
    r = urlsplit(url)
    print(url, '|', r.username, r.password, r.hostname, r.port)
b = urlparse(b'http://u:p@H:9/x')
print(b.username, b.password, b.hostname, b.port)
for bad in ['http://h:xx/', 'http://h:65536/', 'http://h:-1/', 'http://h: 1/', 'http://h:١/']:
    try:
        print(urlsplit(bad).port)
    except ValueError as e:
        print(type(e).__name__, e)
