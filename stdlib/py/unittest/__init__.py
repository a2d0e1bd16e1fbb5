"""Python unit testing framework (Kaa's unittest).

Written for Kaa from the documentation of CPython 3.11's `unittest` and
its observed output: TestCase and its assertions, TestSuite, TestLoader
(with discovery), TextTestRunner, TestResult, main, the skip decorators
and unittest.mock.  IsolatedAsyncioTestCase is not provided (Kaa has no
asyncio).
"""

__all__ = ['TestResult', 'TestCase', 'TestSuite',
           'TextTestRunner', 'TestLoader', 'FunctionTestCase', 'main',
           'defaultTestLoader', 'SkipTest', 'skip', 'skipIf', 'skipUnless',
           'expectedFailure', 'TextTestResult', 'installHandler',
           'registerResult', 'removeResult', 'removeHandler',
           'addModuleCleanup', 'getTestCaseNames', 'makeSuite',
           'findTestCases', 'enterModuleContext']

__unittest = True

from .result import TestResult
from .case import (addModuleCleanup, TestCase, FunctionTestCase, SkipTest,
                   skip, skipIf, skipUnless, expectedFailure,
                   doModuleCleanups, enterModuleContext)
from .suite import BaseTestSuite, TestSuite
from .loader import (TestLoader, defaultTestLoader, makeSuite,
                     getTestCaseNames, findTestCases)
from .main import TestProgram, main
from .runner import TextTestRunner, TextTestResult
from .signals import (installHandler, registerResult, removeResult,
                      removeHandler)

# Deprecated alias.
_TextTestResult = TextTestResult


def __dir__():
    return globals().keys()


def __getattr__(name):
    if name == 'IsolatedAsyncioTestCase':
        raise AttributeError("module 'unittest' has no attribute "
                             "'IsolatedAsyncioTestCase' (Kaa has no asyncio)")
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
