def echo():
    received = []
    while True:
        v = yield len(received)
        if v is None:
            break
        received.append(v)
    yield received
g = echo()
print(g.send(None))
print(g.send("a"), g.send("b"))
print(next(g))
def averager():
    total = count = 0
    avg = None
    while True:
        x = yield avg
        total += x
        count += 1
        avg = total / count
a = averager()
next(a)
print(a.send(10), a.send(20), a.send(0))
try:
    echo().send(5)
except TypeError as e:
    print(type(e).__name__, e)
