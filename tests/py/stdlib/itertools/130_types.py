# The iterator types: names, modules, iteration protocol, subclassing
import itertools

makers = [
    itertools.accumulate([1]), itertools.chain(), itertools.combinations("a", 1),
    itertools.combinations_with_replacement("a", 1), itertools.compress("a", [1]),
    itertools.count(), itertools.cycle("a"), itertools.dropwhile(bool, "a"),
    itertools.filterfalse(None, "a"), itertools.groupby("a"), itertools.islice("a", 1),
    itertools.pairwise("ab"), itertools.permutations("a"), itertools.product("a"),
    itertools.repeat(1), itertools.starmap(pow, []), itertools.takewhile(bool, "a"),
    itertools.tee("a")[0], itertools.zip_longest("a"),
]
for m in makers:
    t = type(m)
    print(t, t.__name__, t.__module__, t.__qualname__, iter(m) is m, hasattr(t, "__next__"))
print(type(itertools.tee), itertools.tee.__name__)

class Evens(itertools.count):
    def __new__(cls, start=0):
        return super().__new__(cls, start, 2)
    def __next__(self):
        return super().__next__() * 10

e = Evens(4)
print(repr(e), next(e), next(e), repr(e), isinstance(e, itertools.count))
e.tag = "has a dict"
print(e.tag)

class Rep(itertools.repeat):
    pass
print(repr(Rep("x", 2)), list(Rep("x", 2)))

class Words(itertools.chain):
    def __init__(self, *parts, sep=" "):
        self.sep = sep
w = Words("ab", "c", sep="-")
print(w.sep, list(w))

class Pairs(itertools.pairwise):
    def __next__(self):
        a, b = super().__next__()
        return a + b
print(list(Pairs([1, 2, 4, 8])))

print(list(itertools.islice(Evens(), 3)))
print(sorted(n for n in dir(itertools) if not n.startswith("__")))
print(itertools.__name__, itertools.chain[int])
