# itertools.accumulate: sums, functions, initial, errors
import itertools
import operator

print(list(itertools.accumulate([1, 2, 3, 4, 5])))
print(list(itertools.accumulate([1, 2, 3, 4, 5], operator.mul)))
print(list(itertools.accumulate([3, 1, 4, 1, 5, 9, 2, 6], max)))
print(list(itertools.accumulate([3, 1, 4, 1, 5, 9, 2, 6], func=min)))
print(list(itertools.accumulate("abc")))
print(list(itertools.accumulate([[1], [2], [3]])))
print(list(itertools.accumulate([1, 2, 3], initial=100)))
print(list(itertools.accumulate([], initial=100)))
print(list(itertools.accumulate([])))
print(list(itertools.accumulate([1, 2], None)))
print(list(itertools.accumulate([1, 2], None, initial=None)))
print(list(itertools.accumulate(iterable=[1, 2, 3], func=operator.sub, initial=10)))
print(list(itertools.accumulate([1.5, 2.5, 3])))
# Running balance with interest, from the docs
cashflows = [1000, -90, -90, -90, -90]
print(list(itertools.accumulate(cashflows, lambda bal, pmt: bal * 105 // 100 + pmt)))
# lazy on an infinite input
acc = itertools.accumulate(itertools.count(1))
print([next(acc) for _ in range(6)])

a = itertools.accumulate([1, "a", 3])
print(next(a))
try:
    next(a)
except TypeError as e:
    print("TypeError", e)
try:
    list(itertools.accumulate([1, 2], 1))
except TypeError as e:
    print("TypeError", e)

cases = [
    ((), {}),
    (([1], None, None), {}),
    (([1],), dict(foo=1)),
    (([1],), dict(iterable=[2])),
    (([1], max), dict(func=min)),
    (([1],), dict(initial=1, func=2, foo=3)),
    ((1,), {}),
]
for args, kw in cases:
    try:
        itertools.accumulate(*args, **kw)
    except TypeError as e:
        print("TypeError", e)
