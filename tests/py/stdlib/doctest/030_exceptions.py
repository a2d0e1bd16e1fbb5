from helper_dt import capture


def f(x):
    """
    >>> f('a')
    Traceback (most recent call last):
        ...
    TypeError: can't multiply sequence by non-int of type 'str'
    >>> int('x')
    Traceback (most recent call last):
      File "<stdin>", line 1, in <module>
    ValueError: invalid literal for int() with base 10: 'x'
    >>> int('y')
    Traceback (most recent call last):
    ValueError: bad
    >>> raise ValueError('multi\\nline')
    Traceback (most recent call last):
    ValueError: multi
    line
    >>> raise KeyError('other')  # doctest: +IGNORE_EXCEPTION_DETAIL
    Traceback (most recent call last):
    builtins.KeyError: something else
    >>> if True:  # doctest: +IGNORE_EXCEPTION_DETAIL
    ...     raise KeyError('other')
    Traceback (most recent call last):
    TypeError: something else
    >>> helper_raise()
    7
    """
    return x * x


def helper_raise():
    raise RuntimeError("not expected")


if __name__ == "__main__":
    import doctest
    print(capture(doctest.testmod))
