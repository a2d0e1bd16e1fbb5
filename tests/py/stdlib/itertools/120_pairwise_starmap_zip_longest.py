# pairwise, starmap, zip_longest
import itertools
import operator

print(list(itertools.pairwise("ABCDE")))
print(list(itertools.pairwise([1])), list(itertools.pairwise([])))
print(list(itertools.pairwise(itertools.islice(itertools.count(), 4))))
p = itertools.pairwise(iter([1, 2, 3]))
print(next(p), next(p), next(p, "end"), next(p, "end"))

print(list(itertools.starmap(pow, [(2, 5), (3, 2), (10, 3)])))
print(list(itertools.starmap(operator.add, [[1, 2], "ab", iter([3, 4])])))
print(list(itertools.starmap(max, [(1, 3), ([4, 2],)])))
print(list(itertools.starmap(lambda: 7, [(), []])))

print(list(itertools.zip_longest("ABCD", "xy", fillvalue="-")))
print(list(itertools.zip_longest([1, 2], [3], [4, 5, 6])))
print(list(itertools.zip_longest()), list(itertools.zip_longest([])))
print(list(itertools.zip_longest(fillvalue=1)))
print(list(itertools.zip_longest([1], [2, 3], fillvalue=[0])))
z = itertools.zip_longest(range(2), itertools.count())
print(next(z), next(z), next(z))

for f in [
    lambda: itertools.pairwise(), lambda: itertools.pairwise(1), lambda: itertools.pairwise([1], [2]),
    lambda: itertools.pairwise(iterable=[1]),
    lambda: itertools.starmap(pow), lambda: itertools.starmap(pow, [1], x=1), lambda: itertools.starmap(1, 2),
    lambda: list(itertools.starmap(pow, [1])), lambda: list(itertools.starmap(1, [()])),
    lambda: itertools.zip_longest(1), lambda: itertools.zip_longest([1], foo=1),
    lambda: itertools.zip_longest([1], fillvalue=1, foo=2), lambda: itertools.zip_longest([1], 1),
]:
    try:
        f()
        print("ok")
    except TypeError as e:
        print("TypeError", e)
