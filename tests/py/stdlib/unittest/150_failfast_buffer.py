import sys
import unittest
from helper_ut import run

class T(unittest.TestCase):
    def test_1(self):
        print("out of test 1")

    def test_2(self):
        print("out of test 2")
        sys.stderr.write("err of test 2")
        self.fail("two")

    def test_3(self):
        self.fail("three")

r = run(T, failfast=True)
print(r.shouldStop, r.testsRun)
r = run(T, buffer=True)
print(r.testsRun)
r = unittest.TestResult()
r.stop()
unittest.TestSuite([T('test_1')]).run(r)
print(r.testsRun)
