# TypedDict: class syntax, total=, Required/NotRequired, functional syntax.
from typing import TypedDict, Required, NotRequired, Annotated, is_typeddict, List

class Movie(TypedDict):
    name: str
    year: int

class Extended(Movie, total=False):
    rating: float
    extra: NotRequired[int]
    must: Required[str]
    tagged: Annotated[Required[List[int]], 'meta']

print(Movie, type(Movie).__name__, Movie.__mro__, Movie.__module__)
print(Movie.__annotations__, Movie.__total__)
print(sorted(Movie.__required_keys__), sorted(Movie.__optional_keys__))
print(Extended.__annotations__, Extended.__total__)
print(sorted(Extended.__required_keys__), sorted(Extended.__optional_keys__))
m = Movie(name='Blade Runner', year=1982)
print(m, type(m), m == {'name': 'Blade Runner', 'year': 1982})
print(Movie({'a': 1}, b=2), Movie())
print(is_typeddict(Movie), is_typeddict(Extended), is_typeddict(dict),
      is_typeddict(m))
print(Movie.__orig_bases__ == (TypedDict,))

Func = TypedDict('Func', {'a': int, 'b': 'str'}, total=False)
print(Func, Func.__annotations__, Func.__total__, Func.__module__)
print(sorted(Func.__optional_keys__), Func(a=1))

def attempt(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

attempt(lambda: isinstance({}, Movie))
attempt(lambda: issubclass(dict, Movie))
attempt(lambda: Movie(1))
attempt(lambda: TypedDict('G', {'a': int}, a=int))
attempt(lambda: NotRequired[int, str])
attempt(lambda: TypedDict('H', {'a': 1}).__annotations__)
def mixed():
    class Bad(TypedDict, int):
        pass
attempt(mixed)
