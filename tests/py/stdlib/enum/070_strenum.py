# StrEnum: members are strings; auto() gives the lower-cased name.
from enum import StrEnum, auto


class Color(StrEnum):
    RED = auto()
    Green = auto()
    BLUE = 'blue-ish'


print(list(Color))
print(repr(Color.RED), str(Color.RED), Color.RED)
print(format(Color.Green), f'{Color.BLUE}', f'[{Color.RED:^9}]')
print(Color.RED == 'red', Color.RED.upper(), Color.RED + '!', len(Color.BLUE))
print(Color('red') is Color.RED, Color.Green.value, type(Color.Green.value))
print(isinstance(Color.RED, str), '-'.join(Color))
print(sorted(Color), 'red' in ['red'], Color.RED in ['red'])
print('%s|%r' % (Color.RED, Color.RED))


class Encoded(StrEnum):
    A = (b'abc', 'ascii')
    B = 'b'


print(repr(Encoded.A), repr(Encoded.B))

for body in ("X = 1", "X = ('a', 2)", "X = ('a', 'utf-8', 3)", "X = ('a', 'b', 'c', 'd')"):
    try:
        exec('class Bad(StrEnum):\n    ' + body)
        print('ok')
    except TypeError as e:
        print(type(e).__name__, e)
try:
    Color('purple')
except ValueError as e:
    print(type(e).__name__, e)
