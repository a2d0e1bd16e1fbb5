import doctest
from helper_dt import capture


def f():
    """
    >>> list(range(20))  # doctest: +ELLIPSIS
    [0, 1, ..., 19]
    >>> print(1,   2)  # doctest: +NORMALIZE_WHITESPACE
    1    2
    >>> print("a\\n\\nb")
    a
    <BLANKLINE>
    b
    >>> 1 == 1
    1
    >>> broken()  # doctest: +SKIP
    never run
    >>> print('x' * 3)  # doctest: +ELLIPSIS, +NORMALIZE_WHITESPACE
    x...
    >>> list(range(20))
    [0, 1, ..., 19]
    >>> 1 == 1  # doctest: +DONT_ACCEPT_TRUE_FOR_1
    1
    >>> print("a\\n\\nb")  # doctest: +DONT_ACCEPT_BLANKLINE
    a
    <BLANKLINE>
    b
    >>> print('aaa')  # doctest: +ELLIPSIS
    aa...aa
    """


print(capture(doctest.run_docstring_examples, f, {}, name="f"))
print(capture(doctest.testmod, optionflags=doctest.ELLIPSIS))
print(doctest.ELLIPSIS, doctest.NORMALIZE_WHITESPACE, doctest.SKIP,
      doctest.IGNORE_EXCEPTION_DETAIL, doctest.DONT_ACCEPT_TRUE_FOR_1,
      doctest.DONT_ACCEPT_BLANKLINE, doctest.COMPARISON_FLAGS)
print(doctest.REPORT_UDIFF, doctest.REPORT_CDIFF, doctest.REPORT_NDIFF,
      doctest.REPORT_ONLY_FIRST_FAILURE, doctest.FAIL_FAST,
      doctest.REPORTING_FLAGS)
print(doctest.register_optionflag('ELLIPSIS'),
      doctest.register_optionflag('MY_FLAG'))
