import selectors
import socket

print(selectors.EVENT_READ, selectors.EVENT_WRITE)
print(selectors.DefaultSelector.__name__)
a, b = socket.socketpair()
with selectors.DefaultSelector() as sel:
    key = sel.register(a, selectors.EVENT_READ, data="a-data")
    print(key.fileobj is a, key.fd == a.fileno(), key.events, key.data)
    print(sel.select(0))
    b.send(b"x")
    ready = sel.select(1)
    print([(k.data, ev) for k, ev in ready])
    print(sel.get_key(a).data, len(sel.get_map()), a in sel.get_map())
    print(list(sel.get_map()) == [a.fileno()])
    sel.unregister(a)
    print(len(sel.get_map()))
print(sel.get_map())
a.close()
b.close()
key = selectors.SelectorKey(1, 2, 3, None)
print(key, key._fields)
