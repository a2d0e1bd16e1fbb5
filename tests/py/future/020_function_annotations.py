"""Postponed annotations on functions: parameters, *args, keyword-only,
**kwargs and the return; the names need not exist when the def runs."""
from __future__ import annotations, division, generator_stop
import __future__


def f(a: list[int], b: "x" = 1, *args: int | None, c: dict[str, tuple[int, ...]] = None,
      **kw: Callable[[int], str]) -> Optional[Undefined]:
    pass


print(f.__annotations__)


class Node:
    next: Node | None = None
    children: list[Node]

    def add(self, other: Node) -> Node:
        return self


print(Node.__annotations__, Node.add.__annotations__)
print(__future__.annotations.compiler_flag == 0x1000000, __future__.annotations.mandatory)
x: int = 5
print(__annotations__)
