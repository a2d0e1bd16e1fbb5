x = "global"
def read():
    return x
def shadow():
    x = "local"
    return x
def reads_builtin():
    return len("abc")
print(read(), shadow(), x, reads_builtin())
def outer():
    y = 1
    def inner():
        return y + 1
    return inner()
print(outer())
def uses_later():
    return later_defined()
def later_defined():
    return "found at call time"
print(uses_later())
