fs = [lambda: i for i in range(3)]
print([f() for f in fs])
fs2 = [(lambda n: lambda: n)(i) for i in range(3)]
print([f() for f in fs2])
def outer():
    k = 10
    return [k + j for j in range(3)]
print(outer())
def gen_scope():
    base = 100
    return list(base + v for v in range(2))
print(gen_scope())
