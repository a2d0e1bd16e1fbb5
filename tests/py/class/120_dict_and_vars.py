class P:
    cls_attr = 0
    def __init__(self):
        self.a = 1
        self.b = 2
p = P()
print(p.__dict__, vars(p))
p.__dict__["c"] = 3
print(p.c)
vars(p)["d"] = 4
print(p.d, sorted(p.__dict__))
print(p.__class__ is P, p.__class__.__name__, P.__module__, P.__qualname__)
print(sorted(k for k in vars(P) if not k.startswith("__")))
