# Generator's mixins: __next__ through send, throw, close; built-in iterators.
from collections.abc import Generator, Iterator, Iterable, Coroutine


class Countdown(Generator):
    def __init__(self, n):
        self.n = n

    def send(self, value):
        if value is not None:
            self.n = value
        if self.n <= 0:
            raise StopIteration
        self.n -= 1
        return self.n + 1

    def throw(self, typ, val=None, tb=None):
        return super().throw(typ, val, tb)


c = Countdown(3)
print(next(c), c.send(10), list(c))
print(iter(c) is c, isinstance(c, Iterator))
try:
    Countdown(1).throw(ValueError, ValueError("thrown"))
except ValueError as e:
    print(type(e).__name__, e)
try:
    Countdown(1).throw(KeyError)
except KeyError as e:
    print(type(e).__name__, repr(e))
print(Countdown(2).close())


class Stubborn(Countdown):
    def throw(self, typ, val=None, tb=None):
        return 1


try:
    Stubborn(2).close()
except RuntimeError as e:
    print(type(e).__name__, e)


def g():
    yield 1


print(isinstance(g(), Generator), isinstance(iter([]), Generator), isinstance(c, Coroutine))
for it in (iter(b""), iter({}), iter({}.values()), iter({}.items()), iter([]),
           reversed([]), iter(range(3)), iter(range(1 << 100)), iter(set()),
           iter(""), iter(()), zip(), map(abs, []), filter(None, []), enumerate([])):
    print(isinstance(it, Iterator), end=" ")
print()
print(sorted(Generator.__abstractmethods__), sorted(Coroutine.__abstractmethods__))
