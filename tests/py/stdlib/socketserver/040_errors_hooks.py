import io
import socket
import socketserver
import sys
import threading

class Boom(socketserver.BaseRequestHandler):
    def handle(self):
        raise ValueError("handler failed")

class Quiet(socketserver.TCPServer):
    errors = []
    def handle_error(self, request, client_address):
        self.errors.append(sys.exc_info()[0].__name__)
    def verify_request(self, request, client_address):
        return client_address[0] == "127.0.0.1"

with Quiet(("127.0.0.1", 0), Boom) as server:
    def client():
        with socket.create_connection(server.server_address) as c:
            print("client read", c.recv(10))
    t = threading.Thread(target=client)
    t.start()
    server.handle_request()
    t.join()
    print(server.errors)

s = socketserver.TCPServer(("127.0.0.1", 0), Boom, bind_and_activate=False)
print(s.server_address)
s.server_bind()
print(s.server_address[1] > 0)
s.server_close()
busy = socketserver.TCPServer(("127.0.0.1", 0), Boom)
try:
    socketserver.TCPServer(busy.server_address, Boom)
except OSError as e:
    print(type(e).__name__, e.strerror)
busy.server_close()
