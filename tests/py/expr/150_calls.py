def f(a, b, c=3, *args, d=4, **kw):
    return (a, b, c, args, d, sorted(kw.items()))
print(f(1, 2))
print(f(1, 2, 5, 6, 7))
print(f(1, b=2, d=9, z=0))
args = [10, 20, 30, 40]
print(f(*args))
kw = {"c": 7, "q": 8}
print(f(1, 2, **kw))
print(f(*[1], *(2, 3), **{"d": 0}, **{"e": 1}))
print(f(b=1, a=0))
print(max(*[3, 9, 2]), print(*"abc", sep="-"))
