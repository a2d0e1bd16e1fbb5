"""Structural typing with typing.Protocol and runtime_checkable."""
from typing import Protocol, runtime_checkable, Iterable, TypeVar, Generic, Iterator

T = TypeVar("T")


@runtime_checkable
class SupportsClose(Protocol):
    def close(self) -> None: ...


class Resource:
    def __init__(self, name):
        self.name = name
        self.open = True

    def close(self):
        self.open = False


def close_all(things: Iterable[object]) -> int:
    n = 0
    for t in things:
        if isinstance(t, SupportsClose):
            t.close()
            n += 1
    return n


items = [Resource("a"), 42, Resource("b"), "text"]
print(close_all(items), [r.open for r in items if isinstance(r, Resource)])


class Stack(Generic[T]):
    def __init__(self) -> None:
        self.items: list[T] = []

    def push(self, item: T) -> None:
        self.items.append(item)

    def pop(self) -> T:
        return self.items.pop()

    def __iter__(self) -> Iterator[T]:
        return reversed(self.items)


s: Stack[int] = Stack[int]()
for i in range(4):
    s.push(i * i)
print(s.pop(), list(s), Stack[int], Stack.__parameters__)
