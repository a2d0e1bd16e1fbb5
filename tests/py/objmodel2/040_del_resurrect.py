# __del__ may resurrect its object; it is called at most once per object.
import gc

saved = []


class Phoenix:
    calls = 0

    def __init__(self, name):
        self.name = name

    def __del__(self):
        Phoenix.calls += 1
        print("  __del__", self.name, "call", Phoenix.calls)
        saved.append(self)


p = Phoenix("p")
del p
print("resurrected:", len(saved), saved[0].name)
p = saved.pop()
print("popped back, calls =", Phoenix.calls)
del p
print("dropped again, calls =", Phoenix.calls, "saved =", len(saved))


class Once:
    n = 0

    def __del__(self):
        Once.n += 1


o = Once()
del o
print("Once.__del__ calls:", Once.n)


class Counter:
    def __init__(self):
        self.dels = 0

    def __del__(self):
        self.dels += 1
        keep.append(self)


keep = []
c = Counter()
c = None
c = keep.pop()
print("dels after first death:", c.dels)
c = None
print("kept after second death:", len(keep))
print("gc.is_finalized:", gc.is_finalized(Counter()))
print("end")
