# compress, dropwhile, takewhile, filterfalse
import itertools

print(list(itertools.compress("ABCDEF", [1, 0, 1, 0, 1, 1])))
print(list(itertools.compress("ABC", [1, 1])))
print(list(itertools.compress("AB", [0, 1, 1, 1])))
print(list(itertools.compress(data=range(10), selectors=itertools.cycle([True, False]))))
print(list(itertools.compress(range(5), [[], [0], "", "x", None])))

print(list(itertools.dropwhile(lambda x: x < 5, [1, 4, 6, 4, 1])))
print(list(itertools.dropwhile(lambda x: True, [1, 2])))
print(list(itertools.takewhile(lambda x: x < 5, [1, 4, 6, 4, 1])))
print(list(itertools.takewhile(lambda x: x < 5, itertools.count())))
print(list(itertools.filterfalse(lambda x: x % 2, range(10))))
print(list(itertools.filterfalse(None, [0, 1, "", "a", None, [], [0]])))
print(list(itertools.filterfalse(bool, [0, 1, 2, False])))

# takewhile consumes the first failing item; later calls stop at once.
it = iter([1, 2, 10, 3])
t = itertools.takewhile(lambda x: x < 5, it)
print(list(t), list(t), next(it))

# dropwhile calls the predicate only until it first fails.
calls = []
def pred(x):
    calls.append(x)
    return x < 3
print(list(itertools.dropwhile(pred, [1, 2, 3, 1, 2])), calls)

for f in [
    lambda: itertools.compress([1]),
    lambda: itertools.compress([1], [1], [1]),
    lambda: itertools.compress([1], data=[1]),
    lambda: itertools.compress(1, [1]),
    lambda: itertools.dropwhile(None),
    lambda: itertools.takewhile(bool),
    lambda: itertools.filterfalse(None, [1], 2),
    lambda: itertools.dropwhile(bool, [1], x=1),
    lambda: list(itertools.dropwhile(None, [0, 1])),
    lambda: list(itertools.takewhile(1, [1])),
    lambda: list(itertools.filterfalse(1, [1])),
]:
    try:
        f()
        print("ok")
    except TypeError as e:
        print("TypeError", e)
