# adversarial: classmethod wrapping classmethod 100,000 deep, looked up on a class: no crash
# cli: ValueError
# embedded: ValueError
f = classmethod(lambda cls: 1)
for _ in range(100000):
    f = classmethod(f)
class A:
    m = f
try:
    A.m
except RecursionError:
    pass
raise ValueError('end')
