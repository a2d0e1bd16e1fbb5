"""
>>> 2 * 3
7
"""
from helper_dt import capture


def square(x):
    """Square it.

    >>> square(3)
    9
    >>> square(4)
    15
    >>> print("no output expected")
    >>> square(0)
    """
    return x * x


class K:
    """A class.

    >>> K().m()
    'n'
    """

    def m(self):
        """
        >>> K().m()
        'm'
        """
        return 'm'


if __name__ == "__main__":
    import doctest
    print(capture(doctest.testmod))
