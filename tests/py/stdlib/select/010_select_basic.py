import select
import socket

a, b = socket.socketpair()
r, w, x = select.select([a, b], [a, b], [a, b], 0)
print(r, len(w), x)
b.send(b"data")
r, w, x = select.select([a, b], [], [], 1.0)
print(r == [a], w, x)
r, w, x = select.select([a.fileno()], [], [], 0)
print(r == [a.fileno()])
print(a.recv(10))
r, _, _ = select.select([a], [], [], 0.05)
print(r)
b.close()
r, _, _ = select.select([a], [], [])
print(r == [a], a.recv(10))
# Tuples and other sequences are accepted; duplicates are reported twice.
print(len(select.select((a, a), (), ())[0]))
a.close()
print(select.error is OSError)
