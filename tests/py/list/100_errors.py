a = [1, 2, 3]
for fn in [lambda: a[3], lambda: a[-4], lambda: a["0"], lambda: a[1.0]]:
    try:
        fn()
    except (IndexError, TypeError) as e:
        print(type(e).__name__, e)
try:
    a[10] = 1
except IndexError as e:
    print(type(e).__name__, e)
try:
    [3, "a", 1].sort()
except TypeError as e:
    print(type(e).__name__, e)
try:
    a.sort(key=5)
except TypeError as e:
    print(type(e).__name__, e)
