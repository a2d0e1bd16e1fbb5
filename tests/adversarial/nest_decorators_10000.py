# adversarial: 10,000 stacked decorators compile and run
# cli: ValueError
# embedded: ValueError
src = '@d\n' * 10000 + 'def f(): pass\n'
g = {'d': lambda f: f}
exec(src, g)
raise ValueError('decorated')
