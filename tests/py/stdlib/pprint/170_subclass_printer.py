import pprint
class Upper(pprint.PrettyPrinter):
    def format(self, object, context, maxlevels, level):
        if isinstance(object, str):
            return repr(object.upper()), True, False
        return super().format(object, context, maxlevels, level)
Upper(width=30).pprint({'key': ['some', 'words', 'here'], 'other': 'value ' * 3})
class Hex(pprint.PrettyPrinter):
    def format(self, object, context, maxlevels, level):
        if type(object) is int:
            return hex(object), True, False
        return super().format(object, context, maxlevels, level)
print(Hex(width=40).pformat(list(range(0, 200, 17))))
print(Hex().isreadable([1, 2]))
class Point:
    def __init__(self, x, y):
        self.x, self.y = x, y
    def __repr__(self):
        return 'Point(%r, %r)' % (self.x, self.y)
pprint.pprint([Point(i, i * i) for i in range(8)], width=40)
print(pprint.isreadable(Point(1, 2)))
class Opaque:
    pass
print(pprint.isreadable(Opaque()), pprint.isreadable([Opaque()]))
