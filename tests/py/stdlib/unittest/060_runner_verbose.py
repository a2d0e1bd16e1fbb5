import unittest
from helper_ut import run

class T(unittest.TestCase):
    def test_a(self):
        """First line of doc.

        Not shown."""

    def test_b(self):
        self.assertIn("x", "abc")

    @unittest.skip("later")
    def test_c(self):
        """Skipped with a doc."""

    @unittest.expectedFailure
    def test_d(self):
        raise RuntimeError("expected")

    @unittest.expectedFailure
    def test_e(self):
        pass

run(T, verbosity=2)
run(T, verbosity=2, descriptions=False)
