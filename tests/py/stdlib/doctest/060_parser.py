import doctest

text = '''
Some text.

    >>> x = 1
    >>> if x:
    ...     print("yes")
    yes
    >>> x  # doctest: +ELLIPSIS
    1
    >>> raise ValueError("v")
    Traceback (most recent call last):
    ValueError: v

    >>> # a comment only
    >>> y = 2
'''
parser = doctest.DocTestParser()
pieces = parser.parse(text, 'name')
for p in pieces:
    if isinstance(p, doctest.Example):
        print('EX', repr(p.source), repr(p.want), repr(p.exc_msg), p.lineno,
              p.indent, p.options)
    else:
        print('TEXT', repr(p))
test = parser.get_doctest(text, {'z': 1}, 'name', 'file.txt', 10)
print(test)
print(test.name, test.filename, test.lineno, len(test.examples), test.globs)
print(len(parser.get_examples(text)))
for bad in ['>>>x = 1', '>>> x = 1\n  ... y', '  >>> x\n 1',
            '>>> x  # doctest: +NOPE', '>>> # doctest: +ELLIPSIS']:
    try:
        parser.parse(bad, 'bad')
    except ValueError as e:
        print('ValueError', e)
e = doctest.Example('print(1)', '1')
print(repr(e.source), repr(e.want), e.exc_msg, e.lineno, e.options)
print(e == doctest.Example('print(1)\n', '1\n'))
print(doctest.DocTest([], {}, 'n', None, None, ''))
print(doctest.DocTest([e, e], {}, 'n', 'f', 3, ''))
