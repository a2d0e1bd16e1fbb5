import inspect
from unittest import mock
from unittest.mock import create_autospec, patch

def r(m):
    return repr(m).split(' id=')[0]

def func(a, b=1, *, c):
    return a

af = create_autospec(func, return_value=3)
print(af(1, c=2), af.called, af.call_count, af.call_args)
print(type(af).__name__, af.__name__, inspect.signature(af))
for bad in [lambda: af(), lambda: af(1, 2, 3, c=1), lambda: af(1, d=2)]:
    try:
        bad()
    except TypeError as e:
        print('TypeError', e)
af.assert_called_once_with(1, c=2)
af.assert_called_with(a=1, c=2)
print(af.mock_calls)

class Service:
    def __init__(self, url):
        self.url = url
    def fetch(self, path, retries=3):
        return path
    @classmethod
    def build(cls, name):
        return cls(name)
    @staticmethod
    def util(x):
        return x
    limit = 10

S = create_autospec(Service)
inst = S('http://x')
print(r(S), r(inst), isinstance(inst, Service))
inst.fetch('/a')
inst.fetch.assert_called_with('/a')
inst.fetch.assert_called_with(path='/a')
for bad in [lambda: S(), lambda: inst.fetch(), lambda: inst.nothing,
            lambda: S.build(), lambda: S.util(1, 2)]:
    try:
        bad()
    except (TypeError, AttributeError) as e:
        print(type(e).__name__, e)
print(r(S.build('n')), r(S.util(1)), r(inst.limit))
print(S.mock_calls)

with patch(__name__ + '.func', autospec=True) as p:
    p.return_value = 'patched'
    print(func(5, c=1))
    try:
        func()
    except TypeError as e:
        print('TypeError', e)
    print(p.call_args_list)
print(func(7, c=0))
i2 = create_autospec(Service, instance=True)
try:
    i2()
except TypeError as e:
    print('TypeError', str(e).split(' object')[0])
