# timedelta arithmetic with timedeltas, ints and floats; comparisons; hashing
from datetime import timedelta as td

a = td(days=3, hours=5, microseconds=7)
b = td(hours=-7, seconds=11)
print(repr(a + b), repr(a - b), repr(-a), repr(+b), repr(abs(b)))
print(repr(a * 3), repr(3 * a), repr(a * -1), repr(a * 0))
print(repr(a / 3), repr(a // 4), repr(a // -4))
print(a / b, a // b, repr(a % b), divmod(a, b), divmod(-a, b))
print(a / td(microseconds=7), (-a) // td(hours=1), repr(-a % td(hours=1)))
print(a == td(3, 18000, 7), a != b, a > b, a <= b, a >= a, b < a)
print(bool(td(0)), bool(b), bool(td(microseconds=1)))
print(hash(a) == hash(td(3, 18000, 7)), hash(td(0)) == hash(td(seconds=0)))
print(a == 5, a != 'x', (a == None), (None != a))
print(sorted([a, b, td(0), -a, td(microseconds=-1)]))
print(len({td(1), td(days=1), td(hours=24), td(2)}))
total = td(0)
for i in range(10):
    total += td(minutes=7, seconds=i)
print(total, total // 10, total / 10)
print(repr(sum([td(1), td(2)], td(0))), repr(max(a, b)), repr(min(a, b)))
