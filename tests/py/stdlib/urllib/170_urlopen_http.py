import http.server
import urllib.error
import urllib.request
from helper_server import QuietHandler, serve

seen = []


class Handler(QuietHandler):
    def do_GET(self):
        seen.append((self.command, self.path, self.headers.get('User-Agent'),
                     self.headers.get('Connection'), self.headers.get('X-Custom')))
        if self.path.startswith('/redirect'):
            self.send_response(302)
            self.send_header('Location', '/final?from=redirect')
            self.end_headers()
            return
        if self.path == '/missing':
            self.send_error(404, 'Nothing here')
            return
        if self.path == '/boom':
            body = b'server side failure'
            self.send_response(500)
            self.send_header('Content-Length', str(len(body)))
            self.end_headers()
            self.wfile.write(body)
            return
        body = ('GET %s' % self.path).encode()
        self.send_response(200)
        self.send_header('Content-Type', 'text/plain; charset=utf-8')
        self.send_header('Content-Length', str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def do_POST(self):
        data = self.rfile.read(int(self.headers['Content-Length']))
        seen.append((self.command, self.path, self.headers.get('Content-Type'), data))
        self.send_response(201)
        self.send_header('Content-Length', '7')
        self.end_headers()
        self.wfile.write(b'created')

    do_PUT = do_POST


with serve(Handler) as server:
    base = 'http://%s:%d' % server.server_address
    with urllib.request.urlopen(base + '/hello?a=1') as r:
        print(type(r).__name__, r.status, r.reason, r.msg, r.getcode(), r.geturl() == base + '/hello?a=1')
        print(r.headers['content-type'], r.info().get_content_charset(), r.read())
    print(r.closed)
    r = urllib.request.urlopen(urllib.request.Request(base + '/h', headers={'X-Custom': 'yes'}))
    print(r.read(), r.url == base + '/h')
    r = urllib.request.urlopen(base + '/form', data=b'a=1&b=2')
    print(r.status, r.read())
    req = urllib.request.Request(base + '/put', data=b'{}', method='PUT', headers={'Content-Type': 'application/json'})
    print(urllib.request.urlopen(req).status)
    r = urllib.request.urlopen(base + '/redirect')
    print(r.status, r.read(), r.geturl() == base + '/final?from=redirect')
    for path in ['/missing', '/boom']:
        try:
            urllib.request.urlopen(base + path)
        except urllib.error.HTTPError as e:
            print(type(e).__name__, e, e.code, e.reason, e.headers.get('Content-Type'), e.read()[-30:])
            print(e.geturl() == base + path, isinstance(e, urllib.error.URLError))
    try:
        urllib.request.urlopen(base + '/form', data='str data')
    except TypeError as e:
        print(type(e).__name__, e)
for s in seen:
    print(s)
