import io
import http.client
from helper_server import QuietHandler, serve


class Handler(QuietHandler):
    protocol_version = "HTTP/1.1"

    def do_POST(self):
        if self.headers.get("Transfer-Encoding") == "chunked":
            data = b""
            while True:
                size = int(self.rfile.readline(), 16)
                chunk = self.rfile.read(size + 2)[:-2]
                if not size:
                    break
                data += chunk
            how = "chunked"
        else:
            length = int(self.headers.get("Content-Length", 0))
            data = self.rfile.read(length)
            how = "length=%d" % length
        body = ("%s %s %s %r" % (self.command, how, self.headers.get("Content-Type"), data)).encode()
        self.send_response(201)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    do_PUT = do_POST


with serve(Handler) as server:
    conn = http.client.HTTPConnection(*server.server_address, timeout=10)
    for method, body, headers in [("POST", b"bytes body", {}),
                                  ("POST", "latin-1 str é", {"Content-Type": "text/plain"}),
                                  ("PUT", None, {}),
                                  ("POST", io.BytesIO(b"from a file"), {}),
                                  ("POST", iter([b"it", b"", b"er"]), {}),
                                  ("POST", bytearray(b"ba"), {"Content-Length": "2"}),
                                  ("POST", [b"a", b"b"], {"Transfer-Encoding": "chunked"})]:
        conn.request(method, "/", body, headers, encode_chunked="Transfer-Encoding" in headers)
        r = conn.getresponse()
        print(r.status, r.read().decode())
    try:
        conn.request("POST", "/", "not latin-1 \u20ac")
    except UnicodeEncodeError as e:
        print(type(e).__name__, e)
    conn.close()
