# IO, TextIO, BinaryIO classes; ForwardRef objects.
from typing import IO, TextIO, BinaryIO, ForwardRef, List, Union, get_type_hints
import typing

print(IO, TextIO, BinaryIO, IO.__mro__, TextIO.__mro__, BinaryIO.__mro__)
print(IO[str], IO.__parameters__, TextIO.__parameters__, TextIO.__orig_bases__)
print(sorted(n for n in IO.__abstractmethods__)[:5] if hasattr(IO, '__abstractmethods__') else 'none')
print(isinstance(1, IO))

r = ForwardRef('int')
print(r, r.__forward_arg__, r.__forward_evaluated__, r.__forward_value__)
print(r == ForwardRef('int'), r == ForwardRef('str'), hash(r) == hash(ForwardRef('int')))
print(ForwardRef('x', module='m'), ForwardRef('x', module='m') == ForwardRef('x'))
print(r._evaluate(globals(), None, frozenset()), r.__forward_evaluated__)
print(List['int'], List['int'].__args__[0].__forward_arg__)
print(r | int, Union['a', 'b'])
print(ForwardRef('List[int]', is_argument=False).__forward_is_argument__)

def attempt(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

attempt(lambda: ForwardRef(1))
attempt(lambda: ForwardRef('1 +'))
attempt(lambda: ForwardRef('nope')._evaluate({}, {}, frozenset()))
attempt(lambda: ForwardRef('(1, 2)')._evaluate({}, {}, frozenset()))
