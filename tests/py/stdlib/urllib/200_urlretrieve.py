import os
import tempfile
import urllib.error
import urllib.request
from helper_server import QuietHandler, serve


class Handler(QuietHandler):
    def do_GET(self):
        body = b'x' * 20000
        self.send_response(200)
        if self.path == '/short':
            self.send_header('Content-Length', str(len(body) + 100))
        else:
            self.send_header('Content-Length', str(len(body)))
        self.end_headers()
        self.wfile.write(body)


hooks = []
with tempfile.TemporaryDirectory() as d, serve(Handler) as server:
    base = 'http://%s:%d' % server.server_address
    target = os.path.join(d, 'out.bin')
    name, headers = urllib.request.urlretrieve(base + '/data', target, lambda *a: hooks.append(a))
    print(name == target, os.path.getsize(target), headers['Content-Length'], hooks)
    name, headers = urllib.request.urlretrieve(base + '/data')
    print(os.path.getsize(name), name != target)
    urllib.request.urlcleanup()
    print(os.path.exists(name))
    try:
        urllib.request.urlretrieve(base + '/short', target)
    except urllib.error.ContentTooShortError as e:
        print(type(e).__name__, e, e.content[0] == target)
    src = os.path.join(d, 'src.txt')
    with open(src, 'w') as f:
        f.write('local')
    name, headers = urllib.request.urlretrieve('file://' + src)
    print(name == src, headers['Content-length'])
    name, headers = urllib.request.urlretrieve('file://' + src, os.path.join(d, 'copy.txt'))
    print(open(name).read())
