import socket
import time

a, b = socket.socketpair()
print(a.gettimeout(), a.getblocking(), a.timeout)
a.settimeout(0.2)
print(a.gettimeout(), a.getblocking())
start = time.monotonic()
try:
    a.recv(10)
except TimeoutError as e:
    print(type(e).__name__, e, isinstance(e, OSError), e.errno)
elapsed = time.monotonic() - start
print(elapsed >= 0.15 and elapsed < 2.0)
a.setblocking(False)
print(a.gettimeout(), a.getblocking())
try:
    a.recv(10)
except BlockingIOError as e:
    print(type(e).__name__, e.errno)
a.setblocking(True)
print(a.gettimeout(), a.getblocking())
# MSG_DONTWAIT makes one call non-blocking on a blocking socket.
try:
    a.recv(10, socket.MSG_DONTWAIT)
except BlockingIOError as e:
    print(type(e).__name__, e)
for bad in (-1, 'a', float('nan')):
    try:
        a.settimeout(bad)
    except Exception as e:
        print(type(e).__name__, e)
a.settimeout(3)
print(a.gettimeout())
b.send(b"x")
print(a.recv(10))
print(socket.getdefaulttimeout())
socket.setdefaulttimeout(1.5)
c = socket.socket()
print(c.gettimeout(), socket.getdefaulttimeout())
c.close()
socket.setdefaulttimeout(None)
d = socket.socket()
print(d.gettimeout())
d.close()
try:
    socket.setdefaulttimeout(-2)
except ValueError as e:
    print(type(e).__name__, e)
a.close()
b.close()
