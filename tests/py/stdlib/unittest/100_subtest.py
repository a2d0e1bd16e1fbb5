import unittest
from helper_ut import run

class T(unittest.TestCase):
    def test_numbers(self):
        for i in range(4):
            with self.subTest(i=i):
                self.assertEqual(i % 2, 0)

    def test_nested(self):
        with self.subTest("outer", a=1):
            with self.subTest(b=2):
                raise ValueError("inner")

    def test_plain(self):
        with self.subTest():
            self.fail("no params")
        with self.subTest("msg only"):
            pass

r = run(T)
r = run(T, verbosity=2)
for t, tb in r.failures + r.errors:
    print(t.id(), '|', str(t), '|', t.shortDescription())
