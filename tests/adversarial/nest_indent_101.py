# adversarial: 101 levels of indentation: too many levels of indentation
# cli: IndentationError
# embedded: IndentationError
src = ''.join(' ' * i + 'if x:\n' for i in range(101)) + ' ' * 101 + 'pass\n'
compile(src, 'deep', 'exec')
