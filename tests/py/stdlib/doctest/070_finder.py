"""Module doc.

>>> True
True
"""
import doctest
import os
import sys


def f():
    """
    >>> f()
    """


def g():
    pass


class A:
    """
    >>> A
    """

    def method(self):
        """>>> 1"""

    @classmethod
    def cm(cls):
        """>>> 2"""

    @property
    def prop(self):
        """>>> 3"""

    class Inner:
        """>>> 4"""


__test__ = {'extra': '>>> 5', 'func': g}

mod = sys.modules[__name__]
for exclude in (True, False):
    finder = doctest.DocTestFinder(exclude_empty=exclude)
    for t in finder.find(mod):
        print(t.name, t.lineno, len(t.examples), os.path.basename(t.filename))
    print('--')
finder = doctest.DocTestFinder(recurse=False)
print([t.name for t in finder.find(A)])
finder = doctest.DocTestFinder(verbose=True)
tests = finder.find(A, 'A', globs={})
print([t.name for t in tests])
print([t.name for t in doctest.DocTestFinder().find(f, module=False)])
try:
    doctest.DocTestFinder().find(5)
except ValueError as e:
    print('ValueError', e)
