import unittest
from helper_ut import run

log = []

class SetUpFails(unittest.TestCase):
    def setUp(self):
        raise KeyError("setup")

    def tearDown(self):
        log.append("tearDown not called")

    def test_x(self):
        log.append("never")

class TearDownFails(unittest.TestCase):
    def tearDown(self):
        raise RuntimeError("teardown")

    def test_y(self):
        log.append("y ran")

class Cleanups(unittest.TestCase):
    def setUp(self):
        self.addCleanup(log.append, "cleanup 1")
        self.addCleanup(log.append, "cleanup 2")

    def test_z(self):
        self.addCleanup(self.fail, "cleanup failed")
        log.append("z ran")

    def test_w(self):
        log.append("w ran")
        self.assertTrue(self.doCleanups())
        log.append("after doCleanups")

r = run(SetUpFails, TearDownFails, Cleanups)
print(log)
for t, tb in r.errors + r.failures:
    print(t.id(), '|', tb.splitlines()[-1])
