import unittest

class T(unittest.TestCase):
    def test_a(self):
        """Docstring of a."""

    def test_b(self):
        pass

s = unittest.TestSuite()
s.addTest(T('test_a'))
s.addTests([T('test_b'), unittest.TestSuite([T('test_a')])])
print(s.countTestCases())
print(repr(T('test_a')), str(T('test_a')), T('test_b').id())
print(T('test_a').shortDescription(), T('test_b').shortDescription())
print(T('test_a') == T('test_a'), T('test_a') == T('test_b'))
print(s == unittest.TestSuite([T('test_a'), T('test_b'),
                               unittest.TestSuite([T('test_a')])]))
for bad in (5, T, "string"):
    try:
        s.addTest(bad) if bad != "string" else s.addTests(bad)
    except TypeError as e:
        print("TypeError", e)
try:
    T('test_zzz')
except ValueError as e:
    print("ValueError", str(e).split(':')[-1])

r = unittest.TestResult()
s.run(r)
print(r, r.testsRun, s.countTestCases())

def check():
    """Function doc."""
    raise AssertionError("from function")

ft = unittest.FunctionTestCase(check, description="described")
print(str(ft), ft.id(), ft.shortDescription())
ft2 = unittest.FunctionTestCase(check)
print(ft2.shortDescription())
r = unittest.TestResult()
ft(r)
print(len(r.failures), r.failures[0][1].splitlines()[-1])
r = T('test_a').run()
print(type(r).__name__, r.testsRun)
T('test_b').debug()
print(unittest.TestSuite().countTestCases())
