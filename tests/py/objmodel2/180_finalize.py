# weakref.finalize: call a function when an object dies (once).
import weakref


class Res:
    def __init__(self, name):
        self.name = name


def cleanup(name, *args, **kw):
    print("  cleanup", name, args, sorted(kw.items()))
    return "result-" + name


r = Res("r")
f = weakref.finalize(r, cleanup, "r", 1, 2, key="v")
print("alive:", f.alive, "atexit:", f.atexit)
print("peek:", f.peek()[0] is r, f.peek()[1] is cleanup, f.peek()[2:])
print("deleting r")
del r
print("alive after death:", f.alive, "peek:", f.peek())
print("calling again returns None:", f())

s = Res("s")
g = weakref.finalize(s, cleanup, "s")
print("explicit call:", g())
print("alive:", g.alive, "second call:", g())
del s
print("no second cleanup at death")

t = Res("t")
h = weakref.finalize(t, cleanup, "t")
det = h.detach()
print("detach:", det[0] is t, det[1] is cleanup, det[2], det[3])
print("alive after detach:", h.alive, "detach again:", h.detach())
del t, det
print("no cleanup after detach")

u = Res("u")
k = weakref.finalize(u, cleanup, "u")
k.atexit = False
print("atexit set False:", k.atexit)
del u
print("finalizer is dropped but still runs?")
v = Res("v")
weakref.finalize(v, cleanup, "v")
del v
print("end")
