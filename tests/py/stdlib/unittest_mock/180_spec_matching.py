from unittest.mock import Mock, call, create_autospec, ANY

def f(a, b=0, *, c=1):
    pass

m = Mock(spec=f)
m(1, b=2)
m.assert_called_with(1, 2)
m.assert_called_with(a=1, b=2, c=1) if False else None
for check in [lambda: m.assert_called_with(1),
              lambda: m.assert_called_with(1, 2, 3, 4),
              lambda: m.assert_has_calls([call(1)]),
              lambda: m.assert_has_calls([call(5, 6)], any_order=True),
              lambda: m.assert_any_call(3, 4),
              lambda: m.assert_any_call(1, b=ANY)]:
    try:
        check()
        print('ok')
    except AssertionError as e:
        print('AssertionError', e)
        print('  cause:', repr(e.__cause__))

class Api:
    def get(self, key, default=None):
        pass
    def put(self, key, value):
        pass

api = create_autospec(Api, instance=True)
api.get('k')
api.put(key='k', value=1)
api.get.assert_called_once_with(key='k')
api.put.assert_called_with('k', 1)
try:
    api.assert_has_calls([call.get('k', None), call.put('k', value=1)])
except AssertionError as e:
    print('AssertionError', e)
api.assert_has_calls([call.get('k'), call.put(key='k', value=1)])
print(api.mock_calls)
print(api.method_calls)
try:
    api.assert_has_calls([call.get('zz')])
except AssertionError as e:
    print('AssertionError', e)
m2 = Mock()
m2.__class__ = int
print(isinstance(m2, int), m2.__class__ is int)
print(call(1, x=2) == ('', (1,), {'x': 2}), call(1) == ((1,),), call(x=1) == ({'x': 1},))
print(call.foo(1) == ('foo', (1,)), call.foo(1) == ('bar', (1,)), call() == ('',))
print(call(1) in [call(2), call(1)], call(ANY) == call(5))
