import shlex

for s in ['a && b || c', 'cat < in > out', 'echo hi;ls|wc', '(a)(b)',
          'x&&&y', 'a=1 b.c ~/d *.py']:
    print(list(shlex.shlex(s, punctuation_chars=True)))
    lex = shlex.shlex(s, posix=True, punctuation_chars=True)
    lex.whitespace_split = True
    print(list(lex))
print(list(shlex.shlex('a|b;c', punctuation_chars='|')))
print(list(shlex.shlex('"a;b";c', posix=True, punctuation_chars=True)))
