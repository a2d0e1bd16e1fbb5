# Any: repr, isinstance, subclassing (allowed in 3.11), instantiation.
from typing import Any, List
import typing

print(Any, repr(Any), type(Any).__name__, Any.__mro__)
class Mock(Any):
    def __init__(self):
        self.v = 3
m = Mock()
print(m.v, Mock.__mro__, isinstance(m, Mock), issubclass(Mock, Any))
print(repr(Mock) == "<class '__main__.Mock'>", List[Any], Any | None)

def attempt(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

class WithArgs(Any):
    def __init__(self, v):
        self.v = v
attempt(lambda: WithArgs(1))
attempt(lambda: Any())
attempt(lambda: isinstance(1, Any))
attempt(lambda: issubclass(int, Any))
attempt(lambda: Any[int])
attempt(lambda: isinstance(m, Any))
