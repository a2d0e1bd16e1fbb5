print(repr(list[int]), repr(dict[str, list['x']]), repr(tuple[int, ...]), repr(list[()]), repr(tuple[()]))
print(int | None, int | str | int, type(int|str), (int|str).__args__, list[int] | None)
print(list[int].__parameters__, list[int]() , list[int].__mro_entries__((list[int],)))
try: isinstance([], list[int])
except TypeError as e: print(e)
try: isinstance(1, 3)
except TypeError as e: print(e)
print(isinstance(1, int|str), issubclass(bool, int|None), isinstance(None, int|None))
try: int | 3
except TypeError as e: print(e)
print(list[int] == list[int], hash(list[int])==hash(list[int]), (int|str)==(str|int))
print(list[int].__class__, type(list[int]).__module__, type(int|str).__module__, type(int|str).__name__)
print(type[int], set[int], frozenset[str])
class A(list[int]): pass
print(A.__mro__, A.__orig_bases__ if hasattr(A, '__orig_bases__') else None)
try: int[str]
except TypeError as e: print(e)
class B: pass
try: B[int]
except TypeError as e: print(e)
def f(x: int | None = None) -> list[str]: pass
print(f.__annotations__)
