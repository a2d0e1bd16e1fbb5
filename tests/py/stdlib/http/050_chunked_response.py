import http.client
from helper_server import QuietHandler, serve


class Handler(QuietHandler):
    protocol_version = "HTTP/1.1"

    def do_GET(self):
        self.send_response(200)
        self.send_header("Transfer-Encoding", "chunked")
        self.end_headers()
        for piece in [b"line one\n", b"line two\nline", b" three\n", b"tail"]:
            self.wfile.write(b"%x;ext=1\r\n%s\r\n" % (len(piece), piece))
        self.wfile.write(b"0\r\nTrailer: x\r\n\r\n")


with serve(Handler) as server:
    conn = http.client.HTTPConnection(*server.server_address, timeout=10)
    conn.request("GET", "/")
    r = conn.getresponse()
    print(r.chunked, r.length, r.will_close)
    print(r.read())
    print(r.isclosed())
    conn.request("GET", "/")
    r = conn.getresponse()
    print(r.read(4), r.read(6), r.readline(), r.readline())
    buf = bytearray(5)
    print(r.readinto(buf), bytes(buf))
    print(list(r))
    print(r.read(), r.isclosed())
    conn.request("GET", "/")
    r = conn.getresponse()
    print(r.read1(3), r.peek(1)[:0], r.read())
    conn.close()
