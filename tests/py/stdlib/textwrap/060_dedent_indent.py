import textwrap
cases = ['    hello\n      world\n    !', '  a\n\tb', '\ta\n\tb', '  a\n   \n  b\n',
         'no indent\n  here', '\n\n   x\n   y\n', '   \n   ', '  a\r\n  b', '',
         ' \t a\n \t  b\n \tc', '    x\n  ', '  one\n\n\n  two']
for text in cases:
    print(repr(text), '->', repr(textwrap.dedent(text)))
print(repr(textwrap.indent('a\nb\n\nc\n', '> ')))
print(repr(textwrap.indent('a\n  \nb', '+ ')))
print(repr(textwrap.indent('a\n  \nb', '+ ', lambda line: True)))
print(repr(textwrap.indent('x\r\ny\rz', '.')))
print(repr(textwrap.indent('one\ntwo\nthree\n', '# ', lambda l: 't' in l)))
print(repr(textwrap.indent('', '> ')))
