# Recipes from the itertools documentation, written out here
import itertools
import operator
from itertools import chain, combinations, cycle, islice, repeat, starmap, tee, zip_longest, groupby, filterfalse

def take(n, iterable):
    return list(islice(iterable, n))

def tabulate(function, start=0):
    return map(function, itertools.count(start))

def nth(iterable, n, default=None):
    return next(islice(iterable, n, None), default)

def flatten(list_of_lists):
    return chain.from_iterable(list_of_lists)

def grouper(iterable, n, fillvalue=None):
    args = [iter(iterable)] * n
    return zip_longest(*args, fillvalue=fillvalue)

def chunked(iterable, n):
    it = iter(iterable)
    while chunk := tuple(islice(it, n)):
        yield chunk

def sliding_window(iterable, n):
    its = tee(iterable, n)
    for i, it in enumerate(its):
        for _ in islice(it, i):
            pass
    return zip(*its)

def powerset(iterable):
    s = list(iterable)
    return chain.from_iterable(combinations(s, r) for r in range(len(s) + 1))

def roundrobin(*iterables):
    num_active = len(iterables)
    nexts = cycle(iter(it).__next__ for it in iterables)
    while num_active:
        try:
            for next_ in nexts:
                yield next_()
        except StopIteration:
            num_active -= 1
            nexts = cycle(islice(nexts, num_active))

def partition(pred, iterable):
    t1, t2 = tee(iterable)
    return filterfalse(pred, t1), filter(pred, t2)

def unique_justseen(iterable, key=None):
    return map(next, map(operator.itemgetter(1), groupby(iterable, key)))

def quantify(iterable, pred=bool):
    return sum(map(pred, iterable))

def ncycles(iterable, n):
    return chain.from_iterable(repeat(tuple(iterable), n))

def dotproduct(vec1, vec2):
    return sum(map(operator.mul, vec1, vec2))

def all_equal(iterable):
    g = groupby(iterable)
    return next(g, True) and not next(g, False)

print(take(4, tabulate(lambda x: x * x)))
print(nth(range(10), 3), nth(range(3), 5, "none"))
print(list(flatten([[1, 2], [], [3], (4, 5)])))
print(list(grouper("ABCDEFG", 3, "x")))
print(list(chunked(range(7), 3)))
print(list(sliding_window("ABCDEF", 4)))
print(list(powerset([1, 2, 3])))
print(list(roundrobin("ABC", "D", "EF")))
evens, odds = partition(lambda x: x % 2, range(10))
print(list(evens), list(odds))
print(list(unique_justseen("AAAABBBCCDAABBB")), list(unique_justseen("ABBcCAD", str.lower)))
print(quantify([1, 0, 3, None]), list(ncycles("ab", 3)), dotproduct([1, 2, 3], [4, 5, 6]))
print(all_equal("aaa"), all_equal("aab"), all_equal(""))
print(list(starmap(operator.mul, zip(itertools.count(1), "abc"))))
print(sorted(map("".join, itertools.permutations("abc"))))
