# Enum members compare by identity, have no ordering, hash like their name
# and work as dict keys.
from enum import Enum


class Color(Enum):
    RED = 1
    GREEN = 2


class Other(Enum):
    RED = 1


print(Color.RED == Color.RED, Color.RED == Color.GREEN)
print(Color.RED == 1, Color.RED == Other.RED, Color.RED != 1)
for op in ('<', '<=', '>', '>='):
    try:
        eval('Color.RED %s Color.GREEN' % op)
    except TypeError as e:
        print(type(e).__name__, e)
try:
    Color.RED < 2
except TypeError as e:
    print(type(e).__name__, e)
try:
    sorted(Color)
except TypeError as e:
    print(type(e).__name__, e)
print(sorted(Color, key=lambda m: m.value))
print(hash(Color.RED) == hash('RED'), hash(Color.GREEN) == hash('GREEN'))
d = {Color.RED: 'red', Color.GREEN: 'green'}
print(d[Color.RED], d[Color(2)], Color.RED in d, Other.RED in d)
counts = {m: 0 for m in Color}
for m in [Color.RED, Color.GREEN, Color.RED]:
    counts[m] += 1
print(counts)
print(len({Color.RED, Color.RED, Color.GREEN}))
try:
    Color.RED + 1
except TypeError as e:
    print(type(e).__name__, e)
