import unittest
from helper_ut import run

class Good(unittest.TestCase):
    def test_one(self):
        pass

    def test_two(self):
        pass

class Bad(unittest.TestCase):
    def test_bad(self):
        self.assertAlmostEqual(1.0, 1.5)

r = run(Good, verbosity=0)
print(r.wasSuccessful(), r.testsRun)
r = run(Good, Bad, verbosity=0)
print(r.wasSuccessful(), r.testsRun)
r = run(verbosity=1)
print(r.testsRun)
test, text = r.failures[0] if r.failures else (None, None)
print(test, text)
