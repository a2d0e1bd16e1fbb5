"""
>>> 1 + 1
2
"""
import doctest
import io
import re
import sys
import unittest


def good():
    """
    >>> good()
    'g'
    """
    return 'g'


def bad():
    """
    >>> bad()
    'x'
    """
    return 'b'


suite = doctest.DocTestSuite(sys.modules[__name__])
print(suite.countTestCases())
for t in suite:
    print(t.id(), '|', repr(t), '|', t.shortDescription())
stream = io.StringIO()
result = unittest.TextTestRunner(stream=stream, verbosity=2).run(suite)
text = re.sub(r'in \d+\.\d+s', 'in Xs', stream.getvalue())
text = re.sub(r'File "[^"]*/', 'File "', text)
lines = [l for l in text.splitlines()
         if not l.startswith(('Traceback', '  File', '    raise'))]
print('\n'.join(lines))
print(result.testsRun, len(result.failures))
print(re.sub(r'File "[^"]*/', 'File "', result.failures[0][1]).splitlines()[-12:])
