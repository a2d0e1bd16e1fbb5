# gauss() keeps its second value in gauss_next: seed() and setstate()
# reset or restore it.
import random

r = random.Random(1)
g1 = r.gauss()
print(r.gauss_next is not None, type(r.gauss_next).__name__)
g2 = r.gauss()
print(r.gauss_next)
print([g1, g2])

r.seed(1)
print(r.gauss_next, r.gauss() == g1)
r.seed(1)
r.gauss()
r.seed(1)
print(r.gauss() == g1)

r = random.Random(2)
r.gauss()
st = r.getstate()
print(st[2] == r.gauss_next)
a = [r.gauss() for _ in range(5)]
r.setstate(st)
print(a == [r.gauss() for _ in range(5)])

# normalvariate does not touch gauss_next
r = random.Random(3)
r.gauss()
keep = r.gauss_next
r.normalvariate()
print(r.gauss_next == keep)

# gauss_next set by hand is used once
r = random.Random(4)
r.gauss_next = 0.5
print(r.gauss(10, 2), r.gauss_next)
r.gauss_next = 3
print(r.gauss(), r.gauss_next is not None)
