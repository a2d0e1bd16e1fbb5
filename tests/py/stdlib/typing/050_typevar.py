# TypeVar: repr, bound, constraints, variance, errors.
from typing import TypeVar, List, Final
import typing

T = TypeVar('T')
S = TypeVar('S', bound=int)
U = TypeVar('U', int, str, covariant=True)
V = TypeVar('V', contravariant=True)
print(T, S, U, V, [T, S])
print(T.__name__, T.__bound__, T.__constraints__, T.__covariant__,
      T.__contravariant__)
print(S.__bound__, U.__constraints__, U.__covariant__, V.__contravariant__)
print(T.__module__, typing.T.__module__, typing.AnyStr.__constraints__)
print(TypeVar('X', bound=None).__bound__, TypeVar('X', bound='Foo').__bound__)
print(typing.KT, typing.VT, typing.T_co, typing.T_contra, typing.VT_co,
      typing.V_co, typing.CT_co, typing.CT_co.__bound__)
print(T == TypeVar('T'), T == T, T is not TypeVar('T'))
print({T: 1}[T])

def attempt(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

attempt(lambda: TypeVar('X', int))
attempt(lambda: TypeVar('X', int, bound=str))
attempt(lambda: TypeVar('X', covariant=True, contravariant=True))
attempt(lambda: TypeVar('X', Final))
attempt(lambda: TypeVar('X', int, (1, 2)))
attempt(lambda: T())
attempt(lambda: isinstance(1, T))
attempt(lambda: T[int])
def sub():
    class MyVar(TypeVar):
        pass
attempt(sub)
