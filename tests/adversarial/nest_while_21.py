# adversarial: 21 statically nested while blocks
# cli: SyntaxError
# embedded: SyntaxError
src = ''.join(' ' * i + 'while x:\n' for i in range(21)) + ' ' * 21 + 'pass\n'
exec(src)
