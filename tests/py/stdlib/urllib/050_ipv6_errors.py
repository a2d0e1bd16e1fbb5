from urllib.parse import urlsplit, urlparse

for u in ['http://[::1]/', 'http://[zz]/', 'http://[v1.x]/', 'http://[vz]/',
          'http://[1.2.3.4]/', 'http://[::ffff:1.2.3.4]/', 'http://[::1%eth0]/',
          'http://a]/', 'http://[a/', 'http://[1:2:3:4:5:6:7:8]/',
          'http://[1:2:3:4:5:6:7:8:9]/', 'http://[1::2::3]/', 'http://[12345::]/',
          'http://a\uff03b@c/', 'http://\uff48ttp.com/']:
    try:
        print(urlsplit(u))
    except ValueError as e:
        print(type(e).__name__, e)
try:
    urlsplit('a', b'b')
except TypeError as e:
    print(type(e).__name__, e)
