sq = lambda x: x * x
print(sq(5), (lambda: 42)(), (lambda *a, **k: (a, k))(1, z=2))
add = lambda a, b=10: a + b
print(add(1), add(1, 2), add(b=3, a=4))
fns = [lambda x, i=i: x + i for i in range(3)]
print([f(10) for f in fns])
print(sorted(["bb", "a", "ccc"], key=lambda s: -len(s)))
print((lambda f: f(f, 5))(lambda g, n: 1 if n <= 1 else n * g(g, n - 1)))
print(sq.__name__)
