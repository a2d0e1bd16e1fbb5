# __del__ runs the moment the last reference goes: del, rebinding, return.
class A:
    def __init__(self, name):
        self.name = name

    def __del__(self):
        print("  __del__", self.name)


print("del statement")
a = A("a")
b = a
del a
print("  a deleted, b still refers")
del b
print("  b deleted")

print("rebinding")
x = A("x1")
x = A("x2")
print("  x rebound")
x = None
print("  x is None")

print("function locals at return")


def f():
    local = A("local")
    other = A("other")
    print("  in f")
    return 42


print("  f returned", f())


def g():
    kept = A("kept")
    return kept


r = g()
print("  g returned", r.name)
del r

print("argument dropped after the call")


def h(obj):
    print("  in h with", obj.name)


h(A("arg"))
print("  after h")

print("expression result discarded")
A("temp")
print("  after temp")
print("end")
