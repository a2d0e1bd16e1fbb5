# A negative float to a fractional power is complex, as in CPython.
print((-8.0) ** (1 / 3), (-8) ** (1 / 3), (-8) ** 0.5, (-1.0) ** 0.5, (-2) ** -0.5)
print(pow(-8.0, 1 / 3), (-0.5) ** 2.5, (-1e300) ** 0.5, (-1.0) ** 1e-300)
print(type((-8.0) ** 2.0).__name__, (-8.0) ** 2.0, (-8.0) ** -1.0, (-2.0) ** 3)
print(float('-inf') ** 0.5, (-0.0) ** 0.5, (-1.5) ** float('inf'), (-1.5) ** float('nan'))
x = -27.0
x **= 1 / 3
print(x)
try:
    pow(-8.0, 0.5, 3)
except TypeError as e:
    print(type(e).__name__, e)
