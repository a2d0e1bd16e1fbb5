"""A test server on 127.0.0.1 (port 0) in a thread, stopped on exit."""
import contextlib
import http.server
import threading


class QuietHandler(http.server.BaseHTTPRequestHandler):
    def log_message(self, format, *args):
        pass


@contextlib.contextmanager
def serve(handler, server_class=http.server.HTTPServer):
    server = server_class(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=server.serve_forever,
                              kwargs={"poll_interval": 0.05})
    thread.start()
    try:
        yield server
    finally:
        server.shutdown()
        thread.join()
        server.server_close()


def raw(server, data):
    """Send raw bytes (then end the sending side); return everything the
    server answers until it closes, with the Date values masked."""
    import re
    import socket
    with socket.create_connection(server.server_address) as s:
        s.sendall(data)
        s.shutdown(socket.SHUT_WR)
        chunks = []
        while True:
            d = s.recv(65536)
            if not d:
                break
            chunks.append(d)
    out = b"".join(chunks)
    out = re.sub(rb"Date: [^\r]*", b"Date: X", out)
    out = re.sub(rb"Last-Modified: [^\r]*", b"Last-Modified: X", out)
    return out
