import socket

with socket.socket() as s:
    print(s.fileno() >= 0)
print(s.fileno())
s.close()

s = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
fd = s.detach()
print(fd >= 0, s.fileno())
t = socket.socket(fileno=fd)
print(t.family, t.type, t.fileno() == fd)
d = t.dup()
print(d.fileno() != t.fileno(), d.family, d.type)
f = socket.fromfd(t.fileno(), socket.AF_INET, socket.SOCK_DGRAM)
print(f.fileno() not in (t.fileno(), d.fileno()), f.type)
for x in (t, d, f):
    x.close()
print(t.fileno(), d.fileno(), f.fileno())

class MySocket(socket.socket):
    pass

m = MySocket()
print(type(m).__name__, isinstance(m, socket.socket), m.family)
m.close()
try:
    import pickle
    pickle.dumps(socket.socket())
except TypeError as e:
    print(type(e).__name__, e)
