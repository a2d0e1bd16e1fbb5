def f(a, b):
    return a + b
def g():
    pass
num = 5
text = "abc"
calls = [
    lambda: f(1),
    lambda: f(1, 2, 3),
    lambda: f(1, 2, c=3),
    lambda: f(1, a=1),
    lambda: g(1),
    lambda: f(),
    lambda: (lambda x: x)(),
    lambda: len(),
    lambda: len(1, 2),
    lambda: num(),
    lambda: text(),
]
for c in calls:
    try:
        c()
    except TypeError as e:
        print(type(e).__name__, e)
