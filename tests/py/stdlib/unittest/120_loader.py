import sys
import unittest

class T(unittest.TestCase):
    def test_b(self):
        pass

    def test_a(self):
        pass

    def check_c(self):
        pass

    test_not_callable = 5

class U(unittest.TestCase):
    def runTest(self):
        pass

loader = unittest.TestLoader()
print(loader.getTestCaseNames(T))
print([t.id() for t in loader.loadTestsFromTestCase(T)])
print([t.id() for t in loader.loadTestsFromTestCase(U)])
loader.sortTestMethodsUsing = lambda a, b: (a < b) - (a > b)
print(loader.getTestCaseNames(T))
loader.sortTestMethodsUsing = None
loader.testMethodPrefix = 'check'
print(loader.getTestCaseNames(T))

loader = unittest.TestLoader()
loader.testNamePatterns = ['*test_a*']
print(loader.getTestCaseNames(T))

loader = unittest.TestLoader()
mod = sys.modules[__name__]
s = loader.loadTestsFromModule(mod)
print(s.countTestCases(), [t.id() for suite in s for t in suite])
print([t.id() for t in loader.loadTestsFromName('T.test_a', mod)])
print([t.id() for t in loader.loadTestsFromName('U', mod)])
s = loader.loadTestsFromNames(['T.test_b', 'U'], mod)
print(s.countTestCases())
s = loader.loadTestsFromName('T.test_missing', mod)
print(len(loader.errors), loader.errors[0].splitlines()[0])
print(loader.errors[0].splitlines()[-1])
try:
    loader.loadTestsFromTestCase(unittest.TestSuite)
except TypeError as e:
    print("TypeError", e)
print(unittest.getTestCaseNames(T, 'test'))
print(unittest.defaultTestLoader.getTestCaseNames(T))
