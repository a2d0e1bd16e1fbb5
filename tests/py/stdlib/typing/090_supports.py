# The Supports* protocols and other runtime-checkable aliases.
from typing import (SupportsInt, SupportsFloat, SupportsIndex, SupportsAbs,
                    SupportsRound, SupportsBytes, SupportsComplex)

class Num:
    def __int__(self):
        return 1
    def __bytes__(self):
        return b'1'
    def __complex__(self):
        return 0

for proto in [SupportsInt, SupportsFloat, SupportsIndex, SupportsAbs,
              SupportsRound, SupportsBytes, SupportsComplex]:
    print(proto.__name__, type(proto).__name__, proto._is_runtime_protocol,
          isinstance(1, proto), isinstance(1.5, proto), isinstance('x', proto),
          isinstance(Num(), proto), issubclass(bool, proto))
print(SupportsAbs[int], SupportsRound[float], SupportsAbs.__parameters__)
try:
    SupportsInt[int]
except TypeError as e:
    print(type(e).__name__, e)

class MyInt(SupportsInt):
    def __int__(self):
        return 7
print(int(MyInt()), isinstance(MyInt(), SupportsInt))
try:
    class Half(SupportsInt):
        pass
    Half()
except TypeError as e:
    print(type(e).__name__, e)
