import re
import socket

def shape(s):
    r = repr(s)
    r = re.sub(r"fd=\d+", "fd=N", r)
    return re.sub(r", (\d{2,5})\)", ", PORT)", r)

s = socket.socket()
print(shape(s))
s.bind(("127.0.0.1", 0))
print(shape(s))
s.listen()
c = socket.create_connection(s.getsockname())
print(shape(c))
conn, _ = s.accept()
print(shape(conn))
for x in (c, conn, s):
    x.close()
print(shape(s))
u = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
print(shape(u))
u.close()
p, q = socket.socketpair()
print(shape(p))
p.close()
q.close()
print(shape(socket.socket(socket.AF_INET6, socket.SOCK_STREAM)))
