"""Runs TestCase classes with a TextTestRunner writing to a StringIO and
prints the report with the time and the script's directory taken out."""
import io
import re
import unittest


def norm(text):
    text = re.sub(r'in \d+\.\d+s', 'in Xs', text)
    return re.sub(r'File "[^"]*/', 'File "', text)


def run(*cases, verbosity=1, **kw):
    loader = unittest.TestLoader()
    suite = unittest.TestSuite(loader.loadTestsFromTestCase(c) for c in cases)
    stream = io.StringIO()
    runner = unittest.TextTestRunner(stream=stream, verbosity=verbosity, **kw)
    result = runner.run(suite)
    print(norm(stream.getvalue()), end='')
    return result
