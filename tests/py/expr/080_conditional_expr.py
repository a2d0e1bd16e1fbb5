for n in range(-1, 3):
    print(n, "pos" if n > 0 else "zero" if n == 0 else "neg")
x = [] if False else [1]
print(x)
def f(a):
    return a * 2 if a else "empty"
print(f(3), f(0), f(""))
print((lambda v: "big" if v > 10 else "small")(11))
print([i if i % 2 else -i for i in range(5)])
