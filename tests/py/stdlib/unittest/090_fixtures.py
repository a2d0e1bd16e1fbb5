import unittest
from helper_ut import run

log = []

def setUpModule():
    log.append('setUpModule')
    unittest.addModuleCleanup(log.append, 'module cleanup')

def tearDownModule():
    log.append('tearDownModule')

class CM:
    def __enter__(self):
        log.append('enter')
        return 'value'

    def __exit__(self, *exc):
        log.append('exit')

class A(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        log.append('setUpClass A')
        cls.addClassCleanup(log.append, 'class cleanup A')

    @classmethod
    def tearDownClass(cls):
        log.append('tearDownClass A')

    def setUp(self):
        log.append('setUp ' + self._testMethodName)

    def tearDown(self):
        log.append('tearDown ' + self._testMethodName)

    def test_a(self):
        log.append(self.enterContext(CM()))

    def test_b(self):
        log.append('b')

class B(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        raise RuntimeError("class setup broke")

    def test_x(self):
        log.append('x never')

class C(unittest.TestCase):
    @classmethod
    def tearDownClass(cls):
        raise ValueError("class teardown broke")

    def test_c(self):
        log.append('c')

r = run(A, B, C, verbosity=2)
for entry in log:
    print(entry)
for t, tb in r.errors:
    print(t, '|', repr(t), '|', tb.splitlines()[-1])
try:
    A.enterClassContext(5)
except TypeError as e:
    print("TypeError", e)
