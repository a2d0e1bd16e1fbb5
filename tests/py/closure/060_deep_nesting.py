def a(x):
    def b(y):
        def c(z):
            def d(w):
                return x + y + z + w
            return d
        return c
    return b
print(a(1)(2)(3)(4))
def f():
    v = "f"
    class C:
        def m(self):
            return v
    return C().m()
print(f())
def g():
    items = [1, 2, 3]
    return [lambda: sum(items) * k for k in (1, 2)]
print([h() for h in g()])
