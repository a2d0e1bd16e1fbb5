# WeakMethod: a weak reference to a bound method that stays valid while the
# instance lives (a plain ref to a bound method dies at once).
import weakref


class C:
    def __init__(self, n):
        self.n = n

    def get(self):
        return self.n


c = C(5)
plain = weakref.ref(c.get)
print("plain ref to a bound method is dead at once:", plain())
wm = weakref.WeakMethod(c.get)
m = wm()
print("WeakMethod gives a bound method:", m(), m == c.get, type(wm).__name__)
print("isinstance of ref:", isinstance(wm, weakref.ref))
del m
wm2 = weakref.WeakMethod(c.get)
print("equal to another WeakMethod of it:", wm == wm2, hash(wm) == hash(wm2))
log = []
wm3 = weakref.WeakMethod(c.get, lambda w: log.append("callback, dead: %s" % (w() is None)))
del c
print("after del:", wm(), wm2(), log)
print("dead ones are equal only to themselves:", wm == wm, wm == wm2)
try:
    weakref.WeakMethod(len)
except TypeError as e:
    print("TypeError", e)
try:
    weakref.WeakMethod(lambda: 0)
except TypeError as e:
    print("TypeError", e)
