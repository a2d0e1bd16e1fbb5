# TypeVarTuple and Unpack (basic use).
from typing import TypeVarTuple, Unpack, Generic, TypeVar, Tuple, get_args

Ts = TypeVarTuple('Ts')
T = TypeVar('T')
print(Ts, Ts.__name__, Unpack[Ts], list(Ts), Unpack[Ts].__args__)
print(Unpack[Ts] == Unpack[Ts], get_args(Unpack[Ts]))
print(Unpack[Tuple[int, str]])

class Array(Generic[Unpack[Ts]]):
    pass
class Shaped(Generic[T, Unpack[Ts]]):
    pass
print(Array.__parameters__, Shaped.__parameters__)
print(Array[()], Array[int], Array[int, str], Array[int, str].__args__)
print(Shaped[int], Shaped[int, str, float])
print(Tuple[Unpack[Ts]], Tuple[Unpack[Ts]].__parameters__)
print(Tuple[Unpack[Ts]][int, str], Tuple[int, Unpack[Ts]][()])
print(Shaped[Unpack[Tuple[int, str]]])

def attempt(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

attempt(lambda: Shaped[()])
attempt(lambda: Ts())
attempt(lambda: isinstance(1, Ts))
attempt(lambda: TypeVarTuple('X', bound=int))
