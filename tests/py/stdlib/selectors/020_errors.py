import selectors
import socket

a, b = socket.socketpair()
sel = selectors.DefaultSelector()
for args in [(a, 0), (a, 4), ("x", 1), (-1, 1)]:
    try:
        sel.register(*args)
    except ValueError as e:
        print(type(e).__name__, str(e).replace(repr(a), "<A>"))
sel.register(a, selectors.EVENT_READ)
try:
    sel.register(a.fileno(), selectors.EVENT_READ)
except KeyError as e:
    print(type(e).__name__, str(e) == repr("%d (FD %d) is already registered" % (a.fileno(), a.fileno())))
try:
    sel.unregister(b)
except KeyError as e:
    print(type(e).__name__)
try:
    sel.get_key(b)
except KeyError as e:
    print(type(e).__name__)
try:
    sel.modify(b, selectors.EVENT_READ)
except KeyError as e:
    print(type(e).__name__)
try:
    sel.modify(a, 0)
except ValueError as e:
    print(type(e).__name__, e)
sel.close()
try:
    sel.get_key(a)
except RuntimeError as e:
    print(type(e).__name__, e)
try:
    selectors.BaseSelector()
except TypeError as e:
    print(type(e).__name__)
a.close()
b.close()
