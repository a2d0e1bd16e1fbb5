import select
import socket

def t(f, *args):
    try:
        print(repr(f(*args)))
    except Exception as e:
        print(type(e).__name__, e)

t(select.select, [-1], [], [], 0)
t(select.select, ['a'], [], [], 0)
t(select.select, [], [], [], -1)
t(select.select, [], [], [], 'a')
t(select.select, 1, [], [], 0)
t(select.select, [], [])
s = socket.socket()
s.close()
t(select.select, [s], [], [], 0)

class F:
    def __init__(self, fd):
        self.fd = fd
    def fileno(self):
        return self.fd

a, b = socket.socketpair()
r, w, _ = select.select([F(a.fileno())], [F(b.fileno())], [], 0)
print(len(r), len(w))
p = select.poll()
t(p.modify, 5, 1)
t(p.unregister, 5)
t(p.register, 'a')
t(p.poll, 'a')
t(p.register, -1)
t(p.register, a, 2**20)
t(p.poll, 0)
a.close()
b.close()
