"""
>>> a = 1
>>> a + 1
2
"""
from helper_dt import capture


def double(x):
    """
    >>> double(2)
    4
    >>> double(5)
    11
    """
    return 2 * x


def quiet():
    """No examples."""


class C:
    """
    >>> C.twice(2)
    4
    """

    @staticmethod
    def twice(x):
        """>>> C.twice(1)
        2
        """
        return 2 * x


if __name__ == "__main__":
    import doctest
    print(capture(doctest.testmod, verbose=True))
    print(capture(doctest.testmod, verbose=False, report=False))
