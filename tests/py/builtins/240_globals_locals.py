gv = "global value"
g = globals()
print(g["gv"], "__name__" in g, g["__name__"], type(g).__name__)
g["injected"] = 42
print(injected)
def f(a, b=2):
    c = a + b
    return locals()
print(f(1))
def outer():
    x = 1
    def inner():
        return sorted(locals())
    return inner()
print(outer())
print(globals() is globals(), "f" in globals(), locals() is globals())
