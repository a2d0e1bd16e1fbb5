import __future__
Feature = type(__future__.division)
f = Feature((3, 99, 0, 'alpha', 1), None, 0x123)
print(f)
print(f.getOptionalRelease(), f.getMandatoryRelease(), f.compiler_flag)
print(sorted(vars(f)))
f.mandatory = (4, 0, 0, 'final', 0)
print(repr(f))
try:
    Feature((1,))
except TypeError as e:
    print(type(e).__name__)
