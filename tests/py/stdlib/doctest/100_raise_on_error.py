import doctest

parser = doctest.DocTestParser()
runner = doctest.DebugRunner(verbose=False)
test = parser.get_doctest('>>> x = 1\n>>> x\n2\n', {}, 'failing', 'f.txt', 0)
try:
    runner.run(test)
except doctest.DocTestFailure as e:
    print('DocTestFailure', e)
    print(repr(e.example.source), repr(e.example.want), repr(e.got))
    print(sorted(k for k in e.test.globs if k != '__builtins__'))
test = parser.get_doctest('>>> 1/0\n', {}, 'boom', 'f.txt', 0)
try:
    runner.run(test)
except doctest.UnexpectedException as e:
    print('UnexpectedException', e)
    print(e.exc_info[0].__name__, e.exc_info[1])
test = parser.get_doctest('>>> 1\n1\n', {'k': 1}, 'ok', 'f.txt', 0)
print(runner.run(test), test.globs)
print(doctest.DocTestFailure.__mro__[1].__name__)


def h():
    """
    >>> h()
    'wrong'
    """
    return 'right'


try:
    doctest.testmod(raise_on_error=True)
except doctest.DocTestFailure as e:
    print('DocTestFailure', e.test.name, repr(e.got))
