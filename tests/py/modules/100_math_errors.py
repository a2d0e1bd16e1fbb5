import math
cases = [
    lambda: math.sqrt(-1),
    lambda: math.log(0),
    lambda: math.log(-5),
    lambda: math.acos(2),
    lambda: math.factorial(-1),
    lambda: math.factorial(2.5),
    lambda: math.isqrt(-1),
    lambda: math.exp(1000),
    lambda: math.sqrt("x"),
    lambda: math.comb(-1, 2),
]
for c in cases:
    try:
        print(c())
    except (ValueError, TypeError, OverflowError) as e:
        print(type(e).__name__, e)
