# Counter: multiset arithmetic and comparisons
from collections import Counter

x = Counter(a=3, b=1, c=0, e=-2)
y = Counter(a=1, b=2, d=-1, f=4)
print(x + y)
print(x - y)
print(x | y)
print(x & y)
print(+x, -x)
print(+Counter(a=-1, b=0), -Counter(a=-1, b=0, c=2))
z = Counter(x)
z += y
print(z)
z -= Counter(a=100)
print(z)
z |= Counter(q=5, b=1)
print(z)
z &= Counter(q=2, b=7)
print(z)
w = Counter(a=1)
w += {'a': 2, 'b': -1}
print(w)
print(Counter(a=1) == Counter(a=1, b=0), Counter(a=1) != Counter(a=1, b=0))
print(Counter(a=1) <= Counter(a=2), Counter(a=1) < Counter(a=1), Counter(a=2) >= Counter(a=1, b=0))
print(Counter(a=1) > Counter(a=1, b=0), Counter(a=1) > Counter(), Counter() < Counter(a=1))
print(Counter(a=1) == {'a': 1}, Counter(a=2) == Counter(a=2.0))
for op in (lambda: Counter() + 1, lambda: Counter() < 1, lambda: Counter(a=1) <= {'a': 2},
           lambda: Counter(a=1) + {'b': 2}, lambda: Counter() - []):
    try:
        op()
    except TypeError as e:
        print(type(e).__name__, e)
print(Counter(a=1) | {'b': 2}, type(Counter(a=1) | {'b': 2}).__name__)

class Sub(Counter):
    pass

r = Sub('ab') + Sub('b')
print(r, type(r).__name__)
inventory = Counter(apples=3, pears=2)
sold = Counter(apples=1, pears=2, plums=1)
print(inventory - sold, sold - inventory, (inventory - sold).total())
