# equality, ordering and hashing of pure paths
from pathlib import PurePath, PurePosixPath as P, PureWindowsPath as W, Path

print(P('a/b') == P('a//b/.'), P('a') == P('A'), P('a') == 'a', P('a') != 'a')
print(W('a') == W('A'), W('a/b') == W('A\\B'), P('a') == W('a'))
print(P('a') == Path('a'), hash(P('a/b')) == hash(Path('a/b')))
print(len({P('a'), P('a/'), P('./a'), P('b')}))
print(len({W('a'), W('A'), W('c:/x'), W('C:\\X')}))
print(sorted([P('b'), P('/z'), P('a/c'), P('a'), P('a/b'), P('A')]))
print(sorted([W('b'), W('C:/z'), W('a/c'), W('A'), W('c:/Y')]))
print(P('a') < P('b'), P('a') <= P('a'), P('b') > P('a/z'), P('a') >= P('a'))
print(P('/a') < P('a'))
for a, b in [(P('a'), W('a')), (P('a'), 'a'), (W('a'), 1)]:
    for op in ['<', '<=', '>', '>=']:
        try:
            eval('a %s b' % op)
        except TypeError as e:
            print(type(e).__name__, e)
d = {P('x/y'): 1}
print(d[P('x//y')], Path('x/y') in d)
print(P('a').__eq__('a'), P('a').__lt__(W('a')))
