import http.client
from helper_server import QuietHandler, serve


class Handler(QuietHandler):
    def do_GET(self):
        body = ("you asked for %s with %s" % (self.path, self.headers.get('X-Test'))).encode()
        self.send_response(200)
        self.send_header("Content-Type", "text/plain")
        self.send_header("Content-Length", str(len(body)))
        self.send_header("X-Multi", "a")
        self.send_header("X-Multi", "b")
        self.end_headers()
        self.wfile.write(body)


with serve(Handler) as server:
    conn = http.client.HTTPConnection(*server.server_address, timeout=10)
    conn.request("GET", "/hello?x=1", headers={"X-Test": "yes"})
    r = conn.getresponse()
    print(r.status, r.reason, r.version, r.code, r.getcode(), r.closed, r.isclosed())
    print(r.getheader("content-type"), r.getheader("X-Multi"), r.getheader("nope"), r.getheader("nope", "d"))
    print(sorted(k for k, v in r.getheaders() if k not in ("Date", "Server")))
    print(type(r.headers).__name__, r.headers["Content-Length"], r.msg is r.headers, r.info() is r.headers)
    print(r.read(3), r.read(), r.read(), r.isclosed(), r.length)
    print(r.will_close, r.chunked, r.readable(), r.geturl() if hasattr(r, 'url') else None)
    r.close()
    print(r.closed)
    conn.close()
