import select
import socket
import threading
import time

a, b = socket.socketpair()
start = time.monotonic()
print(select.select([a], [], [], 0.2))
elapsed = time.monotonic() - start
print(elapsed >= 0.15 and elapsed < 2.0)

p = select.poll()
p.register(a, select.POLLIN)
start = time.monotonic()
print(p.poll(150))
elapsed = time.monotonic() - start
print(elapsed >= 0.1 and elapsed < 2.0)

# A writer thread wakes a select() that waits without a timeout.
def writer():
    time.sleep(0.1)
    b.send(b"wake")

t = threading.Thread(target=writer)
t.start()
r, _, _ = select.select([a], [], [])
t.join()
print(r == [a], a.recv(10))
ep = select.epoll()
ep.register(a, select.EPOLLIN)
t = threading.Thread(target=writer)
t.start()
print([ev for fd, ev in ep.poll()])
t.join()
ep.close()
a.close()
b.close()
