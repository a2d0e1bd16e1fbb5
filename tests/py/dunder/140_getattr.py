class Proxy:
    def __init__(self, target):
        self._target = target
    def __getattr__(self, name):
        print("forwarding", name)
        return getattr(self._target, name)
p = Proxy([3, 1, 2])
p.append(0)
print(p._target, p.count(1))
class Dynamic:
    real = "real attr"
    def __getattr__(self, name):
        if name.startswith("dyn_"):
            return name[4:]
        raise AttributeError(f"no {name}")
d = Dynamic()
print(d.real, d.dyn_hello, hasattr(d, "dyn_x"), hasattr(d, "other"), getattr(d, "other", "dflt"))
class Recorder:
    def __setattr__(self, name, value):
        print("setting", name, value)
        object.__setattr__(self, name, value)
r = Recorder()
r.x = 5
print(r.x)
