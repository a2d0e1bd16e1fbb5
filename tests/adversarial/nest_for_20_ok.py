# adversarial: 20 statically nested for blocks compile and run
# cli: ValueError
# embedded: ValueError
src = ''.join(' ' * i + 'for x%d in [1]:\n' % i for i in range(20)) + ' ' * 20 + 'n += 1\n'
g = {'n': 0}
exec(src, g)
assert g['n'] == 1
raise ValueError('20 nested blocks ran')
