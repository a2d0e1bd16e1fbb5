import unittest
from helper_ut import run

class T(unittest.TestCase):
    def test_ok(self):
        self.assertEqual(1, 1)

    def test_fail(self):
        self.assertEqual([1, 2, 3], [1, 2, 4])

    def test_error(self):
        raise ValueError("boom")

    @unittest.skip("no reason")
    def test_skip(self):
        pass

    @unittest.expectedFailure
    def test_xfail(self):
        self.assertTrue(False)

    @unittest.expectedFailure
    def test_usucc(self):
        pass

r = run(T)
print(r)
print(r.testsRun, len(r.failures), len(r.errors), len(r.skipped),
      len(r.expectedFailures), len(r.unexpectedSuccesses), r.wasSuccessful())
