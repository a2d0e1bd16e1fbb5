data = [1, 5, 2, 8]
print([y for x in data if (y := x * 3) > 5], y)
total = 0
print([total := total + v for v in data], total)
def f():
    [last := c for c in "xyz"]
    return last
print(f())
