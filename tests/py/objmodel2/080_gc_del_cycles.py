# PEP 442: objects with __del__ in a cycle are collected; each __del__ runs once.
import gc

gc.collect()
log = []


class D:
    def __init__(self, name):
        self.name = name

    def __del__(self):
        log.append(self.name)


a = D("a")
a.self = a
del a
print("before collect:", log)
gc.collect()
print("after collect:", log)
print("gc.garbage:", gc.garbage)

log.clear()
x, y = D("x"), D("y")
x.peer, y.peer = y, x
del x, y
gc.collect()
print("two-object cycle:", sorted(log))

print("resurrection from a cycle")
log.clear()
saved = []


class R:
    def __del__(self):
        log.append("R.__del__")
        saved.append(self)


r = R()
r.self = r
del r
gc.collect()
print("  log:", log, "saved:", len(saved))
r = saved.pop()
print("  resurrected object intact:", r.self is r)
del r
gc.collect()
print("  second collect does not call __del__ again:", log)

print("suspended generator in a cycle: its finally runs")


def gen(out, box):
    try:
        yield 1
        yield 2
    finally:
        out.append("finally ran")


out = []
box = []
g = gen(out, box)
box.append(g)
next(g)
del g, box
print("  before collect:", out)
gc.collect()
print("  after collect:", out)
