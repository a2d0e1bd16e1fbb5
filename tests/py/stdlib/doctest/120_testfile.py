import doctest
import io
import os
import re
import unittest
from helper_dt import capture

print(capture(doctest.testfile, 'helper_file.txt'))
print(capture(doctest.testfile, 'helper_file.txt', verbose=True,
              name='named'))
print(capture(doctest.testfile, 'helper_file.txt', globs={'x': 0},
              report=False))
suite = doctest.DocFileSuite('helper_file.txt')
for t in suite:
    print(t.id(), os.path.basename(repr(t)))
stream = io.StringIO()
r = unittest.TextTestRunner(stream=stream).run(suite)
print(r.testsRun, len(r.failures))
print(re.sub(r'File "[^"]*/', 'File "', r.failures[0][1]).splitlines()[-12:])
try:
    doctest.testfile('/abs/path.txt')
except ValueError as e:
    print('ValueError', e)
try:
    doctest.testfile('x.txt', module_relative=False, package='p')
except ValueError as e:
    print('ValueError', e)
