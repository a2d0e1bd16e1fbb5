class C:
    shared = []
    count = 0
    def __init__(self):
        C.count += 1
        self.own = []
a, b = C(), C()
a.shared.append("x")
a.own.append("a")
print(b.shared, b.own, C.count)
a.count = 100
print(a.count, b.count, C.count)
del a.count
print(a.count)
C.new_attr = "added later"
print(a.new_attr, hasattr(b, "new_attr"))
print(sorted(k for k in vars(a)), "shared" in vars(C), "own" in vars(C))
