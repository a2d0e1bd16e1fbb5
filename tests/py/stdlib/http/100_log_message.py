import io
import re
import sys
import http.server
from helper_server import serve, raw

lines = []


class Logged(http.server.BaseHTTPRequestHandler):
    def do_GET(self):
        self.send_response(200)
        self.send_header("Content-Length", "0")
        self.end_headers()

    def log_message(self, format, *args):
        lines.append(format % args)
        # The default format, written to a buffer instead of stderr.
        saved, sys.stderr = sys.stderr, io.StringIO()
        try:
            super().log_message(format, *args)
            line = sys.stderr.getvalue()
        finally:
            sys.stderr = saved
        lines.append(bool(re.fullmatch(
            r"127\.0\.0\.1 - - \[\d\d/[A-Z][a-z]{2}/\d{4} \d\d:\d\d:\d\d\] .*\n", line)))
        lines.append(line.split("] ", 1)[1])


with serve(Logged) as server:
    raw(server, b"GET /ok HTTP/1.0\r\n\r\n")
    raw(server, b"PUT /x HTTP/1.0\r\n\r\n")
    raw(server, b"GET /esc\x1b[31m\\ HTTP/1.0\r\n\r\n")
    raw(server, b"GARBAGE\r\n\r\n")
for line in lines:
    print(repr(line))
h = http.server.BaseHTTPRequestHandler.__new__(http.server.BaseHTTPRequestHandler)
print(h.date_time_string(0), h.date_time_string(1e9))
print(bool(re.fullmatch(r"\d\d/[A-Z][a-z]{2}/\d{4} \d\d:\d\d:\d\d", h.log_date_time_string())))
print(h.server_version, h.protocol_version, h.default_request_version, h.sys_version.startswith("Python/"))
h.client_address = ("10.0.0.1", 5)
print(h.address_string())
