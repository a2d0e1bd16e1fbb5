import io
import sys
import unittest
from helper_ut import norm

class T(unittest.TestCase):
    def test_alpha(self):
        pass

    def test_beta(self):
        self.assertEqual(1, 2)

    def test_gamma(self):
        pass

def run(argv, **kw):
    old = sys.stderr
    sys.stderr = buf = io.StringIO()
    try:
        prog = unittest.main(argv=argv, exit=False, **kw)
        outcome = (prog.result.testsRun, len(prog.result.failures))
    except SystemExit as e:
        outcome = ('SystemExit', e.code)
    finally:
        sys.stderr = old
    print(norm(buf.getvalue()), end='')
    print('->', outcome)

run(['prog'])
run(['prog', '-v'])
run(['prog', '-q'])
run(['prog', '-k', 'alpha', '-v'])
run(['prog', '-k', '*gam*', '-k', 'alp'])
run(['prog', 'T.test_gamma', '-v'])
run(['prog', '-f'])
run(['prog'], defaultTest='T.test_alpha', verbosity=2)
old = sys.stderr
sys.stderr = io.StringIO()
try:
    unittest.main(argv=['prog', 'T.test_alpha'])
except SystemExit as e:
    print('SystemExit', e.code)
try:
    unittest.main(argv=['prog', 'T.test_beta'])
except SystemExit as e:
    print('SystemExit', e.code)
sys.stderr = old
