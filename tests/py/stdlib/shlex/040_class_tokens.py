import shlex

lex = shlex.shlex('x = foo(1, "two") # trailing\nnext_line')
print(list(lex))
lex = shlex.shlex('x = foo(1, "two") # trailing\nnext_line', posix=True)
print(list(lex), lex.lineno)
lex = shlex.shlex('a b c')
print(lex.get_token(), lex.get_token())
lex.push_token('pushed')
print(lex.get_token(), lex.get_token(), repr(lex.get_token()), repr(lex.eof))
lex = shlex.shlex('a b', posix=True)
print(list(lex), repr(lex.eof))
lex = shlex.shlex('p.q-r/s t', posix=True)
print(list(lex))
lex = shlex.shlex('p.q-r/s t', posix=True)
lex.whitespace_split = True
print(list(lex))
lex = shlex.shlex('k1=v1;k2=v2')
lex.wordchars += '='
lex.whitespace += ';'
print(list(lex))
lex = shlex.shlex('a|b')
lex.quotes = '|'
print(list(lex))
