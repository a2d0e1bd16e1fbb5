log = []
def v(name, val):
    log.append(name)
    return val
d = {}
d[v("key", "k")] = v("value", 1)
print(log)
log.clear()
a = [0, 0]
a[v("i", 0)], a[v("j", 1)] = v("x", "X"), v("y", "Y")
print(a, log)
log.clear()
x = [1, 2, 3]
i = 0
i, x[i] = 1, 99
print(i, x)
log.clear()
print(v("l", 1) + v("r", 2) * v("m", 3), log)
log.clear()
f = {"a": v("1", 1), "b": v("2", 2)}
print(log)
