data = [3, 1, 4, 1, 5]
if (n := len(data)) > 3:
    print("long", n)
i = 0
while (i := i + 1) < 4:
    print("i", i)
print("after", i)
vals = [y for x in data if (y := x * 2) > 4]
print(vals, y)
print((a := 10) + a, a)
def f():
    if (z := 7):
        return z
print(f())
