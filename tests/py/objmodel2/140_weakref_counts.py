# weakref.getweakrefcount / getweakrefs.
import weakref


class A:
    pass


a = A()
print("none yet:", weakref.getweakrefcount(a), weakref.getweakrefs(a))
r1 = weakref.ref(a)
print("one:", weakref.getweakrefcount(a), weakref.getweakrefs(a) == [r1])
r2 = weakref.ref(a)
print("shared plain ref still one:", weakref.getweakrefcount(a))
r3 = weakref.ref(a, lambda w: None)
print("with a callback:", weakref.getweakrefcount(a))
refs = weakref.getweakrefs(a)
print("getweakrefs has both:", len(refs), any(r is r1 for r in refs), any(r is r3 for r in refs))
del refs
del r3
print("callback ref dropped:", weakref.getweakrefcount(a))
del r1, r2
print("all dropped:", weakref.getweakrefcount(a))
print("not weakrefable -> 0:", weakref.getweakrefcount(1), weakref.getweakrefs([]))
w = weakref.ref(a)
del a
print("dead ref's object gone:", w())
