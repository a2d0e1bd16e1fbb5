# Objects in containers die when the container drops them.
class A:
    def __init__(self, name):
        self.name = name

    def __del__(self):
        print("  __del__", self.name)


print("list.pop / remove / clear / slice delete")
l = [A("p0"), A("p1"), A("p2"), A("p3"), A("p4")]
l.pop()
print("  popped")
l.pop(0)
print("  popped front")
del l[0]
print("  del l[0]")
l[0] = A("new")
print("  replaced")
l.clear()
print("  cleared, len", len(l))

print("dict deletion and overwrite")
d = {"a": A("da"), "b": A("db"), "c": A("dc")}
del d["a"]
print("  del d['a']")
d["b"] = 1
print("  d['b'] overwritten")
d.pop("c")
print("  popped c")

print("nested containers")
outer = [[A("n1"), (A("n2"),)], {"k": [A("n3")]}]
inner = outer[0]
del outer
print("  outer deleted, inner alive")
del inner
print("  inner deleted")

print("set and tuple")
s = {A("s1")}
t = (A("t1"), A("t2"))
s = None
t = None
print("end")
