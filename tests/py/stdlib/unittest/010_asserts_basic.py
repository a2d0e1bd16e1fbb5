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

chk(t.assertEqual, 1, 1)
chk(t.assertEqual, 1, 2)
chk(t.assertEqual, 1, 2, msg="custom")
chk(t.assertNotEqual, 3, 3)
chk(t.assertTrue, 0)
chk(t.assertFalse, [1])
chk(t.assertIs, 1, None)
chk(t.assertIsNot, None, None)
chk(t.assertIsNone, 5)
chk(t.assertIsNotNone, None)
chk(t.assertIn, 5, [1, 2])
chk(t.assertNotIn, 1, [1, 2])
chk(t.assertIsInstance, 5, str)
chk(t.assertNotIsInstance, 5, int)
chk(t.assertGreater, 1, 2)
chk(t.assertGreaterEqual, 1, 2)
chk(t.assertLess, 2, 1)
chk(t.assertLessEqual, 2, 1)
chk(t.assertRegex, "hello", "x+")
chk(t.assertNotRegex, "hello", "l+")
chk(t.fail, "explicit")
chk(t.fail)
chk(t.assertTrue, False, "with msg")
t.longMessage = False
chk(t.assertTrue, False, "only mine")
chk(t.assertEqual, 1, 2)
print(t.failureException.__name__, T.maxDiff, T.longMessage)
