# Automatic collection: off with gc.disable() or a threshold of 0, on again
# with gc.enable(); gc.callbacks around an explicit collection.
import gc
import weakref


class N:
    pass


def make_cycles(n):
    refs = []
    for i in range(n):
        o = N()
        o.me = o
        refs.append(weakref.ref(o))
    return refs


def alive(refs):
    return sum(r() is not None for r in refs)


gc.collect()
print("count after a collection:", gc.get_count())
gc.disable()
refs = make_cycles(2000)
print("gc disabled: all 2000 cycles alive:", alive(refs))
gc.enable()
junk = [[] for i in range(2000)]
print("enabled, then allocating: some collected:", alive(refs) < 2000)
gc.collect()
print("after gc.collect():", alive(refs))
gc.set_threshold(0)
refs = make_cycles(2000)
print("threshold 0: all alive:", alive(refs))
gc.set_threshold(700, 10, 10)
gc.collect()
print("after gc.collect():", alive(refs))

calls = []


def cb(phase, info):
    calls.append((phase, sorted(info.items())))


gc.callbacks.append(cb)
l = []
l.append(l)
del l
gc.collect()
for c in calls:
    print(c)
gc.callbacks.remove(cb)
