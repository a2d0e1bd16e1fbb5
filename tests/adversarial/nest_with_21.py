# adversarial: 21 statically nested with blocks
# cli: SyntaxError
# embedded: SyntaxError
src = ''.join(' ' * i + 'with x:\n' for i in range(21)) + ' ' * 21 + 'pass\n'
exec(src)
