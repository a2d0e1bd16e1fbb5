def square(x):
    return x * x
def cube(x):
    return x ** 3
ops = {"sq": square, "cb": cube, "neg": lambda x: -x}
for name in ops:
    print(name, ops[name](3))
def apply_twice(f, v):
    return f(f(v))
print(apply_twice(square, 3), apply_twice(str.upper, "a"))
def compose(*fs):
    def run(v):
        for f in reversed(fs):
            v = f(v)
        return v
    return run
print(compose(square, cube, abs)(-2), list(map(square, [1, 2])))
funcs = [square, cube]
print([f(2) for f in funcs], square == square, square != cube)
