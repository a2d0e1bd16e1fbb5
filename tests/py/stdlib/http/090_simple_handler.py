import functools
import http.server
import os
import tempfile
from helper_server import serve, raw


class Quiet(http.server.SimpleHTTPRequestHandler):
    def log_message(self, format, *args):
        pass


with tempfile.TemporaryDirectory() as root:
    with open(os.path.join(root, "hello.txt"), "w") as f:
        f.write("hello\n")
    with open(os.path.join(root, "b &.html"), "w") as f:
        f.write("<b>x</b>")
    with open(os.path.join(root, "data.tar.gz"), "wb") as f:
        f.write(b"\x1f\x8b")
    os.mkdir(os.path.join(root, "sub"))
    os.mkdir(os.path.join(root, "withindex"))
    with open(os.path.join(root, "withindex", "index.html"), "w") as f:
        f.write("<p>index</p>")
    handler = functools.partial(Quiet, directory=root)
    with serve(handler, http.server.ThreadingHTTPServer) as server:
        for req in [b"GET /hello.txt HTTP/1.0\r\n\r\n", b"GET / HTTP/1.0\r\n\r\n",
                    b"GET /sub HTTP/1.0\r\n\r\n", b"GET /sub/?q=1 HTTP/1.0\r\n\r\n",
                    b"GET /withindex/ HTTP/1.0\r\n\r\n", b"GET /nope HTTP/1.0\r\n\r\n",
                    b"GET /hello.txt/ HTTP/1.0\r\n\r\n", b"HEAD /data.tar.gz HTTP/1.0\r\n\r\n",
                    b"GET /%2e%2e/hello.txt HTTP/1.0\r\n\r\n", b"GET //hello.txt HTTP/1.0\r\n\r\n",
                    b"GET /hello.txt HTTP/1.0\r\nIf-Modified-Since: Sun, 06 Dec 2099 16:32:46 GMT\r\n\r\n",
                    b"GET /hello.txt HTTP/1.0\r\nIf-Modified-Since: Sun, 06 Dec 1999 16:32:46 GMT\r\n\r\n",
                    b"GET /hello.txt HTTP/1.0\r\nIf-Modified-Since: garbage\r\n\r\n",
                    b"POST / HTTP/1.0\r\n\r\n"]:
            print(raw(server, req).decode("latin-1"))
            print("-" * 20)
        h = Quiet.__new__(Quiet)
        h.directory = "/srv"
        for p in ["/a/b", "/a/../../b/", "/x?y#z", "/%41", "/./c/.."]:
            print(p, h.translate_path(p))
        print(h.guess_type("x.txt"), h.guess_type("x.gz"), h.guess_type("x.unknownext"), h.guess_type("X.BZ2"))
