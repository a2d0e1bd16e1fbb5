# The functional API: Enum('Name', names, ...), with strings, lists,
# pairs, mappings, start=, type=, module=, qualname=, boundary=.
from enum import Enum, IntEnum, Flag, IntFlag, StrEnum, STRICT

Color = Enum('Color', 'RED GREEN BLUE', module=__name__)
print(list(Color), repr(Color), Color.__module__)
print(list(Enum('Commas', 'A, B,C', module=__name__)))
print(list(Enum('Listed', ['X', 'Y'], start=10, module=__name__)))
print(list(Enum('Pairs', [('ONE', 1), ('TWO', 'two')], module=__name__)))
print(list(Enum('Mapped', {'P': 'p', 'Q': 'q'}, module=__name__)))
Animal = Enum('Animal', 'ANT BEE', module='zoo', qualname='Outer.Animal')
print(Animal.__module__, Animal.__qualname__, Animal.__name__, repr(Animal.ANT))
Numbers = IntEnum('Numbers', 'ONE TWO THREE', module=__name__)
print(list(Numbers), Numbers.TWO + 1, str(Numbers.THREE))
Perm = Flag('Perm', 'R W X', module=__name__)
print(list(Perm), repr(Perm.R | Perm.X))
Bits = IntFlag('Bits', 'A B', module=__name__, boundary=STRICT)
print(list(Bits), Bits._boundary_)
try:
    Bits(8)
except ValueError as e:
    print(type(e).__name__, e)
Words = StrEnum('Words', 'Hello World', module=__name__)
print(list(Words))
Typed = Enum('Typed', 'A B', type=int, module=__name__)
print(list(Typed), Typed.A + 1, [c.__name__ for c in Typed.__mro__])
print(list(Enum('Nothing', [], module=__name__)), list(Enum('Blank', '', module=__name__)))
for names in ('A A', 'mro', '_x_'):
    try:
        Enum('Bad', names, module=__name__)
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
try:
    Color('Sub', 'X')
except TypeError as e:
    print(type(e).__name__, e)
Sub = Enum('Sub', 'Y', type=int, module=__name__)
print(Sub(1), Color(1), Color['BLUE'])
