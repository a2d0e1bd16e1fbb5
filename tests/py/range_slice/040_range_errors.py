for args in [(0, 10, 0), (1.5,), ("1",)]:
    try:
        range(*args)
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
try:
    range(5)[0] = 1
except TypeError as e:
    print(type(e).__name__, e)
