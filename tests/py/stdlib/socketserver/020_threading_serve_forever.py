import socket
import socketserver
import threading

class Echo(socketserver.BaseRequestHandler):
    def handle(self):
        data = self.request.recv(100)
        self.request.sendall(b"echo:" + data)

class Server(socketserver.ThreadingMixIn, socketserver.TCPServer):
    allow_reuse_address = True

server = Server(("127.0.0.1", 0), Echo)
loop = threading.Thread(target=server.serve_forever, kwargs={"poll_interval": 0.05})
loop.start()
results = []
lock = threading.Lock()

def client(i):
    with socket.create_connection(server.server_address) as c:
        c.sendall(b"%d" % i)
        r = c.recv(100)
    with lock:
        results.append(r)

clients = [threading.Thread(target=client, args=(i,)) for i in range(5)]
for c in clients:
    c.start()
for c in clients:
    c.join()
server.shutdown()
loop.join()
server.server_close()
print(sorted(results))
print(issubclass(socketserver.ThreadingTCPServer, socketserver.ThreadingMixIn))
