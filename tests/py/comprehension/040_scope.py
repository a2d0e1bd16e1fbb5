x = "outer"
r = [x for x in range(3)]
print(r, x)
y = 10
print([y + i for i in range(3)])
try:
    [undefined_q for _ in range(1)]
except NameError as e:
    print(type(e).__name__, e)
class C:
    vals = [1, 2]
    doubled = [v * 2 for v in vals]
    n = 3
    try:
        bad = [n for _ in range(2)]
    except NameError as e:
        err = str(e)
print(C.doubled, C.err)
g = (i for i in range(2))
print("i" in dir(), list(g))
