# __init__ receives the parts of tuple values (the planets example).
from enum import Enum


class Planet(Enum):
    MERCURY = (3.303e+23, 2.4397e6)
    VENUS = (4.869e+24, 6.0518e6)
    EARTH = (5.976e+24, 6.37814e6)

    def __init__(self, mass, radius):
        self.mass = mass
        self.radius = radius

    @property
    def surface_gravity(self):
        G = 6.67300E-11
        return G * self.mass / (self.radius * self.radius)


print(repr(Planet.EARTH), Planet.EARTH.value, Planet.EARTH.mass)
print(round(Planet.EARTH.surface_gravity, 3), round(Planet.VENUS.surface_gravity, 3))
print(Planet((3.303e+23, 2.4397e6)) is Planet.MERCURY)
print([p.name for p in sorted(Planet, key=lambda p: p.radius)])


class Point(Enum):
    ORIGIN = 0, 0
    UNIT = 1, 1

    def __init__(self, x, y):
        self.x = x
        self.y = y
        self.created = (self.name, self.value)


print(Point.UNIT.x, Point.UNIT.created, Point((0, 0)).created)
