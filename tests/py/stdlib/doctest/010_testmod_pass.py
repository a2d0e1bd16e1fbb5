"""Module docstring.

>>> 1 + 1
2
>>> x = [1, 2]
>>> x.append(3)
>>> x
[1, 2, 3]
"""


def add(a, b):
    """Add two numbers.

    >>> add(2, 3)
    5
    >>> add('a', 'b')
    'ab'
    """
    return a + b


def no_examples():
    """Nothing to test here."""


if __name__ == "__main__":
    import doctest
    print(doctest.testmod())
    print(doctest.testmod(exclude_empty=True))
    r = doctest.testmod()
    print(r.failed, r.attempted, type(r).__name__)
