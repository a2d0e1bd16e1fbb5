import socket
import socketserver
import threading

class Upper(socketserver.StreamRequestHandler):
    def handle(self):
        line = self.rfile.readline()
        self.wfile.write(line.upper())

with socketserver.TCPServer(("127.0.0.1", 0), Upper) as server:
    host, port = server.server_address
    print(host, port > 0, server.socket.type)
    replies = []

    def client():
        with socket.create_connection((host, port)) as c:
            c.sendall(b"hello server\n")
            replies.append(c.makefile("rb").readline())

    t = threading.Thread(target=client)
    t.start()
    server.handle_request()
    t.join()
    print(replies)
    server.timeout = 0.05
    timed_out = []
    server.handle_timeout = lambda: timed_out.append(True)
    server.handle_request()
    print(timed_out)
print(server.socket.fileno())
print(socketserver.TCPServer.request_queue_size, socketserver.UDPServer.max_packet_size)
print(socketserver.StreamRequestHandler.rbufsize, socketserver.StreamRequestHandler.wbufsize)
