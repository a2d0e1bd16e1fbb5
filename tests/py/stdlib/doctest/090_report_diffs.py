import doctest
from helper_dt import capture


def f():
    """
    >>> print('a\\nb\\nc\\nd\\ne')  # doctest: +REPORT_UDIFF
    a
    B
    c
    d
    e
    >>> print('a\\nb\\nc\\nd\\ne')  # doctest: +REPORT_CDIFF
    a
    b
    C
    d
    e
    >>> print('one two\\nthree')  # doctest: +REPORT_NDIFF
    one tow
    three
    >>> print('short')  # doctest: +REPORT_UDIFF
    long
    """


def g():
    """
    >>> 1
    2
    >>> 3
    4
    >>> 5
    5
    """


capture(doctest.run_docstring_examples, f, {}, name='f')
capture(doctest.run_docstring_examples, g, {}, name='g',
        optionflags=doctest.REPORT_ONLY_FIRST_FAILURE)
capture(doctest.run_docstring_examples, g, {}, name='g',
        optionflags=doctest.FAIL_FAST)
