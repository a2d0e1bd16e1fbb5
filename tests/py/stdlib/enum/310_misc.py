# Odds and ends: reversed, __reduce_ex__, bool of the class, class
# attributes, enum.bin, show_flag_values, __objclass__, copy.
import enum
from enum import Enum, EnumMeta, EnumType, Flag


class Color(Enum):
    RED = 1
    GREEN = 2


print(list(reversed(Color)), bool(Color), EnumMeta is EnumType)
print(Color.RED.__reduce_ex__(2), Color.RED.__objclass__)
print(Color.RED.__copy__() is Color.RED, Color.RED.__deepcopy__({}) is Color.RED)
print(enum.bin(5), enum.bin(-5), enum.bin(5, 8), enum.bin(-1, 4), enum.bin(0))
print(enum.show_flag_values(13), enum.show_flag_values(0))
print(Color._member_type_, Color._use_args_, Color._value_repr_)
print(repr(Enum), repr(Flag), repr(EnumType), Enum.__mro__)
print(Color.RED._sort_order_, Color.GREEN._sort_order_)
print(Color.RED.GREEN)
print(sorted(enum.__all__))
print(isinstance(Color.__members__, type(Color.__members__)))
print(dict(Color.__members__) == {'RED': Color.RED, 'GREEN': Color.GREEN})
import copy


class Perm(Flag):
    A = 1
    B = 2


print(copy.copy(Color.RED) is Color.RED, copy.deepcopy([Color.GREEN])[0] is Color.GREEN)
print(copy.copy(Perm.A | Perm.B) is Perm(3), copy.deepcopy({Color.RED: Perm.B}))
