s = {1, 2, 3}
s.discard(2)
s.discard(99)
s.remove(1)
print(sorted(s))
try:
    s.remove(42)
except KeyError as e:
    print(type(e).__name__, e)
s.update([4, 5], (6,))
print(sorted(s))
print(sorted(s.union([0], {9})), sorted(s.intersection(range(5))), sorted(s.difference([3])), sorted(s.symmetric_difference({3, 7})))
print(s.issubset(range(10)), s.issuperset([4, 5]), s.isdisjoint({100}), s.isdisjoint({3}))
t = s.copy()
t.intersection_update({3, 4})
u = s.copy()
u.difference_update({3, 4})
v = s.copy()
v.symmetric_difference_update({3, 99})
print(sorted(t), sorted(u), sorted(v))
p = {42}
print(p.pop(), p)
try:
    p.pop()
except KeyError as e:
    print(type(e).__name__, e)
s.clear()
print(s)
