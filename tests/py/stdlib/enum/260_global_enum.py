# global_enum: members exported to the module; reprs become module.NAME.
import sys
from enum import Enum, IntEnum, IntFlag, StrEnum, global_enum, global_enum_repr, global_str


@global_enum
class Direction(Enum):
    NORTH = 1
    SOUTH = 2


print(repr(Direction.NORTH), str(Direction.NORTH), format(Direction.SOUTH), f'{NORTH}')
print(NORTH is Direction.NORTH, SOUTH, repr(Direction))


@global_enum
class Status(IntEnum):
    OK = 200
    MISSING = 404


print(repr(Status.OK), str(Status.OK), OK + 1, repr(MISSING))


@global_enum
class Bits(IntFlag):
    LOW = 1
    HIGH = 2


print(repr(LOW), repr(LOW | HIGH), repr(LOW | 8), repr(Bits(0)), repr(Bits(16)), str(LOW | HIGH))


@global_enum
class Text(StrEnum):
    HELLO = 'hello'


print(repr(HELLO), str(HELLO))


class Plain(StrEnum):
    WORLD = 'world'


global_enum(Plain, update_str=True)
print(repr(WORLD), str(WORLD), format(WORLD))
print(global_enum_repr(Direction.SOUTH), global_str(Direction.SOUTH))
print(sorted(k for k in ('NORTH', 'SOUTH', 'OK', 'LOW', 'HELLO', 'WORLD') if k in globals()))
