# The order in which several __del__ methods run when a container or a frame
# releases many objects at once (CPython: lists and tuples release their items
# last first, dicts and frames first first).
class A:
    def __init__(self, name):
        self.name = name

    def __del__(self):
        print("  start", self.name)
        print("  end", self.name)


print("list")
l = [A("l1"), A("l2"), A("l3")]
del l
print("tuple")
t = (A("t1"), A("t2"), A("t3"))
del t
print("dict")
d = {1: A("d1"), 2: A("d2"), 3: A("d3")}
del d
print("frame")


def f():
    a = A("fa")
    b = A("fb")
    c = A("fc")


f()
print("instance dict")


class Holder:
    pass


h = Holder()
h.x = A("hx")
h.y = A("hy")
del h
print("end")
