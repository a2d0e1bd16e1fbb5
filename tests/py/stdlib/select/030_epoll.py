import select
import socket

a, b = socket.socketpair()
with select.epoll() as ep:
    print(ep.closed, ep.fileno() >= 0)
    ep.register(a.fileno(), select.EPOLLIN)
    ep.register(b, select.EPOLLOUT)
    print(sorted((fd == a.fileno(), ev) for fd, ev in ep.poll(0)))
    b.send(b"x")
    print(sorted((fd == a.fileno(), ev) for fd, ev in ep.poll(1)))
    ep.modify(b, select.EPOLLIN)
    print(sorted((fd == a.fileno(), ev) for fd, ev in ep.poll(0.01, 10)))
    ep.unregister(a)
    print(ep.poll(0))
    try:
        ep.register(b, select.EPOLLIN)
    except FileExistsError as e:
        print(type(e).__name__, e)
    try:
        ep.unregister(a)
    except FileNotFoundError as e:
        print(type(e).__name__, e)
    try:
        ep.poll(0, 0)
    except ValueError as e:
        print(type(e).__name__, e)
print(ep.closed)
try:
    ep.poll(0)
except ValueError as e:
    print(type(e).__name__, e)
a.close()
b.close()
print(select.EPOLLIN, select.EPOLLOUT, select.EPOLLET, select.EPOLLONESHOT)
