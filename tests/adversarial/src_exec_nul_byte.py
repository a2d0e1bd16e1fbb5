# adversarial: exec() of a string with a NUL byte: SyntaxError as CPython
# cli: SyntaxError
# embedded: SyntaxError
exec('x = 1\0')
