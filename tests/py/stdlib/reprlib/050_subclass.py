import reprlib
class MyRepr(reprlib.Repr):
    def repr_Point(self, obj, level):
        return 'P<%d,%d>' % (obj.x, obj.y)
    def repr_int(self, obj, level):
        return 'int:' + str(obj)
class Point:
    def __init__(self, x, y):
        self.x, self.y = x, y
r = MyRepr()
print(r.repr([Point(1, 2), 3, 'a']))
print(r.repr({Point(0, 0): 1}) if False else r.repr({'k': Point(5, 6)}))
print(r.repr1(Point(7, 8), 3))
class Spaced(reprlib.Repr):
    def repr_my_type(self, obj, level):
        return 'spaced!'
Weird = type('my type', (), {})
print(Spaced().repr(Weird()))
class Failing:
    def __repr__(self):
        raise RuntimeError('no')
s = reprlib.repr(Failing())
print(s.startswith('<Failing instance at 0x'))
class Mixed(reprlib.Repr):
    pass
print(Mixed().repr({3: 'c', 'a': 1, 2: 'b'}) == Mixed().repr({'a': 1, 2: 'b', 3: 'c'}))
print(Mixed().repr({2: 'b', 1: 'a'}), Mixed().repr({3, 1, 2}))
