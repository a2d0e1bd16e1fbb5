# __subclasshook__: defining the method is enough; None opts out.
from collections.abc import (Hashable, Iterable, Iterator, Reversible, Sized,
                             Container, Callable, Collection, Awaitable,
                             AsyncIterable, AsyncIterator)


class It:
    def __iter__(self):
        return iter([1, 2])


class Len:
    def __len__(self):
        return 3


class Both(It, Len):
    def __contains__(self, x):
        return x == 1


class Rev(It):
    def __reversed__(self):
        return iter([2, 1])


class Next(It):
    def __next__(self):
        raise StopIteration


class Call:
    def __call__(self):
        return 1


class NoHash:
    def __eq__(self, other):
        return True


class NotIterable(list):
    __iter__ = None


class NotSized(Len):
    __len__ = None


class Aw:
    def __await__(self):
        yield


class AIt:
    def __aiter__(self):
        return self

    def __anext__(self):
        return None


for cls in (It, Len, Both, Rev, Next, Call, NoHash, NotIterable, NotSized, Aw, AIt, object):
    checks = [Hashable, Iterable, Iterator, Reversible, Sized, Container, Callable,
              Collection, Awaitable, AsyncIterable, AsyncIterator]
    print(f"{cls.__name__:12}", " ".join(a.__name__ for a in checks if issubclass(cls, a)))

print(isinstance(Call(), Callable), isinstance(It(), Iterator), isinstance(NoHash(), Hashable))
print(list(Both()), len(Both()), 1 in Both(), list(reversed(Rev())))
