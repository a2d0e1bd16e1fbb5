class Temp:
    scale = "C"
    def __init__(self, deg):
        self.deg = deg
    @staticmethod
    def c_to_f(c):
        return c * 9 / 5 + 32
    @classmethod
    def from_f(cls, f):
        return cls((f - 32) * 5 / 9)
    @classmethod
    def describe(cls):
        return cls.__name__ + " in " + cls.scale
class Kelvin(Temp):
    scale = "K"
print(Temp.c_to_f(100), Temp(0).c_to_f(0), Temp.from_f(212).deg)
print(Temp.describe(), Kelvin.describe(), type(Kelvin.from_f(32)).__name__)
print(type(Temp.__dict__["c_to_f"]).__name__, type(Temp.__dict__["from_f"]).__name__)
sm = staticmethod(lambda: "wrapped")
class Later:
    f = sm
print(Later.f(), Later().f())
