import io
import http.client

data = (b"Host: example.com\r\nX-Multi: a\r\nX-Long: first\r\n  second\r\n"
        b"x-multi: b\r\nContent-Type: text/html; charset=latin-1\r\n\r\nBODY")
fp = io.BytesIO(data)
msg = http.client.parse_headers(fp)
print(type(msg).__name__, msg.keys(), fp.read())
print(msg["x-multi"], msg.get_all("X-MULTI"), repr(msg["x-long"]), msg.get_content_charset())
print(msg.getallmatchingheaders("x-multi"), msg.getallmatchingheaders("nope"))
print(http.client.parse_headers(io.BytesIO(b"\r\n")).items(), http.client.parse_headers(io.BytesIO(b"")).items())
print(http.client.parse_headers(io.BytesIO(b"Latin: caf\xe9\r\n\r\n"))["latin"])
for bad in [b"X: " + b"y" * 70000 + b"\r\n\r\n", b"X: y\r\n" * 101 + b"\r\n"]:
    try:
        http.client.parse_headers(io.BytesIO(bad))
    except http.client.HTTPException as e:
        print(type(e).__name__, e)


class Sock:
    def __init__(self, data):
        self.data = data

    def makefile(self, mode):
        return io.BytesIO(self.data)


for status in [b"HTTP/1.1 200 OK\r\nContent-Length: 3\r\n\r\nabcdef",
               b"HTTP/1.0 404 Not Found\r\n\r\nrest of body",
               b"HTTP/1.1 100 Continue\r\nX: 1\r\n\r\nHTTP/1.1 204 No Content\r\n\r\n",
               b"HTTP/1.1 301\r\nLocation: /x\r\nContent-Length: 0\r\n\r\n",
               b"ICY 200 OK\r\n\r\n", b"HTTP/1.1 99 Low\r\n\r\n", b"HTTP/1.1 abc\r\n\r\n",
               b"HTTP/2.0 200 OK\r\n\r\n", b"", b"HTTP/1.1 200 OK\r\nContent-Length: 10\r\n\r\nshort",
               b"HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\nzz\r\n"]:
    r = http.client.HTTPResponse(Sock(status), method="GET")
    try:
        r.begin()
        print(r.status, repr(r.reason), r.version, r.length, r.will_close, r.read())
    except (http.client.HTTPException, ConnectionError) as e:
        print(type(e).__name__, repr(e))
try:
    http.client.HTTPResponse(Sock(b"")).getheader("x")
except http.client.ResponseNotReady as e:
    print(type(e).__name__, repr(e))
