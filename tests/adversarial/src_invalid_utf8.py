# adversarial: a source file with invalid UTF-8 (a Latin-1 byte in a comment): SyntaxError as CPython, not run
# cli: SyntaxError
# embedded: skip
# café
raise ValueError('ran')
