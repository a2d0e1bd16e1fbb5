# hash() of a float equals the hash of the equal int when it is integral, and
# otherwise is the exact value of the fraction modulo 2**61 - 1.
import math

for x in [0.0, -0.0, 1.0, -1.0, 1.5, -1.5, 0.5, 0.25, 0.1, -0.1, 2.5, 1e-300,
          1e300, -1e300, 3.141592653589793, 2.0**61, 2.0**62, 2.0**100,
          1e16, 123456789.125, 5e-324, 1.7976931348623157e308]:
    print(repr(x), hash(x))

print(hash(math.inf), hash(-math.inf), hash(float("inf")))

# NaN: never equal to itself, so its hash cannot be relied on, but each NaN
# object is still a usable dict key through identity.
nan = float("nan")
print(nan == nan, nan is nan, {nan: 1}[nan], len({nan, nan}))
print(len({float("nan"), float("nan")}))
print(hash(nan) == hash(nan))

for x in [1.0, -2.0, 2.0**70, 1e20, 0.0]:
    print(hash(x) == hash(int(x)))

class MyFloat(float):
    pass

print(hash(MyFloat(1.5)) == hash(1.5), float.__hash__(2.5))
