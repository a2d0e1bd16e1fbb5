import os
from unittest import mock
from unittest.mock import patch, DEFAULT, sentinel

def r(m):
    return repr(m).split(' id=')[0]

original = os.getcwd
with patch('os.getcwd') as fake:
    fake.return_value = '/fake'
    print(os.getcwd(), r(fake), os.getcwd is fake)
print(os.getcwd is original)

@patch('os.getcwd', return_value='/deco')
def f(a, mock_getcwd):
    return a, os.getcwd(), r(mock_getcwd)
print(f(1))

@patch('os.path.exists')
@patch('os.getcwd')
def g(m_getcwd, m_exists):
    return r(m_getcwd), r(m_exists)
print(g(), os.getcwd is original)

@patch('os.getcwd', new=lambda: 'lambda')
def h():
    return os.getcwd()
print(h())

p = patch('os.getcwd', new=sentinel.cwd)
print(p.start())
print(os.getcwd)
p.stop()
print(os.getcwd is original)
p.stop()

with patch('os.sep', '#'):
    print(os.sep)
print(os.sep)
with patch('os.brand_new', 5, create=True):
    print(os.brand_new)
print(hasattr(os, 'brand_new'))
for bad in [lambda: patch('os.brand_new2').start(), lambda: patch('nodots'),
            lambda: patch(5), lambda: patch('os.getcwd', new=1, new_callable=list),
            lambda: patch('os.getcwd', spec=True, autospec=True).start(),
            lambda: patch('os.getcwd', new=1, x=2).start()]:
    try:
        bad()
    except (AttributeError, TypeError, ValueError) as e:
        print(type(e).__name__, str(e).replace(repr(os), '<os>'))

with patch('os.getcwd', new_callable=mock.PropertyMock) as pm:
    print(type(pm).__name__)
with patch('os.listdir', spec=True) as sp:
    print(r(sp))
try:
    raise_inside = patch('os.getcwd')
    with raise_inside:
        raise KeyError('inside')
except KeyError as e:
    print('KeyError', e, os.getcwd is original)
