import http.server
from http import HTTPStatus
from helper_server import QuietHandler, serve, raw


class Handler(QuietHandler):
    def do_GET(self):
        if self.path == "/404":
            self.send_error(404)
        elif self.path == "/custom":
            self.send_error(HTTPStatus.FORBIDDEN, "No <entry>", "Explained & escaped")
        elif self.path == "/204":
            self.send_error(204)
        elif self.path == "/999":
            self.send_error(599)
        else:
            self.send_response(200, "Fine")
            self.send_header("Content-Length", "2")
            self.end_headers()
            self.wfile.write(b"ok")

    def do_HEAD(self):
        self.send_error(500)


with serve(Handler) as server:
    for req in [b"GET /404 HTTP/1.0\r\n\r\n", b"GET /custom HTTP/1.0\r\n\r\n",
                b"GET /204 HTTP/1.0\r\n\r\n", b"GET /999 HTTP/1.0\r\n\r\n",
                b"HEAD / HTTP/1.0\r\n\r\n", b"GET / HTTP/1.0\r\n\r\n",
                b"BREW /pot HTTP/1.0\r\n\r\n"]:
        print(raw(server, req).decode("latin-1"))
        print("-" * 20)
print(http.server.DEFAULT_ERROR_CONTENT_TYPE, [n for n in http.server.__all__ if n != 'CGIHTTPRequestHandler'])  # Kaa: no CGI
print(QuietHandler.responses[404], QuietHandler.error_message_format == http.server.DEFAULT_ERROR_MESSAGE)
