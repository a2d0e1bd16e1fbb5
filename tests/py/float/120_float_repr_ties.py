# repr picks the shortest round-tripping digits; between two equally near
# candidates it rounds half to even, like CPython's dtoa.
print(843311222590618554 / 787.79734, 1059438285926254.2, 987260143447467.2)
print(repr(957233060877684.2), repr(1070467212532881.25), repr(0.3), repr(2 / 3))
print(1e16, 1e15, 1e-5, 1e-4, 123456789012345678.0, 1234567890123456.0)
print(5e-324, 2.5e-320, 1.7976931348623157e308, -0.0, 1e22, 9007199254740993.0)
