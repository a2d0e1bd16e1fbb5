from unittest.mock import Mock, MagicMock, seal, sentinel, DEFAULT

def r(m):
    return repr(m).split(' id=')[0]

m = Mock()
m.existing.child.return_value = 1
m.value = 3
seal(m)
print(m.existing.child(), m.value)
for bad in [lambda: m.new_attr, lambda: m.existing.other, lambda: m(),
            lambda: m.existing.child.more]:
    try:
        bad()
    except AttributeError as e:
        print('AttributeError', e)
try:
    m.fresh = 1
except AttributeError as e:
    print('AttributeError', e)
m.value = 4
print(m.value)
print(sentinel.foo is sentinel.foo, sentinel.foo is sentinel.bar, sentinel.foo, repr(sentinel.bar))
print(sentinel.foo.name, DEFAULT, DEFAULT is sentinel.DEFAULT)
m = Mock(return_value=sentinel.result)
print(m() is sentinel.result)
mm = MagicMock(name='mm')
mm.a.b = 5
seal(mm)
print(mm.a.b)
try:
    mm.a.c
except AttributeError as e:
    print('AttributeError', e)
