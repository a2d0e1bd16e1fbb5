import unittest
from helper_ut import run

@unittest.skip("whole class")
class Skipped(unittest.TestCase):
    def test_a(self):
        pass

    def test_b(self):
        pass

class T(unittest.TestCase):
    @unittest.skipIf(True, "condition true")
    def test_if(self):
        pass

    @unittest.skipIf(False, "not skipped")
    def test_if_not(self):
        pass

    @unittest.skipUnless(False, "condition false")
    def test_unless(self):
        pass

    @unittest.skip
    def test_bare(self):
        pass

    def test_dynamic(self):
        self.skipTest("decided at run time")

    def test_skip_in_setup_style(self):
        raise unittest.SkipTest("raised directly")

    @unittest.expectedFailure
    def test_expected(self):
        self.assertEqual(1, 2)

r = run(Skipped, T, verbosity=2)
for t, reason in r.skipped:
    print(t.id(), repr(reason))
print(len(r.expectedFailures), r.expectedFailures[0][0].id())
print(Skipped.__unittest_skip__, Skipped.__unittest_skip_why__)
