import socket

a, b = socket.socketpair()
a.sendall(b"abcdefgh")
buf = bytearray(5)
print(b.recv_into(buf), buf)
mv = memoryview(bytearray(10))
print(b.recv_into(mv, 2), bytes(mv[:2]))
buf = bytearray(10)
print(b.recv_into(buf, 0), buf)
a.sendall(b"xyz")
print(b.recvfrom_into(bytearray(3)))

def t(f, *args):
    try:
        print(repr(f(*args)))
    except Exception as e:
        print(type(e).__name__, e)

t(b.recv_into, bytearray(2), 5)
t(b.recv_into, bytearray(2), -1)
t(b.recv_into, b"xx")
t(b.recvfrom, -1)
t(b.recvfrom_into, bytearray(2), 5)
a.send(b"peek")
print(b.recv(10, socket.MSG_PEEK), b.recv(10))
a.close()
print(b.recv(10), b.recv_into(bytearray(3)))
b.close()
