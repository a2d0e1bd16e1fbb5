# Subclasses of weakref.ref: extra attributes, and they are never shared with
# (or returned by) plain weakref.ref(obj).
import weakref


class O:
    pass


class MyRef(weakref.ref):
    def __new__(cls, ob, callback=None, extra=0):
        return super().__new__(cls, ob, callback)

    def __init__(self, ob, callback=None, extra=0):
        super().__init__(ob, callback)
        self.extra = extra


o = O()
r = MyRef(o, None, 5)
print(r.extra, r() is o, type(r).__name__, isinstance(r, weakref.ref))
print("plain ref is a different object:", r is not weakref.ref(o))
r2 = weakref.ref(o)
print("plain refs are shared:", r2 is weakref.ref(o), "count:", weakref.getweakrefcount(o))
print(sorted(type(x).__name__ for x in weakref.getweakrefs(o)))
print("two subclass refs are distinct:", MyRef(o) is not MyRef(o))
del o
print(r(), r2())
