class C:
    x = 5
    y = x * 2
    def m(self):
        try:
            return x
        except NameError as e:
            return "NameError: " + str(e)
    z = [x for _ in range(2)] if False else None
print(C.y, C().m())
x = "global x"
print(C().m())
def f():
    v = 1
    class D:
        v = 2
        def get(self):
            return v
    return D().get(), D.v
print(f())
