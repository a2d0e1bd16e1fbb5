import socket
import threading

srv = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
srv.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
srv.bind(("127.0.0.1", 0))
srv.listen()
host, port = srv.getsockname()
print(host, isinstance(port, int) and port > 0)

got = []

def client():
    with socket.create_connection((host, port)) as c:
        c.sendall(b"ping 1\n")
        got.append(c.recv(100))
        c.sendall(b"ping 2\n")
        got.append(c.recv(100))

t = threading.Thread(target=client)
t.start()
conn, addr = srv.accept()
print(type(conn).__name__, addr[0], conn.getpeername() == addr)
print(conn.getsockname() == srv.getsockname())
with conn:
    for _ in range(2):
        data = b""
        while not data.endswith(b"\n"):
            data += conn.recv(100)
        conn.sendall(data.upper())
    print(conn.recv(100))
t.join()
print(got)
srv.close()
