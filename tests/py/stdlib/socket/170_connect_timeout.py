import socket
import time

# A listener with a full backlog leaves further connects waiting.
srv = socket.socket()
srv.bind(("127.0.0.1", 0))
srv.listen(0)
clients = []
results = []
for i in range(3):
    c = socket.socket()
    c.settimeout(0.3)
    start = time.monotonic()
    try:
        c.connect(srv.getsockname())
        results.append("connected")
    except TimeoutError as e:
        elapsed = time.monotonic() - start
        results.append("%s %s %s" % (type(e).__name__, e, 0.2 < elapsed < 3))
    clients.append(c)
print(results)
c = socket.socket()
c.settimeout(0.2)
print(c.connect_ex(srv.getsockname()) in (11, 115))
c.setblocking(False)
d = socket.socket()
d.setblocking(False)
try:
    d.connect(srv.getsockname())
except BlockingIOError as e:
    print(type(e).__name__, e)
for x in clients + [c, d, srv]:
    x.close()
