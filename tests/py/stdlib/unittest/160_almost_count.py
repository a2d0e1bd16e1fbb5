import unittest

class T(unittest.TestCase):
    def runTest(self):
        pass

t = T()

def chk(f, *a, **k):
    try:
        f(*a, **k)
        print("passed")
    except AssertionError as e:
        print("AssertionError", repr(str(e)))
    except TypeError as e:
        print("TypeError", e)

chk(t.assertAlmostEqual, 1.0, 1.00000001)
chk(t.assertAlmostEqual, 1.0, 1.1)
chk(t.assertAlmostEqual, 1.0, 1.1, places=3)
chk(t.assertAlmostEqual, 1.0, 1.5, delta=0.1)
chk(t.assertAlmostEqual, 1.0, 1.05, delta=0.1)
chk(t.assertAlmostEqual, 1.0, 1.5, delta=0.1, places=2)
chk(t.assertNotAlmostEqual, 1.0, 1.00000001)
chk(t.assertNotAlmostEqual, 1.0, 1.05, delta=0.1)
chk(t.assertNotAlmostEqual, 1.0, 2.0)
chk(t.assertAlmostEqual, 5, 5)
chk(t.assertCountEqual, [1, 2, 2, 3], [3, 2, 1, 2])
chk(t.assertCountEqual, [1, 2, 2, 3], [3, 2, 1, 1])
chk(t.assertCountEqual, [[1], [2]], [[2], [3]])
chk(t.assertCountEqual, "abc", "cbaa")
chk(t.assertDictContainsSubset if False else t.assertIn, 'a', 'abc')
