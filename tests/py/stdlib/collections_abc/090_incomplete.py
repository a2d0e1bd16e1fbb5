# Incomplete subclasses cannot be instantiated; the abstract method sets.
import collections.abc as cabc

for name in cabc.__all__:
    cls = getattr(cabc, name)
    print(f"{name:16}", ", ".join(sorted(cls.__abstractmethods__)))


class Half(cabc.Sequence):
    def __len__(self):
        return 0


try:
    Half()
except TypeError as e:
    print(type(e).__name__, e)


class Nothing(cabc.MutableMapping):
    pass


try:
    Nothing()
except TypeError as e:
    print(type(e).__name__, e)


class It(cabc.Iterator):
    def __init__(self):
        self.n = 0

    def __next__(self):
        self.n += 1
        if self.n > 3:
            raise StopIteration
        return self.n


it = It()
print(iter(it) is it, list(it))


class Sz(cabc.Sized):
    def __len__(self):
        return super().__len__() + 7


print(len(Sz()))
