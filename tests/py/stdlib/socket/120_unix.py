import os
import socket
import tempfile
import threading

with tempfile.TemporaryDirectory() as d:
    path = os.path.join(d, "sock")
    srv = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
    srv.bind(path)
    srv.listen()
    print(srv.getsockname() == path, os.path.exists(path))

    def client():
        with socket.socket(socket.AF_UNIX) as c:
            c.connect(path)
            c.sendall(b"over unix")
            print("client got", c.recv(100))

    t = threading.Thread(target=client)
    t.start()
    conn, addr = srv.accept()
    print(repr(addr), conn.getsockname() == path)
    print(conn.recv(100))
    conn.sendall(b"ack")
    t.join()
    conn.close()
    srv.close()
    try:
        socket.socket(socket.AF_UNIX).connect(os.path.join(d, "missing"))
    except FileNotFoundError as e:
        print(type(e).__name__, e)
    try:
        socket.socket(socket.AF_UNIX).bind("a" * 200)
    except OSError as e:
        print(type(e).__name__, e)
    try:
        socket.socket(socket.AF_UNIX).bind(1)
    except TypeError as e:
        print(type(e).__name__, e)

a = socket.socket(socket.AF_UNIX)
a.bind(b"\0kaa-test-abstract-%d" % os.getpid())
print(a.getsockname().startswith(b"\0kaa-test-abstract-"))
a.close()
