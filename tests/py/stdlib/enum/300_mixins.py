# Mixins: plain classes before the enum base add methods; a data type
# (str, int, ...) makes members instances of it.
from enum import Enum


class Greeter:
    def greet(self):
        return 'hello from ' + self.name


class Mood(Greeter, Enum):
    HAPPY = 'h'


print(Mood.HAPPY.greet(), repr(Mood.HAPPY), Mood._member_type_)


class Describe(str, Enum):
    A = 'a'

    def shout(self):
        return self.upper() + '!'


print(Describe.A.shout(), repr(Describe.A), Describe._member_type_, Describe('a'))


class Pair(tuple, Enum):
    ORIGIN = (0, 0)
    UNIT = 1, 1


print(repr(Pair.UNIT), Pair.UNIT[0], Pair((0, 0)), len(Pair.ORIGIN))


class Real(float, Enum):
    ONE = 1
    HALF = '0.5'


print(repr(Real.ONE), repr(Real.HALF), Real(0.5), Real.HALF * 4)
