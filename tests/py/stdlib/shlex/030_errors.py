import shlex

for s in ['"unterminated', "'also", 'trailing\\', 'a "b\\', 'ok "fine"']:
    for posix in (True, False):
        try:
            print(repr(s), posix, shlex.split(s, posix=posix))
        except ValueError as e:
            print(repr(s), posix, type(e).__name__, e)
lex = shlex.shlex('a "b', posix=True)
print(lex.get_token())
try:
    lex.get_token()
except ValueError as e:
    print(e, lex.lineno)
