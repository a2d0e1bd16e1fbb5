import socket

s = socket.socket()
print(s.getsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR))
s.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
print(s.getsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR) != 0)
s.setsockopt(socket.SOL_SOCKET, socket.SO_KEEPALIVE, True)
print(s.getsockopt(socket.SOL_SOCKET, socket.SO_KEEPALIVE))
s.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
print(s.getsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY))
s.setsockopt(socket.SOL_SOCKET, socket.SO_RCVBUF, 65536)
print(s.getsockopt(socket.SOL_SOCKET, socket.SO_RCVBUF) >= 65536)
print(s.getsockopt(socket.SOL_SOCKET, socket.SO_SNDBUF) > 0)
print(s.getsockopt(socket.SOL_SOCKET, socket.SO_ERROR))
print(s.getsockopt(socket.SOL_SOCKET, socket.SO_TYPE))
print(s.getsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 4))
s.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, b"\x00\x00\x00\x00")
print(s.getsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR))
for args in [(socket.SOL_SOCKET, socket.SO_REUSEADDR, "x"),
             (socket.SOL_SOCKET, socket.SO_REUSEADDR, 1.5)]:
    try:
        s.setsockopt(*args)
    except TypeError as e:
        print(type(e).__name__, e)
try:
    print(s.getsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 0))
    s.getsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, -1)
except OSError as e:
    print(type(e).__name__, e)
s.close()
