# adversarial: a property whose getter is the previous property's __get__, 100,000 deep
# cli: RecursionError
# embedded: RecursionError
class A:
    pass
p = property(lambda self: 1)
for _ in range(100000):
    p = property(p.__get__)
p.__get__(A())
