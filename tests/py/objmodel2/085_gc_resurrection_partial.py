# When a finalizer resurrects one cycle, the other unreachable cycles found by
# the same collection are still freed (CPython 3.11 recomputes reachability
# after running finalizers and frees what stayed unreachable).
import gc
import weakref

saved = []


class R:
    def __del__(self):
        saved.append(self)


class P:
    pass


gc.collect()
r = R()
r.me = r
p = P()
p.me = p
wp = weakref.ref(p)
del r, p
gc.collect()
print("the weak reference was cleared:", wp() is None)
print("resurrected:", len(saved))
print("the next collection finds nothing:", gc.collect())
saved.clear()
print("after dropping the resurrected cycle:", gc.collect() > 0)
