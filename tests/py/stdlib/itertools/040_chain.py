# itertools.chain and chain.from_iterable: laziness, errors, subclasses
import itertools

print(list(itertools.chain("ab", [1, 2], (), range(3))))
print(list(itertools.chain()))
print(list(itertools.chain.from_iterable(["ab", "cd", ""])))
print(list(itertools.chain.from_iterable([])))

def sources():
    for i in range(3):
        print("making", i)
        yield [i] * i

c = itertools.chain.from_iterable(sources())
print("created")
print(next(c))
print(list(c))

# A non-iterable argument fails only when it is reached, and ends the chain.
c = itertools.chain([1], 2, [3])
print(next(c))
try:
    next(c)
except TypeError as e:
    print("TypeError", e)
print(list(c))

for f in [lambda: itertools.chain(1, 2), lambda: itertools.chain.from_iterable(1)]:
    try:
        f()
        print("constructed")
    except TypeError as e:
        print("TypeError", e)
try:
    itertools.chain(a=1)
except TypeError as e:
    print("TypeError", e)
for args, kw in [((), {}), (([1], [2]), {}), ((), dict(x=1))]:
    try:
        itertools.chain.from_iterable(*args, **kw)
    except TypeError as e:
        print("TypeError", e)

class MyChain(itertools.chain):
    def describe(self):
        return "my chain"

m = MyChain.from_iterable(["xy", "z"])
print(type(m).__name__, m.describe(), list(m))
m = MyChain([1], [2])
print(type(m).__name__, list(m), isinstance(m, itertools.chain))

# Deeply nested chains
c = [0]
for i in range(200):
    c = itertools.chain(c, [i + 1])
print(sum(c))
