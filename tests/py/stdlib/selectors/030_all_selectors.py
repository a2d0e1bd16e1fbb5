import selectors
import socket

for cls in (selectors.SelectSelector, selectors.PollSelector, selectors.EpollSelector):
    a, b = socket.socketpair()
    sel = cls()
    sel.register(a, selectors.EVENT_READ, "A")
    sel.register(b, selectors.EVENT_WRITE, "B")
    print(cls.__name__, sorted((k.data, ev) for k, ev in sel.select(0)))
    b.send(b"x")
    print(sorted((k.data, ev) for k, ev in sel.select(0)))
    key = sel.modify(b, selectors.EVENT_READ | selectors.EVENT_WRITE, "B2")
    print(key.events, key.data)
    key = sel.modify(b, key.events, "B3")
    print(sel.get_key(b).data)
    sel.modify(a, selectors.EVENT_WRITE, "A")
    print(sorted((k.data, ev) for k, ev in sel.select(None)))
    # A closed file object can still be unregistered.
    sel.modify(a, selectors.EVENT_READ, "A")
    a.close()
    print(sel.unregister(a).data)
    print(sel.select(0.01) == [] or cls.__name__)
    sel.close()
    b.close()
print(isinstance(selectors.DefaultSelector(), selectors.BaseSelector))
