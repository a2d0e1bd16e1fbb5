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
        print(str(e))
    print("--")

chk(t.assertEqual, [1, 2, 3], [1, 2, 4])
chk(t.assertEqual, (1, 2), (1, 2, 3))
chk(t.assertEqual, [1, 2, 3], [1])
chk(t.assertEqual, {'a': 1, 'b': 2}, {'a': 1, 'b': 3})
chk(t.assertEqual, {1, 2}, {2, 3})
chk(t.assertEqual, frozenset([1]), frozenset())
chk(t.assertEqual, "one line", "one lime")
chk(t.assertEqual, "abc\ndef\nghi\n", "abc\ndxf\nghi\n")
chk(t.assertEqual, "a" * 100, "a" * 99 + "b")
chk(t.assertEqual, list(range(50)), list(range(49)) + [7])
chk(t.assertEqual, "x\n" * 100, "y\n" * 100)
chk(t.assertSequenceEqual, [1, 2], (1, 2))
chk(t.assertListEqual, (1,), [1])
chk(t.assertTupleEqual, (1,), (2,))
chk(t.assertDictEqual, [], {})
chk(t.assertMultiLineEqual, 1, "a")
chk(t.assertSetEqual, {1}, 5)
t.maxDiff = None
chk(t.assertEqual, [[1, 2]] * 3, [[1, 2]] * 2 + [[1, 3]])
t.maxDiff = 10
chk(t.assertEqual, {'k': 'v' * 30}, {'k': 'w' * 30})
chk(t.assertEqual, [1, 2], [1, 2], "same")
