import math
for v in [2.5, -2.5, 3.0, -0.1, 1e20]:
    print(v, math.floor(v), math.ceil(v), math.trunc(v), int(v), type(math.floor(v)).__name__)
print(-7.5 // 2, 5.5 % -2, -5.5 % 2, 5.5 // -2)
print(math.fmod(-5.5, 2), math.fmod(5.5, -2))
print(math.modf(3.25), math.modf(-3.25))
