import select
import socket

a, b = socket.socketpair()
p = select.poll()
p.register(a, select.POLLIN)
p.register(b.fileno(), select.POLLOUT)
print(sorted((fd == a.fileno(), ev) for fd, ev in p.poll(0)))
b.send(b"x")
print(sorted((fd == a.fileno(), ev) for fd, ev in p.poll(1000)))
p.modify(b, select.POLLIN)
print(sorted((fd == a.fileno(), ev) for fd, ev in p.poll(0)))
p.unregister(a)
print(p.poll(10))
try:
    p.unregister(a)
except KeyError as e:
    print("KeyError", e.args[0] == a.fileno())
try:
    p.modify(a, select.POLLIN)
except FileNotFoundError as e:
    print(type(e).__name__, e)
a.close()
p.register(b)
print([ev & select.POLLHUP != 0 for fd, ev in p.poll(None)])
b.close()
print(select.POLLIN, select.POLLPRI, select.POLLOUT, select.POLLERR, select.POLLHUP, select.POLLNVAL)
