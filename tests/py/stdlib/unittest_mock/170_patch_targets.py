import os
import os.path
from unittest import mock
from unittest.mock import patch

def attempt(fn):
    try:
        result = fn()
        print('ok', repr(result).split(' id=')[0])
    except Exception as e:
        print(type(e).__name__, e)

attempt(lambda: patch('').start())
attempt(lambda: patch('nonexistent_module_xyz.attr').start())
attempt(lambda: patch('os.path.nonexist.x').start())
attempt(lambda: patch('os.nonexist').start())
attempt(lambda: patch('os.path.join').start())
patch.stopall()
print(os.path.join('a', 'b'))
attempt(lambda: mock.Mock(side_effect=5)())
attempt(lambda: patch.dict(5, {'a': 1}).start())
attempt(lambda: patch.dict({}, 5).start())
attempt(lambda: mock.call(1, 2, 3, 4) == (1, 2, 3, 4))
attempt(lambda: mock.call == 5)
attempt(lambda: mock.mock_open(read_data=5))
attempt(lambda: patch.object(os, 'getcwd').stop())
attempt(lambda: patch('os.getcwd', autospec=True, new=1).start())
attempt(lambda: patch('os.made_up', autospec=True, create=True).start())
attempt(lambda: patch('os.made_up', spec=True, create=True).start())
attempt(lambda: patch('os.getcwd', spec=list, spec_set=dict).start())
with patch('os.path.exists', return_value=True) as ex:
    print(os.path.exists('/nope'), ex.call_args)
m = mock.Mock()
m.return_value = m
print(m() is m, repr(m()).split(' id=')[0])
m.reset_mock()
mock.seal(m)
print(m() is m)
deep = mock.Mock()
for _ in range(500):
    deep = deep.a
print(len(repr(deep).split(' id=')[0]))
