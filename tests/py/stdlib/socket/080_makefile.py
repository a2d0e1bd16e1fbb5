import socket

a, b = socket.socketpair()
wf = a.makefile("wb")
rf = b.makefile("rb")
print(type(wf).__name__, type(rf).__name__, rf.mode)
wf.write(b"line one\nline two\n")
wf.flush()
print(rf.readline(), rf.readline())

tw = a.makefile("w", encoding="utf-8")
tr = b.makefile("r", encoding="utf-8")
tw.write("héllo\nwörld\n")
tw.flush()
print(repr(tr.readline()), repr(tr.readline()))
print(tr.mode, tw.mode)

rw = b.makefile("rwb")
rw.write(b"back\n")
rw.flush()
print(a.recv(100))

raw = a.makefile("rb", buffering=0)
print(type(raw).__name__, raw.readable(), raw.writable())
try:
    a.makefile("x")
except ValueError as e:
    print(type(e).__name__, e)
try:
    a.makefile("r", buffering=0)
except ValueError as e:
    print(type(e).__name__, e)

# The socket stays open until its files are closed too.
for f in (wf, rf, tw, tr, rw, raw):
    f.close()
a.close()
print(a.fileno())
b.close()
wf2_sock, peer = socket.socketpair()
f = wf2_sock.makefile("wb")
wf2_sock.close()
print(wf2_sock.fileno() >= 0)
f.write(b"still\n")
f.close()
print(wf2_sock.fileno(), peer.recv(100))
peer.close()
