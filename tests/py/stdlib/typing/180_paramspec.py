# ParamSpec, its args/kwargs, Concatenate, and Generic classes over them.
from typing import ParamSpec, Callable, Concatenate, Generic, TypeVar

P = ParamSpec('P')
Q = ParamSpec('Q', covariant=True)
T = TypeVar('T')
print(P, Q, P.__name__, P.__bound__, P.__covariant__)
print(P.args, P.kwargs, P.args.__origin__, P.kwargs.__origin__)
print(P.args == P.args, P.args == P.kwargs, type(P.args).__name__)
print(ParamSpec('B', bound=int).__bound__)
print(Callable[P, int], Callable[P, T][[str], int], Callable[P, T][..., str])
print(Callable[P, T][[int, str], bool], Callable[P, T][P, str])
print(Callable[Concatenate[int, P], int])
print(Callable[Concatenate[int, P], int].__parameters__)
print(Callable[Concatenate[int, P], int][[str]])
print(Callable[P, T][Concatenate[int, P], str])
print(Concatenate[int, P], Concatenate[int, P].__args__)

class Wrapper(Generic[P]):
    pass
print(Wrapper[int, str], Wrapper[[int, str]], Wrapper[...])
print(Wrapper[int, str].__args__, Wrapper[[int]].__args__)
class Both(Generic[T, P]):
    pass
print(Both[int, [str, bytes]], Both[int, ...], Both.__parameters__)

def attempt(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

attempt(lambda: hash(P.args))
attempt(lambda: Callable[P, T][int, str])
attempt(lambda: ParamSpec('Z', covariant=True, contravariant=True))
attempt(lambda: P())
def sub():
    class Bad(ParamSpec):
        pass
attempt(sub)
