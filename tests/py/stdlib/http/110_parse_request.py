from helper_server import QuietHandler, serve, raw


class Handler(QuietHandler):
    def do_GET(self):
        body = ("%s|%s|%s|%s" % (self.command, self.path, self.request_version,
                                 self.close_connection)).encode()
        self.send_response(200)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)


class Handler11(Handler):
    protocol_version = "HTTP/1.1"


with serve(Handler) as server:
    for req in [b"GET / HTTP/1.0\r\n\r\n", b"GET\r\n\r\n", b"GET / HTTP/2.0\r\n\r\n",
                b"GET / HTTP/1.1 x\r\n\r\n", b"GET / HTTP/x\r\n\r\n", b"GET / HTTP/1.1.1\r\n\r\n",
                b"GET / HTTP/01.0\r\n\r\n", b"GET /zero-nine\r\n\r\n", b"POST /zero-nine\r\n\r\n",
                b"\r\n", b"", b"GET / HTTP/1.0\r\nBroken header line\r\n\r\n",
                b"GET / HTTP/1.0\r\n" + b"X: y\r\n" * 101 + b"\r\n",
                b"GET / HTTP/1.0\r\nX: " + b"y" * 70000 + b"\r\n\r\n",
                b"GET /" + b"a" * 70000 + b" HTTP/1.0\r\n\r\n"]:
        out = raw(server, req).decode("latin-1")
        print(repr(req[:40]), "->", repr(out.split("\r\n")[0][:80]), repr(out[-60:]))
with serve(Handler11) as server:
    for req in [b"GET / HTTP/1.1\r\nConnection: close\r\n\r\n",
                b"GET / HTTP/1.0\r\n\r\n",
                b"GET / HTTP/1.0\r\nConnection: keep-alive\r\n\r\nGET /second HTTP/1.0\r\nConnection: close\r\n\r\n",
                b"GET / HTTP/1.1\r\nExpect: 100-continue\r\nConnection: close\r\n\r\n"]:
        print(repr(raw(server, req).decode("latin-1")))
