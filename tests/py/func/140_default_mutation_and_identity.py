def make():
    def f(x, acc=[]):
        acc.append(x)
        return acc
    return f
f1, f2 = make(), make()
print(f1(1), f1(2), f2(3))
print(f1 is not f2, f1.__defaults__ == ([1, 2],))
def kwdefault(*, k=[]):
    k.append(len(k))
    return k
print(kwdefault(), kwdefault(), f1.__name__)
