import socket
import threading

srv = socket.create_server(("127.0.0.1", 0))
print(srv.family, srv.type, srv.getsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR) != 0)
addr = srv.getsockname()
payload = bytes(range(256)) * 4096  # 1 MiB: several partial sends
result = []

def server():
    conn, _ = srv.accept()
    with conn:
        total = bytearray()
        while True:
            chunk = conn.recv(65536)
            if not chunk:
                break
            total += chunk
        result.append(bytes(total))
        conn.sendall(b"%d" % len(total))

t = threading.Thread(target=server)
t.start()
c = socket.create_connection(addr, timeout=10)
print(c.gettimeout())
c.sendall(payload)
c.shutdown(socket.SHUT_WR)
print(c.recv(100))
c.close()
t.join()
srv.close()
print(result[0] == payload)
try:
    socket.create_server(("127.0.0.1", 0), dualstack_ipv6=True)
except ValueError as e:
    print(type(e).__name__, e)
busy = socket.create_server(("127.0.0.1", 0))
try:
    socket.socket().bind(busy.getsockname())
except OSError as e:
    print(type(e).__name__, e.strerror)
busy.close()
