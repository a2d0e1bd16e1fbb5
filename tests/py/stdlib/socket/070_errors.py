import errno
import socket

# A port nobody listens on: bind one, then close it.
tmp = socket.socket()
tmp.bind(("127.0.0.1", 0))
port = tmp.getsockname()[1]
tmp.close()

s = socket.socket()
try:
    s.connect(("127.0.0.1", port))
except ConnectionRefusedError as e:
    print(type(e).__name__, e, e.errno == errno.ECONNREFUSED)
s.close()
s = socket.socket()
print(s.connect_ex(("127.0.0.1", port)) == errno.ECONNREFUSED)
s.close()

def t(f, *args):
    try:
        print(repr(f(*args)))
    except Exception as e:
        print(type(e).__name__, e)

s = socket.socket()
t(s.bind, ("127.0.0.1", 70000))
t(s.bind, ("127.0.0.1", -1))
t(s.bind, "x")
t(s.bind, ("127.0.0.1",))
t(s.bind, (1, 2))
t(s.bind, ("127.0.0.1", "a"))
t(s.send, "abc")
t(s.recv, -1)
t(s.recv, "a")
t(s.getsockopt, socket.SOL_SOCKET, socket.SO_REUSEADDR, 2000)
t(socket.socket, 99)
t(socket.socket, socket.AF_INET, 99)
t(socket.socket, "a")
t(lambda: socket.socket(fileno=-5))
s.close()
t(s.recv, 1)
t(s.send, b"x")
t(s.getsockname)
s6 = socket.socket(socket.AF_INET6)
t(s6.bind, ("::1",))
t(s6.bind, ("::1", 0, 2**21))
t(s6.bind, "x")
s6.close()

# Two listeners on one port.
a = socket.socket()
a.bind(("127.0.0.1", 0))
a.listen()
b = socket.socket()
try:
    b.bind(a.getsockname())
except OSError as e:
    print(type(e).__name__, e.errno == errno.EADDRINUSE)
a.close()
b.close()
