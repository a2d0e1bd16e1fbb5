from unittest.mock import Mock, MagicMock, NonCallableMock, DEFAULT

def r(m):
    return repr(m).split(' id=')[0]

m = Mock()
print(r(m), r(m.foo), r(m.foo.bar), r(m()), r(m.foo().bar()), r(m().x))
print(m.foo is m.foo, m() is m.return_value, m.called, m.call_count)
n = Mock(name='named')
print(r(n), r(n.attr), r(n()))
print(r(MagicMock()), r(MagicMock(name='x').y))
m = Mock(return_value=42, x=1, **{'y.return_value': 'deep'})
print(m(), m.x, m.y(), m.return_value)
m.return_value = 'new'
print(m(1, 2, k=3), m.call_count, m.called)
m.attr = 5
print(m.attr)
del m.attr
try:
    m.attr
except AttributeError as e:
    print('AttributeError', e)
del m.child
try:
    m.child
except AttributeError as e:
    print('AttributeError', e)
nc = NonCallableMock()
try:
    nc()
except TypeError as e:
    print('TypeError', str(e).split("'")[1])
print(r(nc.meth()))
print(callable(Mock()), callable(NonCallableMock()))
print(sorted(x for x in dir(Mock()) if not x.startswith('_')))
mm = Mock()
mm.configure_mock(a=1, **{'b.c': 2})
print(mm.a, mm.b.c)
for name in ('assert_foo', 'assret_called', 'asert_x'):
    try:
        getattr(Mock(), name)
    except AttributeError as e:
        print('AttributeError', e)
print(r(Mock(unsafe=True).assert_foo))
print(Mock().return_value is not DEFAULT)
