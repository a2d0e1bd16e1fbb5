import socket
import socketserver

class Reverse(socketserver.DatagramRequestHandler):
    def handle(self):
        self.wfile.write(self.rfile.read()[::-1])

with socketserver.UDPServer(("127.0.0.1", 0), Reverse) as server:
    c = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
    c.sendto(b"abcdef", server.server_address)
    server.handle_request()
    print(c.recvfrom(100)[0])
    c.close()

class Plain(socketserver.BaseRequestHandler):
    def handle(self):
        data, sock = self.request
        sock.sendto(data.upper(), self.client_address)

with socketserver.UDPServer(("127.0.0.1", 0), Plain) as server:
    c = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
    c.sendto(b"plain", server.server_address)
    server.handle_request()
    print(c.recv(100))
    c.close()
