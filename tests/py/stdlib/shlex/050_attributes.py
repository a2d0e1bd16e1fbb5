import shlex

lex = shlex.shlex('text')
print(lex.commenters, repr(lex.whitespace), lex.quotes, lex.escape, lex.escapedquotes)
print(lex.wordchars)
print(lex.whitespace_split, lex.posix, repr(lex.eof), lex.lineno, lex.infile, lex.source)
print(repr(lex.punctuation_chars), lex.debug, repr(lex.token), lex.state)
p = shlex.shlex('text', posix=True, punctuation_chars=True)
print(p.wordchars)
print(p.punctuation_chars, p.eof)
try:
    p.punctuation_chars = 'x'
except AttributeError as e:
    print(type(e).__name__)
print(shlex.shlex('x', punctuation_chars='|&').wordchars)
lex = shlex.shlex('one\ntwo\nthree', infile='file.sh')
print(lex.get_token(), lex.get_token(), lex.lineno, lex.error_leader())
print(lex.error_leader('other', 9))
print(sorted(shlex.__all__))
