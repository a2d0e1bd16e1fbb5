import socket

a = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
b = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
a.bind(("127.0.0.1", 0))
b.bind(("127.0.0.1", 0))
print(a.type, a.family)
print(b.sendto(b"hello", a.getsockname()))
data, addr = a.recvfrom(100)
print(data, addr == b.getsockname())
a.sendto(b"reply", 0, addr)
print(b.recvfrom(100)[0])
b.connect(a.getsockname())
b.send(b"connected")
print(a.recv(100))
b.send(b"truncated message")
print(a.recv(4))
buf = bytearray(10)
b.send(b"into")
n, addr = a.recvfrom_into(buf)
print(n, bytes(buf[:n]), addr == b.getsockname())
try:
    a.sendto(b"x")
except TypeError as e:
    print(type(e).__name__, e)
try:
    a.sendto(b"x", ("127.0.0.1", 70000))
except OverflowError as e:
    print(type(e).__name__, e)
a.setsockopt(socket.SOL_SOCKET, socket.SO_BROADCAST, 1)
print(a.getsockopt(socket.SOL_SOCKET, socket.SO_BROADCAST))
a.close()
b.close()
