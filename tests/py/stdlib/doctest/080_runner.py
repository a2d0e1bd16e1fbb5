import doctest

parser = doctest.DocTestParser()
t1 = parser.get_doctest('>>> 1 + 1\n2\n>>> 3\n4\n', {}, 't1', 'file1', 0)
t2 = parser.get_doctest('>>> print("hi")\nhi\n', {}, 't2', None, 0)
t3 = parser.get_doctest('>>> x\n5\n', {'x': 5}, 't3', 'file3', 7)
out = []
runner = doctest.DocTestRunner(verbose=False)
print(runner.run(t1, out=out.append))
print(runner.run(t2, out=out.append))
print(runner.run(t3, out=out.append))
print(''.join(out), end='')
print(t1.globs, t3.globs)
print(runner.tries, runner.failures)
print(runner.summarize(verbose=True))
r2 = doctest.DocTestRunner(verbose=False)
t4 = parser.get_doctest('>>> 2\n2\n', {}, 't1', 'file1', 0)
r2.run(t4, out=out.append)
runner.merge(r2)
print(runner.summarize(verbose=False))
checker = doctest.OutputChecker()
print(checker.check_output('1\n', 'True\n', 0),
      checker.check_output('a ...\n', 'a bcd\n', doctest.ELLIPSIS),
      checker.check_output('a  b\n', 'a b\n', 0),
      checker.check_output('a  b\n', 'a b\n', doctest.NORMALIZE_WHITESPACE))
ex = doctest.Example('f()', 'x\n\ny\n')
print(checker.output_difference(ex, 'x\n\nz\n', 0), end='')
print(checker.output_difference(ex, '', 0), end='')
print(checker.output_difference(doctest.Example('f()', ''), 'q\n', 0), end='')
