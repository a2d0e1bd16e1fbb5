import os
import unittest

loader = unittest.TestLoader()
suite = loader.discover('helper_disc', top_level_dir='.')
def ids(s):
    out = []
    for t in s:
        if isinstance(t, unittest.TestSuite):
            out.extend(ids(t))
        else:
            out.append(t.id())
    return out
print(suite.countTestCases())
print(ids(suite))
loader = unittest.TestLoader()
suite = loader.discover('helper_disc', pattern='check_*.py', top_level_dir='.')
print(ids(suite))
r = unittest.TestResult()
suite.run(r)
print(r.testsRun, len(r.failures))
try:
    unittest.TestLoader().discover('helper_disc/nope', top_level_dir='.')
except ImportError as e:
    print("ImportError", os.path.basename(str(e)))
