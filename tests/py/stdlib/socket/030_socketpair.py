import socket

a, b = socket.socketpair()
print(a.family, b.type, a.proto)
print(repr(a.getsockname()), repr(b.getpeername()))
a.sendall(b"hello")
print(b.recv(100))
b.send(b"world")
print(a.recv(3), a.recv(10))
print(a.send(memoryview(b"view")), b.recv(10))
a.sendall(bytearray(b"ba"))
print(b.recv(10))
a.shutdown(socket.SHUT_WR)
print(b.recv(10))
a.close()
b.close()
print(a.fileno(), b.fileno())

# Datagram pairs keep message boundaries.
c, d = socket.socketpair(socket.AF_UNIX, socket.SOCK_DGRAM)
c.send(b"one")
c.send(b"two")
print(d.recv(100), d.recv(100))
c.close()
d.close()
with socket.socketpair()[0] as s:
    print(s.fileno() >= 0)
print(s.fileno())
