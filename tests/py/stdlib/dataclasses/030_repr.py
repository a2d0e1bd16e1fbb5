# The generated __repr__: qualname, !r of values, recursion guard, repr=False.
from dataclasses import dataclass, field


@dataclass
class Leaf:
    name: str
    value: float = 1.5


@dataclass
class Node:
    label: str
    children: list = field(default_factory=list)
    parent: object = field(default=None, repr=False)


n = Node('root', [Leaf('a'), Leaf("b'c", 2.0)])
print(n)
print(repr(Leaf('x\n')))
loop = Node('loop')
loop.children.append(loop)
print(loop)
a = Node('a')
b = Node('b', [a])
a.children.append(b)
print(a)
print(b)


class Outer:
    @dataclass
    class Inner:
        x: int


print(Outer.Inner(1), Outer.Inner.__qualname__, Outer.Inner.__repr__.__qualname__)


@dataclass
class Custom:
    x: int

    def __repr__(self):
        return 'Custom!'


print(Custom(1), [Custom(2)])


@dataclass(repr=False)
class NoRepr:
    x: int


print(repr(NoRepr(1)).startswith('<'), '__repr__' in NoRepr.__dict__)


@dataclass
class Sub(Leaf):
    extra: int = 0


print(Sub('s'), Leaf.__repr__ is not Sub.__repr__)


class Plain(Leaf):
    pass


print(Plain('p'))
print(str(Leaf('s')), f'{Leaf("f")}', f'{Leaf("g")!r}')
