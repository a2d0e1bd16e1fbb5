import socket
import threading

# A thread blocked in recv/accept lets the others run.
a, b = socket.socketpair()
got = []
ready = threading.Event()

def reader():
    ready.set()
    got.append(a.recv(100))

t = threading.Thread(target=reader)
t.start()
ready.wait()
total = sum(range(100000))
b.sendall(b"after work")
t.join()
print(total, got)

srv = socket.create_server(("127.0.0.1", 0))
port = srv.getsockname()[1]
accepted = []

def acceptor():
    conn, _ = srv.accept()
    accepted.append(conn.recv(100))
    conn.close()

t = threading.Thread(target=acceptor)
t.start()
c = socket.create_connection(("127.0.0.1", port))
c.sendall(b"hi")
t.join()
print(accepted)
c.close()
srv.close()
a.close()
b.close()
