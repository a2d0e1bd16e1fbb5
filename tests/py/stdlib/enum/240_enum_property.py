# enum.property: a property whose class-level lookup goes to the members.
import enum
from enum import Enum


class Calc(Enum):
    TWO = 2
    THREE = 3

    @enum.property
    def doubled(self):
        return self.value * 2


print(Calc.TWO.doubled, Calc.THREE.doubled)
try:
    Calc.doubled
except AttributeError as e:
    print(type(e).__name__, e)
try:
    Calc.TWO.doubled = 5
except AttributeError as e:
    print(type(e).__name__, e)
try:
    Calc.name
except AttributeError as e:
    print(type(e).__name__, e)
print(type(Enum.__dict__['value']).__name__, isinstance(Enum.__dict__['name'], enum.property))
print(Enum.__dict__['value'].__doc__, Enum.__dict__['name'].fget(Calc.TWO))
