import http.client
from helper_server import QuietHandler, serve


class Handler(QuietHandler):
    protocol_version = "HTTP/1.1"

    def do_GET(self):
        body = repr(sorted((k, v) for k, v in self.headers.items() if k != "Host")).encode()
        body += b" host-given=%r" % ("Host" in self.headers,)
        self.send_response(200)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)


with serve(Handler) as server:
    conn = http.client.HTTPConnection(*server.server_address, timeout=10)
    conn.putrequest("GET", "/step", skip_accept_encoding=True)
    conn.putheader("X-One", "1")
    conn.putheader("X-Many", "a", "b", 3)
    conn.putheader(b"X-Bytes", b"raw")
    try:
        conn.getresponse()
    except http.client.ResponseNotReady as e:
        print(type(e).__name__, e)
    conn.endheaders()
    try:
        conn.putheader("Late", "x")
    except http.client.CannotSendHeader as e:
        print(type(e).__name__, repr(e))
    r = conn.getresponse()
    print(r.read().decode())
    conn.putrequest("GET", "/", skip_host=True)
    conn.endheaders()
    print(conn.getresponse().read().decode())
    conn.request("GET", "/", headers={"Host": "given", "Accept-Encoding": "x"})
    print(conn.getresponse().read().decode())
    conn.putrequest("GET", "/")
    for name, value in [("Bad Name:", "v"), ("", "v"), ("X", "a\nb"), ("X", "a\rb"), ("X", "\u20ac")]:
        try:
            conn.putheader(name, value)
        except (ValueError, UnicodeEncodeError) as e:
            print(type(e).__name__, e)
    conn.putheader("Ok", "line1\r\n continued")
    conn.close()
    for method, url in [("GET", "/a b"), ("GET", "/a\x7f"), ("GE\tT", "/"), ("GET", "/\n")]:
        conn = http.client.HTTPConnection(*server.server_address)
        try:
            conn.putrequest(method, url)
        except (ValueError, http.client.InvalidURL) as e:
            print(type(e).__name__, e)
    conn = http.client.HTTPConnection(*server.server_address)
    conn.auto_open = 0
    try:
        conn.request("GET", "/")
    except http.client.NotConnected as e:
        print(type(e).__name__, repr(e))
