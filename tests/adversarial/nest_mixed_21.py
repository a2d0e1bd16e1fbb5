# adversarial: for/while/try/with/async for mixed, 21 deep inside a function
# cli: SyntaxError
# embedded: SyntaxError
kinds = ['for a in b:', 'while c:', 'try:', 'with d:']
src = 'def f():\n'
for i in range(21):
    src += ' ' * (i + 1) + kinds[i % 4] + '\n'
src += ' ' * 22 + 'pass\n'
for i in reversed(range(21)):
    if kinds[i % 4] == 'try:':
        src += ' ' * (i + 1) + 'except: pass\n'
exec(src)
