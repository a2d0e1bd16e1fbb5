import doctest

text = '''
Here is some text.

    >>> x = [1, 2]
    >>> x.append(3)
    >>> x
    [1, 2, 3]

And more text
over two lines.

    >>> for i in x:
    ...     print(i)
    1
    2
    3
'''
print(doctest.script_from_examples(text), end='')
print('--')
print(doctest.script_from_examples('>>> 1\n1\n'), end='')


def f():
    """
    >>> f()
    3
    """
    return 3


print(doctest.testsource(__name__, '__main__.f'), end='')
try:
    doctest.testsource(__name__, 'nope')
except ValueError as e:
    print('ValueError', e)
