import inspect
from unittest.mock import AsyncMock, MagicMock, Mock

def r(m):
    return repr(m).split(' id=')[0]

am = AsyncMock(return_value=5)
print(r(am), inspect.iscoroutinefunction(am))
aw = am(1, 2)
print(am.call_count, am.await_count)
try:
    aw.send(None)
except StopIteration as e:
    print('result', e.value)
print(am.await_count, am.await_args)
am.assert_awaited_once_with(1, 2)
am.assert_called_once_with(1, 2)
try:
    am.assert_awaited_with(3)
except AssertionError as e:
    print('AssertionError', e)
m = MagicMock()
print(r(m.__aenter__), r(m.__aexit__))
print(r(AsyncMock().child))
am2 = AsyncMock(side_effect=ValueError('v'))
try:
    am2().send(None)
except ValueError as e:
    print('ValueError', e)
try:
    AsyncMock(name='n').assert_awaited()
except AssertionError as e:
    print('AssertionError', e)
am.reset_mock()
print(am.await_count, am.await_args_list)
