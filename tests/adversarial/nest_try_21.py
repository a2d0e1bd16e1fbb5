# adversarial: 21 statically nested try/finally blocks
# cli: SyntaxError
# embedded: SyntaxError
src = ''.join(' ' * i + 'try:\n' for i in range(21)) + ' ' * 21 + 'pass\n'
src += ''.join(' ' * i + 'finally: pass\n' for i in reversed(range(21)))
exec(src)
