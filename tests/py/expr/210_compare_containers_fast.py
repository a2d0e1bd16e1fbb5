# Comparisons of exact tuples and lists and `in` on exact dicts and sets
# (done without the method call) against subclasses that override them.
print((1, 2) < (1, 3), (1, 2) == (1, 2.0), [1, [2]] <= [1, [2]], (1,) > ())
print([3] != [3], (2, 'a') >= (2, 'a'), [] < [0], ('b',) < ('a', 1))
try:
    (1, 2) < (1, 'x')
except TypeError as e:
    print(type(e).__name__, e)
try:
    [1] < (1,)
except TypeError as e:
    print(type(e).__name__, e)


class T(tuple):
    def __lt__(self, other):
        return 'T.lt'


class L(list):
    def __eq__(self, other):
        return 'L.eq'


print(T((1,)) < (0,), (0,) > T((1,)), L() == [], [] == L())
nan = float('nan')
print((nan,) == (nan,), [nan] < [nan], (1, nan) < (1, nan))
d = {1: 'a', (2, 3): 'b', 'k': None}
s = {1, (2, 3), frozenset({4})}
fs = frozenset(s)
print(1 in d, (2, 3) in d, 'k' in d, 'x' not in d, 1.0 in d, True in s)
print({4} in s, {4} in fs, frozenset({4}) in s, (2, 3) in fs)
for c in (d, s, fs):
    try:
        [] in c
    except TypeError as e:
        print(type(e).__name__, e)
try:
    {} in d
except TypeError as e:
    print(type(e).__name__, e)


class D(dict):
    def __contains__(self, k):
        return k == 'always'


class S(set):
    def __contains__(self, k):
        return True


print('always' in D(), 1 in D({1: 2}), 'x' in S(), 1 in S())


class BadHash:
    def __hash__(self):
        raise ValueError('no hash')


for c in (d, s):
    try:
        BadHash() in c
    except ValueError as e:
        print(type(e).__name__, e)
