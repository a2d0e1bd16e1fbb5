import io
import os
import sys
import unittest
from unittest import mock

def current_dir():
    return os.getcwd()

class Test(unittest.TestCase):
    @mock.patch('os.getcwd', return_value='/patched')
    def test_decorated(self, m):
        self.assertEqual(current_dir(), '/patched')
        m.assert_called_once_with()

    def test_context(self):
        with mock.patch.object(os, 'getcwd', return_value='/ctx'):
            self.assertEqual(current_dir(), '/ctx')

    def test_fails(self):
        m = mock.Mock()
        m(1)
        m.assert_called_with(2)

    def test_spec_error(self):
        m = mock.Mock(spec=['a'])
        with self.assertRaises(AttributeError):
            m.b

@mock.patch.dict(os.environ, {'KAA_UT': '1'})
class EnvTest(unittest.TestCase):
    def test_env(self):
        self.assertEqual(os.environ['KAA_UT'], '1')

old = sys.stderr
sys.stderr = buf = io.StringIO()
try:
    prog = unittest.main(argv=['prog', '-v'], exit=False)
finally:
    sys.stderr = old
out = buf.getvalue()
lines = [l for l in out.splitlines() if not l.startswith(('Ran ', '  File', '    '))]
print('\n'.join(lines))
print(prog.result.testsRun, len(prog.result.failures), len(prog.result.errors))
print('KAA_UT' in os.environ)
