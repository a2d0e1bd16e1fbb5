from unittest.mock import Mock, MagicMock, NonCallableMock

def r(m):
    return repr(m).split(' id=')[0]

class Thing:
    attr = 1
    def method(self, a, b=2):
        return a
    @property
    def prop(self):
        return 5

m = Mock(spec=Thing)
print(r(m), isinstance(m, Thing), m.__class__ is Thing)
print(r(m.method), r(m.attr))
try:
    m.missing
except AttributeError as e:
    print('AttributeError', e)
m.missing = 3
print(m.missing)
s = Mock(spec_set=Thing)
print(r(s))
try:
    s.missing = 3
except AttributeError as e:
    print('AttributeError', e)
s.attr = 7
print(s.attr)
l = Mock(spec=['a', 'b'])
print(r(l), l.a is l.a)
try:
    l.c
except AttributeError as e:
    print('AttributeError', e)
mm = MagicMock(spec=['__len__'])
print(len(mm))
try:
    iter(mm)
except TypeError as e:
    print('TypeError', e)
try:
    mm.__iter__
except AttributeError as e:
    print('AttributeError', e)
sm = Mock(spec=Thing)
sm.method(1, b=2)
sm.method.assert_called_with(1, b=2)
m2 = Mock()
m2.mock_add_spec(['x'])
try:
    m2.y
except AttributeError as e:
    print('AttributeError', e)
inst = Mock(spec=Thing())
print(r(inst), isinstance(inst, Thing))
print(sorted(x for x in dir(Mock(spec=['x', 'y'])) if not x.startswith('_'))[-3:])
f = Mock(spec=lambda a, b: None)
f(1, 2)
f.assert_called_with(a=1, b=2)
print('bound matched')
