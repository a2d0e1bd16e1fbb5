import http.client
from helper_server import QuietHandler, serve

connections = []


class Handler(QuietHandler):
    protocol_version = "HTTP/1.1"

    def do_GET(self):
        connections.append(self.client_address)
        body = self.path.encode()
        self.send_response(200)
        if self.path == "/close":
            self.send_header("Connection", "close")
        if self.path != "/nolength":
            self.send_header("Content-Length", str(len(body)))
        else:
            self.send_header("Connection", "close")
        self.end_headers()
        self.wfile.write(body)

    def do_HEAD(self):
        self.send_response(200)
        self.send_header("Content-Length", "1000")
        self.end_headers()


with serve(Handler) as server:
    conn = http.client.HTTPConnection(*server.server_address, timeout=10)
    for path in ["/a", "/b", "/c"]:
        conn.request("GET", path)
        r = conn.getresponse()
        print(path, r.will_close, r.read(), conn.sock is not None)
    print(len(set(connections)))
    conn.request("HEAD", "/h")
    r = conn.getresponse()
    print(r.getheader("content-length"), r.length, r.read(), r.isclosed())
    conn.request("GET", "/close")
    r = conn.getresponse()
    print(r.will_close, conn.sock, r.read())
    conn.request("GET", "/nolength")
    r = conn.getresponse()
    print(r.will_close, r.length, r.read())
    print(len(set(connections)))
    conn.request("GET", "/a")
    try:
        conn.request("GET", "/b")
    except http.client.CannotSendRequest as e:
        print(type(e).__name__, e)
    r = conn.getresponse()
    try:
        conn.getresponse()
    except http.client.ResponseNotReady as e:
        print(type(e).__name__, e)
    print(r.read())
    conn.close()
