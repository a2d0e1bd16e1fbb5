it = iter([1, 2, 3])
print(next(it), next(it), next(it), next(it, "stop"))
try:
    next(it)
except StopIteration as e:
    print(type(e).__name__, e.args)
print(iter(it) is it, list(iter("ab")), list(iter({"k": 1})), list(iter(range(2))))
n = [0]
def counter():
    n[0] += 1
    return n[0]
print(list(iter(counter, 4)))
try:
    next(5)
except TypeError as e:
    print(type(e).__name__, e)
try:
    iter(5)
except TypeError as e:
    print(type(e).__name__, e)
