# adversarial: 21 statically nested for blocks: too many statically nested blocks
# cli: SyntaxError
# embedded: SyntaxError
src = ''.join(' ' * i + 'for x%d in y:\n' % i for i in range(21)) + ' ' * 21 + 'pass\n'
compile(src, 'nested', 'exec')
